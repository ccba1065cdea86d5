import { describe, expect, it } from 'vitest';
import { loadView, REAL_DATA } from './helpers.ts';
import { askReplies } from './support/ask-replies.ts';
import { parse } from '../src/search/parse.ts';
import { words } from '../src/search/normalize.ts';

const { index, reply, lead } = askReplies(loadView(REAL_DATA));
const query = (question: string) => parse(index.lexicon, question);

describe('"the next one after" a meeting is the first one after it, not the meeting itself', () => {
  it('a meeting a few words after the bound is its anchor', () => {
    const q = query('when did she next win a world cup race after her win in inzell?');
    expect(q.anchor?.venue).toBe('Inzell');
    expect(q.venue).toBeUndefined();
    expect(q.order).toBe('first');
    expect(q.leftovers).not.toContain('next');
  });

  it('the race of the anchor day is not the answer', () => {
    expect(lead('wat was haar eerste overwinning na de spelen van peking?', 'nl')).toContain('WK sprint 2022');
    expect(lead('wat was haar volgende zege na het EK van 2024?', 'nl')).toContain('8 mrt 2024');
    expect(lead('when did she next win a world cup race after her win in inzell?')).not.toContain('24 Jan 2026');
  });
});

describe('a team or coach named by its name answers when and who', () => {
  it("when she joined or left a team is that team's row", () => {
    expect(lead('when did she join team IKO?')).toContain('Team IKO (June 2018');
    expect(lead('vanaf wanneer reed ze voor Team Reggeborgh', 'nl')).toContain('Team Reggeborgh (2019');
    expect(lead('when did she leave jumbo-visma?')).toContain('22 Apr 2024');
  });

  it('"since when" or "again" is the time that still runs', () => {
    expect(lead('since when is poltavets her coach again')).toContain('since July 2024');
  });

  it('who coached her at a team is the coach of that team, in either language', () => {
    expect(lead('who was her coach when she rode for jumbo-visma?')).toContain('Jac Orie');
    expect(lead('wie trainde haar bij Jumbo-Visma', 'nl')).toContain('Jac Orie');
    expect(lead('wie was de coach van NXTGEN', 'nl')).toContain('Kosta Poltavets');
  });

  it('a move between two teams, or news about one, stays with the rows that tell it', () => {
    expect(lead('Wanneer stapte Jutta over van Team IKO naar Reggeborgh?', 'nl')).toContain('Voorjaar 2019');
    expect(lead('when did jutta and koen verweij break up')).toContain('1 Aug 2022');
  });
});

describe('her relatives asked by name, and what a compound is', () => {
  it('"who are her parents" names them, in either language', () => {
    expect(lead('what are her parents called?')).toBe('**The dataset names Ruud (father) and Monique (mother).**');
    expect(lead('hoe heten haar vader en moeder', 'nl')).toBe('**De dataset noemt Ruud (vader) en Monique (moeder).**');
    expect(lead('who are her siblings')).toContain('Merel (sister), Beaudine (sister) and Kjeld (brother)');
    expect(lead("what is her father's name")).toBe('**The dataset names Ruud (father).**');
  });

  it("someone else's relatives, and where her own name comes from, are not hers", () => {
    expect(lead("what is jake paul's mother called")).toContain('Pam Stepnick');
    expect(lead('is ze vernoemd naar haar moeder?', 'nl')).not.toContain('De dataset noemt');
  });

  it('a Dutch compound meets its head written alone', () => {
    expect(lead('wat voor bedrijf heeft haar vader', 'nl')).toContain('veredelingsbedrijf');
  });

  it('the years of an early sport are in its row', () => {
    expect(lead('how long did she play hockey')).toContain('(8 years)');
    expect(lead('hoeveel jaar speelde ze hockey', 'nl')).toContain('(8 jaar)');
  });
});

describe('a claim in words the lead row does not hold gets no "yes"', () => {
  it('a superlative the race does not carry is said to be missing, not confirmed', () => {
    const nl = lead('was ze in 2019 de jongste sprintkampioen van nederland ooit?', 'nl');
    expect(nl).toBe('De bronnen zeggen hier niets over „jongste”. Wat de dataset wel heeft:');
    expect(lead('was she the youngest ever world champion in 2020?')).not.toMatch(/^\**Yes/);
  });
});

