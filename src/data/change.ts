/**
 * Moderator changes to rows, as pure functions on the parsed dataset: no files, no Redis, so
 * every rule here is tested without I/O. Rows are found generically: any array of objects with
 * an `id`, at the top level or one level down (`profile.social`), so new row sections need no
 * change here.
 */

export type Json = Record<string, unknown>;

export type RowChange =
  | { op: 'add'; section: string; row: Json }
  | { op: 'edit'; id: string; field: string; value: string }
  | { op: 'remove'; id: string };

/** Why a change was not made, with what the message needs; rendered by the i18n catalogue. */
export interface Refusal {
  reason: RefusalReason;
  params: Record<string, string | number>;
}

export type RefusalReason =
  | 'stale'
  | 'broken-file'
  | 'no-change'
  | 'not-found'
  | 'no-section'
  | 'bad-field'
  | 'nothing-to-undo'
  | 'undo-conflict'
  | 'snapshot-missing'
  | 'restore-nothing'
  | 'too-large'
  | 'unavailable'
  | 'redis-full'
  | 'diverged'
  | 'contention'
  | 'locked'
  | 'lock-lost'
  | 'changed-during-edit'
  | 'disk-full'
  | 'read-only'
  | 'write-failed';

interface ChangeSummary {
  op: RowChange['op'];
  id: string;
  section: string;
  field?: string;
  before?: unknown;
  after?: unknown;
}

export type ChangeOutcome = { ok: true; dataset: Json; summary: ChangeSummary } | { ok: false; refusal: Refusal };

const refuse = (reason: RefusalReason, params: Refusal['params'] = {}): { ok: false; refusal: Refusal } => ({
  ok: false,
  refusal: { reason, params },
});

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every array section that can hold rows, as [path, list]: `quotes`, `profile.social`, … */
function arraySections(dataset: Json): [string, unknown[]][] {
  const sections: [string, unknown[]][] = [];
  for (const [key, value] of Object.entries(dataset)) {
    if (Array.isArray(value)) sections.push([key, value]);
    else if (isObject(value))
      for (const [inner, list] of Object.entries(value))
        if (Array.isArray(list)) sections.push([`${key}.${inner}`, list]);
  }
  return sections;
}

function findRow(dataset: Json, id: string): { section: string; index: number; list: Json[] } | undefined {
  for (const [section, list] of arraySections(dataset)) {
    const index = list.findIndex((row) => isObject(row) && row.id === id);
    if (index >= 0) return { section, index, list: list as Json[] };
  }
  return undefined;
}

function sectionList(dataset: Json, section: string): unknown[] | undefined {
  return arraySections(dataset).find(([path]) => path === section)?.[1];
}

/** Text from a moderator: JSON when it parses as JSON, comma lists for list fields, numbers for number fields. */
function coerceValue(raw: string, current: unknown): unknown {
  const text = raw.trim();
  if (/^[[{"]/.test(text) || text === 'null' || text === 'true' || text === 'false') {
    try {
      return JSON.parse(text);
    } catch {
      // Not JSON after all: fall through and treat it as text.
    }
  }
  if (Array.isArray(current))
    return text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  if (typeof current === 'number' && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return raw;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Sets a (dotted) field of a row in place; `null` removes it. False when the path is not settable. */
function setPath(row: Json, path: string, raw: string): { ok: true; before: unknown } | { ok: false } {
  const parts = path.split('.');
  if (parts.some((part) => !/^[A-Za-z0-9_$-]+$/.test(part) || FORBIDDEN_KEYS.has(part))) return { ok: false };
  let target: Json = row;
  for (const part of parts.slice(0, -1)) {
    const next = target[part];
    if (!isObject(next)) return { ok: false };
    target = next;
  }
  const last = parts.at(-1)!;
  const before = target[last];
  const value = coerceValue(raw, before);
  if (value === null) Reflect.deleteProperty(target, last);
  else target[last] = value;
  return { ok: true, before };
}

/** Applies one row change to a copy of the dataset; the input is never modified. */
export function applyChange(dataset: Json, change: RowChange): ChangeOutcome {
  const next = structuredClone(dataset);
  if (change.op === 'add') {
    const list = sectionList(next, change.section);
    if (!list) return refuse('no-section', { section: change.section });
    list.push(structuredClone(change.row));
    return {
      ok: true,
      dataset: next,
      summary: { op: 'add', id: String(change.row.id), section: change.section, after: change.row },
    };
  }
  const found = findRow(next, change.id);
  if (!found) return refuse('not-found', { id: change.id });
  const before = structuredClone(found.list[found.index]);
  if (change.op === 'remove') {
    found.list.splice(found.index, 1);
    return { ok: true, dataset: next, summary: { op: 'remove', id: change.id, section: found.section, before } };
  }
  const row = found.list[found.index]!;
  if (!setPath(row, change.field, change.value).ok) return refuse('bad-field', { field: change.field, id: change.id });
  // Nothing would change: no new version, no snapshot, no audit line to read past later.
  if (JSON.stringify(row) === JSON.stringify(before))
    return refuse('no-change', { id: change.id, field: change.field });
  return {
    ok: true,
    dataset: next,
    summary: {
      op: 'edit',
      id: change.id,
      section: found.section,
      field: change.field,
      before,
      after: structuredClone(row),
    },
  };
}
