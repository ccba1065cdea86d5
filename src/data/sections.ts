/**
 * The lists of rows with ids, in one place: the schema's integrity check (unique ids), the editor
 * (finding a row to edit or remove), the unknown-key messages and /data autocomplete all use it.
 */

/** Top-level sections; moderators may add rows to these. */
const ROW_SECTIONS = [
  'results',
  'worldCupStandings',
  'personalBests',
  'dutchTitles',
  'records',
  'timeline',
  'background',
  'quotes',
  'openQuestions',
] as const;

/** Row lists inside `profile`. */
const PROFILE_ROW_SECTIONS = ['family', 'earlySport', 'affiliations', 'social'] as const;

export interface RowList {
  /** `results`, or `profile.family`. */
  section: string;
  path: string[];
  rows: unknown[];
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Every row list in a data file; works on unvalidated JSON (missing or malformed lists are skipped). */
export function rowLists(data: unknown): RowList[] {
  const d = record(data);
  const profile = record(d.profile);
  const lists: RowList[] = [];
  for (const section of ROW_SECTIONS) {
    const rows = d[section];
    if (Array.isArray(rows)) lists.push({ section, path: [section], rows });
  }
  for (const section of PROFILE_ROW_SECTIONS) {
    const rows = profile[section];
    if (Array.isArray(rows)) lists.push({ section: `profile.${section}`, path: ['profile', section], rows });
  }
  return lists;
}

/** Every row id in the file, with the section it is in. */
export function rowIds(data: unknown): { id: string; section: string }[] {
  return rowLists(data).flatMap((list) =>
    list.rows.flatMap((row) => {
      const id = record(row).id;
      return typeof id === 'string' ? [{ id, section: list.section }] : [];
    }),
  );
}

/** The row with this id and the section it is in (`results`, `profile.social`), if any. */
export function findRow(data: unknown, id: string): { section: string; row: Record<string, unknown> } | undefined {
  for (const list of rowLists(data))
    for (const row of list.rows) if (record(row).id === id) return { section: list.section, row: record(row) };
  return undefined;
}
