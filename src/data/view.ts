import { buildAskIndex, type AskIndex } from '../search/ask.ts';
import type { Dataset, Medal, Quote } from './schema.ts';
import { tallyOf, type Tally } from './tally.ts';

export { tallyOf };

/**
 * A loaded dataset plus everything derivable from it, computed once per load
 * so the interaction path only filters and formats.
 */
export interface DataView {
  version: string;
  dataset: Dataset;
  medalsNewestFirst: readonly Medal[];
  tally: Tally;
  medalYears: readonly number[];
  medalEvents: readonly string[];
  medalCompetitions: readonly string[];
  quoteTopics: readonly string[];
  quotesByTopic: ReadonlyMap<string, readonly Quote[]>;
  timelineYears: readonly number[];
  /** Search index for /ask, built with the view so questions cost no indexing. */
  ask: AskIndex;
}

const uniqueSorted = <T>(values: Iterable<T>, compare?: (a: T, b: T) => number): T[] => [...new Set(values)].sort(compare);

export function buildView(dataset: Dataset, version: string): DataView {
  // Newest first; ties (same day) keep file order so moderators control it.
  const medalsNewestFirst = dataset.medals
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.date === b.m.date ? a.i - b.i : a.m.date < b.m.date ? 1 : -1))
    .map(({ m }) => m);
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
    medalsNewestFirst,
    tally: tallyOf(dataset.medals),
    medalYears: uniqueSorted(dataset.medals.map((m) => m.year), (a, b) => b - a),
    medalEvents: uniqueSorted(dataset.medals.map((m) => m.event)),
    medalCompetitions: uniqueSorted(dataset.medals.map((m) => m.competition)),
    quoteTopics: [...quotesByTopic.keys()].sort(),
    quotesByTopic,
    ask: buildAskIndex(dataset),
    timelineYears: uniqueSorted(dataset.timeline.map((e) => Number(e.date.slice(0, 4))), (a, b) => a - b),
  };
}