describe('a gap claimed or asked beside a rival', () => {
  it('parses the gap a claim names, in seconds', () => {
    expect(query('she beat kok by over a second at the olympics right?').marginClaim).toEqual({
      op: 'more',
      seconds: 1,
    });
    expect(query('won ze met meer dan een halve seconde voorsprong op Kok?').marginClaim).toEqual({
      op: 'more',
      seconds: 0.5,
    });
    expect(query('did she win by about 1.2 seconds?').marginClaim).toEqual({ op: 'about', seconds: 1.2 });
    expect(query('how many seconds behind Kok was she?').marginClaim).toBeUndefined();
  });

  it('"she beat Kok at the Olympics" is judged by the race where she did, and its gap', () => {
    expect(lead('she beat kok by over a second at the olympics right?')).toBe(
      'No: she finished 0.28 s ahead of Femke Kok (1st; Femke Kok 2nd).',
    );
    expect(lead('won ze olympisch goud met meer dan een halve seconde voorsprong op Kok?', 'nl')).toMatch(
      /^Nee: ze eindigde 0,28 s voor/,
    );
    expect(lead('did she beat kok at the 2026 olympics')).toMatch(/^\*\*Yes:\*\* she finished ahead of Femke Kok/);
    expect(lead('did kok beat her at the olympics?')).toMatch(/^\*\*Yes:\*\* Femke Kok finished ahead of her/);
    expect(lead('did she win the 2022 european 1000m by about 1.2 seconds?')).toMatch(
      /^\*\*Yes:\*\* she finished 1.20 s ahead/,
    );
  });

  it('"hoeveel zat ze achter op Kok" asks the gap, not a count', () => {
    const q = query('hoeveel zat ze achter op Kok bij de olympische 500 meter en welke kleur medaille was het');
    expect(q.intent).not.toBe('count');
    expect(q.margin).toBe('any');
    expect(lead('hoeveel zat ze achter op Kok bij de olympische 500 meter en welke kleur medaille was het', 'nl')).toBe(
      '**Ze eindigde 0,66 s achter Femke Kok (2e; Femke Kok 1e).**',
    );
  });
});

describe('a topic the question names is answered by the rows that tell it', () => {
  it('where her name comes from, asked or claimed wrongly', () => {
    expect(lead('where does the name jutta come from')).toContain('windsurfer Jutta Müller');
    expect(lead('waar komt haar naam vandaan', 'nl')).toContain('windsurfster Jutta Müller');
    expect(lead('was she named after a tennis player?')).toBe(
      'The sources say nothing of “tennis”, “player” here. What the dataset does hold:',
    );
    expect(reply('is ze vernoemd naar een zangeres?', 'nl')).toContain('windsurfster');
  });
});

describe('"where" asked of a topic whose row names no place', () => {
  it("says the place is not held, with the row about the topic, not someone else's wedding", () => {
    const en = reply('where are jutta and jake getting married?');
    expect(en.split('\n')[0]).toBe('Where is not in the dataset (no source gives a place). What it does hold:');
    expect(en.split('\n')[1]).toMatch(/^\*\*Wedding: planned/);
    const nl = reply('waar is de bruiloft van jutta en jake', 'nl');
    expect(nl.split('\n')[1]).toMatch(/^\*\*Bruiloft: gepland/);
  });

  it('a row about the topic that names a place still answers', () => {
    expect(lead('where did she get engaged')).toContain('Saint Lucia');
    expect(lead('where was she knighted')).toContain('The Hague');
  });
});

describe('a birthplace taken for granted in a clause is a claim', () => {
  it('a place no source names, or another place, is a "no" with where she was born', () => {
    const en = reply('how long did she live in drachten where she was born?');
    expect(en.split('\n')[0]).toBe('No: no source in the dataset mentions “drachten”. What it does hold:');
    expect(en).toContain("'s-Gravenzande");
    expect(lead('hoeveel inwoners heeft haar geboorteplaats Heerenveen', 'nl')).toBe(
      "Nee: **Ze is geboren in 's-Gravenzande (Westland, Zuid-Holland), Nederland.**",
    );
  });

  it('her real birthplace in the clause is no claim to reject', () => {
    expect(lead("welke school zat ze in 's-Gravenzande, waar ze geboren is", 'nl')).toContain('ISW Gasthuislaan');
  });
});

