import { firstDayOf, newestFirst, periodEndOf } from '../data/dates.ts';
import type { FactDoc, Facets } from './documents.ts';
import { words } from './normalize.ts';
import { secondsOf } from '../data/times.ts';
import { beatHerAsked, eventOfSeconds, type Query } from './parse.ts';

/**
 * Stage 4 of /ask: a typed query over the dataset's structured sections. One table of entity specs
 * says which rows an entity is and what it means by default; the filters, counts, order and
 * false-premise check are the same code for every entity.
 */

export interface EntitySpec {
  name: string;
  kinds: readonly FactDoc['kind'][];
  /** What the entity means on top of its kinds: a win is place 1, a medal a podium at a championship. */
  base?: (f: Facets) => boolean;
  /** With no order asked: "current" rows first (her coach now), or newest first. */
  byDefault: 'latest' | 'current';
}

const RACES: FactDoc['kind'][] = ['medal', 'world-cup', 'result'];
const CHAMPIONSHIP = (f: Facets) => f.competition !== 'world-cup';

export const ENTITY_SPECS: Record<string, EntitySpec> = {
  medal: { name: 'medal', kinds: ['medal'], byDefault: 'latest' },
  // A World Cup race has no medal, but "World Cup podiums" or "a World Cup medal" is a top three.
  podium: {
    name: 'podium',
    kinds: RACES,
    base: (f) => f.place !== undefined && f.place <= 3,
    byDefault: 'latest',
  },
  win: { name: 'win', kinds: RACES, base: (f) => f.place === 1, byDefault: 'latest' },
  result: { name: 'result', kinds: RACES, byDefault: 'latest' },
  championship: { name: 'championship', kinds: RACES, base: CHAMPIONSHIP, byDefault: 'latest' },
  standing: { name: 'standing', kinds: ['standing'], byDefault: 'latest' },
  'standing-title': { name: 'standing-title', kinds: ['standing'], base: (f) => f.place === 1, byDefault: 'latest' },
  'dutch-title': { name: 'dutch-title', kinds: ['dutch-title'], byDefault: 'latest' },
  record: { name: 'record', kinds: ['record'], byDefault: 'current' },
  pb: { name: 'pb', kinds: ['personal-best'], byDefault: 'current' },
  coach: { name: 'coach', kinds: ['affiliation'], base: (f) => /coach/.test(f.sub ?? ''), byDefault: 'current' },
  team: { name: 'team', kinds: ['affiliation'], base: (f) => !/coach/.test(f.sub ?? ''), byDefault: 'current' },
  social: { name: 'social', kinds: ['social'], byDefault: 'latest' },
};

const DUTCH = ['nk-sprint', 'nk-single-distances'];
const PLATFORMS = ['instagram', 'tiktok', 'youtube'];
/** The national team's coach, not her own: "bondscoach", "national coach". */
const NATIONAL = /^(bondscoach|national)$/;

/** Which entity spec a query is about, from its entity words and filters; undefined: not a table question. */
export function entityOf(q: Query): EntitySpec | undefined {
  // "Did she win anything at the 2018 junior worlds", "heeft ze daar iets gewonnen": any medal (a
  // World Cup race has none: there it is a win).
  const anything = q.words.some((w) => /^(anything|something|iets|allemaal)$/.test(w));
  const worldCup = (q.competitions ?? []).every((c) => c === 'world-cup') && Boolean(q.competitions?.length);
  if (anything && q.entities.includes('win') && !q.answer && !q.order && !worldCup)
    q.entities = [...q.entities.filter((e) => e !== 'win'), 'medal'];
  const spec = tableOf(q);
  // A near miss ("how close to silver", "by how much did she miss the title") presumes she did not get
  // it: the colour, place or title is not a claim to check, the race or the classification is the answer.
  if (q.miss && spec && ['medal', 'win', 'championship', 'standing-title'].includes(spec.name)) {
    q.medal = undefined;
    q.place = undefined;
    q.entities = q.entities.filter((e) => e !== 'title' && e !== 'win' && e !== 'medal');
    return spec.name === 'standing-title' ? ENTITY_SPECS.standing : ENTITY_SPECS.result;
  }
  // "Where did she finish overall at the World Sprint": at a championship "overall" is the all-round,
  // not a World Cup classification.
  if (spec?.name.startsWith('standing') && (q.competitions ?? []).some((c) => c !== 'world-cup')) {
    q.entities = q.entities.filter((e) => e !== 'standing');
    return tableOf(q);
  }
  // "Who won the 1000 m World Cup": the classification, whose placings name the winner.
  if (q.answer === 'who' && spec?.name === 'standing-title') return ENTITY_SPECS.standing;
  // "Who won / who got bronze": the colour or the win is someone else's, so the race is what is asked.
  if (q.answer === 'who' && spec && ['medal', 'win', 'result'].includes(spec.name)) {
    // The place asked is someone else's, and the reply leads with who took it.
    const colour = q.askedMedal ? PODIUM.indexOf(q.askedMedal) + 1 : undefined;
    // "Who beat her": the winner is who finished ahead; "who did she beat" names a rival, not a place.
    const beatHer = beatHerAsked(q.words);
    if (!q.beat || beatHer) q.askedPlace = q.place ?? colour ?? (q.entities.includes('win') || beatHer ? 1 : undefined);
    // Her own colour, said in a clause ("when she won gold"), still names which race.
    q.medal = q.herMedal;
    q.place = undefined;
    q.entities = q.entities.filter((e) => e !== 'title' && e !== 'win' && e !== 'medal');
    return ENTITY_SPECS.result;
  }
  return spec;
}

