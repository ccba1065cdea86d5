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
