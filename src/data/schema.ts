import { z } from 'zod';

/**
 * The dataset contract. Every row carries its sources because accuracy is the product:
 * a reply can only cite what the row cites, so a row without a source is refused.
 */

const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids are lowercase letters, digits and dashes (max 64)');

const SourceUrl = z.url({ protocol: /^https?$/ });
const Sources = z.array(SourceUrl).min(1, 'every fact needs at least one source URL');

/** Dates may be partial (year or year-month) because sources often give no day. */
const PartialDate = z
  .string()
  .regex(isoDate, 'date must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, { error: (issue) => `${String(issue.input)} is not a real date (no such month or day)` });

/** "2021-02-30" has the right shape but no such day; the calendar decides (leap years included). */
function isRealDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year!, month, 0)).getUTCDate();
}

const LocalizedText = z.object({
  en: z.string().min(1).max(1500),
  nl: z.string().min(1).max(1500),
});

const Confidence = z.enum(['confirmed', 'single-source', 'conflict']);

/** Sources disagree: keep every version with its own sources instead of silently picking one. */
const Conflict = z.object({
  note: LocalizedText,
  versions: z
    .array(z.object({ claim: LocalizedText, sources: Sources }))
    .min(2, 'a conflict lists at least two versions'),
});

const sourced = {
  sources: Sources,
  confidence: Confidence.default('confirmed'),
  conflict: Conflict.optional(),
  note: LocalizedText.optional(),
};

export const Competition = z.enum([
  'olympics',
  'world-single-distances',
  'world-sprint',
  'european-single-distances',
  'european-sprint',
  'world-junior',
]);
export type Competition = z.infer<typeof Competition>;

export const MedalColour = z.enum(['gold', 'silver', 'bronze']);
export type MedalColour = z.infer<typeof MedalColour>;

/** Event slugs double as option values; keep them short and stable. */
export const Event = z.enum(['500m', '1000m', '1500m', '3000m', 'team-sprint', 'team-pursuit', 'sprint-allround', 'allround']);
export type Event = z.infer<typeof Event>;

export const Medal = z.object({
  id,
  competition: Competition,
  year: z.number().int().min(2010).max(2100),
  date: PartialDate,
  venue: LocalizedText,
  event: Event,
  /** Extra words for the event, e.g. team-mates in a team sprint. */
  eventDetail: LocalizedText.optional(),
  medal: MedalColour,
  /** As printed in English notation: 1:12.31, 37.15, or points "154.418 pts". */
  result: z.string().max(60).optional(),
  ...sourced,
});
export type Medal = z.infer<typeof Medal>;

const WorldCupWin = z.object({
  id,
  season: z.string().regex(/^\d{4}\/\d{2}$/, 'season is written 2022/23'),
  date: PartialDate,
  venue: LocalizedText,
  event: Event,
  result: z.string().max(60).optional(),
  ...sourced,
});

const DutchTitle = z.object({
  id,
  championship: z.enum(['nk-sprint', 'nk-single-distances']),
  season: z.string().regex(/^\d{4}(\/\d{2})?$/),
  date: PartialDate,
  venue: LocalizedText,
  event: Event,
  result: z.string().max(60).optional(),
  ...sourced,
});

const PersonalBest = z.object({
  id,
  event: Event,
  result: z.string().max(60),
  date: PartialDate,
  venue: LocalizedText,
  ...sourced,
});

const RecordEntry = z.object({
  id,
  kind: z.enum(['world', 'olympic', 'dutch', 'track', 'junior', 'other']),
  status: z.enum(['current', 'former', 'unknown']),
  event: Event,
  result: z.string().max(60),
  date: PartialDate,
  venue: LocalizedText,
  description: LocalizedText,
  ...sourced,
});

export const AboutTopic = z.enum([
  'overview',
  'early-life',
  'career',
  'teams-and-coaches',
  'education',
  'personal-life',
  'social-media',
]);
export type AboutTopic = z.infer<typeof AboutTopic>;

const BackgroundFact = z.object({
  id,
  topic: AboutTopic,
  text: LocalizedText,
  /** When the fact was true, for facts that change (teams, followers). */
  asOf: PartialDate.optional(),
  ...sourced,
});

const SocialFigure = z.object({
  id,
  platform: z.enum(['instagram', 'tiktok', 'youtube', 'x', 'other']),
  followers: z.number().int().positive(),
  /** Human wording from the source when the number is approximate, e.g. "over 4 million". */
  approx: LocalizedText.optional(),
  asOf: PartialDate,
  ...sourced,
});