function tableOf(q: Query): EntitySpec | undefined {
  const has = (e: string) => q.entities.includes(e);
  const comps = q.competitions ?? [];
  const dutch = comps.length > 0 && comps.every((c) => DUTCH.includes(c));
  const worldCupOnly = comps.length > 0 && comps.every((c) => c === 'world-cup');
  if (has('quote') || has('family') || q.unlisted || q.whyNot) return undefined;
  if (has('pb')) return ENTITY_SPECS.pb;
  // "Her fastest time on the 1500 m", with no meeting named, is her personal best.
  if (q.order === 'fastest' && q.event && !comps.length && !q.venue && !q.season && q.year === undefined)
    return ENTITY_SPECS.pb;
  if (has('record')) return ENTITY_SPECS.record;
  // "How many points ahead of Takagi in the 2022/23 World Cup": points are the classification's.
  // With no meeting named, a season's points are the World Cup's too ("hoeveel punten scheelde het in 2022/23").
  if ((q.margin === 'points' || q.pointsAsked) && (worldCupOnly || (!comps.length && q.season)) && !q.venue)
    return ENTITY_SPECS.standing;
  if (has('standing')) return has('title') || has('win') ? ENTITY_SPECS['standing-title'] : ENTITY_SPECS.standing;
  // "Met welke ploeg traint ze": the thing asked after "which" wins over a verb of training.
  const asked = q.words.findIndex((w) => /^(which|what|welke|welk)$/.test(w));
  if (has('coach') && has('team') && /^(team|teams|ploeg|ploegen|club)$/.test(q.words[asked + 1] ?? ''))
    return ENTITY_SPECS.team;
  if (has('coach')) return ENTITY_SPECS.coach;
  // "Which team was she on when she won the 1000 m": the team is asked, the race says when. Without
  // "which", a distance with "team" is a race ("her team sprint").
  const whichTeam =
    asked >= 0 &&
    /^(team|teams|ploeg|ploegen|club)$/.test(q.words[asked + 1] ?? '') &&
    q.event !== 'team-sprint' &&
    q.event !== 'team-pursuit';
  if (has('team') && (!q.event || whichTeam)) return ENTITY_SPECS.team;
  if (has('social')) return ENTITY_SPECS.social;
  if (dutch) return ENTITY_SPECS['dutch-title'];
  if ((has('title') || q.cupWon) && worldCupOnly && !q.venue) return ENTITY_SPECS['standing-title'];
  if (has('medal') || q.medal) return worldCupOnly ? ENTITY_SPECS.podium : ENTITY_SPECS.medal;
  if (has('title')) return ENTITY_SPECS.medal;
  // "What did she win in Beijing?" asks what she took home: the medals, not whether she came first.
  // "What was her first win after Beijing" is a race she won, not a medal.
  // "Wat was haar tijd toen ze … won in Salt Lake City" asks the time of a race she won, not what she
  // took home; with a championship named, the medal table says how that race went.
  const figureAsked =
    comps.length === 0 && q.words.some((w) => /^(tijd|time|tijden|times|plek|plaats|place|punten|points)$/.test(w));
  if (
    has('win') &&
    /^(what|wat|which|welke)$/.test(q.words[0] ?? '') &&
    !q.answer &&
    !q.anchor &&
    !q.order &&
    !figureAsked
  )
    return worldCupOnly ? ENTITY_SPECS.win : ENTITY_SPECS.medal;
  if (has('win')) return ENTITY_SPECS.win;
  if (has('result') || q.place !== undefined) return ENTITY_SPECS.result;
  if (comps.length || q.event || q.venue || q.person || q.season)
    return q.attribute || q.leftovers.length > 2 ? undefined : ENTITY_SPECS.result;
  return undefined;
}

