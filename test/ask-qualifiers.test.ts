import { describe, expect, it } from 'vitest';
import { normalizeNumbers, words } from '../src/search/normalize.ts';
import { parse } from '../src/search/parse.ts';
import { createRegistry } from '../commands/index.ts';
import { ctxFor, loadView, REAL_DATA, request } from './helpers.ts';
import { askReplies } from './support/ask-replies.ts';

const view = loadView(REAL_DATA);
const { index, reply } = askReplies(view);
const query = (question: string) => parse(index.lexicon, question);

describe('qualifiers are kept', () => {
  it('reads "22-23" as a season, but not a range of days', () => {
    expect(normalizeNumbers('in 22-23')).toBe('in 2022/23');
    expect(words('the 22/23 season')).toContain('2022/23');
    expect(words('26-27 december')).toEqual(['26', '27', 'december']);
  });

  it('keeps the year after a host city: "Beijing 2022" is the Games, not a later World Cup there', () => {
    expect(query('1000m at Beijing 2022')).toMatchObject({ venue: 'Beijing', year: 2022 });
    expect(reply('what was her 1000m result in Beijing 2022')).toContain('2022 Olympic Games');
  });

  it('a meeting named by its city alone is the championship held there', () => {
    const text = reply('how did she do on the 1000 m in Beijing');
    expect(text.split('\n')[0]).toContain('Olympic Games 2022');
  });

  it('how she finished at a sprint championship is its all-round classification, not one race of it', () => {
    expect(reply('Hoe eindigde ze op het WK sprint 2020?', 'nl').split('\n')[0]).toBe(
      '**5e · WK sprint 2020 · Sprintvierkamp · Hamar, Noorwegen · 29 feb 2020**',
    );
  });

  it('a personal best "before" a meeting is the one that stood then, from the progression', () => {
    // The meeting after the bound is the anchor (when), not a filter on the personal bests (where).
    expect(query('500m pb before Calgary 2025')).toMatchObject({ bound: 'before', anchor: { venue: 'Calgary' } });
    const calgary = reply('her 500 m personal best before Calgary 2025?');
    expect(calgary).toContain('Her personal best as it stood before');
    expect(calgary).toContain('37.14');
    expect(calgary).not.toContain('37.01');
    expect(reply('500m pb heading into the Beijing olympics')).toContain('37.22');
    const dutch = reply('Wat was haar pr op de 1000 meter voordat ze in 2020 wereldkampioen werd?', 'nl');
    expect(dutch).toContain('Haar persoonlijk record zoals het vóór');
    expect(dutch).toContain('1.13,67');
  });

  it('"her third title" is the third, oldest first; fewer than three is a false premise with the count', () => {
    expect(query('her third world title on the 1000 m').nth).toBe(3);
    expect(query('who was 2nd and 3rd behind her').nth).toBeUndefined();
    const text = reply('when did she win her third world title in the 1000m?');
    expect(text).toMatch(/^No: the dataset holds 2 gold medals .* in the 1000 m, not a 3rd\./);
    expect(text).toContain('1:11.84');
    expect(reply('when did she win her second world title in the 1000m?')).toContain('2023');
  });

  it('"who won silver when she won gold": her colour in the clause names the race', () => {
    expect(query('Wie won er zilver toen Jutta goud pakte in Milaan?')).toMatchObject({
      answer: 'who',
      herMedal: 'gold',
    });
    const text = reply('Wie won er zilver toen Jutta goud pakte in Milaan?', 'nl');
    // Round 9: who took the colour asked leads; her own line of that race follows.
    expect(text.split('\n')[0]).toBe('**Femke Kok werd 2e (1.12,59).**');
    expect(text.split('\n')[1]).toContain('1000 m');
    expect(text).toContain('🥈 Femke Kok 1.12,59');
  });

  it('a near miss presumes she did not get it: the race with its margin, not a false premise', () => {
    expect(query('how close was she to silver').miss).toBe(true);
    const text = reply('how close did she get to silver in the 1000m at the 2024 world championships in calgary');
    expect(text).not.toMatch(/^No:/);
    expect(text).toContain('0.01 s behind 🥈');
    expect(reply('by how much did she miss the 1000 m World Cup title in 2022/23?')).toContain(
      '2nd (300 pts) · 1st Miho Takagi (301 pts)',
    );
  });

  it('"individual" leaves out the team sprint, "senior" the junior championships', () => {
    expect(reply('what was her latest individual world title?').split('\n')[0]).toContain(
      'World Single Distances Championships 2023 · 1000 m',
    );
    expect(reply('her first individual medal at a senior world championships?').split('\n')[0]).toContain(
      'World Single Distances Championships 2020 · 1000 m',
    );
  });

  it('"voor het NK" is a bound when a meeting follows, and "who won the World Cup" reads the classification', () => {
    expect(query('pr op de 500 meter voor het NK afstanden van december 2019').bound).toBe('before');
    expect(query('wat deed ze voor het schaatsen').bound).toBeUndefined();
    expect(reply('Wat was haar pr op de 500 meter voor het NK afstanden van december 2019?', 'nl')).toContain('38,01');
    expect(reply('who won the 1000m world cup in 2023-24?')).toMatch(
      /^\*\*World Cup 2023\/24, 1000 m classification: place not given · 1st Miho Takagi/,
    );
  });

  it('a time after the newest data is "not in the dataset", never a "no"', () => {
    expect(reply('how many instagram followers does she have in july 2026')).toMatch(
      /^That is after 9 Mar 2026, the date of the newest data: it is not in the dataset/,
    );
    expect(reply('wie is haar coach in het seizoen 2026/27?', 'nl')).toMatch(/^Dat is na 9 mrt 2026/);
  });
});

