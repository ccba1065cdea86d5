import { distance } from 'fastest-levenshtein';
import { isMedal } from './medals.ts';
import type { Result } from './schema.ts';

/**
 * "`reslut` is not a field of a medal result og-2026-1000m; did you mean `result`?": a strict schema
 * refuses unknown keys, and this says which key, in which row, and what was probably meant.
 */

type Json = Record<string, unknown>;
const asRecord = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;

const ROW_KINDS: Record<string, string> = {
  results: 'result',
  worldCupStandings: 'World Cup standing',
  personalBests: 'personal best',
  dutchTitles: 'Dutch title',
  records: 'record',
  timeline: 'timeline event',
  background: 'background fact',
  quotes: 'quote',
  openQuestions: 'open question',
  affiliations: 'affiliation',
  family: 'family member',
  earlySport: 'early sport',
  social: 'social-media figure',
};

/** What an object without an id of its own is, by the key it sits under. */
const PART_KINDS: Record<string, string> = {
  placings: 'placing',
  members: 'team member',
  margins: 'margin',
  points: 'points figure',
  conflict: 'conflict block',
  versions: 'conflict version',
  meta: 'the meta block',
  profile: 'the profile',
  born: 'the birth date',
  nationality: 'profile fact',
  birthplace: 'profile fact',
  height: 'profile fact',
  discipline: 'profile fact',
};

const article = (noun: string) => (noun.startsWith('the ') ? noun : `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`);

/** The closest known key, when it is close enough to be a typo. */
function suggestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/** Names the object at `path` in the file: "a medal result og-2026-1000m", "a placing in the result wc-…". */
function describeObject(root: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = root;
  let row: { kind: string; id: string } | undefined;
  let what = 'the data file';
  path.forEach((segment, i) => {
    node = Array.isArray(node) ? node[segment as number] : asRecord(node)?.[segment as string];
    const key = typeof segment === 'number' ? path[i - 1] : segment;
    const id = asRecord(node)?.id;
    const section = String(key);
    if (typeof segment === 'number' && typeof id === 'string' && ROW_KINDS[section]) {
      const kind = section === 'results' && isMedal(node as Result) ? 'medal result' : ROW_KINDS[section];
      row = { kind, id };
      what = `${article(kind)} ${id}`;
    } else {
      const part = PART_KINDS[section] ?? 'text in English and Dutch';
      what = row ? `${article(part)} in the ${row.kind} ${row.id}` : article(part);
    }
  });
  return what;
}

export function unknownKeyMessage(
  root: unknown,
  path: readonly PropertyKey[],
  key: string,
  known: readonly string[],
): string {
  const suggestion = suggestKey(key, known);
  const where = `\`${key}\` is not a field of ${describeObject(root, path)}`;
  return suggestion ? `${where}; did you mean \`${suggestion}\`?` : `${where}; its fields are ${known.join(', ')}`;
}