export const PODIUM = ['gold', 'silver', 'bronze'] as const;

/**
 * The colour a query asks: its own, or gold for a title ("world titles"), unless a medal noun says
 * every colour ("championship medals").
 */
export function impliedMedal(q: Query, spec: EntitySpec): Query['medal'] {
  if (q.medal) return q.medal;
  return spec.name === 'medal' && q.entities.includes('title') && !q.entities.includes('medal') ? 'gold' : undefined;
}

/** The filters a query puts on rows, each one a name (for relaxing it) and a test. */
function filtersOf(q: Query, spec: EntitySpec): [string, (f: Facets) => boolean][] {
  const out: [string, (f: Facets) => boolean][] = [];
  // A team or a coach has no race: the colour, distance or place of one ("her coach for the team
  // sprint", "coached her to gold") says when, which the day of the meeting filters by.
  if (spec.kinds.includes('affiliation')) {
    q = {
      ...q,
      medal: undefined,
      event: undefined,
      place: undefined,
      venue: undefined,
      individual: false,
      senior: false,
    };
    if (spec.name === 'coach' && q.words.some((w) => NATIONAL.test(w)))
      out.push(['sub', (f) => f.sub === 'national-coach']);
  }
  // "Her lead after the second Calgary round in December 2022": a classification has no place or
  // day of its own; the round names its season, the year the season it falls in.
  if (spec.kinds.includes('standing') && q.venue && !q.season && q.year !== undefined) {
    const y = q.year;
    const season = (from: number) => `${from}/${String((from + 1) % 100).padStart(2, '0')}`;
    q = {
      ...q,
      venue: undefined,
      month: undefined,
      day: undefined,
      year: undefined,
      season: q.month !== undefined ? season(q.month >= 7 ? y : y - 1) : undefined,
    };
    if (!q.season) out.push(['year', (f) => f.season === season(y) || f.season === season(y - 1)]);
  }
  // A gold title is a medal colour; "title" with no colour on a medal is gold.
  const medal = impliedMedal(q, spec);
  if (medal && spec.name === 'podium') out.push(['medal', (f) => f.place === PODIUM.indexOf(medal) + 1]);
  // A record or a PB has no colour: "won gold and set an Olympic record" names the race, not the record.
  // Every Dutch title is a gold: "how many golds at the NK" counts them all.
  else if (medal && spec.name !== 'record' && spec.name !== 'pb' && !(spec.name === 'dutch-title' && medal === 'gold'))
    out.push(['medal', (f) => f.medal === medal]);
  if (q.competitions?.length && !spec.kinds.includes('affiliation') && spec.name !== 'pb' && spec.name !== 'record') {
    const comps = q.competitions;
    out.push(['competition', (f) => f.competition !== undefined && comps.includes(f.competition)]);
  }
  if (q.event) out.push(['event', (f) => f.event === q.event]);
  if (q.under !== undefined) out.push(['under', (f) => f.seconds !== undefined && f.seconds < q.under!]);
  if (q.individual) out.push(['individual', (f) => f.event !== 'team-sprint']);
  if (q.senior) out.push(['senior', (f) => f.competition !== 'world-junior']);
  // "Which records does she hold now": the ones the sources say still stand, not those of unknown status.
  if (heldNow(q, spec)) out.push(['current', (f) => f.current === true]);
  // A row that spans years (a team, a coach) matches every year it covers.
  const within = (f: Facets, from: number, to: number) =>
    f.span ? f.span[0] <= to && (f.span[1] ?? 9999) >= from : f.year !== undefined && f.year >= from && f.year <= to;
  if (q.season) {
    const from = Number(q.season.slice(0, 4));
    out.push(['season', (f) => (f.season ? f.season === q.season : within(f, from, from + 1))]);
  }
  if (q.year !== undefined) {
    const y = q.year;
    out.push(['year', (f) => within(f, y, y)]);
  }
  if (q.month !== undefined) out.push(['month', (f) => f.month === undefined || f.month === q.month]);
  // A figure dated to the day is of that day only; rows dated by the month alone stay.
  if (q.day !== undefined && q.month !== undefined) out.push(['day', (f) => f.day === undefined || f.day === q.day]);
  // A team or a coach is before a year when it began before it, after a year when it lasted past it.
  if (q.before !== undefined) {
    const month = q.beforeMonth;
    const earlier = (f: Facets) =>
      f.year !== undefined &&
      (f.year < q.before! || (month !== undefined && f.year === q.before && f.month !== undefined && f.month < month));
    out.push(['before', (f) => (f.span ? f.span[0] < q.before! : earlier(f))]);
  }
  if (q.after !== undefined)
    out.push(['after', (f) => (f.span ? (f.span[1] ?? 9999) > q.after! : f.year !== undefined && f.year > q.after!)]);
  // One platform named filters by it; "insta and tiktok" asks for both.
  const platforms = [
    ...new Set(q.words.map((w) => (w === 'insta' ? 'instagram' : w)).filter((w) => PLATFORMS.includes(w))),
  ];
  const platform = spec.name === 'social' && platforms.length === 1 ? platforms[0] : undefined;
  if (platform) out.push(['platform', (f) => f.sub === platform]);
  if (q.recordKind && spec.name === 'record') out.push(['kind', (f) => f.sub === q.recordKind]);
  if (q.venue) out.push(['venue', (f) => f.city === q.venue]);
  // "How many times did she finish second at the worlds": the places of the championship, not of
  // the distances inside a sprint classification, unless a distance is named.
  if (q.place !== undefined)
    out.push(['place', (f) => f.place === q.place && (q.event !== undefined || !f.race?.partOf)]);
  if (q.person && (spec.kinds.includes('result') || spec.kinds.includes('medal') || spec.name === 'standing'))
    out.push(['person', (f) => f.people?.includes(q.person!) ?? false]);
  return out;
}

