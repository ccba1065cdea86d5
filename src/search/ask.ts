import MiniSearch from 'minisearch';
import type { Competition, Dataset, Event, MedalColour } from '../data/schema.ts';
import { newestFirst } from '../data/dates.ts';
import { medalsOf, type Medal } from '../data/medals.ts';
import { tallyOf, type Tally } from '../data/tally.ts';
import { buildDocuments, type FactDoc } from './documents.ts';

const STOP_WORDS = new Set(
  (
    'a an the and or of in on at to for from by with about is are was were be been do does did has have had ' +
    'what whom which why her she hers herself jutta leerdam leerdams ever please tell me you can could would ' +
    'de het een en of in op bij van voor naar met door uit over is zijn was waren ben heeft hebben had wat welke ' +
    'waarom ze zij haar hij ooit er die dat dit deze kun kan je jij mij me ' +
    // Generic verbs and fillers: they say nothing about which fact is meant.
    'm meter meters metre metres ' +
    'get got set make made play played plays speelde speelt spelen vroeger nog al going gonna will gaat gaan go goes gone ging doen gedaan ' +
    'broke broken break breaks gebroken verbroken brak hold holds held houdt any some'
  ).split(' '),
);

/** Words that steer the search towards the right kind of fact but are not themselves the topic. */
const QUESTION_WORDS = new Set('when where who how many much wanneer waar wie hoe hoeveel'.split(' '));

/**
 * Dutch glues words together (wereldbekerwedstrijd = wereldbeker + wedstrijd). Splitting off a
 * known head lets a compound in a question meet the same head in a differently glued fact.
 */
const COMPOUND_HEADS = [
  'wereldbeker',
  'wereldkampioen',
  'wereldtitel',
  'wereldrecord',
  'baanrecord',
  'sprinttitel',
  'olympisch',
];

function decompound(word: string): string[] {
  for (const head of COMPOUND_HEADS)
    if (word.length > head.length + 2 && word.startsWith(head)) return [head, word.slice(head.length)];
  return [word];
}

function tokenize(text: string): string[] {
  return (
    text
      .toLowerCase()
      // "500m", "1.000 meter" and "1000 m" are the same distance.
      .replace(/(\d)\.(\d{3})(?!\d)/g, '$1$2')
      .replace(/(\d)(m|meter|metres?|meters)\b/g, '$1 $2')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .split(/[^a-z0-9:.]+/)
      .map((w) => w.replace(/^[.:]+|[.:]+$/g, ''))
      .filter(Boolean)
      .flatMap(decompound)
  );
}

const STRUCTURED = new Set<FactDoc['kind']>([
  'profile',
  'medal',
  'world-cup',
  'dutch-title',
  'personal-best',
  'record',
  'social',
  'affiliation',
]);

export interface AskIndex {
  docs: FactDoc[];
  byId: Map<string, FactDoc>;
  search: MiniSearch<FactDoc>;
  /** Cities where she won medals, as the venues name them ("Milan" / "Milaan"). */
  places: Place[];
  /** The rows of each kind, newest first, for questions that want all of them ("how many …"). */
  newestByKind: ReadonlyMap<FactDoc['kind'], readonly FactDoc[]>;
}

interface Place {
  en: string;
  nl: string;
}

// The Games are named after two places; the medal venues only say Milan.
const PLACE_ALIASES: Record<string, string> = { milano: 'milan', cortina: 'milan' };

const cityOf = (venue: string) => venue.split(',')[0]!.trim();

function placesOf(d: Dataset): Place[] {
  const byEn = new Map<string, Place>();
  for (const m of medalsOf(d.results))
    byEn.set(cityOf(m.venue.en).toLowerCase(), { en: cityOf(m.venue.en), nl: cityOf(m.venue.nl) });
  return [...byEn.values()];
}

