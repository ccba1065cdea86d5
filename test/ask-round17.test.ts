import { describe, expect, it } from 'vitest';
import { loadView, REAL_DATA } from './helpers.ts';
import { askReplies } from './support/ask-replies.ts';
import { parse } from '../src/search/parse.ts';

const { index, lead, reply } = askReplies(loadView(REAL_DATA));
const query = (question: string) => parse(index.lexicon, question);

describe('chat words that hold no fact', () => {
  it('Dutch chat that drops a final n ("vinde") is the function word, not a typo of a fact', () => {
    const q = query("jutta's pr op de 3000 meter? kan t nergens vinde");
    expect(q.entities).toEqual(['pb']);
    expect(q.leftovers).toEqual([]);
    expect(lead("jutta's pr op de 3000 meter? kan t nergens vinde", 'nl')).toContain('4.05,19');
  });

  it('"een paar keer" counts vaguely: the count is still of the titles asked', () => {
    expect(lead('Jutta is toch een paar keer Europees kampioen sprint geworden, hoe vaak precies?', 'nl')).toMatch(
      /^\*\*3 gouden medailles op de EK sprint/,
    );
  });

  it('"where can I find" asks for the row, it names nothing', () => {
    expect(query('where can i find her instagram').leftovers).toEqual([]);
  });
});

describe('a place claimed far from its verb', () => {
  it('"werd Jutta in Milaan derde op de 1000m" claims third place: a "no", with the gold she won', () => {
    expect(query('Werd Jutta in Milaan derde op de 1000m?').place).toBe(3);
    const no = lead('Werd Jutta in Milaan derde op de 1000m?', 'nl');
    expect(no).toMatch(/^Nee: /);
    expect(lead('Jutta werd in Milaan toch derde op de 1000m, achter Kok en Takagi?', 'nl')).toMatch(/^Nee: /);
  });

  it('the right place is still a "yes"; "her third title" is still the third of the rows', () => {
    expect(lead('werd ze tweede op de 500 in milaan?', 'nl')).toMatch(/^\*\*Ja:\*\* Zilver/);
    expect(query('what was her third world title?').nth).toBe(3);
    expect(query('what was her third world title?').place).toBeUndefined();
  });
});

describe('a sister named and claimed younger or older', () => {
  it('is judged by her own row, not by the other sister\'s row that "younger" finds', () => {
    const no = lead('is merel her little sister?');
    expect(no).toMatch(/^No: \*\*Sister Merel: Her older sister/);
    expect(lead('is beaudine haar jongere zus?', 'nl')).toMatch(/^\*\*Ja:\*\* Zus Beaudine: Haar jongere zus/);
    expect(lead('is beaudine older than jutta?')).toMatch(/^No: \*\*Sister Beaudine/);
  });
});

describe('where her first skating lessons were', () => {
  it('is the row about how she started, in both languages', () => {
    expect(lead('where did she take her first skating lessons')).toContain('De Uithof in The Hague');
    expect(lead('waar heeft ze haar eerste schaatslessen gehad?', 'nl')).toContain('De Uithof in Den Haag');
  });
});

describe('a meeting she was not at is told by the row that says so', () => {
  it('the 2026 Europeans: the "no" is followed by the row saying she did not take part', () => {
    const text = reply('how did jutta do at the 2026 european championships in tomaszow?');
    expect(text).toMatch(/^No: /);
    expect(text.split('\n')[2]).toContain('She did not take part in the 2026 European Championships');
    expect(reply('deed ze mee aan het ek afstanden in januari 2026', 'nl').split('\n')[2]).toContain(
      'Aan het EK van januari 2026 deed ze niet mee',
    );
  });

  it('the 2018 Games: the row that tells she missed them at the trials', () => {
    expect(reply('How many medals did Jutta win at the PyeongChang 2018 Olympics?').split('\n')[2]).toContain(
      'missed PyeongChang 2018',
    );
  });

  it('a meeting she did race at keeps its own rows', () => {
    expect(reply('did she skate the 500m at the 2022 europeans in heerenveen')).not.toContain(
      'did not take part in the 2026',
    );
  });
});