export type Executed =
  | {
      kind: 'rows';
      spec: EntitySpec;
      rows: FactDoc[];
      count: number;
      order: Order;
      /** A personal best "before" a meeting or a year: the date it stood on. */
      asOf?: string | undefined;
      /** The question's leftover words named the team or coach the rows are before or after. */
      anchored?: boolean | undefined;
    }
  | { kind: 'false-premise'; spec: EntitySpec; failed: string[]; near: FactDoc[]; had?: number | undefined };

/**
 * "Her coach before Jumbo-Visma", "na Reggeborgh": the words after the bound name another team or
 * coach, whose start (or end) is the day the rows must come before (or after). The words are taken.
 */
function anchoredRows(
  docs: readonly FactDoc[],
  q: Query,
  spec: EntitySpec,
): { rows: FactDoc[]; at: string } | undefined {
  if (!q.bound || q.before !== undefined || q.after !== undefined || q.leftovers.length === 0) return undefined;
  // The row whose name holds the most of the words ("join" is no name), the earliest on a tie.
  const named = (d: FactDoc) => {
    const held = new Set(words(d.facets!.name!));
    return q.leftovers.filter((w) => held.has(w)).length;
  };
  const anchor = docs
    .filter((d) => d.kind === 'affiliation' && d.facets?.from && d.facets.name && named(d) > 0)
    .sort((a, b) => named(b) - named(a) || a.facets!.from!.localeCompare(b.facets!.from!))[0];
  if (!anchor) return undefined;
  const from = anchor.facets!.from!;
  const until = anchor.facets!.until;
  const pool = docs.filter(
    (d) => spec.kinds.includes(d.kind) && d.facets && (!spec.base || spec.base(d.facets)) && d !== anchor,
  );
  const start = (d: FactDoc) => d.facets?.from ?? '';
  if (q.bound === 'before')
    // The ones that ran up to its start, the latest start first.
    return {
      rows: pool.filter((d) => start(d) !== '' && start(d) < from).sort((a, b) => start(b).localeCompare(start(a))),
      at: from,
    };
  if (!until) return { rows: [], at: from };
  return {
    rows: pool.filter((d) => start(d) >= until.slice(0, 7)).sort((a, b) => start(a).localeCompare(start(b))),
    at: until,
  };
}

type Order = 'latest' | 'first' | 'fastest' | 'current';

/** A count or list of records "now", "nog", "currently": only those still standing. */
export function heldNow(q: Query, spec: EntitySpec): boolean {
  return (
    (q.intent === 'count' || q.intent === 'list') &&
    ((spec.name === 'record' && q.order === 'current') || currentBestsOnly(q, spec))
  );
}

/** "How many personal bests does she have": one per distance, the ones that stand; "how often improved", all. */
function currentBestsOnly(q: Query, spec: EntitySpec): boolean {
  return spec.name === 'pb' && !q.event && !q.words.some((w) => /^(improv|verbeter|progress|times|keer|vaak)/.test(w));
}

/**
 * "When did she win the junior world title": at a sprint or all-round championship the title is the
 * overall classification's, so its row leads the distances' (unless an order was asked).
 */
function overallFirst(rows: FactDoc[], q: Query): FactDoc[] {
  if (!q.entities.includes('title') || q.event || q.order || q.intent === 'count' || q.intent === 'list') return rows;
  const overall = (d: FactDoc) => (/allround/.test(d.facets?.event ?? '') ? 0 : 1);
  return [...rows].sort((a, b) => overall(a) - overall(b));
}

