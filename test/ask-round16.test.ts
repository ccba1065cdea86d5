import { describe, expect, it } from 'vitest';
import { loadView, REAL_DATA } from './helpers.ts';
import { askReplies } from './support/ask-replies.ts';
import { parse } from '../src/search/parse.ts';
import { words } from '../src/search/normalize.ts';

const { index, lead, reply } = askReplies(loadView(REAL_DATA));
const query = (question: string) => parse(index.lexicon, question);

describe('a coach or team claimed for a race or a year is judged by who it was then', () => {
  it('"when she won" inside a yes/no question says which race, it does not ask when', () => {
    const q = query('Was Jac Orie her coach when she won gold in Milan?');
    expect(q.intent).toBe('yesno');
    expect(q.answer).toBeUndefined();
    // "When she was 20" is no race: the question still asks when.
    expect(query('Did she win gold when she was 20?').answer).toBe('when');
  });

  it('the wrong coach is a "no" with the coach of that race first', () => {
    const wrong = lead('Jac Orie was her coach when she won Olympic gold in Milan, right?');
    expect(wrong).toMatch(/^No: /);
    expect(wrong).toContain('Kosta Poltavets (since July 2024)');
    expect(lead('Trainde ze bij Orie toen ze zilver won in Peking?', 'nl')).toMatch(/^Nee: .*Kosta Poltavets/);
  });

  it('the right coach or team is a "yes"', () => {
    expect(lead('Poltavets was her coach when she won Olympic gold in Milan, right?')).toMatch(
      /^\*\*Yes:\*\* .*Poltavets/,
    );
    expect(lead('Was Orie her coach in 2023?')).toMatch(/^\*\*Yes:\*\* .*Jac Orie/);
    expect(lead('reed ze in 2023 voor Jumbo-Visma?', 'nl')).toMatch(/^\*\*Ja:\*\* .*Jumbo-Visma/);
  });

  it('a team she had left is a "no" with the teams of that year', () => {
    const no = lead('reed ze in 2025 voor Jumbo-Visma?', 'nl');
    expect(no).toMatch(/^Nee: /);
    expect(no).not.toContain('Jumbo-Visma');
  });

  it('"reden" as a verb is riding, not a reason', () => {
    expect(query('reden ze samen in 2023 voor Jumbo-Visma?').answer).toBeUndefined();
    expect(query('wat was de reden dat ze wegging bij Jumbo').answer).toBe('why');
  });
});

describe('a place named in a claim is held by a row about that meeting that does not name the city', () => {
  it('a row with no date of its own that names the month of the races there is about that place', () => {
    const lead0 = lead('Waarom diende de sportpers in Milaan een klacht in over Jutta?', 'nl');
    expect(lead0).not.toMatch(/^Nee/);
    expect(lead0).toContain('sportpers een klacht in omdat ze interviews weigerde');
  });

  it('a claim with a place no row of that time can be about is still a "no"', () => {
    expect(lead('klopt het dat ze na milaan zei dat ze definitief stopt met schaatsen?', 'nl')).toMatch(/^Nee/);
  });
});

describe('a follower figure "at" a meeting is the figure of that time, never a "no"', () => {
  it('a day typed in full is the time; the race named with it only says which', () => {
    const l = lead('Hoeveel Instagramvolgers had ze rond de olympische 500 meter op 15 februari 2026?', 'nl');
    expect(l).toBe('**Instagram: 6,2 miljoen volgers (per 15 feb 2026)**');
  });

  it('a meeting with no figure of its month gives the nearest figure before it', () => {
    const l = lead('hoeveel volgers had ze tijdens het WK sprint 2022', 'nl');
    expect(l).not.toMatch(/^Nee/);
    expect(l).toContain('2,3 miljoen volgers');
  });

  it("a meeting's month holds several figures: the newest of them leads", () => {
    expect(lead('How many Instagram followers did she have at the 2026 Olympics?')).toContain('6.2 million');
  });
});

describe('the second part of a question borrows the team the first part names', () => {
  it('"who coached her there" is the coach at the team of the first part', () => {
    const text = reply('When did she sign with Jumbo-Visma, and who coached her there?');
    expect(text).toContain('**Team: Team Jumbo-Visma (April 2022');
    expect(text).toContain('**Coach: Jac Orie (April 2022–April 2024)');
  });

  it('a Dutch compound ending in "trainer" is a coach', () => {
    expect(words('hoofdtrainer')).toEqual(['hoofdtrainer', 'trainer']);
    expect(lead('wie werd in 2020 haar hoofdtrainer', 'nl')).toContain('Kosta Poltavets (juni 2020–april 2022)');
  });
});

