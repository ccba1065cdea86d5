/** `/help`: every registered command with its options and description, in the member's language. */
import { defineCommand } from '../src/core/command-options.ts';
import { localized } from '../src/core/command-text.ts';
import { COLOURS, message } from '../src/core/reply.ts';
import type { CommandDefinition, CommandModule } from '../src/core/types.ts';
import { formatDate } from '../src/i18n/format.ts';
import { langOf } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';

const definition = defineCommand(localized('help'));

/** Help lists whatever is registered, so it cannot drift from the real command set. */
export function createHelp(list: () => readonly CommandDefinition[]): CommandModule<typeof definition> {
  return {
    cacheable: true,
    definition,
    run(req, ctx) {
      const lang = langOf(req.locale);
      const messages = t(lang);
      const lines = list().map((definition) => {
        const name = lang === 'nl' ? (definition.name_localizations?.nl ?? definition.name) : definition.name;
        const description =
          lang === 'nl' ? (definition.description_localizations?.nl ?? definition.description) : definition.description;
        const options = (definition.options ?? []).map((option) =>
          lang === 'nl' ? (option.name_localizations?.nl ?? option.name) : option.name,
        );
        return `**/${name}**${options.length ? ` \`${options.join('` `')}\`` : ''} — ${description}`;
      });
      return message([
        {
          title: messages.helpTitle,
          color: COLOURS.brand,
          description: `${messages.helpIntro}\n\n__${messages.helpCommands}__\n${lines.join('\n')}`,
          footer: { text: messages.dataAsOf(formatDate(ctx.data.dataset.meta.coverageUntil, lang)) },
        },
      ]);
    },
  };
}
