/**
 * `/results`: every race result and World Cup classification, filtered by competition, season or
 * year, event or place, newest first and paged.
 */
import { ApplicationCommandOptionType, type APIEmbed } from 'discord-api-types/v10';
import { rankChoices } from '../src/core/autocomplete.ts';
import { competitionOrEventChoices, resolvedCacheOptions, type KnownFilters } from '../src/core/competition-event.ts';
import { clampPage, packEntries, pagerRow, type Entry } from '../src/core/paging.ts';
import { withReportButton } from '../src/core/report-button.ts';
import { withConflictButton } from '../src/core/conflict-button.ts';
import { COLOURS, message, noResults, userError } from '../src/core/reply.ts';
import { resolveCompetition, resolveEvent } from '../src/core/resolve.ts';
import { resultEntry, standingEntry } from '../src/core/results-text.ts';
import { defineCommand } from '../src/core/command-options.ts';
import { localized } from '../src/core/command-text.ts';
import type { CommandModule, CommandRequest, HandlerContext, Reply } from '../src/core/types.ts';
import { newestFirst } from '../src/data/dates.ts';
import { isMedal, medalsOf } from '../src/data/medals.ts';
import { Event, ResultCompetition, type Result, type WorldCupStanding } from '../src/data/schema.ts';
import { tallyOf } from '../src/data/tally.ts';
import type { DataView } from '../src/data/view.ts';
import { formatDate } from '../src/i18n/format.ts';
import { langOf, type Lang } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';

const PLACE_FILTERS = ['1', '2', '3', 'podium', 'off-podium'] as const;
type PlaceFilter = (typeof PLACE_FILTERS)[number];

interface ResultFilters {
  competition?: ResultCompetition | undefined;
  /** A season ("2022/23") or a calendar year ("2023"). */
  season?: string | undefined;
  event?: Event | undefined;
  place?: PlaceFilter | undefined;
}

/** "2022-23", "22/23", "2022/2023" all mean the season 2022/23; four digits alone are a year. */
function readSeason(input: string, known: readonly string[]): string | undefined {
  const text = input.trim();
  if (/^\d{4}$/.test(text)) return text;
  const match = /^(\d{2}|\d{4})\s*[/\-–]\s*(\d{2}|\d{4})$/.exec(text);
  if (!match) return undefined;
  const start = match[1]!.length === 2 ? `20${match[1]}` : match[1]!;
  const season = `${start}/${match[2]!.slice(-2)}`;
  return known.includes(season) ? season : undefined;
}

const placeMatches = (place: number | undefined, filter: PlaceFilter | undefined): boolean => {
  if (!filter) return true;
  if (place === undefined) return false;
  if (filter === 'podium') return place <= 3;
  if (filter === 'off-podium') return place >= 4;
  return place === Number(filter);
};

const seasonMatches = (row: { season: string; date?: string }, season: string | undefined): boolean => {
  if (!season) return true;
  if (season.includes('/')) return row.season === season;
  // A year: races on a date in it; a classification in the year its season ends.
  return row.date ? row.date.startsWith(season) : `${Number(row.season.slice(0, 4)) + 1}` === season;
};

function filterResults(rows: readonly Result[], f: ResultFilters): Result[] {
  return rows.filter(
    (result) =>
      (!f.competition || result.competition === f.competition) &&
      seasonMatches(result, f.season) &&
      (!f.event || result.event === f.event) &&
      placeMatches(result.place, f.place),
  );
}

function filterStandings(rows: readonly WorldCupStanding[], f: ResultFilters): WorldCupStanding[] {
  if (f.competition && f.competition !== 'world-cup') return [];
  return rows.filter(
    (s) => seasonMatches(s, f.season) && (!f.event || s.event === f.event) && placeMatches(s.place, f.place),
  );
}

/** Season classifications sit at the end of their season, before that season's races (newest first). */
const seasonEnd = (season: string) => `${Number(season.slice(0, 4)) + 1}-06-30`;

function entriesOf(results: readonly Result[], standings: readonly WorldCupStanding[], lang: Lang): Entry[] {
  const dated = [
    ...results.map((result) => ({
      date: result.date,
      id: result.id,
      text: () => resultEntry(result, lang, { showPlace: true }),
    })),
    ...standings.map((s) => ({ date: seasonEnd(s.season), id: s.id, text: () => standingEntry(s, lang) })),
  ];
  return dated.sort((a, b) => newestFirst(a.date, b.date)).map((entry) => ({ text: entry.text(), rows: [entry.id] }));
}

const encodeFilters = (f: ResultFilters) =>
  [f.competition ?? '', f.season ?? '', f.event ?? '', f.place ?? ''].join(',');

/** Button state comes back from the client: anything that is not a known value is dropped. */
function decodeFilters(state: string): ResultFilters {
  const [competition, season, event, place] = state.split(',');
  return {
    competition: ResultCompetition.safeParse(competition).data,
    season: season || undefined,
    event: Event.safeParse(event).data,
    place: PLACE_FILTERS.find((p) => p === place),
  };
}

