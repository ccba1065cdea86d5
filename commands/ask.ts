/**
 * `/ask`: a question in the member's own words, answered from the dataset. The definition and the
 * reply; the work is in src/search/.
 */
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { defineCommand } from '../src/core/command-options.ts';
import { localized } from '../src/core/command-text.ts';
import { withConflictButton } from '../src/core/conflict-button.ts';
import { COLOURS, message } from '../src/core/reply.ts';
import { truncate } from '../src/core/limits.ts';
import type { CommandModule } from '../src/core/types.ts';
import { askAll, askIndexOf } from '../src/search/ask.ts';
import { composeAll, rowsShown } from '../src/search/compose.ts';
import { formatDate } from '../src/i18n/format.ts';
import { langOf } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';

const definition = defineCommand({
  ...localized('ask'),
  options: [
    {
      type: ApplicationCommandOptionType.String,
      ...localized('ask', 'question'),
      required: true,
      max_length: 300,
    },
  ],
});

export const askCommand: CommandModule<typeof definition> = {
  cacheable: true,
  definition,
  run(req, ctx) {
    const lang = langOf(req.locale);
    const question = req.options.question ?? '';
    const answers = askAll(askIndexOf(ctx.data), question);
    const title = truncate(`❓ ${question.replace(/\s+/g, ' ')}`, 256);
    const footer = { text: t(lang).dataAsOf(formatDate(ctx.data.dataset.meta.coverageUntil, lang)) };
    const color = answers.every((a) => a.kind === 'false-premise') ? COLOURS.error : COLOURS.info;
    // A conflict whose rejected version the reply only counts gets the button that shows it.
    const components = withConflictButton([], [...new Set(answers.flatMap(rowsShown))], ctx.data.dataset, lang);
    return message([{ title, color, description: truncate(composeAll(answers, lang), 4096), footer }], {
      ...(components.length ? { components } : {}),
    });
  },
};
