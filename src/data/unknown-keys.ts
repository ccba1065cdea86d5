/**
 * "`reslut` is not a field of a medal result og-2026-1000m; did you mean `result`?": a strict schema
 * refuses unknown keys, and this says which key, in which row, and what was probably meant.
 */
import { distance } from 'fastest-levenshtein';
import { isMedal } from './medals.ts';
import type { Result } from './schema.ts';
import { t } from '../i18n/messages.ts';

type Json = Record<string, unknown>;
const asRecord = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;

/**
 * What a row is, by its section's path (`results`, `profile.family`): the catalogue's words, in
 * English like the rest of this message.
 */
const rowKinds: Readonly<Record<string, string | undefined>> = t('en').moderation.rowKind;

/** What an object without an id of its own is, by the key it sits under. */
const PART_NAMES: Record<string, string> = {
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
    const candidateDistance = distance(key.toLowerCase(), candidate.toLowerCase());
    if (candidateDistance < bestDistance) [best, bestDistance] = [candidate, candidateDistance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/** Names the object at `path` in the file: "a medal result og-2026-1000m", "a placing in the result wc-…". */
function describeObject(root: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = root;
  let row: { rowKind: string; id: string } | undefined;
  let what = 'the data file';
  path.forEach((segment, i) => {
    node = Array.isArray(node) ? node[segment as number] : asRecord(node)?.[segment as string];
    const key = typeof segment === 'number' ? path[i - 1] : segment;
    const id = asRecord(node)?.id;
    const section = String(key);
    const rowKind = typeof segment === 'number' ? rowKinds[path.slice(0, i).map(String).join('.')] : undefined;
    if (typeof id === 'string' && rowKind) {
      const named = section === 'results' && isMedal(node as Result) ? 'medal result' : rowKind;
      row = { rowKind: named, id };
      what = `${article(named)} ${id}`;
    } else {
      const part = PART_NAMES[section] ?? 'text in English and Dutch';
      what = row ? `${article(part)} in the ${row.rowKind} ${row.id}` : article(part);
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