function sortRows(rows: FactDoc[], order: Order): FactDoc[] {
  const byDate = [...rows].sort((a, b) => newestFirst(a.date, b.date));
  // A row with no date is of no known time: it is neither the first nor the latest.
  if (order === 'first') return [...byDate.filter((d) => d.date).reverse(), ...byDate.filter((d) => !d.date)];
  if (order === 'fastest')
    return byDate.sort(
      (a, b) =>
        (a.facets?.place ?? 99) - (b.facets?.place ?? 99) ||
        (a.facets?.seconds ?? Infinity) - (b.facets?.seconds ?? Infinity),
    );
  if (order === 'current')
    return byDate.sort((a, b) => Number(b.facets?.current ?? false) - Number(a.facets?.current ?? false));
  return byDate;
}

/** Medals, wins and results of the same race are one table: relaxing a medal claim widens to all races. */
const WIDER: Record<string, string> = { medal: 'championship', win: 'result', 'standing-title': 'standing' };

const MEETING_KINDS: readonly FactDoc['kind'][] = ['medal', 'world-cup', 'result', 'dutch-title'];

/**
 * The day a bound stands for: "before Calgary 2025" is the first day of that meeting, "voordat ze in
 * 2020 wereldkampioen werd in Salt Lake City" the first day of those championships, "before 2025" 1 Jan.
 */
function cutoffOf(docs: readonly FactDoc[], q: Query): string | undefined {
  return meetingDay(docs, q, q.before ?? q.year) ?? (q.before !== undefined ? `${q.before}-01-01` : undefined);
}

/** What names a meeting: a place, competitions, a season, a year, and the race's colour or distance. */
interface Meeting {
  venue?: string | undefined;
  competitions?: readonly string[] | undefined;
  season?: string | undefined;
  year?: number | undefined;
  medal?: Query['medal'];
  event?: Query['event'];
}

/** The days, sorted, of the races of a meeting. */
function meetingDays(docs: readonly FactDoc[], m: Meeting): string[] {
  return docs
    .filter((d) => MEETING_KINDS.includes(d.kind) && d.facets && d.date)
    .filter((d) => {
      const f = d.facets!;
      return (
        (m.venue === undefined || f.city === m.venue) &&
        (!m.competitions?.length || (f.competition !== undefined && m.competitions.includes(f.competition))) &&
        (m.season === undefined || f.season === m.season) &&
        (m.year === undefined || f.year === m.year) &&
        (m.medal === undefined || f.medal === m.medal) &&
        (m.event === undefined || f.event === m.event)
      );
    })
    .map((d) => d.date!)
    .sort();
}

/** The first day of the meeting a question names by place, competition or season (and year). */
function meetingDay(docs: readonly FactDoc[], q: Query, year: number | undefined): string | undefined {
  const named = q.venue !== undefined || (q.competitions?.length ?? 0) > 0 || q.season !== undefined;
  if (!named) return undefined;
  return meetingDays(docs, { venue: q.venue, competitions: q.competitions, season: q.season, year })[0];
}

/** A follower figure has no meeting, race or colour of its own: those words only say when. */
const noMeeting = (q: Query): Query => ({
  ...q,
  venue: undefined,
  competitions: undefined,
  season: undefined,
  event: undefined,
  medal: undefined,
  place: undefined,
});

/**
 * Rows with no meeting of their own (a follower figure) read a meeting as its time: "during the
 * Beijing Olympics" is the figure nearest February 2022, one from before or at the meeting first. A
 * day typed in full ("op 15 februari 2026") is the time itself.
 */
function figureAtMeeting(
  docs: readonly FactDoc[],
  q: Query,
  spec: EntitySpec,
): Executed | { kind: 'timed'; q: Query } | undefined {
  if (q.day !== undefined && q.month !== undefined && q.year !== undefined) return { kind: 'timed', q: noMeeting(q) };
  const day = meetingDays(docs, {
    venue: q.venue,
    competitions: q.competitions,
    season: q.season,
    year: q.year,
    event: q.event,
  })[0];
  if (!day) return undefined;
  const rest = filtersOf({ ...noMeeting(q), year: undefined, month: undefined, day: undefined }, spec);
  const rows = docs.filter(
    (d) => spec.kinds.includes(d.kind) && d.facets && d.date && rest.every(([, test]) => test(d.facets!)),
  );
  if (rows.length === 0) return undefined;
  // A figure of the meeting's month ("February 2022") is of the meeting, the newest of them first;
  // then the nearest before it, then the nearest after.
  const gap = (d: FactDoc) => {
    const days = (Date.parse(firstDayOf(d.date!)) - Date.parse(day)) / 86_400_000;
    if (d.date!.slice(0, 7) === day.slice(0, 7)) return -1000 - days;
    return days <= 0 ? -days : 2 * days;
  };
  const best = [...rows].sort((a, b) => gap(a) - gap(b));
  const ofMonth = best.filter((d) => d.date!.slice(0, 7) === day.slice(0, 7));
  const shown = ofMonth.length ? ofMonth : best.slice(0, 1);
  return { kind: 'rows', spec, rows: shown, count: shown.length, order: 'latest' };
}

