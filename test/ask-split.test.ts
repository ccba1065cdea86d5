import { describe, expect, it } from 'vitest';
import { loadView, REAL_DATA } from './helpers.ts';
import { askReplies } from './support/ask-replies.ts';
import { splitQuestion } from '../src/search/split.ts';

const { reply } = askReplies(loadView(REAL_DATA));
const place = (w: string) => ['milan', 'olympics', 'beijing', '1000m'].includes(w);

describe('a question of two parts', () => {
  it('splits at "and" or "en" before a question word, and only there', () => {
    expect(splitQuestion('where and when was she born?', place)).toEqual(['where was she born', 'when was she born?']);
    expect(splitQuestion('when did she meet koen and when did they break up', place)).toEqual([
      'when did she meet koen',
      'when did they break up',
    ]);
    expect(splitQuestion('who won silver and bronze in the 1000 m in milan', place)).toHaveLength(1);
    expect(splitQuestion('did she win gold and set an olympic record in milan', place)).toHaveLength(1);
  });

  it('a part that is only a question word borrows the other part', () => {
    expect(splitQuestion('welke sport deed ze voordat ze ging schaatsen en hoe lang?', place)).toEqual([
      'welke sport deed ze voordat ze ging schaatsen',
      'hoe lang sport deed ze voordat ze ging schaatsen',
    ]);
  });

  it('a part that points back ("it", "there") borrows what the first part is about', () => {
    expect(splitQuestion('what is her 500m pb and when did she set it', place)[1]).toMatch(
      /^when did she set it .*500m pb$/,
    );
    expect(
      splitQuestion('who won the 1000 m at the olympics in beijing, and what was her time there?', place)[1],
    ).toContain('beijing');
  });

  it('each part is answered, both leads in the reply', () => {
    const born = reply('where and when was she born?');
    expect(born).toContain("'s-Gravenzande");
    expect(born).toContain('30 Dec 1998');
    const beijing = reply('who won the 1000 m at the 2022 olympics, and what was her time there?');
    expect(beijing).toMatch(/^\*\*Miho Takagi was 1st \(1:13\.19\)\.\*\*/);
    expect(beijing).toContain('1:13.83');
    const koen = reply('when did she meet koen and when did they break up');
    expect(koen).toContain('2017: Meets Koen Verweij');
    expect(koen).toContain('1 Aug 2022: Breakup');
  });

  it('one row that answers both parts is said once', () => {
    const engaged = reply('wanneer en waar verloofde ze zich', 'nl');
    expect(engaged.match(/\*\*Zij en Jake Paul verloofden zich/g)).toHaveLength(1);
  });
});
