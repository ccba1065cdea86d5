/** Ids for new rows: a readable slug of the row's text, made unique across the whole file. */
import { fold } from '../i18n/fold.ts';
import { rowIds } from './sections.ts';

/** "Pressure, at the Games!" → "pressure-at-the-games": the readable part of a new row's id. */
export function slug(text: string, max = 40): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, max)
    .replace(/-$/, '');
}

/** `base`, or `base-2`, `base-3`, … when the id is taken: ids are unique across the whole file. */
export function uniqueId(base: string, dataset: unknown): string {
  const taken = new Set(rowIds(dataset).map((r) => r.id));
  let id = base.slice(0, 60);
  for (let n = 2; taken.has(id); n += 1) id = `${base.slice(0, 56)}-${n}`;
  return id;
}
