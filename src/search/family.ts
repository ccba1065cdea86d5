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

/** One row per relative, each with the relation it is. */
/** A relative's own row: a background row that says which relative it is. */
export const isRelativeRow = (d: FactDoc): boolean => d.kind === 'background' && d.facets?.sub !== undefined;

const relativeRowsOf = (docs: readonly FactDoc[]) => docs.filter(isRelativeRow);

const numberOf = (word: string | undefined) =>
  word === undefined ? undefined : /^\d$/.test(word) ? Number(word) : NUMBERS[word];

/** The relatives a question counts or claims a number of; undefined when it does neither. */
export function familyCount(
  docs: readonly FactDoc[],
  words: readonly string[],
  counting: boolean,
  asking = false,
): FamilyCount | undefined {
  const asked: { relatives: Relatives; claimed?: number | undefined }[] = [];
  for (let i = 0; i < words.length; i += 1) {
    // "Broers en zussen", "brothers or sisters" is one thing: her siblings.
    const pair =
      /^(broers?|brothers?)$/.test(words[i]!) &&
      /^(en|of|and|or)$/.test(words[i + 1] ?? '') &&
      /^(zus(sen)?|sisters?)$/.test(words[i + 2] ?? '');
    const relatives = pair ? 'siblings' : WORDS.find(([re]) => re.test(words[i]!))?.[1];
    if (!relatives) continue;
    // "Two brothers?", or the number said last: "how many brothers does she have, three?"
    const last = i === words.length - 1 ? undefined : numberOf(words.at(-1));
    asked.push({ relatives, claimed: numberOf(words[i - 1]) ?? (counting ? last : undefined) });
    if (pair) i += 2;
  }
  const claims = asked.some((a) => a.claimed !== undefined);
  // "Heeft ze broers of zussen?" asks whether there are any: a count of them answers it.
  if (asked.length === 0 || (!counting && !claims && !asking)) return undefined;
  const relativeRows = relativeRowsOf(docs);
  const parts = asked.map((a) => ({
    ...a,
    count: relativeRows.filter((d) => RELATIONS[a.relatives].includes(d.facets!.sub!)).length,
  }));
  const kinds = new Set(asked.flatMap((a) => RELATIONS[a.relatives]));
  return { parts, rows: relativeRows.filter((d) => kinds.has(d.facets!.sub!)) };
}

/** "His father", "Jake's mother", "zijn vader", "schoonmoeder": someone else's relatives. */
const SOMEONE_ELSE =
  /^(his|hers|jake|jakes|paul|pauls|logan|koen|verweij|schoonmoeder|schoonvader|schoonouders|law|laws)$/;

/** "Who are her parents", "hoe heet haar vader": the names asked, not a count or a detail. */
const NAME_ASKED = /^(who|wie|called|name|names|naam|namen|heet|heten)$/;

/** The rows of the relatives whose names a question asks, oldest relation first (parents, then siblings). */
export function relativesNamed(docs: readonly FactDoc[], words: readonly string[]): FactDoc[] | undefined {
  if (!words.some((w) => NAME_ASKED.test(w)) || words.some((w) => SOMEONE_ELSE.test(w))) return undefined;
  // "Vernoemd naar", "named after": where her own name comes from.
  if (
    words.some(
      (w, i) =>
        /^(named|name|vernoemd|noemde)$/.test(w) && words.slice(i + 1, i + 3).some((x) => /^(after|naar)$/.test(x)),
    )
  )
    return undefined;
  const kinds = relationsAsked(words);
  if (kinds.size === 0) return undefined;
  const rows = relativeRowsOf(docs).filter((d) => kinds.has(d.facets!.sub!) && d.facets!.name);
  return rows.length ? rows : undefined;
}

