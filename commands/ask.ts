import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { COLOURS, message } from '../src/core/reply.ts';
import { inlineSources } from '../src/core/sources.ts';
import { truncate } from '../src/core/limits.ts';
import type { CommandModule } from '../src/core/types.ts';
import { ask, type MedalClaim } from '../src/search/ask.ts';
import { formatDate } from '../src/i18n/format.ts';
import { langOf, type Lang } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';

function describeClaim(c: MedalClaim, lang: Lang): string {
  const m = t(lang);
  const parts = [
    c.medal ? m.medal[c.medal].toLowerCase() : lang === 'nl' ? 'medaille' : 'medal',
    c.competitions
      ? (lang === 'nl' ? 'op de ' : 'at the ') +
        c.competitions.map((x) => m.competition[x]).join(lang === 'nl' ? ' of ' : ' or ')
      : '',
    c.event ? (lang === 'nl' ? `op de ${m.event[c.event]}` : `in the ${m.event[c.event]}`) : '',
    c.place ? `in ${c.place[lang]}` : '',
    c.year ? `in ${c.year}` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

const SUGGEST: Record<Lang, string> = {
  en: 'Try `/medals`, `/records`, `/timeline`, `/about` or `/quote`.',
  nl: 'Probeer `/medailles`, `/records`, `/tijdlijn`, `/over` of `/citaat`.',
};

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
    const answer = ask(ctx.data.ask, ctx.data.medalsNewestFirst, question);
    const title = truncate(`❓ ${question.replace(/\s+/g, ' ')}`, 256);
    const footer = { text: t(lang).dataAsOf(formatDate(ctx.data.dataset.meta.coverageUntil, lang)) };
    const line = (d: { answer: Record<Lang, string>; sources: string[]; conflict?: boolean }) =>
      `• ${d.answer[lang]} · ${inlineSources(d.sources)}${d.conflict ? ` · ${t(lang).conflict}` : ''}`;
    if (answer.kind === 'facts') {
      const tally = answer.tally
        ? ` (🥇 ${answer.tally.gold} · 🥈 ${answer.tally.silver} · 🥉 ${answer.tally.bronze})`
        : '';
      const cut = answer.count !== undefined && answer.count > answer.hits.length;
      const which = answer.oldestFirst
        ? lang === 'nl'
          ? 'de oudste'
          : 'the oldest'
        : lang === 'nl'
          ? 'de nieuwste'
          : 'the newest';
      const order =
        answer.oldestFirst && !cut && answer.hits.length > 1
          ? lang === 'nl'
            ? '; de oudste eerst'
            : '; oldest first'
          : '';
      const shown = cut ? `; ${which} ${answer.hits.length}` : order;
      const head =
        answer.count !== undefined
          ? `**${answer.count} ${lang === 'nl' ? 'in de dataset' : 'in the dataset'}**${tally}${shown}:\n`
          : '';
      return message([{ title, color: COLOURS.info, description: head + answer.hits.map(line).join('\n'), footer }]);
    }
    if (answer.kind === 'false-premise') {
      const claim = describeClaim(answer.claim, lang);
      const none =
        lang === 'nl'
          ? `De dataset bevat geen ${claim}: dat heeft ze volgens onze bronnen niet gewonnen.`
          : `The dataset holds no ${claim}: according to its sources she did not win that.`;
      const near = answer.actual.length
        ? `\n\n${lang === 'nl' ? 'Wat de dataset wel heeft:' : 'What the dataset does hold:'}\n${answer.actual.map(line).join('\n')}`
        : '';
      return message([{ title, color: COLOURS.error, description: `${none}${near}\n\n${SUGGEST[lang]}`, footer }]);
    }
    const none =
      lang === 'nl'
        ? 'Daar heeft de dataset geen antwoord op, en ik ga niet gokken.'
        : "The dataset doesn't hold an answer to that, and I won't guess.";
    return message([{ title, color: COLOURS.info, description: `${none}\n${SUGGEST[lang]}`, footer }]);
  },
};
