import { describe, expect, it } from 'vitest';
import { loadView, REAL_DATA } from './helpers.ts';
import { askReplies } from './support/ask-replies.ts';

const { lead } = askReplies(loadView(REAL_DATA));

// Round 18: the kinds of failure of the tenth held-out set's first run (eval/results/heldout-10-first-run.md).
describe('a claim judged on the table it is about', () => {
  it('"wat was haar tijd toen ze … won" is the time of a race she won, not a medal she took home', () => {
    expect(lead('Wat was haar tijd toen ze in november 2025 de 1 km won in Salt Lake City?', 'nl')).toBe(
      '**Wereldbekerzege 2025/26 · 1000 m · 1.12,35 · Salt Lake City, Verenigde Staten · 14 nov 2025**',
    );
    // "What did she win in Beijing" still asks what she took home.
    expect(lead('wat won ze in peking', 'nl')).toMatch(/^\*\*Zilver · Olympische Spelen 2022/);
  });

  it('a time claimed as her fastest ever is judged by her personal best', () => {
    expect(lead('is die 1.12,31 uit milaan eigenlijk haar snelste 1000 meter ooit?', 'nl')).toMatch(
      /^Nee: \*\*Persoonlijk record 1000 m: 1\.11,84/,
    );
    expect(lead('is 1:11.84 her fastest 1000m ever?')).toMatch(/^\*\*Yes:\*\* Personal best 1000 m: 1:11.84/);
  });

  it('"her fastest 1000 m in Calgary?" is the fastest of them all, then its place', () => {
    expect(lead('was her fastest 1000m in calgary?')).toMatch(
      /^No: \*\*Gold · World Single Distances Championships 2020/,
    );
    expect(lead('was her fastest 1000m in salt lake city')).toMatch(/^\*\*Yes:\*\* /);
  });

  it('a place and a time that chose a table for a question about something else are no "no"', () => {
    expect(lead('why did she leave milan early after the olympics')).toBe(
      '**17 Feb 2026: Leaves Milan with Jake Paul and skips the second TeamNL ceremony; sources give different reasons.**',
    );
  });

  it('a classification asked "after the second Calgary round" is its season, with the lead of that day in its note', () => {
    const text = lead(
      'hoeveel punten stond ze voor op takagi in het wereldbekerklassement 1000m na de tweede wedstrijd in calgary in december 2022?',
      'nl',
    );
    expect(text).toMatch(/^\*\*Wereldbeker 2022\/23, eindklassement 1000 m/);
    expect(text).toContain('na Calgary II 41');
  });
});