/** The relations a question names of hers ("haar zus", "her parents"): father, mother, sister, brother. */
function relationsAsked(words: readonly string[]): Set<string> {
  const kinds = new Set<string>();
  for (let i = 0; i < words.length; i += 1) {
    // "Zijn vader" is his father; "wie zijn haar ouders" asks who hers are.
    if (words[i - 1] === 'zijn' && words[i - 2] !== 'wie' && words[i - 2] !== 'hoe') continue;
    const relatives = WORDS.find(([re]) => re.test(words[i]!))?.[1];
    for (const r of relatives ? RELATIONS[relatives] : []) kinds.add(r);
    const one = PARENT[words[i]!];
    if (one) kinds.add(one);
  }
  return kinds;
}

/**
 * "Wat doet haar zus": the rows of the relatives named lead, before another relative's row that a
 * word found (her father's job); the rest follow. Unchanged when no relative of hers is named.
 */
export function relativesFirst(
  docs: readonly FactDoc[],
  words: readonly string[],
  hits: readonly FactDoc[],
): FactDoc[] {
  if (words.some((w) => SOMEONE_ELSE.test(w))) return [...hits];
  const kinds = relationsAsked(words);
  if (kinds.size === 0) return [...hits];
  const theirs = (d: FactDoc) => isRelativeRow(d) && kinds.has(d.facets!.sub!);
  // Only another relative's row in the lead is put behind: a text row that tells the relative's view
  // ("what does her father think") stays first.
  const lead = hits[0];
  if (!lead || lead.kind !== 'background' || lead.facets?.sub === undefined || theirs(lead)) return [...hits];
  const found = hits.filter(theirs);
  const named = found.length > 0 ? found : relativeRowsOf(docs).filter(theirs);
  return [...named, ...hits.filter((d) => !named.includes(d))];
}

const PARENT: Record<string, string | undefined> = {
  father: 'father',
  dad: 'father',
  vader: 'father',
  pa: 'father',
  papa: 'father',
  mother: 'mother',
  mom: 'mother',
  mum: 'mother',
  moeder: 'mother',
  mama: 'mother',
};

const YOUNGER = /^(little|younger|youngest|baby|kleine|kleinere|jongere|jongste|zusje|broertje)$/;
const OLDER = /^(older|oldest|big|bigger|elder|eldest|grote|oudere|oudste)$/;

/**
 * "Is Merel her little sister?": a relative named by first name, claimed younger or older. Her row
 * says which she is; the claim is judged by it, not by the other sister's row that "younger" finds.
 */
export function siblingOrderClaim(
  docs: readonly FactDoc[],
  words: readonly string[],
): { row: FactDoc; verdict: boolean } | undefined {
  const claimed = words.some((w) => YOUNGER.test(w))
    ? 'younger'
    : words.some((w) => OLDER.test(w))
      ? 'older'
      : undefined;
  if (!claimed) return undefined;
  const rows = relativeRowsOf(docs).filter((d) => d.facets!.name && words.includes(d.facets!.name.toLowerCase()));
  if (rows.length !== 1) return undefined;
  const row = rows[0]!;
  const said = /\b(younger|youngest)\b/.test(row.answer.en)
    ? 'younger'
    : /\b(older|oldest|elder)\b/.test(row.answer.en)
      ? 'older'
      : undefined;
  return said ? { row, verdict: said === claimed } : undefined;
}

/** Relatives the dataset has no rows for: their names or number are not in it. */
const UNLISTED_RELATIVE =
  /^(opa|oma|opas|omas|grootvader|grootmoeder|grootouders|grandfather|grandmother|grandparents?|grandpa|grandma|oom|tante|uncle|aunt|cousins?|neef|nicht|nephew|niece)$/;

/** "Hoe heet haar opa", "how many cousins": a relative with no row of its own, whose name or number is asked. */
export function unlistedRelativeAsked(words: readonly string[], counting: boolean): boolean {
  return words.some((w) => UNLISTED_RELATIVE.test(w)) && (counting || words.some((w) => NAME_ASKED.test(w)));
}
