/**
 * The rows `/data add-quote` and `/data add-medal` build from their slash-command options (the
 * older way to add a row, kept beside the form of `/data add`). The schema validates them on write.
 */
import { seasonOf } from './integrity.ts';
import type { RowWarning } from './new-rows.ts';
import { slug, uniqueId } from './row-ids.ts';
import type { MedalColour } from './schema.ts';

export interface BuiltOptionRow {
  row: Record<string, unknown> & { id: string };
  warnings: RowWarning[];
}

interface Sourced {
  source: string;
  source2?: string | undefined;
}

/** One source is single-source; a second one confirms it. */
const sourcesOf = (input: Sourced) => ({
  sources: [input.source, input.source2].filter(Boolean),
  confidence: input.source2 ? 'confirmed' : 'single-source',
});

export interface QuoteOptions extends Sourced {
  text: string;
  language: 'en' | 'nl';
  occasion: string;
  occasionNl?: string | undefined;
  date: string;
  /** Comma-separated, as typed. */
  topics: string;
  translation?: string | undefined;
}

export function quoteRow(input: QuoteOptions, dataset: unknown): BuiltOptionRow {
  return {
    row: {
      id: uniqueId(`quote-${input.date.slice(0, 4)}-${slug(input.text, 30)}`, dataset),
      text: input.text,
      language: input.language,
      ...(input.translation ? { translation: input.translation } : {}),
      occasion: { en: input.occasion, nl: input.occasionNl ?? input.occasion },
      date: input.date,
      topics: input.topics
        .split(',')
        .map((part) => slug(part))
        .filter(Boolean),
      ...sourcesOf(input),
    },
    warnings: input.occasionNl ? [] : [{ field: 'occasion.nl' }],
  };
}

export interface MedalOptions extends Sourced {
  competition: string;
  event: string;
  medal: MedalColour;
  year: number;
  date: string;
  venue: string;
  venueNl?: string | undefined;
  result?: string | undefined;
}

const PLACE_OF: Record<MedalColour, number> = { gold: 1, silver: 2, bronze: 3 };

/** A medal is a championship result with place 1–3: it goes into the results table. Refused when the date is not in the year. */
export function medalRow(input: MedalOptions, dataset: unknown): BuiltOptionRow | { dateNotInYear: true } {
  const { date } = input;
  if (!date.startsWith(String(input.year))) return { dateNotInYear: true };
  return {
    row: {
      id: uniqueId(`${input.competition}-${input.year}-${input.event}-${input.medal}`, dataset),
      competition: input.competition,
      season: /^\d{4}/.test(date) ? seasonOf(date) : date,
      date,
      venue: { en: input.venue, nl: input.venueNl ?? input.venue },
      event: input.event,
      place: PLACE_OF[input.medal],
      ...(input.result ? { result: input.result } : {}),
      ...sourcesOf(input),
    },
    warnings: input.venueNl ? [] : [{ field: 'venue.nl' }],
  };
}
