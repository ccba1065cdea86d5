/** /ask on a dataset as a fan reads it: the whole reply, or its first line (the direct sentence). */
import type { DataView } from '../../src/data/view.ts';
import type { Lang } from '../../src/i18n/locale.ts';
import { ask, askIndexOf } from '../../src/search/ask.ts';
import { composeAnswer } from '../../src/search/compose.ts';

export function askReplies(view: DataView) {
  const index = askIndexOf(view);
  const reply = (question: string, lang: Lang = 'en') => composeAnswer(ask(index, question), lang);
  const lead = (question: string, lang: Lang = 'en') => reply(question, lang).split('\n')[0]!;
  return { index, reply, lead };
}
