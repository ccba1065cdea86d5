/**
 * The dataset contract. Every row carries its sources because accuracy is the product:
 * a reply can only cite what the row cites, so a row without a source is refused.
 *
 * Every object is strict: a key the schema does not know is an error (with a did-you-mean, see
 * load.ts), so a misspelt field is never saved as junk that no reply ever reads.
 */
import { z } from 'zod';
import { integrityIssues } from './integrity.ts';

const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids are lowercase letters, digits and dashes (max 64)');

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

/** A race time in English notation, as printed: 1:12.31, 37.15, 4:05.19, 1:24.029. */
const RaceTime = z.string().regex(/^(\d{1,2}:[0-5]\d|\d{1,2})\.\d{1,3}$/, 'a time is written 1:12.31 or 37.15');

/** A number as printed, kept as text so its precision survives: 151.140, 0.64, 300. */
const Decimal = z.string().regex(/^\d+(\.\d+)?$/, 'a number is written 151.140 or 0.64');

const Season = z.string().regex(/^\d{4}\/\d{2}$/, 'season is written 2022/23');

const LocalizedText = z.strictObject({
  en: z.string().min(1).max(1500),
  nl: z.string().min(1).max(1500),
});

const Confidence = z.enum(['confirmed', 'single-source', 'conflict']);

/** Sources disagree: keep every version with its own sources instead of silently picking one. */
const Conflict = z.strictObject({
  note: LocalizedText,
  versions: z
    .array(
      z.strictObject({
        claim: LocalizedText,
        sources: Sources,
        /** Judged wrong (a low-quality page): kept with its source, shown only when a member asks. */
        rejected: z.literal(true).optional(),
      }),
    )
    .min(2, 'a conflict lists at least two versions'),
});

const sourced = {
  sources: Sources,
  confidence: Confidence.default('confirmed'),
  conflict: Conflict.optional(),
  note: LocalizedText.optional(),
};

/** Championships: a result at one of these with place 1–3 is a medal (see medals.ts). */
export const Competition = z.enum([
  'olympics',
  'world-single-distances',
  'world-sprint',
  'european-single-distances',
  'european-sprint',
  'world-junior',
]);
export type Competition = z.infer<typeof Competition>;

export const ResultCompetition = z.enum([...Competition.options, 'world-cup']);
/** A championship or the World Cup: every competition a result can belong to. */
export type ResultCompetition = z.infer<typeof ResultCompetition>;

export const MedalColour = z.enum(['gold', 'silver', 'bronze']);
export type MedalColour = z.infer<typeof MedalColour>;

/** Event slugs double as option values; keep them short and stable. */
export const Event = z.enum([
  '500m',
  '1000m',
  '1500m',
  '3000m',
  'team-sprint',
  'team-pursuit',
  'sprint-allround',
  'allround',
]);
export type Event = z.infer<typeof Event>;

/** Whether a number is printed by a source, or worked out here from numbers that are (and checked). */
const Basis = z.enum(['given', 'derived']);

const Figure = z.strictObject({ value: Decimal, basis: Basis });

/** Her gap to another place in the same race: behind it when that place is better, ahead when worse. */
const Margin = z.strictObject({
  place: z.number().int().min(1).max(100),
  value: Decimal,
  /** Seconds for a race, points for a sprint or all-round classification. */
  unit: z.enum(['s', 'pts']).default('s'),
  basis: Basis,
  /** The page that prints a given margin, when it is not every source of the row. */
  sources: z.array(SourceUrl).min(1).optional(),
});
export type Margin = z.infer<typeof Margin>;

const TeamMember = z.strictObject({
  name: z.string().min(1).max(80),
  /** 1–3 when a source gives the lap order. */
  lap: z.number().int().min(1).max(3).optional(),
});

/** Someone the sources place in the race (her too, on a podium); a team for team events. */
const Placing = z.strictObject({
  /** Absent when a source gives the time but not the place. */
  place: z.number().int().min(1).max(100).optional(),
  tied: z.literal(true).optional(),
  /** The name as the sheets print it; a team is its country's name. */
  name: z.string().min(1).max(80),
  /** IOC code, only where a source gives the country. */
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  result: RaceTime.optional(),
  resultBasis: Basis.optional(),
  points: Figure.optional(),
  members: z.array(TeamMember).min(2).max(4).optional(),
  note: LocalizedText.optional(),
});
export type Placing = z.infer<typeof Placing>;

/**
 * One race she skated (or one classification) at a championship or a World Cup. A medal is not
 * a row of its own: it is a championship result with place 1–3 (medals.ts), so it is stored once.
 */
const Result = z.strictObject({
  id,
  competition: ResultCompetition,
  season: Season,
  date: PartialDate,
  /** Shown instead of the date when the source gives a span ("22–24 Jan 2021"). */
  dateLabel: LocalizedText.optional(),
  venue: LocalizedText,
  event: Event,
  /** Which race of the distance at the meeting, where it holds two (sprint championships, World Cups). */
  race: z.number().int().min(1).max(2).optional(),
  /** The classification (sprint all-round) this race counted for; such races award no medal. */
  partOf: id.optional(),
  /** Her place; absent when no source gives it (never guessed). */
  place: z.number().int().min(1).max(100).optional(),
  tied: z.literal(true).optional(),
  /** Her time, English notation. */
  result: RaceTime.optional(),
  resultBasis: Basis.optional(),
  /** Points of a sprint or all-round classification. */
  points: Figure.optional(),
  margins: z.array(Margin).optional(),
  placings: z.array(Placing).optional(),
  ...sourced,
});
export type Result = z.infer<typeof Result>;