describe('counts over the subset asked', () => {
  it('counts World Cup wins of one distance in one season only', () => {
    expect(reply('how many world cup 1000m wins did she have in 22-23?')).toMatch(
      /^\*\*5 wins at the World Cup in the 1000 m in 2022\/23 in the dataset\*\*/,
    );
  });

  it('World Cup podiums are its top-three races, and a medal noun keeps every colour', () => {
    expect(reply('how many world cup podiums on the 500 m in 2022/23?')).toMatch(
      /^\*\*4 podiums at the World Cup in the 500 m in 2022\/23 in the dataset\*\*/,
    );
    expect(reply('how many championship medals has she won?')).toMatch(
      /^\*\*28 medals in the dataset\*\* \(🥇 16 · 🥈 6 · 🥉 6\)/,
    );
    expect(reply('how many championship titles has she won?')).toMatch(/^\*\*16 gold medals in the dataset\*\*/);
  });

  it('splits a count by the places named, with the colours', () => {
    expect(reply('how many olympic medals in Beijing and in Milan?').split('\n')[0]).toBe(
      '**1 medal at the Olympic Games in Beijing in the dataset (1 × silver) · 2 medals at the Olympic Games in Milan in the dataset (1 × gold, 1 × silver)**:',
    );
  });

  it('a count says which words of the question it could not narrow by', () => {
    const text = reply('how many olympic medals did she win with prize money?');
    expect(text).toContain('⚠️ This count ignores “prize”, “money”: check the rows.');
  });

  it('"how much" against one rival is her margin in the race, not a count of races', () => {
    expect(query('hoeveel scheelde het met Bowe op de 1000 meter van het WK 2021?').intent).not.toBe('count');
    expect(reply('hoeveel scheelde het met Bowe op de 1000 meter van het WK 2021?', 'nl')).not.toMatch(
      /in de dataset\*\*/,
    );
  });
});

describe('a meeting as a time', () => {
  it('follower figures "during the Games" are those of that month, and "how many followers" is the figure', () => {
    const text = reply('Hoeveel Instagramvolgers had ze tijdens de Spelen van Peking?', 'nl');
    expect(text).toMatch(/^\*\*Instagram: 2,3 miljoen volgers/);
    expect(text).not.toContain('in de dataset**');
    expect(reply('how many followers did she have at the Milan Olympics?')).toContain('as of 15 Feb 2026');
  });
});

