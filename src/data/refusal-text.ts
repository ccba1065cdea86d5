/** What a moderator is told when a change was not made, in their language, with the rows named by id. */
import { t } from '../i18n/messages.ts';
import type { Lang } from '../i18n/locale.ts';
import type { EditResult } from './editor.ts';
import { plainDataErrors } from './error-text.ts';

type Refused = Extract<EditResult, { ok: false }>;

/** `commands` are the local names of the commands a refusal may suggest (`/data restore`). */
export function refusalText(result: Refused, lang: Lang, commands: { restore: string }): string {
  const text = t(lang).moderation;
  if (result.reason === 'invalid')
    return `${text.refusedInvalid}\n${plainDataErrors(result.errors, result.json, lang)}`;
  return text.refusal[result.reason]({ ...result.params, restore: commands.restore });
}
