/**
 * `/about`: her background one topic at a time (the profile, early life, career, teams and coaches,
 * social media) and the questions the sources leave open, paged, with a menu to change topic.
 */
import { ApplicationCommandOptionType, ComponentType, type APIEmbedField } from 'discord-api-types/v10';
import { clampPage, packEntries, pagerRow, type Entry } from '../src/core/paging.ts';
import { withReportButton } from '../src/core/report-button.ts';
import { withConflictButton } from '../src/core/conflict-button.ts';
import { affiliationText, socialText } from '../src/core/row-text.ts';
import { COLOURS, message, userError } from '../src/core/reply.ts';
import { conflictText, inlineSources } from '../src/core/sources.ts';
import { defineCommand } from '../src/core/command-options.ts';
import { localized } from '../src/core/command-text.ts';
import type { CommandModule, HandlerContext, Reply } from '../src/core/types.ts';
import { AboutTopic, type Affiliation, type Dataset } from '../src/data/schema.ts';
import { newestFirst } from '../src/data/dates.ts';
import { profileFactIds } from '../src/data/conflicts.ts';
import { formatDate, formatResult } from '../src/i18n/format.ts';
import { langOf, type Lang } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';

/** The background topics, and the questions the sources leave open (not a topic a fact can have). */
const VIEWS = [...AboutTopic.options, 'open-questions'] as const;
type Topic = (typeof VIEWS)[number];
const isTopic = (value: unknown): value is Topic => VIEWS.includes(value as Topic);
type Sourced = { sources: string[]; conflict?: Parameters<typeof conflictText>[0] };
type Row = Sourced & { id: string };

function factLine(text: string, row: Row, lang: Lang): Entry {
  return { text: `• ${text} · ${inlineSources(row.sources, lang)}${conflictText(row.conflict, lang)}`, rows: [row.id] };
}

const heading = (text: string): Entry => ({ text: `__${text}__` });

function profileFields(d: Dataset, lang: Lang): APIEmbedField[] {
  const text = t(lang);
  const p = d.profile;
  const field = (name: string, value: string, row: Sourced): APIEmbedField => ({
    name,
    value: `${value}\n${inlineSources(row.sources, lang)}${conflictText(row.conflict, lang, '')}`,
    inline: true,
  });
  const fields = [
    field(text.born, formatDate(p.born.date, lang), p.born),
    field(text.birthplace, p.birthplace.value[lang], p.birthplace),
    field(text.nationality, p.nationality.value[lang], p.nationality),
    field(text.discipline, p.discipline.value[lang], p.discipline),
  ];
  if (p.height) fields.push(field(text.height, p.height.value[lang], p.height));
  return fields;
}

function affiliationLine(affiliation: Affiliation, lang: Lang): Entry {
  return factLine(affiliationText(affiliation, lang, { bold: true }), affiliation, lang);
}

function topicLines(ctx: HandlerContext, topic: Topic, lang: Lang): Entry[] {
  const messages = t(lang);
  const d = ctx.data.dataset;
  if (topic === 'open-questions')
    return [
      { text: `*${messages.openQuestionsIntro}*` },
      ...d.openQuestions.map((q) => ({
        text: `• ${q.question[lang]}${q.detail ? ` — ${q.detail[lang]}` : ''}${q.sources.length ? ` · ${inlineSources(q.sources, lang)}` : ''}`,
        rows: [q.id],
      })),
    ];
  const facts = d.background
    .filter((b) => b.topic === topic)
    .map((b) =>
      factLine(b.asOf ? `${b.text[lang]} (${messages.asOf(formatDate(b.asOf, lang))})` : b.text[lang], b, lang),
    );
  if (topic === 'teams-and-coaches') {
    // "Current" is worked out from the periods and the data's date, so it can never go stale unnoticed.
    const { current, past } = ctx.data.affiliations;
    return [
      heading(messages.now(formatDate(d.meta.coverageUntil, lang))),
      ...current.map((a) => affiliationLine(a, lang)),
      heading(messages.history),
      ...past.map((a) => affiliationLine(a, lang)),
      ...(facts.length ? [heading(messages.moreOnTopic), ...facts] : []),
    ];
  }
  if (topic === 'early-life') {
    const family = d.profile.family.map((f) =>
      factLine(`${messages.relation[f.relation]}: **${f.name}** — ${f.detail[lang]}`, f, lang),
    );
    const sport = d.profile.earlySport.map((e) =>
      factLine(
        `**${e.sport[lang]}**${e.club ? `, ${e.club}` : ''}${e.place ? ` (${e.place[lang]})` : ''}${e.years ? `, ${messages.years(e.years)}` : ''} — ${e.detail[lang]}`,
        e,
        lang,
      ),
    );
    return [
      ...(family.length ? [heading(messages.family), ...family] : []),
      ...(sport.length ? [heading(messages.earlySport), ...sport] : []),
      ...(facts.length && (family.length || sport.length) ? [heading(messages.moreOnTopic)] : []),
      ...facts,
    ];
  }
  if (topic === 'career' && d.dutchTitles.length) {
    const titles = [...d.dutchTitles]
      .sort((a, b) => newestFirst(a.date, b.date))
      .map((n) =>
        factLine(
          [
            `**${messages.dutchChampionship[n.championship]} ${n.season}**`,
            messages.event[n.event],
            n.result && formatResult(n.result, lang),
            n.venue[lang],
          ]
            .filter(Boolean)
            .join(' · '),
          n,
          lang,
        ),
      );
    return [...facts, heading(messages.dutchTitles), ...titles];
  }
  if (topic === 'social-media') {
    for (const s of [...d.profile.social].sort((a, b) => newestFirst(a.asOf, b.asOf))) {
      facts.push(factLine(socialText(s, lang), s, lang));
    }
  }
  return facts;
}