const Affiliation = z.object({
  id,
  kind: z.enum(['club', 'team', 'coach']),
  name: z.string().min(1).max(120),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  detail: LocalizedText.optional(),
  ...sourced,
});

const ProfileFact = z.object({
  value: LocalizedText,
  ...sourced,
});

const Profile = z.object({
  name: z.string(),
  fullName: z.string().optional(),
  nationality: ProfileFact,
  born: z.object({ date: PartialDate, ...sourced }),
  birthplace: ProfileFact,
  height: ProfileFact.optional(),
  discipline: ProfileFact,
  affiliations: z.array(Affiliation),
  social: z.array(SocialFigure),
});

const TimelineEvent = z.object({
  id,
  date: PartialDate,
  /** Shown instead of the date when the source is vague ("Spring 2019", "about age 11"). */
  dateLabel: LocalizedText.optional(),
  text: LocalizedText,
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  ...sourced,
});

export const Quote = z
  .object({
    id,
    text: z.string().min(1).max(1000),
    language: z.enum(['en', 'nl']),
    /** Required for Dutch quotes so English readers get the meaning. */
    translation: z.string().min(1).max(1000).optional(),
    occasion: LocalizedText,
    date: PartialDate,
    topics: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
    ...sourced,
  })
  .refine((q) => q.language === 'en' || q.translation !== undefined, {
    error: 'a Dutch quote needs an English translation',
    path: ['translation'],
  });
export type Quote = z.infer<typeof Quote>;

const OpenQuestion = z.object({
  id,
  question: LocalizedText,
  detail: LocalizedText.optional(),
  sources: z.array(SourceUrl).default([]),
});

export const Dataset = z
  .object({
    $schema: z.string().optional(),
    meta: z.object({
      title: z.string(),
      /** Date of the newest source in the dataset: replies say "as of" this. */
      coverageUntil: PartialDate,
      basis: z.string(),
    }),
    profile: Profile,
    background: z.array(BackgroundFact).min(1),
    medals: z.array(Medal).min(1),
    worldCupWins: z.array(WorldCupWin),
    dutchTitles: z.array(DutchTitle),
    personalBests: z.array(PersonalBest),
    records: z.array(RecordEntry),
    timeline: z.array(TimelineEvent).min(1),
    quotes: z.array(Quote).min(1),
    openQuestions: z.array(OpenQuestion).default([]),
  })
  .superRefine((d, ctx) => {
    for (const issue of integrityIssues(d)) ctx.addIssue({ code: 'custom', ...issue });
  });

const ID_SECTIONS = ['background', 'medals', 'worldCupWins', 'dutchTitles', 'personalBests', 'records', 'timeline', 'quotes', 'openQuestions'] as const;

/**
 * Checks across rows (unique ids, medal date within its year). Written against loosely typed
 * input so it can also run on a file that fails the schema, and report everything at once.
 */
export function integrityIssues(input: unknown): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (typeof input !== 'object' || input === null) return issues;
  const d = input as Record<string, unknown>;
  const profile = (typeof d.profile === 'object' && d.profile !== null ? d.profile : {}) as Record<string, unknown>;
  const lists: [(string | number)[], unknown][] = [
    ...ID_SECTIONS.map((s) => [[s], d[s]] as [(string | number)[], unknown]),
    [['profile', 'affiliations'], profile.affiliations],
    [['profile', 'social'], profile.social],
  ];
  // ids are how moderators edit and remove rows, so they must be unique across the file.
  const seen = new Map<string, string>();
  for (const [path, list] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((row: unknown, index) => {
      const rowId = (row as { id?: unknown } | null)?.id;
      if (typeof rowId !== 'string') return;
      const first = seen.get(rowId);
      if (first) issues.push({ path: [...path, index, 'id'], message: `duplicate id "${rowId}" (first used at ${first})` });
      else seen.set(rowId, `${path.join('.')}[${index}]`);
    });
  }
  if (Array.isArray(d.medals)) {
    d.medals.forEach((m: unknown, index) => {
      const { date, year } = (m ?? {}) as { date?: unknown; year?: unknown };
      if (typeof date === 'string' && typeof year === 'number' && !date.startsWith(String(year))) {
        issues.push({ path: ['medals', index, 'date'], message: `date ${date} is not in year ${year}` });
      }
    });
  }
  return issues;
}

export type Dataset = z.infer<typeof Dataset>;
export type DatasetInput = z.input<typeof Dataset>;