/** Built once per dataset load (it is part of the precomputed view), never per question. */
export function buildAskIndex(d: Dataset): AskIndex {
  const docs = buildDocuments(d);
  const kindOf = new Map(docs.map((doc) => [doc.id, doc.kind]));
  const weightOf = new Map(docs.map((doc) => [doc.id, doc.weight ?? 1]));
  const search = new MiniSearch<FactDoc>({
    fields: ['text', 'keywords'],
    storeFields: [],
    tokenize,
    processTerm: (term) => (STOP_WORDS.has(term) ? null : term),
    searchOptions: {
      boost: { keywords: 2, text: 1 },
      // A table row (a medal, a personal best) is the canonical fact; narrative rows only retell it.
      boostDocument: (id) =>
        (STRUCTURED.has(kindOf.get(id as string) ?? 'quote') ? 1.3 : 1) * (weightOf.get(id as string) ?? 1),
      fuzzy: (term) => (term.length > 4 ? 0.2 : 0),
      prefix: (term) => term.length > 3,
      combineWith: 'OR',
    },
  });
  search.addAll(docs);
  const newestByKind = new Map<FactDoc['kind'], FactDoc[]>();
  for (const doc of [...docs].sort((a, b) => newestFirst(a.date, b.date))) {
    const list = newestByKind.get(doc.kind);
    if (list) list.push(doc);
    else newestByKind.set(doc.kind, [doc]);
  }
  return { docs, byId: new Map(docs.map((doc) => [doc.id, doc])), search, places: placesOf(d), newestByKind };
}

/** What a medal question asks about, read from the question's words. */
export interface MedalClaim {
  medal?: MedalColour | undefined;
  competitions?: Competition[] | undefined;
  event?: Event | undefined;
  year?: number | undefined;
  place?: Place | undefined;
  /** "Her first world title": oldest first instead of newest first. */
  oldestFirst?: boolean | undefined;
}

export type AskAnswer =
  | { kind: 'facts'; hits: FactDoc[]; count?: number; tally?: Tally; oldestFirst?: boolean }
  | { kind: 'false-premise'; claim: MedalClaim; actual: FactDoc[] }
  | { kind: 'none' };

const has = (q: string, re: RegExp) => re.test(q);

function readMedalClaim(question: string, places: readonly Place[] = []): MedalClaim | undefined {
  const words = ` ${question
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')} `;
  // World Cup and Dutch titles are not championship medals: let the search answer those.
  if (
    has(
      words,
      / (world cup|wereldbeker\w*|nk|(dutch|national) (titles?|champion\w*)|nederlandse? (titels?|kampioen\w*)|nationale titels?) /,
    )
  )
    return undefined;
  // "What did she say after winning gold?" asks for her words, which the quotes hold.
  if (has(words, / (say|said|says|saying|zei|zegt|zeggen|gezegd|quote|quotes|citaat|citaten) /)) return undefined;
  const claim: MedalClaim = {};
  if (has(words, / (gold|golden|goud|gouden) /)) claim.medal = 'gold';
  else if (has(words, / (silver|zilver|zilveren) /)) claim.medal = 'silver';
  else if (has(words, / (bronze|brons|bronzen) /)) claim.medal = 'bronze';
  // A title is a gold medal; a championship is not a title ("kampioenschap" is left alone).
  else if (
    has(
      words,
      / (title|titles|titel|titels|wereldtitel|wereldtitels|champion|kampioen|kampioene|wereldkampioen|wereldkampioene) /,
    )
  )
    claim.medal = 'gold';
  if (has(words, / (olympic|olympics|olympische|olympisch|spelen|games|os) /)) claim.competitions = ['olympics'];
  else if (has(words, / (world|wk|wereld\w*) (sprint\w*) /) || has(words, / wk sprint /))
    claim.competitions = ['world-sprint'];
  else if (has(words, / (junior\w*) /)) claim.competitions = ['world-junior'];
  else if (has(words, / (european|ek|europees|europese|europa) sprint\w* /)) claim.competitions = ['european-sprint'];
  else if (has(words, / (european|ek|europees|europese|europa\w*) /))
    claim.competitions = ['european-single-distances', 'european-sprint'];
  else if (has(words, / (world|wk|worlds|wereldkampioen\w*|wereldtitel\w*|wereldkampioenschap\w*) /))
    claim.competitions = ['world-single-distances', 'world-sprint'];
  if (has(words, / team ?sprint /)) claim.event = 'team-sprint';
  else if (has(words, / (team pursuit|ploegenachtervolging) /)) claim.event = 'team-pursuit';
  else if (has(words, / all ?round|allround|vierkamp /) && has(words, / sprint\w* /)) claim.event = 'sprint-allround';
  else if (has(words, / all ?round|allround|vierkamp /)) claim.event = 'allround';
  else {
    const distance = /(?:^|\D)(500|1000|1\.000|1500|1\.500|3000|3\.000)\s?(?:m|meter|metres|meters)?(?:\D|$)/.exec(
      question.toLowerCase(),
    );
    if (distance) claim.event = `${distance[1]!.replace('.', '')}m` as Event;
  }
  const year = /\b(19[89]\d|20\d\d)\b/.exec(question);
  if (year) claim.year = Number(year[1]);
  for (const p of places) {
    const names = [p.en, p.nl].map((n) => n.toLowerCase());
    const aliased = Object.entries(PLACE_ALIASES).some(
      ([alias, city]) => names.includes(city) && words.includes(` ${alias} `),
    );
    if (aliased || names.some((n) => words.includes(` ${n} `))) claim.place = p;
  }
  if (has(words, / (first|eerste|voor het eerst) /)) claim.oldestFirst = true;
  const aboutMedals = has(
    words,
    / (medal\w*|medaille\w*|won|win|wins|winning|podium|winnen|gewonnen|wint|champion\w*|\w*kampioen\w*|title|\w*titel\w*) /,
  );
  if (claim.medal || (aboutMedals && (claim.competitions || claim.event || claim.place))) return claim;
  // "How many medals has she won?" is a claim about all of them.
  if (has(words, / (how many|hoeveel) /) && has(words, / (medal\w*|medaille\w*) /)) return claim;
  return undefined;
}