/** Does a row's span, by its dates, hold a day? A month or a year as an end holds all its days. */
function covers(f: Facets, day: string): boolean {
  if (!f.span && !f.until) return false;
  return (!f.from || day.slice(0, f.from.length) >= f.from) && (!f.until || day.slice(0, f.until.length) <= f.until);
}

/**
 * The rows that held at a time, those that held in its middle first, her own coach or team before the national team's, a known end
 * before an unknown one, and the one who was there first (an assistant joins later) before the rest.
 */
function byRole(rows: readonly FactDoc[], middle: string): FactDoc[] {
  const rank = (d: FactDoc) =>
    (covers(d.facets!, middle) ? 0 : 4) +
    (d.facets?.sub === 'national-coach' || d.facets?.sub === 'training-centre' ? 2 : 0) +
    (d.facets?.until || d.facets?.current ? 0 : 1);
  return [...rows].sort(
    (a, b) => rank(a) - rank(b) || (a.facets?.from ?? '9999').localeCompare(b.facets?.from ?? '9999'),
  );
}

/** Her personal best as it stood before a day: the fastest step of the progression set before it. */
function pbBefore(docs: readonly FactDoc[], q: Query, spec: EntitySpec, cutoff: string): Executed {
  const steps = docs
    .filter((d) => d.kind === 'personal-best' && d.facets && (!q.event || d.facets.event === q.event))
    .filter((d) => d.date !== undefined && d.date < cutoff)
    .sort((a, b) => (a.facets!.seconds ?? Infinity) - (b.facets!.seconds ?? Infinity));
  if (steps.length === 0) return { kind: 'false-premise', spec, failed: ['before'], near: [] };
  return { kind: 'rows', spec, rows: steps.slice(0, 1), count: 1, order: 'fastest', asOf: cutoff };
}

/** A meeting named by its place alone ("in Beijing"): the championship held there, not a World Cup round. */
/** Championships whose result is an all-round classification over several races. */
const SPRINT_MEETINGS = ['world-sprint', 'european-sprint'];

function championshipsFirst(rows: FactDoc[], q: Query): FactDoc[] {
  if (q.intent === 'count' || q.intent === 'list') return rows;
  let out = rows;
  if (q.venue && !q.competitions?.length) {
    const championships = out.filter((d) => d.facets?.competition && d.facets.competition !== 'world-cup');
    if (championships.length > 0) out = championships;
  }
  // "The 2020 world 1000 m": a distance's own championship, not the same distance inside a sprint
  // all-round, unless the question names the sprint.
  if (q.event && !(q.competitions ?? []).every((c) => SPRINT_MEETINGS.includes(c))) {
    const own = out.filter((d) => !SPRINT_MEETINGS.includes(d.facets?.competition ?? ''));
    if (own.length > 0) out = own;
  }
  // "How did she finish at the World Sprint": the all-round classification, not one of its races.
  if (!q.event && out.every((d) => SPRINT_MEETINGS.includes(d.facets?.competition ?? ''))) {
    const overall = out.filter((d) => d.facets?.event === 'sprint-allround' || d.facets?.event === 'allround');
    if (overall.length > 0) out = overall;
  }
  return out;
}

/** Tables of single races, where "her first win" is her own race, not a team's. */
const RACE_TABLES = ['win', 'result', 'podium'];

/**
 * "Her first World Cup win", "her third win": a race of her own unless the question names the team
 * sprint; the team races stay, behind hers. A count or a list keeps every row.
 */
function individualFirst(rows: FactDoc[], q: Query, spec: EntitySpec): FactDoc[] {
  const picks = q.order === 'first' || q.order === 'latest' || q.nth !== undefined;
  if (!picks || q.event || q.intent === 'count' || q.intent === 'list' || !RACE_TABLES.includes(spec.name)) return rows;
  const own = rows.filter((d) => d.facets?.event !== 'team-sprint');
  return own.length > 0 ? own : rows;
}

/**
 * The day a meeting after a bound stands for: "before the 2026 Olympics" is its first day, "after
 * the Olympic gold" the day of that race (the last day of the meeting when no race is named).
 */