describe('"who coached her" where the rows name no coach', () => {
  it('says no coach is named, over the row that tells of the time', () => {
    const en = reply('who coached her at de uithof when she started?');
    expect(en.split('\n')[0]).toBe(
      'Who coached her there is not in the dataset (no source names a coach). What it does hold:',
    );
    expect(en).toContain('De Uithof');
    expect(lead('who coached her at jumbo')).toContain('Jac Orie');
  });

  it('a coach with no known start is not her first', () => {
    expect(lead('who was her first coach')).toContain('Jetske Wiersma');
    expect(lead('who was her first coach')).not.toContain('Tijssen');
  });
});

describe('a figure "at the start of" a meeting', () => {
  it("is the one from just before its first race, a month's figure too", () => {
    expect(query('how many instagram followers at the start of the milan olympics').bound).toBe('before');
    expect(lead('how many instagram followers at the start of the milan olympics')).toBe(
      '**Instagram: 5.1 million followers at the start of the Olympics (as of 6 Feb 2026)**',
    );
    expect(lead('hoeveel volgers had ze aan het begin van de spelen in 2026', 'nl')).toContain('5,1 miljoen volgers');
    expect(lead('how many followers did she have at the start of the beijing olympics')).toContain('2.3 million');
  });
});

describe('details of a race asked in words of their own', () => {
  it('"met wie", "her teammates": her team\'s other members lead', () => {
    expect(lead('met wie reed ze de teamsprint op het wk van 2019', 'nl')).toBe(
      '**Met Janine Smit en Letitia de Jong.**',
    );
    expect(lead('who did she skate the team sprint with in hamar 2025')).toBe(
      '**With Suzanne Schulting and Angel Daleman.**',
    );
  });

  it('"who beat her" is who won', () => {
    expect(lead('who beat her in the 500 at the 2024 europeans')).toBe('**Femke Kok was 1st (37.28).**');
    expect(lead('wie versloeg haar op de olympische 500 meter', 'nl')).toBe('**Femke Kok werd 1e (36,49).**');
  });

  it('"how many points did she have" asks her figure, not a gap, and a worked-out figure is held', () => {
    const q = query('how many points did she have when she won the world sprint in 2022');
    expect(q.intent).not.toBe('count');
    expect(q.margin).toBeUndefined();
    const text = reply('how many points did she have when she won the world sprint in 2022');
    expect(text).not.toContain('not in the dataset');
    expect(text).toContain('151.140 pts (worked out)');
  });
});

describe('her discipline', () => {
  it('"which distances", "beste afstand" are her discipline row', () => {
    expect(lead('which distances does she skate')).toContain('500 m and 1000 m (the 1000 m is her main event)');
    expect(lead('wat is haar beste afstand', 'nl')).toContain('de 1000 meter is haar belangrijkste afstand');
  });
});

describe('a time she must have beaten', () => {
  it('parses "under 1:13", "onder de 37,5" and takes the distance from the time', () => {
    expect(query('when did she first go under 1:13 in the 1000').under).toBe(73);
    const nl = query('heeft ze ooit onder de 37,5 gereden op de 500 meter');
    expect(nl.under).toBe(37.5);
    expect(nl.event).toBe('500m');
  });

  it('the first race under it, a count of them, or a "no" that names the time', () => {
    expect(lead('when did she first go under 1:13 in the 1000')).toContain('1:11.84 · Salt Lake City');
    expect(lead('how many times has she skated under 1:13')).toMatch(
      /^\*\*\d+ races in the 1000 m under 1:13 in the dataset\*\*/,
    );
    expect(lead('wanneer reed ze voor het eerst onder de 37 seconden op de 500', 'nl')).toMatch(/^Nee: .*onder 37/);
    expect(lead('When did she first skate under 1:13 on a lowland rink?')).toContain('lowland');
  });
});

describe('competitions and verbs in Dutch word order', () => {
  it('junior worlds are only the junior championships', () => {
    expect(query('what place did she get in the 1000m at the 2018 junior worlds').competitions).toEqual([
      'world-junior',
    ]);
  });

  it('"heeft ze de wereldbeker gewonnen" is the classification', () => {
    expect(query('hoevaak heeft ze de wereldbeker gewonnen').cupWon).toBe(true);
    expect(lead('hoevaak heeft ze de wereldbeker gewonnen', 'nl')).toMatch(/^\*\*1 gewonnen wereldbekerklassement/);
  });

  it('"what did she win at" lists what she took home, not "she did not win that race"', () => {
    expect(lead('what did she win at the 2024 world championships')).toMatch(/^\*\*Bronze/);
    expect(lead('wat was haar tijd toen ze de 1000m won op het wk 2024 in calgary?', 'nl')).toMatch(
      /^Nee: die race won ze niet/,
    );
  });
});

