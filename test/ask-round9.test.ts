import { describe, expect, it } from 'vitest';
import { ask, askIndexOf } from '../src/search/ask.ts';
import { composeAnswer } from '../src/search/compose.ts';
import { loadView, REAL_DATA } from './helpers.ts';

const index = askIndexOf(loadView(REAL_DATA));
const reply = (question: string, lang: 'en' | 'nl' = 'en') => composeAnswer(ask(index, question), lang);
/** The line a fan reads first: the direct sentence. */
const lead = (question: string, lang: 'en' | 'nl' = 'en') => reply(question, lang).split('\n')[0]!;

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
