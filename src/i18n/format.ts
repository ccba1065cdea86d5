/**
 * Times, numbers and dates written the English or the Dutch way: 1:12.31 or 1.12,31, 9 Feb 2026 or
 * 9 feb 2026.
 */
import type { Lang } from './locale.ts';

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
  if (d === undefined) return `${MONTHS[lang].long[m - 1]} ${y}`;
  return `${d} ${MONTHS[lang].short[m - 1]} ${y}`;
}

export function formatNumber(n: number, lang: Lang): string {
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'nl' ? '.' : ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `${lang === 'nl' ? ',' : '.'}${frac}` : ''}`;
}

/**
 * The same words Intl gives for en-GB and nl-NL (a test compares them), written out because the
 * first Intl formatter costs about 8 MB of resident memory for ICU data in every process.
 */
const MONTHS: Record<Lang, { short: readonly string[]; long: readonly string[] }> = {
  en: {
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    long: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
  nl: {
    short: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    long: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
  },
};