function matches(m: Medal, c: MedalClaim): boolean {
  return (
    (!c.medal || m.medal === c.medal) &&
    (!c.competitions || c.competitions.includes(m.competition)) &&
    (!c.event || m.event === c.event) &&
    (!c.year || m.year === c.year) &&
    (!c.place || cityOf(m.venue.en) === c.place.en)
  );
}

/**
 * Answers only from the dataset. Medal questions are checked against the medal table, so a
 * false premise ("her Olympic 500 m gold") is named as such; everything else goes to the search
 * index, and a question whose words mostly match nothing gets "no answer", never a guess.
 */
export function ask(index: AskIndex, medalsNewestFirst: readonly Medal[], question: string): AskAnswer {
  const q = question.toLowerCase();
  const counted = countIntent(q);
  if (counted && index.newestByKind.has(counted)) return allOfKind(index, counted);
  const claim = readMedalClaim(question, index.places);
  if (claim) {
    const found = medalsNewestFirst.filter((m) => matches(m, claim));
    const ordered = claim.oldestFirst ? [...found].reverse() : found;
    if (found.length > 0) {
      return {
        kind: 'facts',
        hits: ordered.slice(0, 8).map((m) => index.byId.get(m.id)!),
        count: found.length,
        tally: tallyOf(found),
        ...(claim.oldestFirst ? { oldestFirst: true } : {}),
      };
    }
    // Relax the claim step by step to show what the dataset does hold nearby.
    const relaxations: MedalClaim[] = [
      { ...claim, medal: undefined },
      { ...claim, place: undefined },
      { ...claim, year: undefined },
      { ...claim, event: undefined },
      { competitions: claim.competitions },
      { event: claim.event },
    ];
    for (const r of relaxations) {
      if (!r.competitions && !r.event && !r.medal && !r.year && !r.place) continue;
      const near = medalsNewestFirst.filter((m) => matches(m, r));
      if (near.length)
        return { kind: 'false-premise', claim, actual: near.slice(0, 6).map((m) => index.byId.get(m.id)!) };
    }
    return { kind: 'false-premise', claim, actual: [] };
  }
  const queryTerms = tokenize(question).filter((w) => !STOP_WORDS.has(w));
  const topicTerms = queryTerms.filter((w) => !QUESTION_WORDS.has(w));
  if (topicTerms.length === 0) return { kind: 'none' };
  // "What records does she hold?": the records themselves, standing ones first, not the best text match.
  if (topicTerms.every((w) => /^(records?|recordtijden)$/.test(w))) {
    // A stable sort on the newest-first list: standing, then unknown, then former, newest first within each.
    const records = [...(index.newestByKind.get('record') ?? [])].sort((a, b) => (b.weight ?? 1) - (a.weight ?? 1));
    if (records.length) return { kind: 'facts', hits: records.slice(0, 8) };
  }
  // A World Cup race win is not a World Cup title: a question about the title must not get race rows.
  const aboutWorldCupTitle = OVERALL_TITLE.test(q) && WORLD_CUP.test(q);
  const results = index.search.search(
    queryTerms.join(' '),
    aboutWorldCupTitle ? { filter: (r) => index.byId.get(r.id as string)?.kind !== 'world-cup' } : {},
  );
  // Most of what was asked must be found in one fact; otherwise the dataset does not hold the answer.
  const coverage = (r: (typeof results)[number]) =>
    new Set(r.queryTerms.filter((w) => !QUESTION_WORDS.has(w))).size / topicTerms.length;
  // With one or two topic words, half is one word: too easy a match ("Welke auto rijdt ze?"), so all must be found.
  const needed = topicTerms.length <= 2 ? 1 : 0.5;
  const covered = results.filter((r) => coverage(r) >= needed);
  const top = covered[0];
  if (!top) return { kind: 'none' };
  const hits = covered.filter((r) => r.score >= top.score * 0.6).slice(0, 3);
  const first = index.byId.get(top.id as string)!;
  // "How many World Cup races…" wants the number of rows of that kind, not the three best matches.
  if (COUNTABLE.has(first.kind) && HOW_MANY.test(q) && !(first.kind === 'world-cup' && OVERALL_TITLE.test(q)))
    return allOfKind(index, first.kind);
  return { kind: 'facts', hits: hits.map((r) => index.byId.get(r.id as string)!) };
}