describe("an incident told in a race's note", () => {
  it('a claim of an injury in a year is met by the race whose note tells of it', () => {
    expect(lead('did she have an injury in 2020')).toContain('European Championships (single distances) 2020');
    expect(lead('did she have an injury in 2020')).not.toMatch(/^No/);
  });
});

describe('who she is with now', () => {
  it('"who is her boyfriend", "wie is haar vriend" are her partner, not how she met an ex', () => {
    expect(lead('who is her boyfriend')).toMatch(/^\*\*Her partner is the American YouTuber and boxer Jake Paul/);
    expect(lead('wie is haar vriend', 'nl')).toMatch(/^\*\*Haar partner is de Amerikaanse YouTuber/);
    expect(lead('who is she dating')).toContain('Jake Paul');
  });

  it('the row about now does not answer when or where', () => {
    expect(lead('Waar heeft Jake Paul Jutta ten huwelijk gevraagd?', 'nl')).toContain('Saint Lucia');
  });

  it('chat spellings of her birthday', () => {
    expect(lead('whens her bday')).toContain('30 Dec 1998');
  });
});

describe('claims hidden in numbers, tenses and bounds', () => {
  it('a bare number of rows claimed is checked against the count', () => {
    expect(lead('has she won 20 world cup races')).toMatch(/^No: \*\*14 wins at the World Cup/);
    expect(lead('has she won 14 world cup races?')).toMatch(/^Yes: \*\*14 wins/);
  });

  it('a Dutch time with one decimal is a time: "36,9" is no personal best of 37,01', () => {
    expect(lead('is haar pr op de 500 meter 36,9?', 'nl')).toMatch(/^Nee: \*\*Persoonlijk record 500 m: 37,01/);
  });

  it('"trouwde ze" takes a wedding for granted that is still to come', () => {
    expect(lead('trouwde ze in 2025 met jake paul', 'nl')).toMatch(/^Nee: niet tot 9 mrt 2026/);
  });

  it('"split from Koen" is no claim about where she is from', () => {
    expect(lead('did she split from koen in 2020')).toBe('No: the sources date it to 1 Aug 2022, not 2020.');
  });

  it('a bound whose meeting the dataset does not hold is a medal she never had', () => {
    expect(lead('how did she feel after winning the 2018 olympic medal')).toBe(
      'No: the dataset holds no medal at the Olympic Games in 2018, so according to its sources she did not.',
    );
    expect(lead('wat zei ze na het goud op de spelen van 2018', 'nl')).toMatch(
      /^Nee: de dataset bevat geen gouden medaille/,
    );
    expect(lead('what did she say after the gold in milan')).toContain('makeup');
  });
});

describe('searches typed as phrases, periods, and what is not hers to have done', () => {
  it('a plural or a meeting of a year, typed without a question, lists the rows', () => {
    expect(lead('jutta olympic medals')).toMatch(/^\*\*3 medals at the Olympic Games in the dataset\*\*/);
    expect(lead('wolrd cup wins 2025/26')).toMatch(/^\*\*3 wins at the World Cup in 2025\/26/);
    expect(lead('Hoeveel scheelde het met Bowe op de 1000 meter van het WK 2021?', 'nl')).toMatch(
      /^\*\*Ze eindigde 0,55 s achter/,
    );
  });

  it('"what did she do in 2019", "wat gebeurde er in maart 2022": the timeline of then, oldest first', () => {
    expect(lead('wat gebeurde er in maart 2022', 'nl')).toContain('mrt 2022');
    expect(reply('what did she do in 2019')).toMatch(/2019/);
    expect(lead('what did she do in 2019')).not.toContain("doesn't hold");
  });

  it('"who won" a classification the dataset lacks is not "she did not"', () => {
    expect(lead('wie won de wereldbeker 500 meter in 2024/25', 'nl')).toBe(
      'De dataset bevat geen wereldbekerklassement op de 500 m in 2024/25.',
    );
  });

  it('"how many points" at the World Cup is the classification', () => {
    expect(lead('how many points did she finish the 2022/23 world cup with')).toContain('2nd (300 pts)');
  });

  it('"haar jeugd" is her childhood, not the junior championships', () => {
    expect(lead('vertel iets over haar jeugd', 'nl')).toContain('middelste van de drie meisjes');
  });
});