describe('a podium at the Dutch championships that is no title', () => {
  it('is told by the dated row that holds it, not denied because no title row matches', () => {
    expect(lead('Welke medaille haalde Jutta op de 1500 meter bij het NK afstanden in oktober 2021?', 'nl')).toBe(
      '**29 okt 2021: Brons op de 1500 meter op het NK afstanden, in een persoonlijk record van 1.53,64.**',
    );
    expect(lead('did she medal at the dutch championships 1500m in 2023')).toMatch(
      /^\*\*Yes:\*\* 3 Feb 2023: Bronze in the 1500 m/,
    );
  });

  it('a colour is judged by the clause: silver on the 500 m in 2023 is a yes, bronze a no', () => {
    expect(lead('did she win silver in the 500m at the NK in 2023?')).toMatch(/^\*\*Yes:\*\* /);
    expect(lead('did she win bronze in the 500m at the NK in 2023?')).toMatch(/^No: /);
  });

  it('a title claimed where she was third is a "no" that leads to the row of what happened', () => {
    const text = reply('what time did she win the dutch 1000m title with in nov 2025');
    expect(text).toMatch(/^No: /);
    expect(text.split('\n')[2]).toContain('3rd (bronze) in 1:14.20, behind Kok and Fledderus');
  });

  it('international championships keep their own tables: a medal she did not win there is a "no"', () => {
    expect(lead('Is it true Jutta got bronze in the 500m at the Beijing 2022 Olympics?')).toMatch(/^No: /);
  });
});

describe('skaters she added to her team', () => {
  it('"add to her team" finds the team row that tells who joined it', () => {
    expect(lead('who did jutta add to her own team for the olympic season')).toContain('Kai Verbij');
    expect(lead('wie voegde jutta toe aan haar ploeg voor het olympische seizoen?', 'nl')).toContain('Kai Verbij');
    expect(lead('who did she add to team kafra in 2025')).toContain('Ted Dalrymple');
  });
});

describe('what she wrote, quoted in a fact row', () => {
  it('is found when no quote row holds it', () => {
    expect(lead('Wat schreef Jutta als tiener op als haar grote doel?', 'nl')).toContain('"olympisch kampioen"');
    expect(lead('what did she write down as her goal as a teenager')).toContain('"olympisch kampioen"');
  });

  it('a quote row that holds it still comes first', () => {
    expect(reply('wat schreef jutta toen ze in februari 2026 haar seizoen afsloot', 'nl')).toContain(
      'Ik beëindig het seizoen op een hoogtepunt',
    );
  });
});

describe('"left one team for another" in a year', () => {
  it('is judged by when she joined the other: a "no" with when she did', () => {
    expect(lead('Why did Jutta leave Jumbo-Visma for Team IKO in 2024?')).toBe(
      'No: she joined Team IKO in June 2018, not then. In 2024 she was with Team Jumbo-Visma, Team Novus (part-time), KaFra Housing / Team Kafra.',
    );
  });

  it('leaving the one team in the year she did stays an answer about why', () => {
    expect(lead('Why did she leave Jumbo-Visma in 2024?')).not.toMatch(/^No/);
  });
});

describe('a race claimed off the podium', () => {
  it('where she won a medal is a "no" with the medal, not who stood beside her', () => {
    expect(lead('waarom viel jutta naast het podium bij het ek sprint 2021 in thialf?', 'nl')).toBe(
      'Nee: **Goud · EK sprint 2021 · Sprintvierkamp · Heerenveen, Nederland (Thialf) · 17 jan 2021**',
    );
  });

  it('where she was off it, the race bears it out', () => {
    expect(lead('did she finish off the podium in the 500m in beijing?')).toMatch(
      /^\*\*Yes:\*\* 5th · Olympic Games 2022/,
    );
    expect(lead('why did she miss the podium in the 500m at the 2022 olympics?')).toMatch(
      /^\*\*5th · Olympic Games 2022/,
    );
  });

  it('"who shared the podium with her" still names them', () => {
    expect(lead('who shared the podium with her in the 1000m in milan')).toBe(
      '**With Femke Kok (2nd, 1:12.59) and Miho Takagi (3rd, 1:13.95).**',
    );
  });
});

