/**
 * `/records`: her current personal best per distance and her records, or one distance's
 * personal-best progression step by step.
 */
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { rankChoices } from '../src/core/autocomplete.ts';
import { clampPage, packEntries, pagerRow, type Entry } from '../src/core/paging.ts';
import { withReportButton } from '../src/core/report-button.ts';
import { withConflictButton } from '../src/core/conflict-button.ts';
import { COLOURS, message, userError } from '../src/core/reply.ts';
import { resolveEvent } from '../src/core/resolve.ts';
import { personalBestText, recordText } from '../src/core/row-text.ts';
import { conflictText, inlineSources } from '../src/core/sources.ts';
import { defineCommand } from '../src/core/command-options.ts';
import { localized } from '../src/core/command-text.ts';
import type { CommandModule, HandlerContext, Reply } from '../src/core/types.ts';
import { newestFirst } from '../src/data/dates.ts';
import type { PbStep, Progression } from '../src/data/personal-bests.ts';
import type { Event } from '../src/data/schema.ts';
import { formatDate } from '../src/i18n/format.ts';
import { langOf, type Lang } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';

const eventName = (event: Event, lang: Lang) => t(lang).event[event];

function stepEntry(step: PbStep, progression: Progression, lang: Lang, index: number): Entry {
  const messages = t(lang);
  const marks = [
    messages.pbClaim[step.pbClaim],
    step === progression.current ? `**${messages.currentBest}**` : '',
  ].filter(Boolean);
  const head = [`${index + 1}. ${personalBestText(step, lang, { bold: true })}`, inlineSources(step.sources, lang)];
  const lines = [head.join(' · ') + (marks.length ? ` — ${marks.join(' · ')}` : '')];
  if (step.note) lines.push(`  ↳ ${step.note[lang]}`);
  return { text: lines.join('\n') + conflictText(step.conflict, lang), rows: [step.id] };
}

const command = (event: string, lang: Lang) =>
  lang === 'nl' ? `/records afstand:${event}` : `/records distance:${event}`;

/** Her current best per distance (the last step of each progression), then every record. */
function overviewEntries(ctx: HandlerContext, lang: Lang): Entry[] {
  const messages = t(lang);
  const d = ctx.data.dataset;
  const bests = [...ctx.data.personalBests.values()].map(({ current: pb, steps, event }) => {
    const head = [`**${eventName(event, lang)}**`, personalBestText(pb, lang), inlineSources(pb.sources, lang)];
    return {
      text: `${head.join(' · ')}\n  ↳ ${messages.recordsStepsHint(steps.length, command(event, lang))}${conflictText(pb.conflict, lang)}`,
      rows: [pb.id],
    };
  });
  const records = [...d.records]
    .sort((a, b) => (a.status === b.status ? newestFirst(a.date, b.date) : a.status === 'current' ? -1 : 1))
    .map((r) => ({
      text: `${recordText(r, lang, { bold: true })}\n  ${r.description[lang]} · ${inlineSources(r.sources, lang)}${conflictText(r.conflict, lang)}`,
      rows: [r.id],
    }));
  return [{ text: `__${messages.personalBests}__` }, ...bests, { text: `\n__${messages.records}__` }, ...records];
}

function render(
  distance: Event | undefined,
  page: number,
  lang: Lang,
  ctx: HandlerContext,
  kind: Reply['kind'],
): Reply {
  const messages = t(lang);
  const progression = distance ? ctx.data.personalBests.get(distance) : undefined;
  const entries = progression
    ? progression.steps.map((step, i) => stepEntry(step, progression, lang, i))
    : overviewEntries(ctx, lang);
  const pages = packEntries(entries);
  const current = clampPage(page, pages.length);
  const shown = pages[current - 1]!;
  const intro = progression ? `${messages.progressionOfBestIntro(progression.steps.length)}\n\n` : '';
  return message(
    [
      {
        title: progression ? messages.progressionOfBest(eventName(progression.event, lang)) : messages.recordsTitle,
        color: COLOURS.brand,
        description: `${current === 1 ? intro : ''}${shown.lines.join('\n')}`,
        footer: {
          text: `${pages.length > 1 ? `${messages.page(current, pages.length)} · ` : ''}${messages.dataAsOf(formatDate(ctx.data.dataset.meta.coverageUntil, lang))}`,
        },
      },
    ],
    {
      components: withReportButton(
        withConflictButton(
          pagerRow('records', current, pages.length, distance ?? '', lang),
          shown.rows,
          ctx.data.dataset,
          lang,
        ),
        { view: `records:p:${current}:${distance ?? ''}` },
        lang,
      ),
      kind,
      rows: shown.rows,
    },
  );
}

const definition = defineCommand({
  ...localized('records'),
  options: [
    {
      type: ApplicationCommandOptionType.String,
      ...localized('records', 'distance'),
      autocomplete: true,
      max_length: 40,
    },
  ],
});

export const records: CommandModule<typeof definition> = {
  cacheable: true,
  definition,
  run(req, ctx) {
    const lang = langOf(req.locale);
    const text = t(lang);
    const raw = req.options.distance;
    if (typeof raw !== 'string') return render(undefined, 1, lang, ctx, 'message');
    const known = [...ctx.data.personalBests.keys()];
    const distance = resolveEvent(raw, known);
    if (!distance)
      return userError(
        lang,
        text.noBestsFor(raw.slice(0, 40)),
        text.bestsKnownFor(known.map((e) => eventName(e, lang)).join(', ')),
      );
    return render(distance, 1, lang, ctx, 'message');
  },
  autocomplete(focused, req, ctx) {
    if (focused.name !== 'distance') return [];
    const lang = langOf(req.locale);
    return rankChoices(
      focused.value,
      [...ctx.data.personalBests.keys()].map((e) => ({
        value: e,
        name: eventName(e, lang),
        keywords: `${e.replace(/m$/, '')} ${eventName(e, lang === 'en' ? 'nl' : 'en')}`,
      })),
    );
  },
  component(state, req, ctx) {
    const [action, page, distance] = state;
    const lang = langOf(req.locale);
    if (action !== 'p') return userError(lang, t(lang).expiredButton);
    const event = distance ? [...ctx.data.personalBests.keys()].find((known) => known === distance) : undefined;
    if (distance && !event) return userError(lang, t(lang).expiredButton);
    return render(event, Number(page), lang, ctx, 'update');
  },
};