describe('false premises of other shapes', () => {
  it('"why did she lose" a race she won', () => {
    expect(lead('why did she lose the olympic 1000m in milan?')).toBe('No: she won that race. How it went:');
    expect(lead('waarom verloor ze de 1000 meter op het EK 2024', 'nl')).toBe(
      'Nee: die race won ze juist. Zo ging het:',
    );
  });

  it('"waarom werd ze vierde": a place claimed after the verb and her', () => {
    expect(query('waarom werd ze vierde op de olympische 1000 meter in peking').place).toBe(4);
    expect(lead('waarom werd ze vierde op de olympische 1000 meter in peking', 'nl')).toMatch(/^Nee: /);
  });

  it('"why was she disqualified": a claim in words the race does not hold', () => {
    expect(lead('why was she disqualified at the olympics')).toBe(
      'The sources say nothing of “disqualified” here. What the dataset does hold:',
    );
  });

  it('"why did she skip" a championship she raced at', () => {
    expect(lead('why did she skip the 2022 olympics')).toMatch(/^No: /);
    expect(lead('waarom deed ze niet mee aan de spelen van 2018', 'nl')).toContain('Pyeongchang 2018');
  });

  it('a number of relatives claimed last', () => {
    expect(lead('how many brothers does she have, three?')).toBe('No: the dataset lists 1 brother.');
  });

  it('"name her after" is where her name comes from, not her father\'s name', () => {
    expect(reply('why did her dad name her after a figure skater')).toContain('windsurfer');
  });
});

describe('lists, podiums and firsts against a rival', () => {
  it('"which titles", "which World Cup races" list every one', () => {
    expect(query('which world cup races did she win in salt lake city').intent).toBe('list');
    expect(lead('What medals did she win at the Milan Cortina Olympics?')).toMatch(
      /^\*\*2 medals at the Olympic Games in Milan/,
    );
  });

  it('a kind of record counted takes its plural', () => {
    expect(lead('hoeveel baanrecords staan er op haar naam', 'nl')).toMatch(/^\*\*\d+ baanrecords in de dataset/);
    expect(lead('how many track records')).toMatch(/^\*\*\d+ track records in the dataset/);
  });

  it('who shared the podium with her', () => {
    expect(lead('who did she share the podium with at the milan 1000')).toBe(
      '**With Femke Kok (2nd, 1:12.59) and Miho Takagi (3rd, 1:13.95).**',
    );
  });

  it('"when did she first beat Takagi" is the first race she finished ahead, with no "yes"', () => {
    const first = reply('when did she first beat takagi');
    expect(first).toMatch(/^\*\*She finished [\d.]+ s ahead of Miho Takagi/);
    expect(lead('when did kok first beat her')).toMatch(/^\*\*Femke Kok finished ahead of her/);
  });
});

describe('counts said as counts', () => {
  it('a count of nothing is "none", not "she did not"', () => {
    expect(lead('how many world cup wins in the 500m')).toBe(
      'None: the dataset holds no win at the World Cup in the 500 m.',
    );
  });

  it('how a win or a tournament is said is no word a row must hold', () => {
    expect(lead('hoeveel zeges boekte ze in heerenveen in de wereldbeker', 'nl')).toMatch(
      /^\*\*\d+ zeges op de Wereldbeker in Heerenveen/,
    );
    expect(lead('hoeveel medailles heeft ze in totaal op grote toernooien', 'nl')).toMatch(
      /^\*\*28 medailles in de dataset/,
    );
  });
});

describe('her words, found by what they were about', () => {
  it('a quote "about the Games" is one said at the Games, not one quoted by olympics.com', () => {
    expect(lead('geef me een quote over de spelen', 'nl')).toContain('Spelen');
    expect(lead('geef me een quote over de spelen', 'nl')).not.toContain('hockey');
  });

  it('her reaction is what she said', () => {
    expect(query('wat was haar reactie na het zilver in peking').entities).toContain('quote');
    expect(query('when did she reach 1 million followers on instagram?').entities).not.toContain('quote');
  });
});