export function anchorDay(docs: readonly FactDoc[], q: Query): string | undefined {
  const a = q.anchor;
  if (!a || (!a.competitions?.length && !a.venue)) return undefined;
  const year = a.year ?? q.before ?? q.after ?? q.year;
  const days = meetingDays(docs, { ...a, year });
  if (days.length === 0) return undefined;
  // With no year, the latest such meeting: "before the Games" is the Games that came last.
  const newest = year === undefined ? days.filter((d) => d.slice(0, 4) === days.at(-1)!.slice(0, 4)) : days;
  return q.bound === 'after' ? newest.at(-1) : newest[0];
}

/** Does a row come before (or after) the anchor day? A team or coach by its start (or its end). */
export function onSideOf(d: FactDoc, day: string, side: 'before' | 'after'): boolean {
  const f = d.facets!;
  if (d.kind === 'affiliation') return side === 'before' ? (f.from ?? '') < day : !f.until || f.until > day;
  if (!d.date) return false;
  // What came after a race includes what was said and done on its day, after it; but a race on that
  // day is the anchor's own ("her next win after Inzell" is not Inzell).
  if (side === 'before') return periodEndOf(d.date) < day;
  return MEETING_KINDS.includes(d.kind) ? d.date > day : d.date >= day;
}

const nextDay = (iso: string) =>
  iso.length === 10 ? new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10) : iso;

export function execute(docs: readonly FactDoc[], q: Query, spec: EntitySpec): Executed {
  const anchor = q.bound ? anchorDay(docs, q) : undefined;
  const day = anchor && q.dayAfter ? nextDay(anchor) : anchor;
  if (day) {
    const side = q.bound!;
    const order = q.order ?? (side === 'after' ? 'first' : 'latest');
    const anchored = { ...q, before: undefined, after: undefined, anchor: undefined, order } as Query;
    if (q.anchor?.year === undefined && q.year === q.before) anchored.year = undefined;
    if (spec.name === 'pb' && side === 'before') return pbBefore(docs, anchored, spec, day);
    // "At the start of the Games": a figure of that month ("February 2022") may be from its first days.
    const atStart = (d: FactDoc) =>
      d.date !== undefined && (d.date.length < 10 ? d.date <= day.slice(0, d.date.length) : d.date < day);
    const kept = docs.filter(
      (d) => !spec.kinds.includes(d.kind) || (d.facets && (q.atStart ? atStart(d) : onSideOf(d, day, side))),
    );
    return executeRows(kept, anchored, spec);
  }
  const done = executeRows(docs, q, spec);
  // A day with no figure of its own: the figures of that month answer, not a "no".
  if (done.kind === 'false-premise' && done.failed.includes('day'))
    return executeRows(docs, { ...q, day: undefined }, spec);
  return done;
}

