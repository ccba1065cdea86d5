/**
 * The data as handlers read it: the dataset with its sorted lists, medals, personal bests and
 * lookups worked out once per load, so a reply only filters and formats.
 */
import { currentAffiliations, type AffiliationsNow } from './affiliations.ts';
import { newestFirst } from './dates.ts';
import { medalsOf, type Medal } from './medals.ts';
import { progressionsOf, type Progression } from './personal-bests.ts';
import type { Competition, Dataset, Event, Quote, Result, ResultCompetition } from './schema.ts';
import { tallyOf, type Tally } from './tally.ts';

export { tallyOf };

/**
 * A loaded dataset plus everything derivable from it, computed once per load
 * so the interaction path only filters and formats.
 */
export interface DataView {
  version: string;
  dataset: Dataset;
  /** Every result, newest first; same-day rows keep the file's order. */
  resultsNewestFirst: readonly Result[];
  resultsById: ReadonlyMap<string, Result>;
  resultCompetitions: readonly ResultCompetition[];
  resultEvents: readonly Event[];
  /** Seasons with results, newest first. */
  resultSeasons: readonly string[];
  /** Championship results with place 1–3, newest first. */
  medalsNewestFirst: readonly Medal[];
  tally: Tally;
  medalYears: readonly number[];
  medalEvents: readonly Event[];
  medalCompetitions: readonly Competition[];
  /** Each distance's personal-best steps, slowest (oldest) first; the current best is the last. */
  personalBests: ReadonlyMap<Event, Progression>;
  affiliations: AffiliationsNow;
  quoteTopics: readonly string[];
  quotesByTopic: ReadonlyMap<string, readonly Quote[]>;
  timelineYears: readonly number[];
}

const uniqueSorted = <T>(values: Iterable<T>, compare?: (a: T, b: T) => number): T[] =>
  [...new Set(values)].sort(compare);

/** Newest first; ties (same day) keep file order so moderators control it (the sort is stable). */
const byDateNewestFirst = <T extends { date: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => newestFirst(a.date, b.date));

/**
 * Results newest first. On one day a sprint classification comes before the races that counted for
 * it, and those races in reverse (the last one skated first); other same-day rows keep file order.
 */
function resultsByDate(results: readonly Result[]): Result[] {
  const classifications = new Set(results.flatMap((r) => (r.partOf ? [r.partOf] : [])));
  const index = new Map(results.map((r, i) => [r, i]));
  return [...results].sort((a, b) => {
    const byDate = newestFirst(a.date, b.date);
    if (byDate !== 0) return byDate;
    const rank = (r: Result) => (classifications.has(r.id) ? 0 : r.partOf ? 1 : 2);
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    const order = index.get(a)! - index.get(b)!;
    return a.partOf && a.partOf === b.partOf ? -order : order;
  });
}

export function buildView(dataset: Dataset, version: string): DataView {
  const medalsNewestFirst = byDateNewestFirst(medalsOf(dataset.results));
  const resultsNewestFirst = resultsByDate(dataset.results);
  const quotesByTopic = new Map<string, Quote[]>();
  for (const q of dataset.quotes) {
    for (const topic of q.topics) {
      const list = quotesByTopic.get(topic) ?? [];
      list.push(q);
      quotesByTopic.set(topic, list);
    }
  }
  return {
    version,
    dataset,
    resultsNewestFirst,
    resultsById: new Map(dataset.results.map((r) => [r.id, r])),
    resultCompetitions: uniqueSorted(dataset.results.map((r) => r.competition)),
    resultEvents: uniqueSorted(dataset.results.map((r) => r.event)),
    resultSeasons: uniqueSorted(
      dataset.results.map((r) => r.season),
      (a, b) => newestFirst(a, b),
    ),
    medalsNewestFirst,
    tally: tallyOf(medalsNewestFirst),
    medalYears: uniqueSorted(
      medalsNewestFirst.map((medal) => medal.year),
      (a, b) => b - a,
    ),
    medalEvents: uniqueSorted(medalsNewestFirst.map((medal) => medal.event)),
    medalCompetitions: uniqueSorted(medalsNewestFirst.map((medal) => medal.competition)),
    personalBests: progressionsOf(dataset),
    affiliations: currentAffiliations(dataset.profile.affiliations, dataset.meta.coverageUntil),
    quoteTopics: [...quotesByTopic.keys()].sort(),
    quotesByTopic,
    timelineYears: uniqueSorted(
      dataset.timeline.map((e) => Number(e.date.slice(0, 4))),
      (a, b) => a - b,
    ),
  };
}