function renderAbout(topic: Topic, page: number, lang: Lang, ctx: HandlerContext, kind: Reply['kind']): Reply {
  const messages = t(lang);
  const d = ctx.data.dataset;
  const lines = topicLines(ctx, topic, lang);
  const fields = topic === 'overview' ? profileFields(d, lang) : [];
  if (lines.length === 0 && fields.length === 0) return userError(lang, messages.aboutNone);
  // Whole lines per page, with buttons: a long topic is paged, never cut off.
  const pages = packEntries(lines);
  const current = clampPage(page, pages.length);
  const shown = pages[current - 1]!;
  const select = {
    type: ComponentType.ActionRow as const,
    components: [
      {
        type: ComponentType.StringSelect as const,
        custom_id: 'about:t',
        placeholder: messages.aboutOtherTopics,
        options: VIEWS.map((value) => ({ label: messages.aboutTopic[value], value, default: value === topic })),
      },
    ],
  };
  return message(
    [
      {
        title: messages.aboutTitle(messages.aboutTopic[topic]),
        color: COLOURS.info,
        description: shown.lines.join('\n') || undefined,
        fields: current === 1 ? fields : [],
        footer: {
          text: `${pages.length > 1 ? `${messages.page(current, pages.length)} · ` : ''}${messages.dataAsOf(formatDate(d.meta.coverageUntil, lang))}`,
        },
      },
    ],
    {
      components: withReportButton(
        withConflictButton(
          [select, ...pagerRow('about', current, pages.length, topic, lang)],
          current === 1 && topic === 'overview' ? [...profileFactIds, ...shown.rows] : shown.rows,
          d,
          lang,
        ),
        { view: `about:p:${current}:${topic}` },
        lang,
      ),
      kind,
      rows: shown.rows,
    },
  );
}

const definition = defineCommand({
  ...localized('about'),
  options: [
    {
      type: ApplicationCommandOptionType.String,
      ...localized('about', 'topic'),
      choices: VIEWS.map((value) => ({
        name: t('en').aboutTopic[value],
        name_localizations: { nl: t('nl').aboutTopic[value] },
        value,
      })),
    },
  ],
});

export const about: CommandModule<typeof definition> = {
  cacheable: true,
  definition,
  run(req, ctx) {
    const topic = req.options.topic ?? 'overview';
    const lang = langOf(req.locale);
    if (!isTopic(topic)) return userError(lang, t(lang).badOptionChoice('topic', VIEWS.join(', ')));
    return renderAbout(topic, 1, lang, ctx, 'message');
  },
  component(state, req, ctx, values) {
    const lang = langOf(req.locale);
    // The topic menu (`about:t`, the topic as the chosen value) or a page button (`about:p:<page>:<topic>`).
    const [action, page, pagedTopic] = state;
    const topic = action === 'p' ? pagedTopic : values?.[0];
    if (!isTopic(topic) || (action !== 'p' && action !== 't')) return userError(lang, t(lang).expiredButton);
    return renderAbout(topic, action === 'p' ? Number(page) : 1, lang, ctx, 'update');
  },
};
