import { describe, expect, it } from 'vitest';
import { loadView, REAL_DATA } from './helpers.ts';
import { askReplies } from './support/ask-replies.ts';
import { parse } from '../src/search/parse.ts';

const { index, lead } = askReplies(loadView(REAL_DATA));
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
