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

describe('Dutch titles counted by colour', () => {
  it('every Dutch title is a gold, so "how many golds at the NK" counts the titles', () => {
    expect(lead('hoeveel gouden medailles heeft ze op het nk afstanden?', 'nl')).toBe(
      '**8 gouden Nederlandse titels (NK afstanden) in de dataset**:',
    );
    expect(lead('how many gold medals at the dutch single distance championships?')).toBe(
      '**8 gold Dutch titles (Dutch Single Distances Championships) in the dataset**:',
    );
  });

  it('a silver at the NK is no "none": the text row that lists her other Dutch podiums leads', () => {
    const nl = reply('hoeveel zilveren medailles heeft ze op het nk?', 'nl');
    expect(nl.split('\n')[0]).not.toMatch(/^Geen/);
    expect(nl.split('\n')[0]).toContain('zilver op de 500 meter in februari 2023 en december 2023');
    expect(lead('did she win silver at the dutch championships?')).toMatch(/^\*\*Yes:\*\* .*500 m silver/);
  });

  it('a colour at one NK is looked for in the rows about that one', () => {
    expect(lead('won ze ooit brons op het nk afstanden?', 'nl')).toMatch(/^\*\*Ja:\*\* /);
    expect(lead('won ze ooit brons op het nk sprint?', 'nl')).toMatch(/^Nee: /);
  });

  it('"which medal did she win" at an NK race is answered by the row that tells it, not with a "no"', () => {
    expect(lead('welke medaille won ze op de 1500 bij het nk van 2021?', 'nl')).toBe(
      '**29 okt 2021: Brons op de 1500 meter op het NK afstanden, in een persoonlijk record van 1.53,64.**',
    );
  });
});

describe('"van Kok gewonnen" is beating Kok', () => {
  it('a win "van" a rival is judged by who finished ahead, in any race when "ooit" is asked', () => {
    expect(lead('heeft ze ooit van kok gewonnen op de 500 meter?', 'nl')).toBe(
      '**Ja:** ze eindigde voor Femke Kok (3e; Femke Kok 4e).',
    );
    expect(lead('did she ever beat kok in a 500?')).toBe(
      '**Yes:** she finished ahead of Femke Kok (3rd; Femke Kok 4th).',
    );
  });

  it('the rival named first, winning "van haar", is the one claimed to be ahead', () => {
    expect(lead('won kok van haar op de 500 in milaan?', 'nl')).toBe(
      '**Ja:** Femke Kok eindigde voor haar (Femke Kok 1e; zij werd 2e).',
    );
    expect(lead('heeft femke kok ooit van haar gewonnen op de 1000 meter?', 'nl')).toMatch(
      /^\*\*Ja:\*\* Femke Kok eindigde voor haar/,
    );
  });

  it('"hoe vaak van Takagi gewonnen" is a head-to-head count over the races that place both', () => {
    expect(lead('hoe vaak heeft ze in totaal van takagi gewonnen op de 1000 meter', 'nl')).toBe(
      '**In de 22 races op de 1000 m in de dataset waarin ze allebei een plaats hebben: ze eindigde 12 keer voor Miho Takagi, Miho Takagi 10 keer voor haar.**',
    );
  });
});

describe('a question about her is not answered by a relative row', () => {
  it('"where does she live" leads with where she lives, not where her brother lived', () => {
    expect(lead('where does she live?')).toContain('She spends the off-season in Puerto Rico');
    expect(lead('waar woont ze nu?', 'nl')).toContain('Buiten het seizoen verblijft ze in Puerto Rico');
  });

  it('a relative asked for still gets the relative row', () => {
    expect(lead('where does her brother live?')).toMatch(/^\*\*Brother Kjeld: Lived in Italy/);
  });
});

describe('"finish last" is a place, not the latest race', () => {
  it('no "yes" with her latest race for "did she ever finish last"', () => {
    expect(lead('did she ever finish last?')).not.toMatch(/Yes/);
    expect(lead('did she ever finish last?')).not.toContain('Olympic Games 2026');
    expect(lead('werd ze ooit laatste?', 'nl')).not.toMatch(/Ja|Olympische Spelen 2026/);
  });

  it('"her last race" is still the latest', () => {
    expect(lead('what was her last race?')).toMatch(/^\*\*Silver · Olympic Games 2026 · 500 m/);
    expect(lead('wat was haar laatste wedstrijd?', 'nl')).toMatch(/^\*\*Zilver · Olympische Spelen 2026 · 500 m/);
  });
});