describe('an illness asked in plain words', () => {
  it('"ziek", "sick" find the row that names the illness', () => {
    expect(lead('Klopt het dat haar moeder ernstig ziek is geweest?', 'nl')).toContain('slokdarmkanker');
    expect(lead('was her mom sick?')).toContain('oesophageal cancer');
  });
});

describe('counting her places at championships', () => {
  it('"finished second" is a place, not seconds: the count is of the championships, not of the distances inside a sprint', () => {
    expect(query('how many times did she finish second at the worlds').intent).toBe('count');
    expect(lead('how many times did she finish second at the worlds')).toMatch(/^\*\*2 races at the World/);
    // A distance named is a race of its own again.
    expect(lead('was she 2nd in the first 1000m at the 2024 world sprint')).toMatch(/^\*\*Yes:\*\* 2nd · World Sprint/);
  });

  it('a championship beside a place other than first is where she placed, not a title', () => {
    expect(lead('hoe vaak werd ze derde op een kampioenschap', 'nl')).toMatch(
      /^\*\*6 medailles .* \(🥇 0 · 🥈 0 · 🥉 6\)/,
    );
    expect(lead('how many times was she 4th at a championship')).toMatch(/^\*\*2 races at the Olympic Games/);
  });
});

describe('her pair-mate', () => {
  it('leads when the question asks who she skated against, with the pair where the note gives it', () => {
    expect(lead('In welke rit reed Jutta de olympische 1000 meter in Milaan en tegen wie?', 'nl')).toBe(
      '**Haar ritgenote: Miho Takagi (rit 15).**',
    );
    expect(lead('who was her pair-mate at the 2025 worlds 500m')).toBe('**Her pair-mate: Lee Na-hyun (pair 8).**');
    expect(lead('who did she skate against in the 1000 at the 2023 worlds')).toBe('**Her pair-mate: Goetz.**');
  });

  it('is said to be not held where no source names one, above the race', () => {
    const text = reply('Tegen wie reed Jutta in haar rit op de olympische 1000 meter in Beijing 2022?', 'nl');
    expect(text.split('\n')[0]).toBe(
      'Tegen wie ze in haar rit reed, staat niet in de dataset (geen bron noemt haar ritgenote). Wat de dataset wel heeft:',
    );
    expect(text).toContain('1.13,83');
  });
});

describe('how her personal best improved', () => {
  it('"over the years", "door de jaren" lists every step; "improved" asks nothing more of a PB', () => {
    expect(lead('hoe is haar pr op de 1000 meter verbeterd door de jaren', 'nl')).toMatch(
      /^\*\*8 persoonlijke records op de 1000 m/,
    );
    expect(lead('how did her 1000m pb improve over the years')).toMatch(/^\*\*8 personal bests in the 1000 m/);
    expect(lead('When did she last improve her 500m PB?')).toBe(
      '**Personal best 500 m: 37.01 · Calgary, Canada · World Cup 2025/26, 500 m · 23 Nov 2025**',
    );
  });
});

