/**
 * Autocomplete for every command: the candidates that best match what the member has typed so far,
 * clamped to Discord's limits.
 */
import MiniSearch from 'minisearch';
import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import { LIMITS, truncate } from './limits.ts';

export interface Candidate {
  value: string | number;
  /** Shown to the user (already localized). */
  name: string;
  /** Extra words that should find this candidate (other language, aliases). */
  keywords?: string;
}

/**
 * Fuzzy, prefix-aware ranking via minisearch; an empty query lists candidates in their given order.
 * Candidate lists here are tiny (tens), so indexing per call costs microseconds and never goes stale.
 */
export function rankChoices(query: string, candidates: readonly Candidate[]): APIApplicationCommandOptionChoice[] {
  const q = query.trim().slice(0, 100);
  let ranked: readonly Candidate[] = candidates;
  if (q) {
    const index = new MiniSearch<{ id: number; name: string; keywords: string; value: string }>({
      fields: ['name', 'keywords', 'value'],
      storeFields: [],
      searchOptions: { prefix: true, fuzzy: 0.3, combineWith: 'OR' },
      tokenize: (text) =>
        text
          .toLowerCase()
          .split(/[\s\-_/.,:]+/)
          .filter(Boolean),
    });
    index.addAll(candidates.map((c, id) => ({ id, name: c.name, keywords: c.keywords ?? '', value: String(c.value) })));
    ranked = index.search(q).map((hit) => candidates[hit.id as number]!);
  }
  return ranked.slice(0, LIMITS.autocompleteChoices).map((c) => ({
    name: truncate(c.name, LIMITS.choiceName),
    value: typeof c.value === 'string' ? truncate(c.value, LIMITS.choiceValue) : c.value,
  }));
}
