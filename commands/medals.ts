/**
 * `/medals`: her medals filtered by competition, event, year or colour, with the tally, paged, and
 * on request a chart of the medals over time.
 */
import { ApplicationCommandOptionType, type APIEmbed } from 'discord-api-types/v10';
import { clampPage, packEntries, pagerRow } from '../src/core/paging.ts';
import { withReportButton } from '../src/core/report-button.ts';
import { withConflictButton } from '../src/core/conflict-button.ts';
import { COLOURS, message, noResults, userError } from '../src/core/reply.ts';
import { resolveCompetition, resolveEvent } from '../src/core/resolve.ts';
import { resultEntry } from '../src/core/results-text.ts';
import { defineCommand } from '../src/core/command-options.ts';
import { localized } from '../src/core/command-text.ts';
import type { CommandModule, HandlerContext, Reply } from '../src/core/types.ts';
import type { Medal } from '../src/data/medals.ts';
import { Competition, Event, MedalColour } from '../src/data/schema.ts';
import { tallyOf, type DataView } from '../src/data/view.ts';
import { formatDate } from '../src/i18n/format.ts';
import { langOf, type Lang } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';
import { rankChoices } from '../src/core/autocomplete.ts';
import { competitionOrEventChoices, resolvedCacheOptions, type KnownFilters } from '../src/core/competition-event.ts';
import { renderMedalTimelineChart } from '../src/charts/render.ts';

export interface MedalFilters {
  competition?: Competition | undefined;
  event?: Event | undefined;
  year?: number | undefined;
  medal?: MedalColour | undefined;
}

export function filterMedals(medals: readonly Medal[], f: MedalFilters): Medal[] {
  return medals.filter(
    (medal) =>
      (!f.competition || medal.competition === f.competition) &&
      (!f.event || medal.event === f.event) &&
      (!f.year || medal.year === f.year) &&
      (!f.medal || medal.medal === f.medal),
  );
}

/** Compact button state: only the filters in use, in a fixed order. */
function encodeFilters(f: MedalFilters): string {
  return [f.competition ?? '', f.event ?? '', f.year ?? '', f.medal ?? ''].join(',');
}

/** Button state comes back from the client: anything that is not a known value is dropped. */
function decodeFilters(state: string): MedalFilters {
  const [competition, event, year, medal] = state.split(',');
  return {
    competition: Competition.safeParse(competition).data,
    event: Event.safeParse(event).data,
    year: year ? Number(year) : undefined,
    medal: MedalColour.safeParse(medal).data,
  };
}

function renderPage(
  rows: readonly Medal[],
  f: MedalFilters,
  page: number,
  lang: Lang,
  ctx: HandlerContext,
  replyKind: Reply['kind'],
  chart: boolean,
): Reply {
  const messages = t(lang);
  if (rows.length === 0) return noResults(lang, messages.medalsNone, messages.medalsNoneHint);
  // The podium beside each medal makes entries long: pages are filled by size, never cut off.
  const pageEntries = packEntries(
    rows.map((medal) => ({ text: resultEntry(medal, lang, { showPlace: false }), rows: [medal.id] })),
  );
  const pages = pageEntries.length;
  const current = clampPage(page, pages);
  const tally = tallyOf(rows);
  const filterText = [
    f.competition ? messages.competition[f.competition] : undefined,
    f.event ? messages.event[f.event] : undefined,
    f.year ? String(f.year) : undefined,
    f.medal ? messages.medal[f.medal] : undefined,
  ].filter(Boolean);
  const shown = pageEntries[current - 1]!;
  const lines = shown.lines;
  const embed: APIEmbed = {
    title: messages.medalsTitle,
    color: COLOURS.gold,
    description: [
      `**${messages.medalsTally(tally.gold, tally.silver, tally.bronze, tally.total)}**`,
      filterText.length ? `*${messages.medalsFiltered(filterText.join(' · '))}*` : undefined,
      '',
      ...lines,
    ]
      .filter((l) => l !== undefined)
      .join('\n'),
    footer: {
      text: `${messages.page(current, pages)} · ${messages.dataAsOf(formatDate(ctx.data.dataset.meta.coverageUntil, lang))}`,
    },
  };
  // The chart flag rides in the button state so a page click re-attaches the chart instead of orphaning it.
  const state = `${encodeFilters(f)}${chart ? ':g' : ''}`;
  return message([embed], {
    // The report re-renders the page without the chart: the rows are the same and no chart is drawn.
    components: withReportButton(
      withConflictButton(pagerRow('medals', current, pages, state, lang), shown.rows, ctx.data.dataset, lang),
      { view: `medals:p:${current}:${encodeFilters(f)}` },
      lang,
    ),
    kind: replyKind,
    rows: shown.rows,
  });
}

