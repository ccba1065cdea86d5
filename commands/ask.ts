import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { withConflictButton } from '../src/core/conflict-button.ts';
import { COLOURS, message } from '../src/core/reply.ts';
import { truncate } from '../src/core/limits.ts';
import type { CommandModule } from '../src/core/types.ts';
import { ask, askIndexOf } from '../src/search/ask.ts';
import { composeAnswer, rowsShown } from '../src/search/compose.ts';
import { formatDate } from '../src/i18n/format.ts';
import { langOf } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';

export const askCommand: CommandModule = {
  cacheable: true,
  definition: {
    name: 'ask',
    name_localizations: { nl: 'vraag' },
    description: 'Ask a question about Jutta Leerdam; answered from the dataset, with sources',
    description_localizations: { nl: 'Stel een vraag over Jutta Leerdam; antwoord uit de dataset, met bronnen' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        name_localizations: { nl: 'vraag' },
        description: 'For example: When did she win Olympic gold?',
        description_localizations: { nl: 'Bijvoorbeeld: Waar is ze geboren?' },
        required: true,
        max_length: 300,
      },
    ],
  },
  run(req, ctx) {
    const lang = langOf(req.locale);
    const question = String(req.options.question ?? '');
    const answer = ask(askIndexOf(ctx.data), question);
    const title = truncate(`❓ ${question.replace(/\s+/g, ' ')}`, 256);
    const footer = { text: t(lang).dataAsOf(formatDate(ctx.data.dataset.meta.coverageUntil, lang)) };
    const color = answer.kind === 'false-premise' ? COLOURS.error : COLOURS.info;
    // A conflict whose rejected version the reply only counts gets the button that shows it.
    const components = withConflictButton([], rowsShown(answer), ctx.data.dataset, lang);
    return message([{ title, color, description: truncate(composeAnswer(answer, lang), 4096), footer }], {
      ...(components.length ? { components } : {}),
    });
  },
};