describe('a birthplace of more than one word', () => {
  it('"geboren in Den Haag?" is judged by where she was born, not found in a row that names Den Haag', () => {
    expect(lead('is jutta geboren in den haag', 'nl')).toBe(
      "Nee: **Ze is geboren in 's-Gravenzande (Westland, Zuid-Holland), Nederland.**",
    );
    expect(lead('was she born in salt lake city')).toMatch(/^No: \*\*She was born in 's-Gravenzande/);
  });
});

describe('a relative inside a Dutch compound', () => {
  it('"tweelingzus" is a sister no source calls a twin: a "no" with her sisters', () => {
    const text = reply('heeft ze een tweelingzus', 'nl');
    expect(text).toMatch(/^Nee: geen bron in de dataset noemt „tweelingzus”/);
    expect(text).toContain('Merel');
  });
});

describe('"Dutch" that is not the Dutch championships', () => {
  it('the Dutch flag, a Dutch skater, a Dutch sports gala are no NK: no "no title" answer', () => {
    expect(query('did she carry the dutch flag at the opening ceremony in milan').competitions).toBeUndefined();
    expect(lead('did she carry the dutch flag at the opening ceremony in milan')).not.toMatch(/Dutch title/);
    expect(query('welke nederlandse schaatsster had eind 2022 meer wereldbekerzeges').competitions).not.toContain(
      'nk-sprint',
    );
    // Round 19: the word no row holds is said before the honest "doesn't hold".
    expect(lead('did jutta ever win sportswoman of the year at the dutch sports gala?')).toBe(
      "No source in the dataset mentions “gala”. The dataset doesn't hold an answer to that, and I won't guess.",
    );
  });

  it('Dutch titles, champions and distances still are', () => {
    expect(lead('how many dutch titles does she have')).toMatch(/^\*\*12 Dutch titles/);
    expect(lead('hoe vaak was ze nederlands kampioen', 'nl')).toMatch(/^\*\*12 Nederlandse titels/);
    expect(lead('was she dutch sprint champion in 2019')).toMatch(/^\*\*Yes:\*\* Dutch Sprint Championships 2018\/19/);
  });
});

describe('her words of a win she never had', () => {
  it('are a "no" first, never a quote of another race', () => {
    expect(lead('what did she say when she won the olympic 500m')).toMatch(
      /^No: the dataset holds no win at the Olympic Games in the 500 m/,
    );
    expect(lead('how did she feel after winning olympic 500m gold')).toMatch(/^No: /);
    expect(lead('wat zei ze toen ze goud won op de 500 in milaan', 'nl')).toMatch(/^Nee: /);
  });

  it('the words asked about, said elsewhere, follow the "no"', () => {
    const text = reply('Wat zei Jutta over Jordan Stolz nadat ze olympisch goud won op de teamsprint?', 'nl');
    expect(text).toMatch(/^Nee: /);
    expect(text.split('\n')[2]).toContain('tenzij je Jordan Stolz bent');
  });

  it('a win she had: her words of the days after it', () => {
    expect(lead('what did she say when she won the olympic 1000m')).toContain('After the Olympic 1000 m gold, Milan');
    // A win at a meeting named without a colour is still any race she won there.
    expect(lead('After her Stavanger win in December 2023, when did she next win a World Cup 1000m?')).toMatch(
      /^\*\*World Cup win 2024\/25 · 1000 m · 1:14.27/,
    );
  });
});

describe('the first or latest of a kind claimed for a year', () => {
  it('is the first of them all, then its year: filtered to the year first it would always say yes', () => {
    expect(lead('was her first world cup win in 2019?')).toMatch(/^No: \*\*World Cup win 2019\/20 · 1000 m · 1:13.69/);
    expect(lead('was her first olympic medal in 2022')).toMatch(/^\*\*Yes:\*\* Silver · Olympic Games 2022/);
    expect(lead('won ze haar eerste olympische medaille in 2026', 'nl')).toMatch(
      /^Nee: \*\*Zilver · Olympische Spelen 2022/,
    );
  });
});

describe("a rival's coach or team", () => {
  it('is no row of hers: the dataset does not hold it', () => {
    expect(lead('wie is de trainer van femke kok', 'nl')).toBe(
      'Daar heeft de dataset geen antwoord op, en ik ga niet gokken.',
    );
    expect(lead("who is femke kok's coach")).toBe("The dataset doesn't hold an answer to that, and I won't guess.");
    expect(lead('who coaches femke kok')).toBe("The dataset doesn't hold an answer to that, and I won't guess.");
  });

  it('"did she train with Kok at Reggeborgh" is no "yes" when no team or coach row names Kok', () => {
    expect(lead('did she train with femke kok at team reggeborgh')).not.toMatch(/^\*\*Yes/);
    expect(lead('was takagi coached by poltavets')).not.toMatch(/^\*\*Yes/);
    // Her own coach is still hers.
    expect(lead('who was her coach when she beat kok in milan')).toContain('Kosta Poltavets');
  });
});