function executeRows(docs: readonly FactDoc[], q: Query, spec: EntitySpec): Executed {
  if (spec.name === 'pb' && q.bound === 'before') {
    const cutoff = cutoffOf(docs, q);
    if (cutoff) return pbBefore(docs, q, spec, cutoff);
  }
  if (spec.kinds.includes('affiliation')) {
    const anchored = anchoredRows(docs, q, spec);
    if (anchored?.rows.length)
      return {
        kind: 'rows',
        spec,
        rows: byRole(anchored.rows.slice(0, 3), anchored.at),
        count: anchored.rows.length,
        order: 'latest',
        anchored: true,
      };
  }
  let timed = q;
  if (spec.name === 'social' && (q.venue || q.competitions?.length)) {
    const atMeeting = figureAtMeeting(docs, q, spec);
    if (atMeeting?.kind === 'timed') timed = atMeeting.q;
    else if (atMeeting) return atMeeting;
  }
  // Her coach "at the 2022 Olympics" is the one whose dates cover that meeting's first day: a year
  // alone would also give the coach she joined two months after it.
  const meeting = q.venue !== undefined || (q.competitions?.length ?? 0) > 0;
  const day = spec.kinds.includes('affiliation') && meeting ? meetingDay(docs, q, q.year) : undefined;
  const filters = filtersOf(day ? { ...timed, year: undefined, season: undefined } : timed, spec);
  if (day) filters.push(['day', (f) => covers(f, day)]);
  // At a time in the past, several coaches or teams held: by role, not by which is hers now, and the
  // one there in the middle of the season or year first (a team that ended "in 2018" is 2017/18's).
  const middle =
    day ??
    (q.season ? `${Number(q.season.slice(0, 4)) + 1}-01-01` : q.year !== undefined ? `${q.year}-07-01` : undefined);
  const timedRows = spec.kinds.includes('affiliation') && middle;
  const pool = (s: EntitySpec) =>
    docs.filter((d) => s.kinds.includes(d.kind) && d.facets && (!s.base || s.base(d.facets)));
  const rowsOf = (s: EntitySpec, fs: typeof filters) => pool(s).filter((d) => fs.every(([, test]) => test(d.facets!)));
  const rows = individualFirst(championshipsFirst(rowsOf(spec, filters), q), q, spec);
  const order: Order =
    q.order === 'first' || q.order === 'fastest' || q.order === 'current'
      ? q.order
      : q.order === 'latest'
        ? 'latest'
        : spec.byDefault;
  // "Her third world title": the nth, oldest first; fewer than n is a false premise that says how many.
  // "After the second Calgary round" counts rounds, not classifications.
  if (q.nth !== undefined && rows.length > 0 && !(spec.kinds.includes('standing') && q.venue)) {
    const oldest = sortRows(rows, 'first');
    if (oldest.length < q.nth)
      return { kind: 'false-premise', spec, failed: ['nth'], near: oldest.slice(0, 6), had: oldest.length };
    return { kind: 'rows', spec, rows: [oldest[q.nth - 1]!], count: 1, order: 'first' };
  }
  if (rows.length > 0)
    return {
      kind: 'rows',
      spec,
      rows: timedRows ? byRole(rows, middle) : overallFirst(sortRows(rows, order), q),
      count: rows.length,
      order,
    };
  // No such record: the race it was claimed at (whose podium says who set it), her best time on the
  // distance, and her records on it, before records of the same kind on other distances.
  if (spec.name === 'record' && q.recordKind) {
    const meeting = q.venue || q.competitions?.length ? ENTITY_SPECS.result! : undefined;
    const race = meeting ? rowsOf(meeting, filtersOf({ ...q, recordKind: undefined }, meeting)) : [];
    const best = q.event ? pool(ENTITY_SPECS.pb!).filter((d) => d.facets!.event === q.event && d.facets!.current) : [];
    const same = q.event
      ? rowsOf(
          spec,
          filters.filter(([name]) => name !== 'kind' && name !== 'venue'),
        )
      : [];
    const near = [...sortRows(race, 'latest'), ...best, ...sortRows(same, 'current')];
    if (near.length > 0) return { kind: 'false-premise', spec, failed: ['kind'], near: near.slice(0, 6) };
  }
  // Nothing matches: say which part of the claim fails, and show what the dataset holds nearby.
  const wider = WIDER[spec.name] ? ENTITY_SPECS[WIDER[spec.name]!]! : spec;
  for (const drop of [
    'day',
    'medal',
    'place',
    'person',
    'year',
    'season',
    'before',
    'after',
    'venue',
    'event',
    'competition',
  ]) {
    const kept = filters.filter(([name]) => name !== drop && !(drop === 'medal' && name === 'place'));
    if (kept.length === filters.length && drop !== 'medal') continue;
    for (const s of [spec, wider]) {
      const near = rowsOf(s, kept);
      // Classifications have no date: the nearest miss is the best place.
      const nearOrder = spec.kinds.includes('standing') ? 'fastest' : order;
      if (near.length > 0 && kept.length > 0) {
        // "The 2025 European Sprint in Hamar": either the year or the place is wrong, so the race of
        // that year elsewhere follows the race at that place in another year.
        const placeOrTime = drop === 'year' || drop === 'venue' ? (drop === 'year' ? 'venue' : 'year') : undefined;
        const other = placeOrTime
          ? rowsOf(
              s,
              filters.filter(([name]) => name !== placeOrTime),
            )
          : [];
        // A medal claimed at a place is a championship's: the championship races there come first.
        const medalled = q.medal !== undefined || q.herMedal !== undefined;
        const ranked = (list: FactDoc[]) =>
          overallFirst(sortRows(medalled ? championshipsFirst(list, q) : list, nearOrder), q);
        const rows = [...ranked(near).slice(0, 4), ...ranked(other).slice(0, 2)];
        return { kind: 'false-premise', spec, failed: [drop], near: [...new Set(rows)].slice(0, 6) };
      }
    }
  }
  // "Was the 1:12.31 in Milan a new PB?": no personal best there; her personal bests now say what holds,
  // on the distance a time in the question is skated over.
  if (spec.name === 'pb') {
    const event = q.event ?? eventOfSeconds(typedSeconds(q.words));
    const current = pool(spec).filter((d) => d.facets!.current && (!event || d.facets!.event === event));
    if (current.length > 0)
      return { kind: 'false-premise', spec, failed: filters.map(([n]) => n), near: current.slice(0, 3) };
  }
  return { kind: 'false-premise', spec, failed: filters.map(([n]) => n), near: [] };
}

/** The first time a question types ("1:12.31", "37.01"), in seconds. */
export const typedSeconds = (words: readonly string[]): number | undefined =>
  words.map((w) => secondsOf(w)).find((x) => x !== undefined);
