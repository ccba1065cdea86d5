/**
 * The points of a `/progression` chart: every timed race at one distance in the dataset, one point
 * per race, and her personal-best steps; render.ts draws them.
 */
import type { Progression } from '../data/personal-bests.ts';
import type { Dataset } from '../data/schema.ts';
import type { Lang } from '../i18n/locale.ts';
import { t } from '../i18n/messages.ts';

export const DISTANCES = ['500m', '1000m', '1500m'] as const;
export type Distance = (typeof DISTANCES)[number];

export const POINT_KINDS = ['olympics', 'world', 'european', 'world-cup', 'dutch', 'pb'] as const;
export type PointKind = (typeof POINT_KINDS)[number];

export interface ProgressionPoint {
  /** Full ISO date (YYYY-MM-DD) the chart plots at; partial source dates are placed mid-period. */
  date: string;
  /** The date as the source gives it, possibly partial: what a caption should print. */
  sourceDate: string;
  seconds: number;
  /** The time as stored, English notation ("1:12.31"), without any trailing words. */
  resultText: string;
  kind: PointKind;
  label: string;
  /** The row's sources, so a chart reply can cite everything it plots. */
  sources: readonly string[];
}

export function isDistance(value: unknown): value is Distance {
  return typeof value === 'string' && (DISTANCES as readonly string[]).includes(value);
}

/*
 * A leading time only: "1:12.31", "37.15", "1:24.029", optionally followed by words such as
 * "(track record)". Points ("154.418 pts") and free text must never become a time, so a number
 * followed by a points unit, another digit or a further separator is refused.
 */
const LEADING_TIME =
  /^\s*(?:(\d{1,2}):([0-5]\d)|(\d{1,2}))\.(\d{1,3})(?![\d:]|[.,]\d|\s*(?:pts?|points|pnt|punten)\b)/i;

/** Seconds from a result that starts with a time; undefined for points, text or nothing. */
export function parseResultSeconds(result: string | undefined): number | undefined {
  const match = parseLeadingTime(result);
  return match?.seconds;
}

function parseLeadingTime(result: string | undefined): { seconds: number; text: string } | undefined {
  if (typeof result !== 'string') return undefined;
  const match = LEADING_TIME.exec(result);
  if (!match) return undefined;
  const [, minutes, secondsWithMinutes, secondsAlone, fraction] = match;
  const whole = minutes !== undefined ? Number(minutes) * 60 + Number(secondsWithMinutes) : Number(secondsAlone);
  const seconds = whole + Number(`0.${fraction}`);
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  // Round away float noise so 72.31 stays 72.31 and equal times compare equal.
  return { seconds: Math.round(seconds * 1000) / 1000, text: match[0].trim() };
}

/** YYYY → mid-year, YYYY-MM → mid-month, so a partial date still sits in the right period. */
export function placeDate(date: string): string | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return undefined;
  const [, y, mo, d] = match;
  if (mo === undefined) return `${y}-07-01`;
  if (d === undefined) return `${y}-${mo}-15`;
  return `${y}-${mo}-${d}`;
}

function competitionKind(competition: string): PointKind {
  if (competition === 'olympics') return 'olympics';
  if (competition === 'world-cup') return 'world-cup';
  if (competition.startsWith('european')) return 'european';
  return 'world';
}

/** Higher-ranked kinds win when two rows describe the same race (same day, same time). */
const KIND_RANK: Record<PointKind, number> = { olympics: 0, world: 1, european: 2, 'world-cup': 3, dutch: 4, pb: 5 };

/**
 * Every timed race at one distance the dataset knows of: every championship and World Cup race,
 * Dutch titles, and personal bests set in races that are not rows of their own, oldest first.
 * Rows without a parseable time are left out.
 */
export function progressionPoints(dataset: Dataset, distance: Distance, lang: Lang = 'en'): ProgressionPoint[] {
  const messages = t(lang);
  const out: ProgressionPoint[] = [];
  const add = (
    row: { date?: string | undefined; event: string; result?: string | undefined; sources: readonly string[] },
    kind: PointKind,
    label: string,
  ) => {
    if (row.event !== distance || row.date === undefined) return;
    const time = parseLeadingTime(row.result);
    const date = placeDate(row.date);
    if (!time || !date) return;
    out.push({
      date,
      sourceDate: row.date,
      seconds: time.seconds,
      resultText: time.text,
      kind,
      label,
      sources: row.sources,
    });
  };
  for (const r of dataset.results)
    add(
      r,
      competitionKind(r.competition),
      r.competition === 'world-cup'
        ? `${messages.chart.kind['world-cup']}, ${r.venue[lang]}, ${r.season}`
        : `${messages.competition[r.competition]} ${r.date.slice(0, 4)}`,
    );
  for (const r of dataset.dutchTitles) add(r, 'dutch', `${messages.dutchChampionship[r.championship]} ${r.season}`);
  // A step set in a race the dataset holds is that race's point already.
  for (const r of dataset.personalBests)
    if (r.race === undefined) add(r, 'pb', `${messages.chart.kind.pb}${r.venue ? `, ${r.venue[lang]}` : ''}`);

  const unique = new Map<string, ProgressionPoint>();
  for (const p of out) {
    const key = `${p.date}|${p.seconds}`;
    const seen = unique.get(key);
    if (!seen) unique.set(key, p);
    else {
      // One race, two rows (a medal that was also a PB): plot it once, citing both.
      const keep = KIND_RANK[p.kind] < KIND_RANK[seen.kind] ? p : seen;
      unique.set(key, { ...keep, sources: [...new Set([...seen.sources, ...p.sources])] });
    }
  }
  return [...unique.values()].sort((a, b) => (a.date === b.date ? a.seconds - b.seconds : a.date < b.date ? -1 : 1));
}

export interface PbLine {
  /** The dated steps, oldest first: the personal best as the sources record it. */
  steps: { date: string; seconds: number }[];
  /** Steps known only as "before <date>": not drawn, counted in the reply. */
  undated: number;
}

/** Her personal-best steps on a distance, for the chart's step line. */
export function personalBestLine(progression: Progression | undefined): PbLine {
  const steps: PbLine['steps'] = [];
  let undated = 0;
  for (const step of progression?.steps ?? []) {
    const date = step.date === undefined ? undefined : placeDate(step.date);
    if (date) steps.push({ date, seconds: step.ms / 1000 });
    else undated += 1;
  }
  return { steps: steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : b.seconds - a.seconds)), undated };
}

/** The fastest point, earliest on a tie. */
export function bestPoint(points: readonly ProgressionPoint[]): ProgressionPoint | undefined {
  return points.reduce<ProgressionPoint | undefined>(
    (best, p) => (!best || p.seconds < best.seconds ? p : best),
    undefined,
  );
}
