/** /ask on a dataset as a fan reads it: the whole reply, or its first line (the direct sentence). */
import type { DataView } from '../../src/data/view.ts';
import type { Lang } from '../../src/i18n/locale.ts';
import { askAll, askIndexOf } from '../../src/search/ask.ts';
import { composeAll } from '../../src/search/compose.ts';

export function askReplies(view: DataView) {
  const index = askIndexOf(view);
  const reply = (question: string, lang: Lang = 'en') => composeAll(askAll(index, question), lang);
  const lead = (question: string, lang: Lang = 'en') => reply(question, lang).split('\n')[0]!;
  return { index, reply, lead };
}