describe('round 14 rules kept to what they are for', () => {
  it('"her favourite distance" inside a question about a race is no question about her discipline', () => {
    expect(lead('wanneer won ze voor het laatst het NK op haar favoriete afstand, de 1000 meter', 'nl')).toMatch(
      /^\*\*NK afstanden/,
    );
    expect(lead('wat is haar favoriete afstand', 'nl')).toMatch(/^\*\*Discipline/);
  });

  it('"lose" is a claim only when asked why or whether, about a race', () => {
    expect(lead('when did she finally lose her dutch 1000m title')).not.toMatch(/^No: she won that race/);
    expect(lead('why did she lose the olympic 1000m in milan?')).toBe('No: she won that race. How it went:');
  });

  it('a record has no colour: "won gold and set an Olympic record" is a yes', () => {
    expect(lead('did she win gold and set an olympic record in milan')).toMatch(/^\*\*Yes:\*\* Olympic record/);
  });
});

describe('round 15: months misspelt, the previous best, who came second, medals taken for granted', () => {
  it('a month misspelt by a letter or a swap is still the month', () => {
    expect(query('hoeveel volgers had ze op 15 febuari 2026 op insta').month).toBe(2);
    expect(query('how many followers on 13 feburary 2026').month).toBe(2);
    expect(lead('how many followers on 13 feburary 2026')).toContain('13 Feb 2026');
  });

  it('"her previous PB" is the one the current replaced', () => {
    expect(lead('what was her previous 500m pb')).toContain('37.14');
    expect(lead('wat was haar vorige pr op de 1000 meter', 'nl')).toContain('1.13,67');
  });

  it('"who came second", after a clause that names the race', () => {
    expect(lead('when she won the 2020 world 1000m title, who came second?')).toBe('**Fatkulina was 2nd (1:12.33).**');
    expect(lead('toen ze in 2023 wereldkampioen 1000 meter werd, wie werd er tweede', 'nl')).toContain(
      'Rijpma-de Jong werd 2e',
    );
  });

  it('a number of medals taken for granted is checked', () => {
    expect(lead('wat vond ze ervan om twee keer goud te winnen in milaan', 'nl')).toMatch(
      /^Nee: \*\*1 gouden medaille in Milaan/,
    );
    expect(lead('what did she say after winning three medals in milan')).toMatch(/^No: \*\*2 medals in Milan/);
  });
});

describe('round 15: claims asked as "how was it", best friends, programmes of study', () => {
  it('"how was it under Orie at Reggeborgh" claims a coach at a team', () => {
    expect(lead('what was it like for her to train under jac orie at team reggeborgh')).toMatch(
      /^No: \*\*Coach: Gerard van Velde/,
    );
    expect(lead('hoe was het om onder jac orie bij reggeborgh te trainen', 'nl')).toMatch(/^Nee: /);
  });

  it('a best friend is not a partner', () => {
    expect(lead('wie is haar beste vriendin', 'nl')).not.toContain('Koen');
  });

  it('a programme of study is what she studied', () => {
    expect(lead('which programme of study did she follow')).toContain('economics and marketing');
  });
});

describe("round 15: no count of the wrong set from a misspelling or a bound's month", () => {
  it('a long compound head misspelt by a letter is still the head', () => {
    expect(words('wereldbekezeges')).toEqual(['wereldbeker', 'zeges']);
    expect(lead('hoeveel wereldbekezeges heeft jutta nu in totaal op de 1000m gehaald', 'nl')).toMatch(
      /^\*\*12 zeges op de Wereldbeker op de 1000 m/,
    );
  });

  it("a month between a bound and its year is the bound's", () => {
    const q = query('hoeveel NK-titels op de 1000 meter had ze voordat ze die in november 2025 kwijtraakte');
    expect(q.month).toBeUndefined();
    expect(q.beforeMonth).toBe(11);
    expect(lead('hoeveel NK-titels op de 1000 meter had ze voordat ze die in november 2025 kwijtraakte', 'nl')).toMatch(
      /^\*\*6 Nederlandse titels op de 1000 m vóór november 2025/,
    );
  });

  it('"hoe lang" is her height despite a misspelt filler, and "lange" is no height', () => {
    expect(lead('hoe lang is jutta eigelijk', 'nl')).toBe('**Haar lengte: 1,81 m.**');
    expect(lead('wanneer kwam er een einde aan die lange zegereeks op de 1000 meter', 'nl')).not.toContain('lengte');
  });
});