describe('"who won" when she did, and titles at all-round championships', () => {
  it('names her as the winner', () => {
    expect(lead('who won the european sprint 2023?')).toBe('**Jutta Leerdam herself won it.**');
    expect(lead('wie won de 1000 meter op de spelen van 2026?', 'nl')).toBe('**Jutta Leerdam won zelf.**');
    expect(lead('who won the 1000 m at the 2022 olympics?')).toBe('**Miho Takagi was 1st (1:13.19).**');
  });

  it('a title at an all-round championship leads with the all-round classification', () => {
    expect(lead('when did she win junior world title?')).toBe(
      '**Gold · World Junior Championships 2017 · All-round · Helsinki, Finland · February 2017**',
    );
    // An order asked still orders: her latest title is the Olympic one.
    expect(lead('wat was haar laatste titel?', 'nl')).toMatch(/^\*\*Goud · Olympische Spelen 2026 · 1000 m/);
  });
});

describe('on her birthday', () => {
  it('is the day of the year of her birth row, over every table of races, Dutch titles too', () => {
    expect(lead('klopt het dat ze op haar verjaardag een keer nederlands kampioen werd?', 'nl')).toBe(
      '**Ja:** NK afstanden 2023/24 · 1000 m · 1.13,75 · Heerenveen, Nederland (Thialf) · 30 dec 2023',
    );
    expect(lead('did she ever win a race on her birthday?')).toMatch(
      /^\*\*Yes:\*\* Dutch Single Distances .*30 Dec 2023$/,
    );
    expect(lead('heeft ze ooit op haar verjaardag geschaatst?', 'nl')).toMatch(/^\*\*Ja:\*\* NK afstanden 2023\/24/);
  });

  it('no race of the table asked on that day is a "no", with her birth date', () => {
    expect(lead('did she win a world cup race on her birthday?')).toBe(
      'No: **Jutta Leerdam was born on 30 Dec 1998 (she was 27 on 9 Mar 2026, the date of the newest data).**',
    );
  });
});

describe('fan openers and ranked lists', () => {
  it('"what\'s the story with" carries no fact, and "the FHM 500" is no distance', () => {
    expect(lead("what's the story with the fhm 500?")).toMatch(/^\*\*She also works as a model: the FHM 500/);
  });

  it('"the 500" alone is still the distance', () => {
    expect(lead('what was her time in the 500?')).toMatch(/^\*\*Silver · Olympic Games 2026 · 500 m/);
  });

  it('a row over a selection is found by "controversy"', () => {
    expect(reply('what controversy was there about the team sprint selection in 2022?')).toContain(
      'row over selecting Kok and Van Elst',
    );
  });
});

describe('her pair, her relatives, her birth, her records now', () => {
  it('"tegen wie reed ze" asks for her pair-mate in the race named', () => {
    expect(lead('tegen wie reed ze de 1000 in milaan?', 'nl')).toBe('**Haar ritgenote: Miho Takagi (rit 15).**');
    expect(lead('tegen wie reed ze in de 500 meter in milaan?', 'nl')).toMatch(
      /^Tegen wie ze in haar rit reed, staat niet/,
    );
  });

  it('a relative named leads with that relative, not another whose row holds the other words', () => {
    expect(lead('wat doet haar zus?', 'nl')).toMatch(/^\*\*Zus Merel: /);
    expect(lead('what does her dad do?')).toMatch(/^\*\*Father Ruud: Runs a tomato nursery/);
  });

  it('"where and when was she born" gives both rows', () => {
    const text = reply('where and when was she born?');
    expect(text.split('\n')[0]).toBe("**She was born in 's-Gravenzande (Westland, South Holland), Netherlands.**");
    expect(text).toContain('born on 30 Dec 1998');
  });

  it('records held "now" counts only those the sources say still stand, and says so', () => {
    expect(lead('how many records does she hold now?')).toBe(
      '**2 records that the sources say still stand in the dataset**:',
    );
    expect(lead('welke records heeft ze nu nog?', 'nl')).toBe(
      '**2 records die volgens de bronnen nog staan in de dataset**:',
    );
    expect(lead('how many records has she set?')).toMatch(/^\*\*11 records in the dataset\*\*/);
  });
});