/** A World Cup season classification on one distance. */
const WorldCupStanding = z.strictObject({
  id,
  season: Season,
  event: Event,
  place: z.number().int().min(1).max(100).optional(),
  points: Figure.optional(),
  placings: z.array(Placing).optional(),
  ...sourced,
});
export type WorldCupStanding = z.infer<typeof WorldCupStanding>;

const DutchTitle = z.strictObject({
  id,
  championship: z.enum(['nk-sprint', 'nk-single-distances']),
  season: z.string().regex(/^\d{4}(\/\d{2})?$/),
  date: PartialDate,
  venue: LocalizedText,
  event: Event,
  result: z.string().max(60).optional(),
  ...sourced,
});

/**
 * One step of her personal-best progression on a distance. The current best is the fastest step,
 * worked out, never stored a second time. A step set in a race the dataset holds names that race
 * and takes its time, date and venue from it.
 */
const PersonalBest = z.strictObject({
  id,
  event: Event,
  /** A results or Dutch-title row. */
  race: id.optional(),
  result: RaceTime.optional(),
  date: PartialDate.optional(),
  /** When the date is not known, only that the best stood before this day. */
  before: PartialDate.optional(),
  venue: LocalizedText.optional(),
  /** Where it was skated, for a race that is not a row of its own. */
  competition: LocalizedText.optional(),
  /** Does a source call it a personal best? `none`: a faster time that no source names as one. */
  pbClaim: z.enum(['stated', 'implied', 'none']).default('stated'),
  ...sourced,
});
export type PersonalBest = z.infer<typeof PersonalBest>;

const RecordEntry = z.strictObject({
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

const BackgroundFact = z.strictObject({
  id,
  topic: AboutTopic,
  text: LocalizedText,
  /** When the fact was true, for facts that change (teams, followers). */
  asOf: PartialDate.optional(),
  ...sourced,
});

const SocialFigure = z.strictObject({
  id,
  platform: z.enum(['instagram', 'tiktok', 'youtube', 'x', 'other']),
  followers: z.number().int().positive(),
  /** Human wording from the source when the number is approximate, e.g. "over 4 million". */
  approx: LocalizedText.optional(),
  asOf: PartialDate,
  ...sourced,
});

const AffiliationKind = z.enum(['team', 'coach', 'national-coach', 'training-centre', 'club']);

/** A team or coach for a period. "Current" is a query: no end, not ended, started by the data date. */
const Affiliation = z.strictObject({
  id,
  kind: AffiliationKind,
  name: z.string().min(1).max(120),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  /** It is over, but no source gives the end date. */
  ended: z.literal(true).optional(),
  detail: LocalizedText.optional(),
  ...sourced,
});
export type Affiliation = z.infer<typeof Affiliation>;

const FamilyMember = z.strictObject({
  id,
  relation: z.enum(['father', 'mother', 'sister', 'brother']),
  name: z.string().min(1).max(80),
  detail: LocalizedText,
  ...sourced,
});

/** A sport she did before (or on the way into) speed skating. */
const EarlySport = z.strictObject({
  id,
  sport: LocalizedText,
  club: z.string().min(1).max(120).optional(),
  place: LocalizedText.optional(),
  years: z.number().int().min(1).max(30).optional(),
  detail: LocalizedText,
  ...sourced,
});

const ProfileFact = z.strictObject({
  value: LocalizedText,
  ...sourced,
});

const Profile = z.strictObject({
  name: z.string(),
  fullName: z.string().optional(),
  nationality: ProfileFact,
  born: z.strictObject({ date: PartialDate, ...sourced }),
  birthplace: ProfileFact,
  height: ProfileFact.optional(),
  discipline: ProfileFact,
  family: z.array(FamilyMember).default([]),
  earlySport: z.array(EarlySport).default([]),
  affiliations: z.array(Affiliation),
  social: z.array(SocialFigure),
});

const TimelineEvent = z.strictObject({
  id,
  date: PartialDate,
  /** Shown instead of the date when the source is vague ("Spring 2019", "about age 11"). */
  dateLabel: LocalizedText.optional(),
  text: LocalizedText,
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  ...sourced,
});

export const Quote = z
  .strictObject({
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

const OpenQuestion = z.strictObject({
  id,
  question: LocalizedText,
  detail: LocalizedText.optional(),
  sources: z.array(SourceUrl).default([]),
});

export const Dataset = z
  .strictObject({
    $schema: z.string().optional(),
    meta: z.strictObject({
      title: z.string(),
      /** Date of the newest source in the dataset: replies say "as of" this. */
      coverageUntil: PartialDate,
      basis: z.string(),
    }),
    profile: Profile,
    background: z.array(BackgroundFact).min(1),
    results: z.array(Result).min(1),
    worldCupStandings: z.array(WorldCupStanding).default([]),
    personalBests: z.array(PersonalBest),
    dutchTitles: z.array(DutchTitle),
    records: z.array(RecordEntry),
    timeline: z.array(TimelineEvent).min(1),
    quotes: z.array(Quote).min(1),
    /** What each quote topic is called in English and Dutch (`world-cup` → World Cup / wereldbeker). */
    quoteTopics: z.record(z.string().regex(/^[a-z0-9-]+$/), LocalizedText).default({}),
    openQuestions: z.array(OpenQuestion).default([]),
  })
  .superRefine((d, ctx) => {
    for (const issue of integrityIssues(d))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: { problem: issue.problem } });
  });

export type Dataset = z.infer<typeof Dataset>;
export type DatasetInput = z.input<typeof Dataset>;
