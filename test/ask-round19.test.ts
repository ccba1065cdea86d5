import { describe, expect, it } from 'vitest';
import { loadView, REAL_DATA } from './helpers.ts';
import { askReplies } from './support/ask-replies.ts';

const { lead, reply } = askReplies(loadView(REAL_DATA));

// Round 19: kinds found by probing with new questions of our own before the eleventh set's run.
describe('who beat her, when nobody did', () => {
  it('a race she won answers "nobody", in either language, with the race after it', () => {
    const en = reply('who beat her in the 1000 m at the 2024 European Championships?');
    expect(en.split('\n')[0]).toBe('Nobody: she won that race. How it went:');
    expect(en).toContain('**Gold · European Championships (single distances) 2024 · 1000 m · 1:14.45');
    expect(lead('wie versloeg haar op de 1000 meter bij de olympische spelen van 2026?', 'nl')).toBe(
      'Niemand: die race won ze juist. Zo ging het:',
    );
  });

  it('a race she lost still names who finished ahead', () => {
    expect(lead('who beat her in the 1000 m at the 2022 Olympics?')).toBe('**Miho Takagi was 1st (1:13.19).**');
  });
});

describe('"missed" a championship is a skip; "missed gold" is not', () => {
  it('a championship she skated is a "no, she did skate it"', () => {
    expect(lead('why did she miss the 2022 Olympics?')).toBe('No: she did skate that race. How it went:');
    expect(lead('waarom miste jutta het wk sprint 2024?', 'nl')).toBe('Nee: die race reed ze wel. Zo ging het:');
  });

  it('a championship she did miss is told by the row that says why', () => {
    expect(lead('why did she miss the 2018 Olympics?')).toMatch(/^\*\*December 2017: 7th in the 500 m .*PyeongChang/);
  });

  it('missing gold in a race she skated is no claim that she was absent', () => {
    expect(lead('waarom miste ze goud op de 1000 meter in peking?', 'nl')).not.toMatch(/^Nee/);
    expect(reply('waarom miste ze goud op de 1000 meter in peking?', 'nl')).toContain(
      'Zilver · Olympische Spelen 2022',
    );
  });
});

describe('a team named for a year it does not cover', () => {
  it('is a "no", with who coached her that year first', () => {
    expect(lead('who was her coach at team reggeborgh in 2023?')).toBe(
      'No: **Coach: Jac Orie (April 2022–April 2024) — Coach at Team Jumbo-Visma.**',
    );
    expect(lead('wie was haar coach bij jumbo-visma in 2020?', 'nl')).toMatch(/^Nee: \*\*Coach: Gerard van Velde/);
    expect(reply('wie was haar coach bij jumbo-visma in 2020?', 'nl')).toContain('Jumbo-Visma (april 2022');
  });

  it('a team of that year is answered as usual', () => {
    expect(lead('who was her coach at jumbo-visma in 2023?')).toMatch(/^\*\*Coach: Jac Orie/);
  });

  it('a word that only looks like a team name asks nothing of teams', () => {
    expect(lead('What happened to Jutta during bike training in December 2025?')).toMatch(
      /^\*\*Early Dec 2025: Hit by a car/,
    );
  });
});

describe('"plek" and "positie" ask for her place', () => {
  it('a Dutch place question finds the race', () => {
    expect(lead('welke plek haalde ze op de 1500 meter bij het wk van 2023?', 'nl')).toBe(
      '**7e · WK afstanden 2023 · 1500 m · 1.55,32 · Heerenveen, Nederland (Thialf) · 5 mrt 2023**',
    );
    expect(lead('op welke positie eindigde ze op de 500 meter in peking?', 'nl')).toMatch(
      /^\*\*5e · Olympische Spelen 2022/,
    );
  });
});

describe('a title claimed for a year she did not win it', () => {
  it('leads with the championship overall classification, not one of its distances', () => {
    const text = reply('klopt het dat ze in 2019 europees kampioen sprint werd?', 'nl');
    expect(text.split('\n')[0]).toMatch(/^Nee: /);
    expect(text).toContain('Wat de dataset wel heeft: **4e · EK sprint 2019 · Sprintvierkamp');
  });

  it('a quote of that year is not shown as what happened', () => {
    const text = reply('is it true she won the world sprint title in 2021?');
    expect(text.split('\n')[0]).toMatch(/^No: /);
    expect(text).not.toContain('Sven Kramer');
    expect(text).toContain('2022 World Sprint Championships');
  });
});
