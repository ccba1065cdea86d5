/**
 * Quote topics are slugs on each quote (`world-cup`); their English and Dutch names live in the data
 * file's `quoteTopics`, so a Dutch member can type `wereldbeker` and reads Dutch names back.
 */
import type { Dataset } from './schema.ts';
import type { Lang } from '../i18n/locale.ts';

/** The topic's name in this language; a topic nobody has named yet shows as its slug. */
export function topicLabel(dataset: Pick<Dataset, 'quoteTopics'>, topic: string, lang: Lang): string {
  return dataset.quoteTopics[topic]?.[lang] ?? topic;
}

/** Topics used by some quote that have no entry in `quoteTopics` (so no Dutch name), in file order. */
export function unlabelledTopics(dataset: Pick<Dataset, 'quotes' | 'quoteTopics'>): string[] {
  const missing = new Set<string>();
  for (const quote of dataset.quotes)
    for (const topic of quote.topics) if (!dataset.quoteTopics[topic]) missing.add(topic);
  return [...missing];
}

/** Topics a change gave a quote (a new quote, or an edit of its topics) that the file does not name yet. */
export function unnamedTopicsOfChange(
  change: { op: string; section?: string | undefined; field?: string | undefined; after?: unknown },
  dataset: Pick<Dataset, 'quoteTopics'>,
): string[] {
  if (change.section !== 'quotes') return [];
  let topics: unknown;
  if (change.op === 'add') topics = (change.after as { topics?: unknown } | undefined)?.topics;
  else if (change.op === 'edit' && change.field?.startsWith('topics')) topics = change.after;
  const list = (Array.isArray(topics) ? topics : [topics]).filter((t): t is string => typeof t === 'string');
  return [...new Set(list)].filter((topic) => !dataset.quoteTopics[topic]);
}
