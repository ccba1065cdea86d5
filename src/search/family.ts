import type { FactDoc } from './documents.ts';

/**
 * "How many siblings does she have", "heeft ze twee broers?": her relatives counted from their own
 * rows (one row per relative), so a count or a claimed number is checked against the rows, not the text.
 */

type Relatives = 'siblings' | 'sisters' | 'brothers' | 'parents';

const RELATIONS: Record<Relatives, readonly string[]> = {
  siblings: ['sister', 'brother'],
  sisters: ['sister'],
  brothers: ['brother'],
  parents: ['father', 'mother'],
};

const WORDS: [RegExp, Relatives][] = [
  [/^(siblings?|broers\/zussen)$/, 'siblings'],
  [/^(sisters?|zus|zussen|zusje|zusjes)$/, 'sisters'],
  [/^(brothers?|broer|broers|broertje|broertjes)$/, 'brothers'],
  [/^(parents|ouders)$/, 'parents'],
];

const NUMBERS: Record<string, number> = {
  no: 0,
  geen: 0,
  one: 1,
  een: 1,
  één: 1,
  two: 2,
  twee: 2,
  three: 3,
  drie: 3,
  four: 4,
  vier: 4,
  five: 5,
  vijf: 5,
};

export interface RelativesPart {
  relatives: Relatives;
  count: number;
  /** The number the question claims, when it names one ("two brothers"). */
  claimed?: number | undefined;
}

export interface FamilyCount {
  parts: RelativesPart[];
  rows: FactDoc[];
}

const numberOf = (word: string | undefined) =>
  word === undefined ? undefined : /^\d$/.test(word) ? Number(word) : NUMBERS[word];

/** The relatives a question counts or claims a number of; undefined when it does neither. */
export function familyCount(
  docs: readonly FactDoc[],
  words: readonly string[],
  counting: boolean,
): FamilyCount | undefined {
  const asked: { relatives: Relatives; claimed?: number | undefined }[] = [];
  for (let i = 0; i < words.length; i += 1) {
    // "Broers en zussen" is one thing: her siblings.
    const pair = /^broers?$/.test(words[i]!) && words[i + 1] === 'en' && /^zus(sen)?$/.test(words[i + 2] ?? '');
    const relatives = pair ? 'siblings' : WORDS.find(([re]) => re.test(words[i]!))?.[1];
    if (!relatives) continue;
    asked.push({ relatives, claimed: numberOf(words[i - 1]) });
    if (pair) i += 2;
  }
  const claims = asked.some((a) => a.claimed !== undefined);
  if (asked.length === 0 || (!counting && !claims)) return undefined;
  const relativeRows = docs.filter((d) => d.kind === 'background' && d.facets?.sub !== undefined);
  const parts = asked.map((a) => ({
    ...a,
    count: relativeRows.filter((d) => RELATIONS[a.relatives].includes(d.facets!.sub!)).length,
  }));
  const kinds = new Set(asked.flatMap((a) => RELATIONS[a.relatives]));
  return { parts, rows: relativeRows.filter((d) => kinds.has(d.facets!.sub!)) };
}
