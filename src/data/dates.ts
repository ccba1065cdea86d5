/** Ordering and counting with the dataset's ISO dates, which may give only a year or a month. */

/**
 * Newest first for the dataset's ISO dates (YYYY, YYYY-MM or YYYY-MM-DD, which sort as text).
 * Equal dates compare equal, so a stable sort keeps the file's order and moderators decide it.
 */
export function newestFirst(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? 1 : x > y ? -1 : 0;
}

/** Whole years from `born` to `on` (both YYYY-MM-DD); undefined when either date is only a year or month. */
export function ageOn(born: string, on: string): number | undefined {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/;
  const b = full.exec(born);
  const o = full.exec(on);
  if (!b || !o) return undefined;
  const age = Number(o[1]) - Number(b[1]);
  return `${o[2]}-${o[3]}` < `${b[2]}-${b[3]}` ? age - 1 : age;
}

/** The first day a date of the dataset can mean: "2025-12" → "2025-12-01", "2025" → "2025-01-01". */
export function firstDayOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The end of the period a date names, for ordering: "2021" after "2021-11" ("2021-12-31", "2021-11-31"). */
export function periodEndOf(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}
