/** `/timeline`: the dated events of her career and life, all of them or one year's, paged. */
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { clampPage, packEntries, pagerRow } from '../src/core/paging.ts';
import { withReportButton } from '../src/core/report-button.ts';
import { withConflictButton } from '../src/core/conflict-button.ts';
import { COLOURS, message, noResults, userError } from '../src/core/reply.ts';
import { conflictText, inlineSources } from '../src/core/sources.ts';
import { defineCommand } from '../src/core/command-options.ts';
import { localized } from '../src/core/command-text.ts';
import type { CommandModule, HandlerContext, Reply } from '../src/core/types.ts';
import { formatDate } from '../src/i18n/format.ts';
import { langOf, type Lang } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';
import { rankChoices } from '../src/core/autocomplete.ts';

function render(
  year: number | undefined,
  page: number,
  lang: Lang,
  ctx: HandlerContext,
  replyKind: Reply['kind'],
): Reply {
  const messages = t(lang);
  const all = ctx.data.dataset.timeline;
  const rows = year ? all.filter((event) => event.date.startsWith(String(year))) : all;
  if (rows.length === 0)
    return noResults(lang, messages.timelineNone(year ?? 0), messages.timelineYears(ctx.data.timelineYears.join(', ')));
  // Filled by size like every other list: ten long events could pass Discord's limit and be cut.
  const packed = packEntries(
    rows.map((event) => {
      const when = event.dateLabel ? event.dateLabel[lang] : formatDate(event.date, lang);
      return {
        text: `**${when}** — ${event.text[lang]} · ${inlineSources(event.sources, lang)}${conflictText(event.conflict, lang)}`,
        rows: [event.id],
      };
    }),
  );
  const pages = packed.length;
  const current = clampPage(page, pages);
  const shown = packed[current - 1]!;
  const lines = shown.lines;
  return message(
    [
      {
        title: messages.timelineTitle(year),
        color: COLOURS.info,
        description: lines.join('\n'),
        footer: {
          text: `${messages.page(current, pages)} · ${messages.dataAsOf(formatDate(ctx.data.dataset.meta.coverageUntil, lang))}`,
        },
      },
    ],
    {
      components: withReportButton(
        withConflictButton(
          pagerRow('timeline', current, pages, year ? String(year) : '', lang),
          shown.rows,
          ctx.data.dataset,
          lang,
        ),
        { view: `timeline:p:${current}:${year ?? ''}` },
        lang,
      ),
      kind: replyKind,
      rows: shown.rows,
    },
  );
}

const definition = defineCommand({
  ...localized('timeline'),
  options: [
    {
      type: ApplicationCommandOptionType.Integer,
      ...localized('timeline', 'year'),
      autocomplete: true,
      min_value: 1990,
      max_value: 2100,
    },
  ],
});

export const timeline: CommandModule<typeof definition> = {
  cacheable: true,
  definition,
  run(req, ctx) {
    const year = req.options.year;
    return render(year, 1, langOf(req.locale), ctx, 'message');
  },
  autocomplete(focused, _req, ctx) {
    if (focused.name !== 'year') return [];
    return rankChoices(
      focused.value,
      ctx.data.timelineYears.map((y) => ({ value: y, name: String(y) })),
    );
  },
  component(state, req, ctx) {
    const [action, page, year] = state;
    const lang = langOf(req.locale);
    if (action !== 'p') return userError(lang, t(lang).expiredButton);
    return render(year ? Number(year) : undefined, Number(page), lang, ctx, 'update');
  },
};
