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
      const m = t(lang);
      const lines = list().map((d) => {
        const name = lang === 'nl' ? (d.name_localizations?.nl ?? d.name) : d.name;
        const description = lang === 'nl' ? (d.description_localizations?.nl ?? d.description) : d.description;
        const options = (d.options ?? []).map((o) => (lang === 'nl' ? (o.name_localizations?.nl ?? o.name) : o.name));
        return `**/${name}**${options.length ? ` \`${options.join('` `')}\`` : ''} — ${description}`;
      });
      return message([
        {
          title: m.helpTitle,
          color: COLOURS.brand,
          description: `${m.helpIntro}\n\n__${m.helpCommands}__\n${lines.join('\n')}`,
          footer: { text: m.dataAsOf(formatDate(ctx.data.dataset.meta.coverageUntil, lang)) },
        },
      ]);
    },
  };
}