export const MEDAL_CHART_FILE = 'medals-timeline.png';

/** A page of the filtered medals; with `chart`, every page carries the same chart (one render, then served from the reply cache). */
async function medalsReply(
  f: MedalFilters,
  page: number,
  lang: Lang,
  ctx: HandlerContext,
  replyKind: Reply['kind'],
  chart: boolean,
): Promise<Reply> {
  const rows = filterMedals(ctx.data.medalsNewestFirst, f);
  const reply = renderPage(rows, f, page, lang, ctx, replyKind, chart);
  const [first, ...rest] = reply.data.embeds ?? [];
  if (!chart || reply.data.flags !== undefined || !first) return reply;
  const png = await renderMedalTimelineChart(rows, lang);
  return {
    ...reply,
    data: { ...reply.data, embeds: [{ ...first, image: { url: `attachment://${MEDAL_CHART_FILE}` } }, ...rest] },
    files: [{ name: MEDAL_CHART_FILE, data: png, contentType: 'image/png' }],
  };
}

const known = (values: readonly (string | number)[]) => values.join(', ');

const medalFilters = (data: DataView): KnownFilters => ({
  competitions: data.medalCompetitions,
  events: data.medalEvents,
});

const definition = defineCommand({
  ...localized('medals'),
  options: [
    {
      type: ApplicationCommandOptionType.String,
      ...localized('medals', 'competition'),
      autocomplete: true,
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.String,
      ...localized('medals', 'event'),
      autocomplete: true,
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.Integer,
      ...localized('medals', 'year'),
      autocomplete: true,
      min_value: 2000,
      max_value: 2100,
    },
    {
      type: ApplicationCommandOptionType.String,
      ...localized('medals', 'medal'),
      choices: MedalColour.options.map((value) => ({
        name: t('en').medal[value],
        name_localizations: { nl: t('nl').medal[value] },
        value,
      })),
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      ...localized('medals', 'chart'),
    },
  ],
});

export const medals: CommandModule<typeof definition> = {
  cacheable: true,
  definition,
  async run(req, ctx) {
    const lang = langOf(req.locale);
    const messages = t(lang);
    const options = req.options;
    const f: MedalFilters = {};
    if (typeof options.competition === 'string') {
      f.competition = resolveCompetition(options.competition, ctx.data.medalCompetitions);
      if (!f.competition) {
        const names = ctx.data.medalCompetitions.map((competition) => messages.competition[competition]);
        return userError(
          lang,
          messages.unknownValue(messages.competitionWord, options.competition.slice(0, 100), known(names)),
        );
      }
    }
    if (typeof options.event === 'string') {
      f.event = resolveEvent(options.event, ctx.data.medalEvents);
      if (!f.event) {
        const names = ctx.data.medalEvents.map((event) => messages.event[event]);
        return userError(lang, messages.unknownValue(messages.eventWord, options.event.slice(0, 100), known(names)));
      }
    }
    if (typeof options.year === 'number') f.year = options.year;
    if (options.medal) f.medal = options.medal;
    return medalsReply(f, 1, lang, ctx, 'message', options.chart === true);
  },
  autocomplete(focused, req, ctx) {
    const known = medalFilters(ctx.data);
    const choices = competitionOrEventChoices(focused, known, langOf(req.locale));
    if (choices) return choices;
    if (focused.name === 'year') {
      return rankChoices(
        focused.value,
        ctx.data.medalYears.map((y) => ({ value: y, name: String(y) })),
      );
    }
    return [];
  },
  cacheOptions: (options, data) => resolvedCacheOptions(options, medalFilters(data)),
  drawsChart: (input) => ('options' in input ? input.options.chart === true : input.state[3] === 'g'),
  component(state, req, ctx) {
    const [action, page, filters, flag] = state;
    const lang = langOf(req.locale);
    if (action !== 'p' || filters === undefined) return userError(lang, t(lang).expiredButton);
    return medalsReply(decodeFilters(filters), Number(page), lang, ctx, 'update', flag === 'g');
  },
};