function render(f: ResultFilters, page: number, lang: Lang, ctx: HandlerContext, replyKind: Reply['kind']): Reply {
  const messages = t(lang);
  const results = filterResults(ctx.data.resultsNewestFirst, f);
  const standings = filterStandings(ctx.data.dataset.worldCupStandings, f);
  const total = results.length + standings.length;
  if (total === 0) return noResults(lang, messages.resultsNone, messages.resultsNoneHint);
  const pages = packEntries(entriesOf(results, standings, lang));
  const current = clampPage(page, pages.length);
  const shown = pages[current - 1]!;
  const medals = tallyOf(medalsOf(results.filter(isMedal)));
  const filterText = [
    f.competition ? messages.competition[f.competition] : undefined,
    f.season,
    f.event ? messages.event[f.event] : undefined,
    f.place ? messages.placeFilter[f.place] : undefined,
  ].filter(Boolean);
  const embed: APIEmbed = {
    title: messages.resultsTitle,
    color: COLOURS.info,
    description: [
      `**${messages.resultsCount(total)}**${medals.total ? ` · ${messages.resultsMedals(medals.gold, medals.silver, medals.bronze)}` : ''}`,
      filterText.length ? `*${messages.medalsFiltered(filterText.join(' · '))}*` : undefined,
      '',
      ...shown.lines,
    ]
      .filter((l) => l !== undefined)
      .join('\n'),
    footer: {
      text: `${messages.page(current, pages.length)} · ${messages.dataAsOf(formatDate(ctx.data.dataset.meta.coverageUntil, lang))}`,
    },
  };
  const components = withReportButton(
    withConflictButton(
      pagerRow('results', current, pages.length, encodeFilters(f), lang),
      shown.rows,
      ctx.data.dataset,
      lang,
    ),
    { view: `results:p:${current}:${encodeFilters(f)}` },
    lang,
  );
  return message([embed], { components, kind: replyKind, rows: shown.rows });
}

function readFilters(req: CommandRequest, ctx: HandlerContext, lang: Lang): ResultFilters | Reply {
  const messages = t(lang);
  const options = req.options;
  const f: ResultFilters = {};
  const known = (values: readonly string[], names: Record<string, string>) =>
    values.map((v) => names[v] ?? v).join(', ');
  if (typeof options.competition === 'string') {
    f.competition = resolveCompetition(options.competition, ctx.data.resultCompetitions);
    if (!f.competition)
      return userError(
        lang,
        messages.unknownValue(
          messages.competitionWord,
          options.competition.slice(0, 100),
          known(ctx.data.resultCompetitions, messages.competition),
        ),
      );
  }
  if (typeof options.season === 'string') {
    f.season = readSeason(options.season, ctx.data.resultSeasons);
    if (!f.season)
      return userError(
        lang,
        messages.unknownValue(messages.seasonWord, options.season.slice(0, 40), ctx.data.resultSeasons.join(', ')),
      );
  }
  if (typeof options.event === 'string') {
    f.event = resolveEvent(options.event, ctx.data.resultEvents);
    if (!f.event)
      return userError(
        lang,
        messages.unknownValue(
          messages.eventWord,
          options.event.slice(0, 100),
          known(ctx.data.resultEvents, messages.event),
        ),
      );
  }
  if (typeof options.place === 'string') f.place = PLACE_FILTERS.find((place) => place === options.place);
  return f;
}

const resultFilters = (data: DataView): KnownFilters => ({
  competitions: data.resultCompetitions,
  events: data.resultEvents,
});

const definition = defineCommand({
  ...localized('results'),
  options: [
    {
      type: ApplicationCommandOptionType.String,
      ...localized('results', 'competition'),
      autocomplete: true,
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.String,
      ...localized('results', 'season'),
      autocomplete: true,
      max_length: 20,
    },
    {
      type: ApplicationCommandOptionType.String,
      ...localized('results', 'event'),
      autocomplete: true,
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.String,
      ...localized('results', 'place'),
      choices: PLACE_FILTERS.map((value) => ({
        name: t('en').placeFilter[value],
        name_localizations: { nl: t('nl').placeFilter[value] },
        value,
      })),
    },
  ],
});

export const results: CommandModule<typeof definition> = {
  cacheable: true,
  definition,
  run(req, ctx) {
    const lang = langOf(req.locale);
    const f = readFilters(req, ctx, lang);
    return 'kind' in f ? f : render(f, 1, lang, ctx, 'message');
  },
  autocomplete(focused, req, ctx) {
    const choices = competitionOrEventChoices(focused, resultFilters(ctx.data), langOf(req.locale));
    if (choices) return choices;
    if (focused.name === 'season') {
      const years = [...new Set(ctx.data.resultsNewestFirst.map((result) => result.date.slice(0, 4)))];
      return rankChoices(
        focused.value,
        [...ctx.data.resultSeasons, ...years].map((s) => ({ value: s, name: s, keywords: s.replace('/', ' ') })),
      );
    }
    return [];
  },
  cacheOptions: (options, data) => resolvedCacheOptions(options, resultFilters(data)),
  component(state, req, ctx) {
    const [action, page, filters] = state;
    const lang = langOf(req.locale);
    if (action !== 'p' || filters === undefined) return userError(lang, t(lang).expiredButton);
    return render(decodeFilters(filters), Number(page), lang, ctx, 'update');
  },
};
