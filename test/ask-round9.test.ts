import { describe, expect, it } from 'vitest';
import { loadView, REAL_DATA } from './helpers.ts';
import { askReplies } from './support/ask-replies.ts';

const { reply, lead } = askReplies(loadView(REAL_DATA));

describe('personal facts phrased far from the text', () => {
  it('a proposal is the engagement, in both languages', () => {
    expect(lead('Where did Jake Paul propose?')).toContain('Saint Lucia');
    expect(lead('Waar vroeg Jake Paul haar ten huwelijk?', 'nl')).toContain('Saint Lucia');
  });

  it('dating, being together and meeting are the relationship', () => {
    expect(lead('when did she start dating Jake Paul?')).toContain('2023');
    expect(lead('Wanneer kregen Jutta en Jake Paul een relatie?', 'nl')).toContain('2023');
    expect(lead('Hoe lang hadden Jutta en Koen Verweij een relatie?', 'nl')).toContain('2017');
  });

  it('a job is what the row says someone runs or does', () => {
    expect(lead("what is her father's job?")).toContain('tomato');
    expect(lead('Wat voor werk doet haar vader?', 'nl')).toContain('tomaten');
  });

  it('"named after" is the origin of her name', () => {
    expect(lead('who is she named after?')).toContain('Müller');
    expect(lead('Naar wie is ze vernoemd?', 'nl')).toContain('Müller');
  });

  it("a relative's age is in the family rows, not her own birth date", () => {
    expect(lead('How old is her older sister?')).toContain('Merel');
    expect(lead('Hoe oud is haar jongste zus?', 'nl')).toContain('Beaudine');
  });

  it('her opinion of someone is in her words; how something happened is a fact row first', () => {
    expect(lead('what did she think of Jake Paul when he first contacted her?')).toContain('arrogant');
    expect(lead('Hoe nam Jake Paul voor het eerst contact met haar op?', 'nl')).toContain('Instagram');
  });
});

describe('of several teams or coaches, the one of the time asked leads', () => {
  it('a meeting is the day its coach is found by, not its year', () => {
    expect(lead('who was her coach at the 2022 olympics')).toContain('Kosta Poltavets (June 2020–April 2022)');
    expect(lead('Wie was haar coach op de Spelen van 2022?', 'nl')).toContain('Kosta Poltavets (juni 2020–april 2022)');
  });

  it('a season is its middle: the team of 2018/19, not the one that ended in 2018', () => {
    expect(lead('Bij welke ploeg reed ze in het seizoen 2018/19?', 'nl')).toContain('Team IKO');
    expect(lead('what team did she ride for in the 2018/19 season?')).toContain('Team IKO');
  });

  it('"bondscoach" is the national coach, and a race word does not filter coaches', () => {
    expect(lead('Wie was de bondscoach op het WK afstanden 2025?', 'nl')).toContain('Rintje Ritsma');
    expect(lead('who was the national coach for the team sprint in 2025?')).toContain('Rintje Ritsma');
  });

  it('a claim that another coach was hers then is a "no" with the coach she had', () => {
    expect(lead('Did Jac Orie coach her at the Milan Olympics?')).toMatch(/^No: .*Kosta Poltavets \(since July 2024\)/);
    expect(lead('Was Jac Orie haar coach bij de Spelen in Milaan?', 'nl')).toMatch(/^Nee: .*Kosta Poltavets/);
  });

  it('"before" or "after" a team names the one that ran up to it or came next', () => {
    expect(lead('who coached her before Jumbo-Visma?')).toContain('Kosta Poltavets (June 2020–April 2022)');
    expect(lead('which team did she join after Reggeborgh?')).toContain('NXTGEN');
  });
});

describe('"first" and "latest" race are her own unless the team sprint is named', () => {
  it('her first World Cup win is an individual race', () => {
    expect(lead('when was her first world cup win?')).toContain('1000 m');
    expect(lead('Wanneer won ze haar eerste wereldbekerwedstrijd?', 'nl')).toContain('7 mrt 2020');
  });

  it('the team sprint when it is named', () => {
    expect(lead('her first world cup team sprint win?')).toContain('Team sprint');
    expect(lead('Wat was haar eerste wereldbekerzege op de teamsprint?', 'nl')).toContain('Teamsprint');
  });
});

