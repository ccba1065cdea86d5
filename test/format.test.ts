import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatResult } from '../src/i18n/format.ts';

const INTL = { en: 'en-GB', nl: 'nl-NL' } as const;

describe('locale formatting without Intl at run time', () => {
  it('prints every month, with and without a day, exactly as Intl does for en-GB and nl-NL', () => {
    for (const lang of ['en', 'nl'] as const) {
      const day = new Intl.DateTimeFormat(INTL[lang], {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      });
      const month = new Intl.DateTimeFormat(INTL[lang], { year: 'numeric', month: 'long', timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const mm = String(m).padStart(2, '0');
        expect(formatDate(`2026-${mm}-09`, lang)).toBe(day.format(new Date(Date.UTC(2026, m - 1, 9))));
        expect(formatDate(`1998-${mm}`, lang)).toBe(month.format(new Date(Date.UTC(1998, m - 1, 1))));
      }
      expect(formatDate('2017', lang)).toBe('2017');
    }
  });

  it('groups numbers as Intl does', () => {
    for (const lang of ['en', 'nl'] as const) {
      for (const n of [0, 7, 999, 1000, 257000, 6500000, 1234.5, -4200])
        expect(formatNumber(n, lang)).toBe(new Intl.NumberFormat(INTL[lang]).format(n));
    }
  });

  it('writes results in Dutch notation for Dutch readers', () => {
    expect(formatResult('1:12.31', 'nl')).toBe('1.12,31');
    expect(formatResult('37.15', 'nl')).toBe('37,15');
    expect(formatResult('154.418 pts', 'nl')).toBe('154,418 pnt');
    expect(formatResult('1:12.31', 'en')).toBe('1:12.31');
  });
});