/** Kinds whose rows are a list of results, so "how many" is answered by counting them. */
const COUNTABLE = new Set<FactDoc['kind']>(['world-cup', 'dutch-title']);

const HOW_MANY = /\b(how many|hoeveel)\b/;
const WORLD_CUP = /\b(world ?cup|wereldbeker\w*)\b/;
const OVERALL_TITLE = /\b(titles?|titels?|overall|klassement|eindzege)\b/;
const WIN = String.raw`(wins?|won|winning|victor\w*|zeges?|overwinning\w*|gewonnen|races?|wedstrijden)`;
const COUNT_INTENTS: [FactDoc['kind'], RegExp][] = [
  [
    'dutch-title',
    /\b(dutch|national|nederlandse?|nationale)\s+(titles?|titels?|championships?|kampioenschappen)\b|\bnk[- ]?(titels?|titles?)\b/,
  ],
  [
    'world-cup',
    new RegExp(
      String.raw`\bwereldbekerzege\w*|\b(world ?cup|wereldbeker)\w*\b.*\b${WIN}\b|\b${WIN}\b.*\b(world ?cup|wereldbeker)`,
    ),
  ],
];

/**
 * "How many Dutch titles…" asks for a count of one kind of row. Read from the words, because
 * the search would rank a timeline row that mentions a title above the title rows themselves.
 * An overall World Cup title is not a race win, so it is left to the search (which finds "none found").
 */
function countIntent(q: string): FactDoc['kind'] | undefined {
  if (!HOW_MANY.test(q)) return undefined;
  for (const [kind, re] of COUNT_INTENTS) {
    if (kind === 'world-cup' && OVERALL_TITLE.test(q)) continue;
    if (re.test(q)) return kind;
  }
  return undefined;
}

/** Every row of one kind, newest first: the count and the newest eight. */
function allOfKind(index: AskIndex, kind: FactDoc['kind']): AskAnswer {
  const all = index.newestByKind.get(kind) ?? [];
  return { kind: 'facts', hits: all.slice(0, 8), count: all.length };
}
