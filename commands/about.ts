import { ApplicationCommandOptionType, ComponentType, type APIEmbedField } from 'discord-api-types/v10';
import { COLOURS, message, userError } from '../src/core/reply.ts';
import { conflictText, inlineSources } from '../src/core/sources.ts';
import type { CommandModule, HandlerContext, Reply } from '../src/core/types.ts';
import { AboutTopic, type Dataset } from '../src/data/schema.ts';
import { newestFirst } from '../src/data/dates.ts';
import { formatDate, formatNumber } from '../src/i18n/format.ts';
import { langOf, type Lang } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';

type Topic = AboutTopic;
type Sourced = { sources: string[]; conflict?: Parameters<typeof conflictText>[0] };

function factLine(text: string, row: Sourced, lang: Lang): string {
  return `• ${text} · ${inlineSources(row.sources)}${conflictText(row.conflict, lang)}`;
}

function profileFields(d: Dataset, lang: Lang): APIEmbedField[] {
  const m = t(lang);
  const p = d.profile;
  const field = (name: string, value: string, row: Sourced): APIEmbedField => ({
    name,
    value: `${value}\n${inlineSources(row.sources)}${conflictText(row.conflict, lang, '')}`,
    inline: true,
  });
  const fields = [
    field(m.born, formatDate(p.born.date, lang), p.born),
    field(m.birthplace, p.birthplace.value[lang], p.birthplace),
    field(m.nationality, p.nationality.value[lang], p.nationality),
    field(m.discipline, p.discipline.value[lang], p.discipline),
  ];
  if (p.height) fields.push(field(m.height, p.height.value[lang], p.height));
  return fields;
}

function topicLines(d: Dataset, topic: Topic, lang: Lang): string[] {
  const lines = d.background
    .filter((b) => b.topic === topic)
    .map((b) =>
      factLine(b.asOf ? `${b.text[lang]} (${t(lang).asOf(formatDate(b.asOf, lang))})` : b.text[lang], b, lang),
    );
  if (topic === 'teams-and-coaches') {
    for (const a of d.profile.affiliations) {
      const span = [a.from ? formatDate(a.from, lang) : '?', a.to ? formatDate(a.to, lang) : ''].join('–');
      lines.push(factLine(`**${a.name}** (${span})${a.detail ? ` — ${a.detail[lang]}` : ''}`, a, lang));
    }
  }
  if (topic === 'social-media') {
    for (const s of [...d.profile.social].sort((a, b) => newestFirst(a.asOf, b.asOf))) {
      const figure = s.approx ? s.approx[lang] : formatNumber(s.followers, lang);
      lines.push(
        factLine(`${t(lang).platform[s.platform]}: ${figure} (${t(lang).asOf(formatDate(s.asOf, lang))})`, s, lang),
      );
    }
  }
  return lines;
}

/** Lines are packed whole into the description; the rest is dropped rather than cut mid-link. */
function pack(lines: readonly string[], max = 3900): string {
  let out = '';
  for (const line of lines) {
    if (out.length + line.length + 1 > max) break;
    out += (out ? '\n' : '') + line;
  }
  return out;
}

function renderAbout(topic: Topic, lang: Lang, ctx: HandlerContext, kind: Reply['kind']): Reply {
  const m = t(lang);
  const d = ctx.data.dataset;
  const lines = topicLines(d, topic, lang);
  const fields = topic === 'overview' ? profileFields(d, lang) : [];
  if (lines.length === 0 && fields.length === 0) return userError(lang, m.aboutNone);
  const select = {
    type: ComponentType.ActionRow as const,
    components: [
      {
        type: ComponentType.StringSelect as const,
        custom_id: 'about:t',
        placeholder: m.aboutOtherTopics,
        options: AboutTopic.options.map((value) => ({ label: m.aboutTopic[value], value, default: value === topic })),
      },
    ],
  };
  return message(
    [
      {
        title: m.aboutTitle(m.aboutTopic[topic]),
        color: COLOURS.info,
        description: pack(lines) || undefined,
        fields,
        footer: { text: m.dataAsOf(formatDate(d.meta.coverageUntil, lang)) },
      },
    ],
    { components: [select], kind },
  );
}

export const about: CommandModule = {
  cacheable: true,
  definition: {
    name: 'about',
    name_localizations: { nl: 'over' },
    description: "Jutta Leerdam's background: early life, career, teams, personal life, ...",
    description_localizations: { nl: 'Achtergrond van Jutta Leerdam: jeugd, carrière, ploegen, privéleven, ...' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        name_localizations: { nl: 'onderwerp' },
        description: 'Which part of her background',
        description_localizations: { nl: 'Welk deel van haar achtergrond' },
        choices: AboutTopic.options.map((value) => ({
          name: t('en').aboutTopic[value],
          name_localizations: { nl: t('nl').aboutTopic[value] },
          value,
        })),
      },
    ],
  },
  run(req, ctx) {
    const topic = AboutTopic.safeParse(req.options.topic ?? 'overview');
    const lang = langOf(req.locale);
    if (!topic.success) return userError(lang, t(lang).badOptionChoice('topic', AboutTopic.options.join(', ')));
    return renderAbout(topic.data, lang, ctx, 'message');
  },
  component(_state, req, ctx, values) {
    const lang = langOf(req.locale);
    const topic = AboutTopic.safeParse(values?.[0]);
    if (!topic.success) return userError(lang, t(lang).expiredButton);
    return renderAbout(topic.data, lang, ctx, 'update');
  },
};
