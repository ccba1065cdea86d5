import { describe, expect, it } from 'vitest';
import { loadView, REAL_DATA } from './helpers.ts';
import { askReplies } from './support/ask-replies.ts';

const { lead, reply } = askReplies(loadView(REAL_DATA));

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

describe('her relatives asked whether or by name', () => {
  it('"heeft ze broers of zussen" is a yes with all three of them', () => {
    const text = reply('heeft jutta broers of zussen? hoe heten ze', 'nl');
    expect(text).toMatch(/^\*\*Ja:\*\* de dataset noemt 3 broers en zussen/);
    for (const name of ['Merel', 'Beaudine', 'Kjeld']) expect(text).toContain(name);
  });

  it('a relative with no row of its own: the name is not in the dataset, not a row that mentions them', () => {
    expect(lead('hoe heet de opa van jutta?', 'nl')).toBe(
      'Daar heeft de dataset geen antwoord op, en ik ga niet gokken.',
    );
    // What he calls her is in the nicknames row.
    expect(reply('what does her grandfather call her')).toContain('"vogel"');
  });

  it('"een zus" is a sister, not a claim of one; a twin no row names is no plain yes', () => {
    expect(lead('heeft ze een zus', 'nl')).toBe('**Ja:** de dataset noemt 2 zussen.');
    expect(lead('heeft ze één broer', 'nl')).toBe('**Ja:** de dataset noemt 1 broer.');
    expect(lead('heeft ze een tweelingzus', 'nl')).toMatch(/^Nee: geen bron in de dataset noemt „tweelingzus”/);
  });

  it('a named sister claimed younger is still judged by her own row', () => {
    expect(lead('is merel her little sister?')).toMatch(/^No: \*\*Sister Merel: Her older sister/);
  });
});

describe('why she did not win a colour at a meeting', () => {
  it('leads with what the days after the race tell of a reason, above the races', () => {
    const text = reply("why didn't she win gold in beijing");
    expect(text.split('\n')[0]).toContain('despite touching the ice with her hand');
    expect(text).toContain('Zonder die misser en hand op het ijs had ik kunnen winnen');
    expect(lead('Waarom werd het volgens Jutta zelf geen goud op de 1000 m in Peking?', 'nl')).toContain(
      'ondanks een hand aan het ijs',
    );
  });

  it('"volgens" is no typo of "volgers": no follower count', () => {
    expect(reply('Waarom werd het volgens Jutta zelf geen goud op de 1000 m in Peking?', 'nl')).not.toContain(
      'volgers',
    );
  });

  it('a race she did not skate stays a "no"', () => {
    expect(lead('waarom haalde jutta geen medaille op de 1500 meter in milaan?', 'nl')).toMatch(/^Nee: /);
  });
});
