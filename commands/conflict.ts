/**
 * The "Sources disagree" button on a reply (no slash command of its own): every version of the
 * conflicts that reply names, shown only to the member who pressed it.
 */
import { localized } from '../src/core/command-text.ts';
import { COLOURS, message, userError } from '../src/core/reply.ts';
import { conflictDetail } from '../src/core/sources.ts';
import type { CommandModule } from '../src/core/types.ts';
import { conflictOf } from '../src/data/conflicts.ts';
import { langOf } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';

/** "Sources disagree": every version of the conflicts a reply names, rejected ones marked, for the member who asked. */
export const conflict: CommandModule = {
  componentsOnly: true,
  cacheable: false,
  definition: localized('conflict'),
  run(req) {
    const lang = langOf(req.locale);
    return userError(lang, t(lang).expiredButton);
  },
  component(state, req, ctx) {
    const lang = langOf(req.locale);
    const [action, ids = ''] = state;
    const found = ids
      .split(',')
      .map((id) => ({ id, conflict: conflictOf(ctx.data.dataset, id) }))
      .filter((entry) => entry.conflict !== undefined);
    // The row was edited away since the reply was sent.
    if (action !== 'v' || found.length === 0) return userError(lang, t(lang).expiredButton);
    const messages = t(lang);
    // One embed per conflict: each stays within an embed's limits, and none is cut.
    return message(
      found.slice(0, 10).map((entry, i) => ({
        title: i === 0 ? messages.conflictTitle : undefined,
        description: conflictDetail(entry.conflict!, lang),
        color: COLOURS.info,
        footer: i === found.length - 1 ? { text: messages.conflictKey } : undefined,
      })),
      { ephemeral: true, rows: found.map((entry) => entry.id) },
    );
  },
};