describe('Dutch "toch" inside a statement asks to confirm it', () => {
  it('the claim is judged, and a question after it is answered too', () => {
    expect(query('jutta komt toch uit drachten?').intent).toBe('yesno');
    // After a question word "toch" is "still": the question is not a claim.
    expect(query('waarom won ze toch de 1000 meter?').intent).not.toBe('yesno');
    const text = reply('Jutta is toch geboren in Drachten? Welke datum was dat ook alweer?', 'nl');
    expect(text.split('\n')[0]).toMatch(/^Nee: .*'s-Gravenzande/);
    expect(text).toContain('geboren op 30 dec 1998');
  });
});

describe('a function word with a slip, or a chat filler, asks nothing', () => {
  it('"afer" is read as the frame word it stands for, not as a word no source mentions', () => {
    const l = lead('who was jutta named afer');
    expect(l).toContain('named after the German windsurfer Jutta Müller');
  });

  it('"pls" and "gezeten" are no part of what is asked', () => {
    expect(reply('does she have brothers or sisters? names pls')).not.toContain('“pls”');
    expect(lead('Kunt u mij vertellen op welke middelbare school Jutta Leerdam heeft gezeten?', 'nl')).toContain(
      'ISW Gasthuislaan',
    );
  });

  it('a name one slip from a function word is still a name ("jake" is no "make")', () => {
    expect(lead('when did she meet jake?')).toContain('Jake Paul');
  });
});

describe('her teammates of a team race, and "the Dutch" who are not the Dutch championships', () => {
  it('"team-mates" of a team-sprint record are the partners its row names', () => {
    expect(words('her team-mates')).toContain('teammates');
    const l = lead('Who were her team-mates when the Dutch set the team sprint world record in 2020?');
    expect(l).toContain('with Letitia de Jong and Femke Kok');
  });

  it('"the Dutch" as people or press names no championship; "Dutch titles" does', () => {
    expect(query('when the Dutch set the team sprint world record').competitions).toBeUndefined();
    expect(query('wat schreef de Nederlandse pers over haar').competitions).toBeUndefined();
    expect(query('how many Dutch titles did she win').competitions).toEqual(['nk-sprint', 'nk-single-distances']);
  });
});

describe('the team she joined or left at a time is the one that began or ended then', () => {
  it('joining names the start, in either language', () => {
    expect(lead('which team did she join in april 2022?')).toContain('Team Jumbo-Visma (April 2022');
    expect(lead('Bij welke ploeg tekende ze in juni 2018?', 'nl')).toContain('Team IKO (juni 2018');
  });

  it('leaving names the end', () => {
    expect(lead('which team did she leave in 2024')).toContain('Team Jumbo-Visma');
    expect(lead('welke ploeg verliet ze in 2020', 'nl')).toContain('Team Reggeborgh');
  });
});

describe('words in quotation marks are what a row must say, word for word', () => {
  it('a quote found by its quoted words, numbers included', () => {
    expect(lead("what was the '80 years' thing she said after winning gold?")).toContain(
      'You have 80 years to recover',
    );
    expect(lead("She once said she wanted to be 'the next' someone - who?")).toContain('Sven Kramer');
  });

  it('words no row says, claimed as hers, are a "no" in the user\'s language', () => {
    expect(lead("why did she say 'I'm quitting after these games, it's final' in february 2026?")).toBe(
      "No: no source in the dataset has her saying “I'm quitting after these games, it's final”. Her words nearest to it:",
    );
    expect(lead("waarom zei ze 'ik ben er helemaal klaar mee, ik stop' in februari?", 'nl')).toMatch(
      /^Nee: geen bron in de dataset laat haar „ik ben er helemaal klaar mee, ik stop” zeggen\./,
    );
  });

  it('an apostrophe inside a word quotes nothing', () => {
    expect(lead("whats the name of jake paul's mom, jutta's future mother in law?")).toContain('Pam Stepnick');
  });
});

describe('a team at a meeting of a year is the team of that day', () => {
  it('the team table, not a race row, answers', () => {
    expect(lead('What team did Jutta skate for at her first European Sprint in 2019?')).toContain('Team IKO');
    // A competition with no year says no day: it is text the rows must hold ("as a junior").
    expect(lead('who coached her as a junior')).toContain('Jetske Wiersma');
  });

  it('"back in 2019" is when, not a word to find', () => {
    expect(words('back in 2019')).toEqual(['in', '2019']);
    expect(lead('where did jutta finish overall at her first world sprint championships back in 2019?')).toContain(
      'World Sprint Championships 2019',
    );
  });
});

describe('a winning streak is told in the text rows; who ended it is the race', () => {
  it('when a streak ended, in either language and phrasing', () => {
    expect(lead('when did her streak of 18 wins on the 1000m end?')).toContain('18-race 1000 m winning streak');
    expect(lead('wanneer kwam er een einde aan haar reeks van 18 zeges op de 1000m?', 'nl')).toContain(
      'reeks van 18 gewonnen 1000 meters',
    );
    expect(lead('Wanneer kwam er een einde aan die lange zegereeks van Jutta op de 1000 meter?', 'nl')).toContain(
      'eindigde bij de wereldbeker in Peking op 18 november 2023',
    );
  });

  it('who ended it is the winner of that race; a count of titles in a row stays a count', () => {
    expect(lead("who ended jutta's 1000m winning streak in 2023")).toBe('**Miho Takagi was 1st (1:14.44).**');
    expect(lead('how many dutch 1000m titles did she win in a row before losing it?')).toMatch(/^\*\*6 Dutch titles/);
  });
});

describe('a number after a name in capitals is part of the name', () => {
  it('"the FHM 500" is no 500 m race; "NK 500" is', () => {
    expect(query('welke titel kreeg ze in de FHM 500 van 2019?').event).toBeUndefined();
    expect(lead('welke titel kreeg ze in de FHM 500 van 2019?', 'nl')).toContain('knapste sportvrouw');
    expect(query('wat werd ze op het NK 500 in 2019').event).toBe('500m');
  });
});

describe('whether she goes on skating is the career-status row, with no yes or no', () => {
  it('every way of asking it, in either language', () => {
    for (const [question, lang] of [
      ['has she retired?', 'en'],
      ['is she still skating?', 'en'],
      ['Is Jutta retiring after the Milan Olympics?', 'en'],
      ['stopt jutta nu met schaatsen?', 'nl'],
      ['gaat ze door met schaatsen?', 'nl'],
    ] as const)
      expect(lead(question, lang)).toMatch(/^\*\*(Career status|Carrièrestatus) \(/);
  });

  it('another stop is not her career', () => {
    expect(query('waarom stopte ze met hockey').leftovers).toContain('hockey');
    expect(lead('waarom stopte ze met hockey', 'nl')).not.toContain('Carrièrestatus');
  });
});

describe('abbreviations, units, one-word frames and "anything"', () => {
  it('"WSD", "3km", "hoelang", "doc" say what fans mean', () => {
    expect(lead('how many WSD medals does she have on the 500m?')).toMatch(
      /^\*\*2 medals at the World Single Distances Championships in the 500 m/,
    );
    expect(words('3km 1,5 km')).toEqual(['3000m', '1500m']);
    expect(lead("wat is jutta's pr op de 3km?", 'nl')).toContain('4.05,19');
    expect(words('hoelang')).toEqual(['hoe', 'lang']);
    expect(lead('what was the videoland doc about jutta and koen called')).toContain('Alles of niets');
  });

  it('"did she win anything" asks for any medal, not for a win', () => {
    expect(lead('did jutta win anything at the 2018 junior worlds?')).toMatch(/^\*\*Yes:\*\* Silver · World Junior/);
  });

  it('"the day after" a race is the next day', () => {
    expect(query('how many insta followers did she have the day after olympic gold').dayAfter).toBe(true);
    expect(lead('how many insta followers did she have the day after olympic gold')).toContain('as of 10 Feb 2026');
  });
});

describe('what happened to a medal or at a meeting is told in the weeks after it', () => {
  it('the dented medal, asked as a question or a claim', () => {
    expect(lead('what happened to her gold medal')).toContain('dented when it fell off its ribbon');
    expect(lead('Is it true something happened to her Olympic gold medal right after she won it?')).toContain('dented');
  });

  it('"what happened at the 2022 Olympics" is not a day four years later', () => {
    expect(lead('what happened at the 2022 olympics')).not.toContain('Milan');
  });
});

describe('which team she was on at a race, and Games she did not skate', () => {
  it('"which team" with a race asks the team of that day; "which team won the team sprint" is the race', () => {
    expect(lead('bij welke ploeg zat jutta toen ze in 2023 wereldkampioen werd op de 1000m?', 'nl')).toContain(
      'Team Jumbo-Visma',
    );
    expect(lead('which team won the team sprint in 2025')).toContain('Team sprint');
  });

  it('PyeongChang is the 2018 Games, where the dataset holds no medal', () => {
    expect(lead('what medal did jutta win at pyeongchang 2018?')).toBe(
      'No: the dataset holds no medal at the Olympic Games in 2018, so according to its sources she did not.',
    );
  });
});

describe('chat words around the question ask nothing', () => {
  it('"i keep seeing different numbers", "vlak voor", "i read", "congrats"', () => {
    expect(lead('how many times is jutta world champion? i keep seeing different numbers')).toMatch(
      /^\*\*7 gold medals/,
    );
    expect(lead('hoeveel volgers had jutta vlak voor de spelen in milaan?', 'nl')).not.toContain('„vlak”');
    expect(lead('i read she was born in drachten in july 1998, is that right?')).toMatch(/^No: /);
    expect(reply('congrats to jutta on the pregnancy!! when is the baby due?')).toContain(
      'No pregnancy has been reported',
    );
  });
});
