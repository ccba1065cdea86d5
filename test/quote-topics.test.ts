import { describe, expect, it } from 'vitest';
import { topicLabel, unlabelledTopics, unnamedTopicsOfChange } from '../src/data/quote-topics.ts';
import { resolveTopic } from '../src/core/resolve.ts';

const names = {
  'world-cup': { en: 'World Cup', nl: 'wereldbeker' },
  olympics: { en: 'Olympics', nl: 'Olympische Spelen' },
};
const dataset = {
  quoteTopics: names,
  quotes: [{ topics: ['world-cup', 'joy'] }, { topics: ['olympics', 'joy', 'pressure'] }],
} as never;

describe('quote topic names', () => {
  it('resolves a topic by slug or by either name, ignoring case, spaces and dashes', () => {
    const known = ['olympics', 'world-cup', 'joy'];
    expect(resolveTopic('wereldbeker', known, names)).toBe('world-cup');
    expect(resolveTopic('Olympische spelen', known, names)).toBe('olympics');
    expect(resolveTopic('worldcup', known, names)).toBe('world-cup');
    expect(resolveTopic('joy', known, names)).toBe('joy');
    expect(resolveTopic('  ', known, names)).toBeUndefined();
    expect(resolveTopic('breien', known, names)).toBeUndefined();
  });

  it('labels a topic in the language asked, and an unnamed one by its slug', () => {
    expect(topicLabel(dataset, 'world-cup', 'nl')).toBe('wereldbeker');
    expect(topicLabel(dataset, 'world-cup', 'en')).toBe('World Cup');
    expect(topicLabel(dataset, 'joy', 'nl')).toBe('joy');
  });

  it('lists the unnamed topics once each, in file order', () => {
    expect(unlabelledTopics(dataset)).toEqual(['joy', 'pressure']);
  });

  it('finds the unnamed topics a change brings: an added quote or an edit of its topics, not other rows', () => {
    expect(
      unnamedTopicsOfChange({ op: 'add', section: 'quotes', after: { topics: ['world-cup', 'joy'] } }, dataset),
    ).toEqual(['joy']);
    expect(
      unnamedTopicsOfChange(
        { op: 'edit', section: 'quotes', field: 'topics', after: ['olympics', 'fun', 'fun'] },
        dataset,
      ),
    ).toEqual(['fun']);
    expect(unnamedTopicsOfChange({ op: 'edit', section: 'quotes', field: 'topics.1', after: 'fun' }, dataset)).toEqual([
      'fun',
    ]);
    expect(unnamedTopicsOfChange({ op: 'edit', section: 'quotes', field: 'text', after: 'fun' }, dataset)).toEqual([]);
    expect(unnamedTopicsOfChange({ op: 'add', section: 'timeline', after: { topics: ['fun'] } }, dataset)).toEqual([]);
  });
});