describe('yes/no claims', () => {
  it('"did she beat X" is judged by the placings: no, with who was ahead, or yes', () => {
    expect(reply('Did she beat Femke Kok in the 500m at the Olympics?')).toMatch(
      /^No: Femke Kok finished ahead of her \(Femke Kok 1st; she was 2nd\)\./,
    );
    expect(reply('Did she beat Femke Kok in the 1000m at the Olympics?')).toMatch(
      /^\*\*Yes:\*\* she finished ahead of Femke Kok \(1st; Femke Kok 2nd\)\./,
    );
    expect(reply('Versloeg ze Takagi op de olympische 1000 meter in Peking?', 'nl')).toMatch(
      /^Nee: Miho Takagi eindigde voor haar \(Miho Takagi 1e; zij werd 2e\)\./,
    );
  });

  it('a profile claim is checked against the row: a wrong date or place is "no" with the fact that holds', () => {
    const wrong = reply('Klopt het dat ze in Drachten geboren is op 20 juli 1998?', 'nl');
    expect(wrong).toMatch(/^Nee: \*\*Ze is geboren in 's-Gravenzande/);
    // The row's conflict block is named; its rejected version sits behind the button (see below).
    expect(wrong).toContain('Bronnen zijn het oneens: Eén onbetrouwbare pagina noemt een andere geboortedatum');
    expect(reply("Was she born in 's-Gravenzande?")).toMatch(/^\*\*Yes:\*\* She was born in 's-Gravenzande/);
    expect(reply('Is she 1.81 m tall?')).toMatch(/^\*\*Yes:\*\*/);
    expect(reply('Is she 1.75 m tall?')).toMatch(/^No: \*\*Her height: 1\.81 m\.\*\*/);
  });

  it('"won the World Cup" is the classification, not a race; the nearest miss is shown first', () => {
    expect(query('did she ever win the world cup on the 1000m?').cupWon).toBe(true);
    expect(query('did she win the world cup race in Calgary?').cupWon).toBeUndefined();
    const text = reply('In welk seizoen won ze de wereldbeker op de 1000 meter?', 'nl');
    expect(text).toMatch(/^Nee: de dataset bevat geen gewonnen wereldbekerklassement/);
    expect(text).toContain('Wat de dataset wel heeft: **Wereldbeker 2022/23, eindklassement 1000 m: 2e (300 pnt)');
  });

  it('a false claim about a title shows what did happen that year, from the text rows', () => {
    const text = reply('did she win the Dutch 1000m title in November 2025?');
    expect(text).toMatch(/^No: the dataset holds no Dutch title in the 1000 m in 2025/);
    expect(text).toContain('loses the 1000 m title after six straight: 3rd (bronze) in 1:14.20');
  });
});

describe('conflicts in /ask replies', () => {
  it('a reply resting on a row with a rejected version offers the "Sources disagree" button', async () => {
    const registry = createRegistry();
    const r = await registry
      .get('ask')!
      .run(request('ask', { question: 'Klopt het dat ze in Drachten geboren is?' }, { locale: 'nl' }), ctxFor(view));
    const ids = JSON.stringify(r.data.components ?? []);
    expect(ids).toContain('"custom_id":"conflict:v:profile.born"');
    const plain = await registry.get('ask')!.run(request('ask', { question: 'How tall is she?' }), ctxFor(view));
    expect(plain.data.components ?? []).toEqual([]);
  });
});

describe('honest about what is not held', () => {
  it('a race whose place no source gives says so', () => {
    expect(reply('what place did she get in the 1000m at the 2017 world junior championships?')).toMatch(
      /^Her place in it is not in the dataset/,
    );
  });

  it('the Olympic trials are not the Olympics: their facts come from the text rows, by date', () => {
    expect(query('olympic trials 1000m').competitions).toBeUndefined();
    expect(reply('Hoe ging de 1000 meter op het OKT van 2021?', 'nl')).toContain('1.14,09');
    expect(reply('what happened at the olympic trials in december 2025?')).toContain('Falls in the 1000 m');
  });

  it('"why didn\'t she" asks the reason, not whether she did', () => {
    expect(query("why didn't she race the 500 m at the 2020 european championships").whyNot).toBe(true);
    expect(reply("why didn't she race the 500 m at the 2020 european championships")).not.toMatch(/^No:/);
  });
});
