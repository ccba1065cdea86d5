import type { Lang } from './locale.ts';

const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', nl: 'nl-NL' };

/**
 * Results are stored in English notation ("1:12.31", "37.15", "154.418 pts").
 * Dutch writes 1.12,31 and 37,15, so swap the separators rather than parse and re-print.
 */
export function formatResult(result: string, lang: Lang): string {
  if (lang === 'en') return result;
  return result
    .replace(/(\d+):(\d{2})\.(\d+)/g, '$1.$2,$3')
    .replace(/(\d+)\.(\d+)/g, (match, a: string, b: string, offset: number, whole: string) =>
      // Leave already-converted minute separators (1.12,31) alone.
      whole[offset + match.length] === ',' ? match : `${a},${b}`,
    )
    .replace(/\bpts\b/g, 'pnt')
    .replace(/\bpoints\b/g, 'punten');
}

/** Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) printed as precisely as they are known. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  const utc = new Date(Date.UTC(y!, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], options).format(utc);
}

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(INTL_LOCALE[lang]).format(n);
}

/** Seconds from a result string ("1:12.31" → 72.31), for charts and comparisons. */
export function resultToSeconds(result: string): number | undefined {
  const m = /^(?:(\d+):)?(\d{1,2}\.\d{1,3})$/.exec(result.trim());
  if (!m) return undefined;
  return (m[1] ? Number(m[1]) * 60 : 0) + Number(m[2]);
}