describe('claims about where she is from are judged by the birthplace row', () => {
  it('a wrong place is a "no" with her birthplace first', () => {
    expect(lead("She's from Drachten, right?")).toBe(
      "No: **She was born in 's-Gravenzande (Westland, South Holland), Netherlands.**",
    );
    expect(lead('Komt ze uit Friesland?', 'nl')).toMatch(/^Nee: .*'s-Gravenzande/);
    expect(lead('Was she born in Heerenveen?')).toMatch(/^No: .*'s-Gravenzande/);
  });

  it('the right place, or the region it is in, is a "yes"', () => {
    expect(lead("Is she from 's-Gravenzande?")).toMatch(/^\*\*Yes:\*\* .*'s-Gravenzande/);
    expect(lead('Komt ze uit het Westland?', 'nl')).toMatch(/^\*\*Ja:\*\* .*'s-Gravenzande/);
  });
});

describe('a record she does not hold is a "no" with the fact that holds', () => {
  it('her best time on the distance comes first', () => {
    const en = reply('When did she set the 500m world record?');
    expect(en.split('\n')[0]).toMatch(/^No: /);
    expect(en).toContain('What the dataset does hold: **Personal best 500 m: 37.01');
    expect(reply('Heeft ze het wereldrecord op de 1000 meter?', 'nl')).toContain(
      '**Persoonlijk record 1000 m: 1.11,84',
    );
  });

  it('at a named meeting, the race, whose podium says who set the record', () => {
    const nl = reply('Reed Jutta een olympisch record op de 500 meter in Milaan?', 'nl');
    expect(nl.split('\n')[0]).toMatch(/^Nee: /);
    expect(nl).toContain('Femke Kok 36,49 (olympisch record)');
  });
});

describe('a "who" question leads with who, not with her own result', () => {
  it('the colour or place asked names the skater', () => {
    expect(lead('who took bronze in the 500 m at the Milan Olympics?')).toBe('**Miho Takagi was 3rd (37.27).**');
    expect(lead('Wie won er brons op de olympische 500 meter in Milaan?', 'nl')).toBe(
      '**Miho Takagi werd 3e (37,27).**',
    );
    expect(lead('Who won the 1000 m at the 2022 Olympics?')).toBe('**Miho Takagi was 1st (1:13.19).**');
    expect(lead('Wie werd tweede op de 1000 meter bij het WK afstanden 2023?', 'nl')).toContain(
      'Rijpma-de Jong werd 2e',
    );
  });

  it('her own colour in a "when" clause names the race; the other colour is asked', () => {
    expect(lead('Wie pakte zilver toen Jutta goud won in Milaan?', 'nl')).toBe('**Femke Kok werd 2e (1.12,59).**');
  });

  it('a distance at "the worlds" is its own championship, not the sprint all-round', () => {
    expect(lead('who was second in the 1000m at the 2020 world championships?')).toContain('Fatkulina was 2nd');
  });
});

describe('a margin question is the gap, not a count of races', () => {
  it("points in a World Cup season are the classification's", () => {
    expect(lead('how many points ahead of Takagi was she in the 2022/23 world cup?')).toBe(
      '**She finished 1 pts behind Miho Takagi (2nd; Miho Takagi 1st).**',
    );
    expect(lead('Hoeveel punten had ze meer dan Takagi in de wereldbeker 2022/23?', 'nl')).toBe(
      '**Ze eindigde 1 pnt achter Miho Takagi (2e; Miho Takagi 1e).**',
    );
  });

  it('seconds in a race, with the precision the times were given', () => {
    expect(lead('by how much did she beat Kok in the Olympic 1000m?')).toBe(
      '**She finished 0.28 s ahead of Femke Kok (1st; Femke Kok 2nd).**',
    );
    expect(lead('Hoeveel punten achterstand had Jutta op Beune bij het WK junioren allround in 2018?', 'nl')).toBe(
      '**Ze eindigde 0,642 pnt achter Joy Beune (2e; Joy Beune 1e).**',
    );
  });

  it('"how much faster than" a rival who was faster stays a "no"', () => {
    expect(lead('How much faster than Femke Kok was she in the Olympic 500m in Milan?')).toMatch(/^No: Femke Kok/);
  });
});

describe('a follower figure named in the question', () => {
  it('"when did she pass N" is the first figure at or above it', () => {
    expect(lead('when did she reach 1 million followers on instagram?')).toBe(
      '**Instagram: 1 million followers (as of November 2021)**',
    );
    expect(lead('Wanneer had ze 4 miljoen volgers op Instagram?', 'nl')).toContain('april 2023');
  });

  it('a figure above every one in the dataset is a "no" with the highest', () => {
    const en = reply('When did she pass 10 million Instagram followers?');
    expect(en.split('\n')[0]).toBe(
      'No: the dataset holds no follower figure of 10,000,000 or more, so according to its sources she did not.',
    );
    expect(en).toContain('6.5 million');
    expect(lead('Heeft ze 3 miljoen volgers op TikTok?', 'nl')).toMatch(/^Nee: .*3\.000\.000 of meer/);
  });
});

describe('short forms and word forms', () => {
  it('"order" is not the abbreviation "OR" (Olympic record)', () => {
    expect(lead('When was she made a Knight in the Order of Orange-Nassau?')).toContain('Knight');
  });
});

describe('a word of the question that no row holds is said, before the rows that do', () => {
  it('a title she was not given: the one she was, under the note', () => {
    const en = reply('When was she made an Officer in the Order of Orange-Nassau?').split('\n');
    // Round 10: a claim the rows match but for this word is a "no" (ask-round10.test.ts).
    expect(en[0]).toBe('No: no source in the dataset mentions “officer”. What it does hold:');
    expect(en[1]).toContain('Knight');
    const nl = reply('Wanneer werd ze benoemd tot Officier in de Orde van Oranje-Nassau?', 'nl').split('\n');
    expect(nl[0]).toBe('Nee: geen bron in de dataset noemt „officier”. Wat de dataset wel heeft:');
    expect(nl[1]).toContain('Ridder');
  });

  it('another form of a row word, or a compound holding one, is not unheard', () => {
    expect(reply('Waar woont Jutta buiten het schaatsseizoen?', 'nl')).not.toContain('Geen bron in de dataset noemt');
    expect(reply('Is coach Poltavets Ukrainian?')).not.toContain('No source in the dataset mentions');
  });
});

describe('a place in a Dutch reply has its Dutch name', () => {
  it('what was counted or rejected names "Milaan" and "Peking"', () => {
    expect(lead('Welk olympisch record reed Jutta op de 500 meter in Milaan?', 'nl')).toContain('in Milaan;');
    expect(lead('Hoeveel medailles won ze in Peking en Milaan?', 'nl')).toMatch(/in Peking .* in Milaan /);
    expect(lead('How many Olympic medals did she win in Beijing vs Milan?')).toMatch(/in Beijing .* in Milan /);
  });
});

describe('the rest of a question finds its rows when one word is unheard', () => {
  // Round 10: a word her family rows lack describes them wrongly, so this is now a "no" (ask-round10.test.ts).
  it('"her twin sister": the word named, then her sisters', () => {
    const en = reply('How old is her twin sister?').split('\n');
    expect(en[0]).toMatch(/^No: no source in the dataset mentions “twin”/);
    expect(en.slice(1).join('\n')).toMatch(/Sister (Merel|Beaudine)/);
    const nl = reply('Had haar moeder borstkanker?', 'nl').split('\n');
    expect(nl[0]).toMatch(/^Nee: geen bron in de dataset noemt „borstkanker”/);
    expect(nl[1]).toContain('slokdarmkanker');
  });
});