describe('losing to a rival, the head-to-head, and losing the World Cup', () => {
  it('"lost to Kok" is Kok finishing ahead', () => {
    expect(lead('has she ever lost to kok in a 1000 m?')).toBe(
      '**Yes:** Femke Kok finished ahead of her (Femke Kok 2nd; she was 3rd).',
    );
    expect(lead('verloor ze van takagi in peking?', 'nl')).toBe(
      '**Ja:** Miho Takagi eindigde voor haar (Miho Takagi 1e; zij werd 2e).',
    );
    expect(lead('did she lose to takagi at the 2026 olympics 1000?')).toBe(
      'No: she finished ahead of Miho Takagi (1st; Miho Takagi 3rd).',
    );
  });

  it('"head to head" and "onderlinge balans" count the races that place both, both ways', () => {
    expect(lead("what's her head to head against kok?")).toMatch(
      /^\*\*In the \d+ races in the dataset that place them both: she finished ahead of Femke Kok \d+ times, Femke Kok ahead of her \d+ times\.\*\*$/,
    );
    expect(lead('wat is de onderlinge balans met takagi?', 'nl')).toMatch(
      /^\*\*In de \d+ races in de dataset waarin ze allebei/,
    );
    // A margin asked stays a margin.
    expect(lead('hoeveel was ze sneller dan femke kok op de olympische 1000m', 'nl')).toBe(
      '**Ze eindigde 0,28 s voor Femke Kok (1e; Femke Kok 2e).**',
    );
  });

  it('"how did she lose the World Cup" is the classification she was second in, not a claim she won it', () => {
    expect(lead('how did she lose the world cup in 2022/23?')).toMatch(
      /^\*\*World Cup 2022\/23, 1000 m classification: 2nd \(300 pts\) · 1st Miho Takagi \(301 pts\)/,
    );
    expect(lead('did she win the world cup in 2022/23?')).toMatch(/^No: /);
  });
});

describe('premises about people, places and events no row holds', () => {
  it('a marriage to someone she was only with leads with what the sources tell of him', () => {
    const text = reply('when did she marry koen verweij?');
    expect(text.split('\n')[0]).toMatch(/^No: /);
    expect(text.split('\n')[1]).toBe('**1 Aug 2022: Breakup with Koen Verweij announced.**');
  });

  it('a place after "when was she born in" is judged by her birthplace', () => {
    expect(lead('when was she born in amsterdam?')).toBe(
      "No: **She was born in 's-Gravenzande (Westland, South Holland), Netherlands.**",
    );
    expect(reply('wanneer is ze geboren in den haag?', 'nl')).toContain('30 dec 1998');
    expect(lead("when was she born in 's-gravenzande?")).toMatch(/^\*\*Jutta Leerdam was born on 30 Dec 1998/);
  });

  it('"training under" someone who never coached her is a "no", with her coaches', () => {
    expect(lead('what was it like for her training under sven kramer?')).toMatch(/^No: \*\*Coach: Kosta Poltavets/);
    expect(lead('hoe was het om onder sven kramer te trainen?', 'nl')).toMatch(/^Nee: \*\*Coach: Kosta Poltavets/);
    // One of her coaches, and a description in a row's name, are no such premise.
    expect(lead('how was it training under orie?')).toMatch(/^\*\*Coach: Jac Orie/);
    expect(lead('who was her very first skating coach at de uithof')).toMatch(/^Who coached her there is not/);
  });

  it('"who did she beat for gold" in a race she won silver is a "no", with that race', () => {
    const text = reply('who did she beat for gold in the beijing 1000?');
    expect(text.split('\n')[0]).toMatch(/^No: /);
    expect(text).toContain('What the dataset does hold: **Silver · Olympic Games 2022 · 1000 m');
  });

  it('an event no row mentions is said to be unmentioned, not left to stand', () => {
    expect(lead('waarom werd ze in 2024 geschorst?', 'nl')).toBe(
      'Geen bron in de dataset noemt „geschorst”. Daar heeft de dataset geen antwoord op, en ik ga niet gokken.',
    );
  });

  it('"why did she retire in 2025" is her career status', () => {
    expect(lead('why did she retire in 2025?')).toMatch(/^\*\*Career status \(newest source, March 2026\)/);
  });
});

describe('ages at meetings, "every" and "last"', () => {
  it('the age at a meeting of several races is her age at its first', () => {
    expect(lead('how old was she at the 2022 olympics?')).toBe(
      '**She was 23 then (13 Feb 2022):** 5th · Olympic Games 2022 · 500 m · 37.34 · Beijing, China (National Speed Skating Oval) · 13 Feb 2022',
    );
  });

  it('the age at a meeting she was not at is a "no"', () => {
    expect(lead('how old was she at the 2018 olympics?')).toMatch(
      /^No: the dataset holds no race at the Olympic Games in 2018/,
    );
  });

  it('"every" is not said yes to from one race: the row that tells of the run leads', () => {
    expect(lead('did she win the 1000 at every world cup in 2022/23?')).toBe(
      '**Nov 2022–Feb 2023: Wins all five World Cup 1000 m races she starts in 2022/23, but misses the World Cup title by one point.**',
    );
  });

  it('"last" where every race was a podium is a "no"', () => {
    expect(lead('why did she finish last in milan?')).toMatch(/^No: \*\*Silver · Olympic Games 2026/);
    expect(lead('waarom werd ze laatste in peking op de 1000?', 'nl')).toMatch(
      /^Nee: \*\*Zilver · Olympische Spelen 2022/,
    );
  });
});

describe('a title named as the moment of a quote', () => {
  it('"what did she say after her world title on the 500 m" is a "no": she has none', () => {
    const text = reply('wat zei ze na haar wereldtitel op de 500 meter?', 'nl');
    expect(text.split('\n')[0]).toMatch(
      /^Nee: de dataset bevat geen gouden medaille op de WK afstanden of WK sprint op de 500 m/,
    );
    expect(text).toContain('Zilver · WK afstanden 2025 · 500 m');
  });

  it('a title with a year alone still names the meeting', () => {
    expect(lead('wat was haar pr op de 1000 meter vlak voor haar wereldtitel in 2020?', 'nl')).toMatch(
      /^\*\*Haar persoonlijk record zoals het vóór 13 feb 2020 stond:\*\* Eerder persoonlijk record 1000 m: 1\.13,67/,
    );
  });
});

describe('who she is, in short', () => {
  it('"who is Jutta Leerdam", "vertel iets over jutta" get a short profile led by her discipline and her Olympic gold', () => {
    const text = reply('who is jutta leerdam');
    expect(text.split('\n')[0]).toBe('**Jutta Leerdam in short, as the dataset holds her:**');
    expect(text).toContain('Discipline: Long-track speed skating');
    expect(text).toContain('2026 Olympic Games');
    expect(lead('vertel iets over jutta', 'nl')).toBe('**Jutta Leerdam in het kort, zoals de dataset haar kent:**');
  });

  it('a question with anything more in it is answered as usual', () => {
    expect(lead('who is she dating?')).toMatch(/^\*\*Her partner is the American YouTuber and boxer Jake Paul/);
  });
});

describe('personal bests counted', () => {
  it('"how many personal bests" counts those that stand now, one per distance, and says so', () => {
    expect(lead('how many personal bests does she have?')).toBe(
      '**4 personal bests as they stand now (one per distance) in the dataset**:',
    );
    expect(lead("hoeveel pr's heeft ze?", 'nl')).toBe(
      '**4 persoonlijke records zoals ze nu staan (één per afstand) in de dataset**:',
    );
  });

  it('"how many times did she improve" counts her progression', () => {
    expect(lead('how many times did she improve her 1000 m pb?')).toBe(
      '**8 personal bests in the 1000 m in the dataset**:',
    );
  });
});

describe('a season of the World Cup is its classification', () => {
  it('"where did she finish in the 1000 m World Cup in 2023/24" is the classification, whose place is not held', () => {
    const text = reply('where did she finish in the 1000 m world cup in 2023/24?');
    expect(text.split('\n')[0]).toMatch(/^Her place in it is not in the dataset/);
    expect(text).toContain('World Cup 2023/24, 1000 m classification');
  });

  it('a classification not held is "not held", not "she did not"', () => {
    expect(lead('welke plek in het wereldbekerklassement 500 meter in 2024/25?', 'nl')).toBe(
      'De dataset bevat geen wereldbekerklassement op de 500 m in 2024/25.',
    );
  });

  it("a season's points gap is the classification's", () => {
    expect(lead('hoeveel punten scheelde het met takagi in 2022/23?', 'nl')).toBe(
      '**Ze eindigde 1 pnt achter Miho Takagi (2e; Miho Takagi 1e).**',
    );
  });
});

describe('what someone else said', () => {
  it('is looked for in the text rows, not in her own quotes', () => {
    expect(lead('what did jake paul say about her?')).not.toContain('I never, ever expected to date him');
    expect(lead('what did wennemars say about her future?')).toContain('Erben Wennemars');
  });
});

describe('"met wie won ze" claims her win; "stopte bij" is leaving', () => {
  it('a win with someone in a race she never skated is a "no"; "wie won" alone is not held', () => {
    expect(lead('met wie won ze de ploegenachtervolging?', 'nl')).toMatch(
      /^Nee: de dataset bevat geen rit op de Ploegenachtervolging/,
    );
    expect(lead('wie won de ploegenachtervolging?', 'nl')).toBe(
      'De dataset bevat geen rit op de Ploegenachtervolging.',
    );
  });

  it('"waarom stopte ze in 2023 bij Reggeborgh" is judged by the team\'s dates', () => {
    expect(lead('waarom stopte ze in 2023 bij team reggeborgh?', 'nl')).toBe(
      'Nee: ze vertrok in april 2020 bij Team Reggeborgh, niet toen. In 2023 zat ze bij Team Jumbo-Visma.',
    );
  });
});

describe('what happened, and the end of her season', () => {
  it('"what happened at the NK in November 2025" is told by the text rows of that time, not a "no"', () => {
    expect(lead('what happened at the dutch championships in november 2025?')).toMatch(
      /^\*\*1–2 Nov 2025: Groin strain at the Dutch championships/,
    );
    // A claim of a title there is still judged.
    expect(lead('did she win the dutch championships in november 2025?')).toMatch(/^No: /);
  });

  it('the end of her season is found by "announce the end"', () => {
    expect(lead('when did she announce the end of her season?')).toBe(
      '**26 Feb 2026: Ends her season and declines her place at the World Sprint Championships.**',
    );
    expect(lead('when did she announce her engagement?')).toMatch(
      /^\*\*22 Mar 2025: Engagement to Jake Paul announced/,
    );
  });

  it("a year of her career is that year's timeline", () => {
    expect(lead('wat gebeurde er in 2019 in haar carrière?', 'nl')).toMatch(/2019/);
    expect(lead('wat gebeurde er in 2019 in haar carrière?', 'nl')).not.toContain('Peking 2022');
  });
});

describe("a rival's line of a race, and a field the dataset does not list", () => {
  it("a rival's time or place in a race leads with the rival's own line", () => {
    expect(lead('wat was de tijd van takagi in peking op de 1000?', 'nl')).toBe('**Miho Takagi werd 1e (1.13,19).**');
    expect(lead('op welke plaats eindigde kok op de 1000 in milaan?', 'nl')).toBe('**Femke Kok werd 2e (1.12,59).**');
    expect(lead("what was bowe's time in the 2022 olympic 1000?")).toBe('**Brittany Bowe was 3rd (1:14.61).**');
  });

  it('a claim about a rival in a race whose row names no one else is no "no"', () => {
    const text = reply('werd ze tweede achter kok in calgary op de 500?', 'nl');
    expect(text.split('\n')[0]).toMatch(/^Wie er verder in die race eindigde, staat niet in de dataset/);
    expect(text).toContain('2e · Wereldbeker 2025/26 · 500 m · 37,01 · Calgary');
    expect(lead('did she beat kok at the 2026 olympics 500?')).toMatch(/^No: Femke Kok finished ahead of her/);
  });
});

describe('teammates at a named team', () => {
  it("is the team's own row, which names who she was there with", () => {
    expect(lead('who were her teammates at team iko?')).toMatch(/^\*\*Team: Team IKO \(June 2018–2019\)/);
    expect(lead('wie waren haar ploeggenoten bij reggeborgh?', 'nl')).toMatch(/^\*\*Ploeg: Team Reggeborgh/);
    // Teammates in a team sprint are the race's.
    expect(lead('met wie reed ze de teamsprint in 2020?', 'nl')).toBe('**Met Letitia de Jong en Femke Kok.**');
  });
});
