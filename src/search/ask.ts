import { ageOn, firstDayOf, periodEndOf } from '../data/dates.ts';
import type { Dataset, MedalColour } from '../data/schema.ts';
import { tallyOf, type Tally } from '../data/tally.ts';
import { decimalsOf, secondsOf } from '../data/times.ts';
import { buildDocuments, synonymsOf, TEXT_SYNONYMS, type FactDoc } from './documents.ts';
import {
  anchorDay,
  entityOf,
  ENTITY_SPECS,
  execute,
  onSideOf,
  PODIUM,
  typedSeconds,
  type EntitySpec,
} from './execute.ts';
import {
  familyCount,
  isRelativeRow,
  relativesFirst,
  relativesNamed,
  siblingOrderClaim,
  unlistedRelativeAsked,
  type RelativesPart,
} from './family.ts';
import { buildLexicon, candidatesAt, claimsOrigin, FUNCTION_WORDS, ORIGIN, type Lexicon } from './lexicon.ts';
import { splitQuestion } from './split.ts';
import { fold, MONTHS, oneSlip, stems, words } from './normalize.ts';
import { beatVerb, eventOfSeconds, monthOf, parse, TEAMMATES, type Query } from './parse.ts';
import { buildRetriever, retrieve, unheard, type Retriever } from './retrieve.ts';
import { topicRowsOf } from './thesaurus.ts';

/**
 * /ask as a pipeline: normalize → parse (with the lexicon) → execute over the structured sections,
 * or retrieve narrative rows → compose (commands/ask.ts). Built once per dataset load.
 */
export interface AskIndex {
  docs: FactDoc[];
  byId: Map<string, FactDoc>;
  lexicon: Lexicon;
  retriever: Retriever;
  /** The date of the newest data: a question about later has no answer here. */
  coverage: string;
  /** Words the rows write with a capital more often than without: names ("Verweij", "Lucia"). */
  names: Map<string, string>;
  /** Her date of birth, for "how old was she when …". */
  born: string;
}

/** Folded name → the name as the rows write it. */
function namesOf(docs: readonly FactDoc[]): Map<string, string> {
  const count = new Map<string, number>();
  const written = new Map<string, string>();
  for (const d of docs)
    for (const raw of `${d.answer.en} ${d.answer.nl}`.match(/\p{L}+/gu) ?? []) {
      const w = fold(raw);
      const capital = /^\p{Lu}/u.test(raw);
      count.set(w, (count.get(w) ?? 0) + (capital ? 1 : -1));
      if (capital && !written.has(w)) written.set(w, raw);
    }
  return new Map([...written].filter(([w]) => count.get(w)! > 0));
}

export function buildAskIndex(d: Dataset): AskIndex {
  const docs = buildDocuments(d);
  return {
    docs,
    byId: new Map(docs.map((doc) => [doc.id, doc])),
    lexicon: buildLexicon(d),
    retriever: buildRetriever(docs),
    coverage: d.meta.coverageUntil,
    names: namesOf(docs),
    born: d.profile.born.date,
  };
}

const built = new WeakMap<Dataset, AskIndex>();

/**
 * The index of a loaded dataset, built on first use and kept while that dataset is served
 * (app.ts builds it as soon as a version loads, so no question waits for it).
 */
export function askIndexOf(view: { dataset: Dataset }): AskIndex {
  let index = built.get(view.dataset);
  if (!index) {
    index = buildAskIndex(view.dataset);
    built.set(view.dataset, index);
  }
  return index;
}

export type AskAnswer =
  | {
      kind: 'facts';
      query: Query;
      hits: FactDoc[];
      /** "How many": the number of rows that matched, which the reply names. */
      count?: number | undefined;
      spec?: EntitySpec | undefined;
      tally?: Tally | undefined;
      oldestFirst?: boolean | undefined;
      /** A personal best "before" something: the day it stood on. */
      asOf?: string | undefined;
      /** A yes/no claim checked against the lead row: true holds, false does not. */
      verdict?: boolean | undefined;
      /** Words of a count question that no filter took: the reply says the count ignores them. */
      uncounted?: string[] | undefined;
      /** A count split by the places or years the question named. */
      split?: { query: Query; count: number; tally?: Tally | undefined }[] | undefined;
      /** "Did she beat X": where X and she finished in the lead row. */
      rival?: Rival | undefined;
      /** Words of the question no row holds in any form: the rows below do not speak to them. */
      unmentioned?: string[] | undefined;
      /** "Who coached her at De Uithof": the rows tell of it, but name no coach. */
      coachNotHeld?: boolean | undefined;
      /** "Second behind Kok in Calgary?": the race is held, but not who else placed in it. */
      fieldNotHeld?: boolean | undefined;
      /** "Where will they marry": the rows tell of it, but name no place. */
      placeNotHeld?: boolean | undefined;
      /** Words of a claim the dataset holds elsewhere, but not the lead row: no "yes" for them. */
      unsaid?: string[] | undefined;
      /** "When did they marry": the lead row has it still to come after this date, the newest data. */
      notYet?: string | undefined;
      /** "Why did she fall in Milan": the text tells of it at another meeting; the lead row is the one named. */
      elsewhere?: boolean | undefined;
      /** "Engaged to Verweij": the rows about the engagement name none of these words of the claim. */
      notWith?: string[] | undefined;
      /** Words in quotation marks that no row says ("did she say 'it's final'"). */
      notSaid?: string | undefined;
      /** "Joined Team IKO in 2024": the team's own dates, and who she was with in the year claimed. */
      tenure?: Tenure | undefined;
      /** "How many siblings", "two brothers?": her relatives counted, and the numbers claimed. */
      family?: RelativesPart[] | undefined;
      /** "Who are her parents": the relatives' rows, whose names the reply leads with. */
      relatives?: boolean | undefined;
      /** "Who is she": a short profile, led by a sentence that says so. */
      overview?: boolean | undefined;
      /** "How many times has she beaten Kok": the races that place both, and who was ahead. */
      headToHead?: { name: string; races: number; ahead: number; behind: number } | undefined;
      /** "Why did she skip the 1000 m": the race named, which she did skate. */
      raced?: boolean | undefined;
      /** "Why did she lose the Olympic 1000 m": the race named, which she won. */
      wonIt?: boolean | undefined;
      /** "Her time when she won the 2024 world 1000 m": the race named, which she did not win. */
      notWon?: boolean | undefined;
      /** "Why did they break up in 2020": the lead row's date, which is not the year claimed. */
      datedOtherwise?: string | undefined;
      /** "How old was she when she won her first title": her age on the lead row's date. */
      ageThen?: { from: number; to: number; date: string } | undefined;
    }
  | {
      kind: 'false-premise';
      query: Query;
      spec: EntitySpec;
      failed: string[];
      actual: FactDoc[];
      /** "Her third title" when she has two: how many she has. */
      had?: number | undefined;
      /** "10 million followers" when no figure is that high: the figure claimed. */
      figure?: number | undefined;
    }
  /**
   * No answer; `closest` are rows near the question, shown as such, never as the answer; `beyond` is
   * the date of the newest data when the question is about later.
   */
  | {
      kind: 'none';
      query: Query;
      closest?: FactDoc[] | undefined;
      beyond?: string | undefined;
      unmentioned?: string[] | undefined;
    };

const ATTRIBUTE_ROW: Record<string, string> = {
  born: 'profile-born',
  birthplace: 'profile-birthplace',
  height: 'profile-height',
  nationality: 'profile-nationality',
  fullName: 'profile-fullname',
  discipline: 'profile-discipline',
  career: 'bg-career-status',
};

interface Tenure {
  name: string;
  /** Which end the claim was about: the start ("joined", "koos voor") or the end ("left", "vertrok"). */
  end: 'from' | 'until';
  date: string;
  year: number;
  /** The teams (or coaches) of the year claimed. */
  then: string[];
}

/** Verbs that put a team's start or end in a year: "joined", "koos voor", "left", "vertrok bij". */
const JOINS =
  /^(join|joined|joins|joining|went|ging|gegaan|chose|choose|chooses|picked|signed|sign|getekend|switched|switch|moved|koos|kiest|kiezen|gekozen|tekende|overstap|overstapte|overgestapt|aangesloten|sloot)$/;
const LEAVES =
  /^(leave|left|leaves|leaving|quit|quits|verliet|verlaten|vertrok|vertrekt|vertrokken|weggegaan|stopte|stopped)$/;

/** Verbs of being with a team: "rode for", "reed voor", "skated for". */
const RIDES =
  /^(rode|ride|rides|riding|skated|skates|skating|reed|rijdt|reden|schaatste|schaatst|trained|trainde|traint|zat|was)$/;

/** Which end of a team's (or coach's) time the question's verb is about, if it names one. */
const tenureEnd = (q: Query): Tenure['end'] | undefined =>
  q.words.some((w) => JOINS.test(w)) ? 'from' : q.words.some((w) => LEAVES.test(w)) ? 'until' : undefined;

/** An affiliation's start or end date, as the claim asks. */
const endDate = (r: FactDoc, end: Tenure['end']) => (end === 'from' ? r.facets!.from : r.facets!.until);

const roleOf = (r: FactDoc) => (r.facets!.sub?.endsWith('coach') ? 'coach' : 'team');

/** The affiliation rows a question names by a word of their name most other names lack ("IKO", "Jumbo"). */
function namedAffiliations(rows: readonly FactDoc[], asked: readonly string[]): FactDoc[] {
  const typed = new Set(asked);
  return rows.filter((r) =>
    nameWordsOf(rows)
      .get(r)!
      .some((w) => typed.has(w)),
  );
}

const affiliations = new WeakMap<AskIndex, FactDoc[]>();
function affiliationsOf(index: AskIndex): FactDoc[] {
  let out = affiliations.get(index);
  if (!out) affiliations.set(index, (out = index.docs.filter((d) => d.kind === 'affiliation' && d.facets?.name)));
  return out;
}

/** Each affiliation's telling name words, worked out once per dataset. */
const nameWords = new WeakMap<readonly FactDoc[], Map<FactDoc, string[]>>();
function nameWordsOf(rows: readonly FactDoc[]): Map<FactDoc, string[]> {
  const known = nameWords.get(rows);
  if (known) return known;
  // A word most names share ("team") names none of them.
  // A description in brackets ("(regional training centre)", "(informally)") is no part of the name.
  const named = (r: FactDoc) => words(r.facets!.name!.replace(/\((?=\p{Ll})[^)]*\)/gu, ' '));
  const seen = new Map<string, number>();
  for (const r of rows) for (const w of new Set(named(r))) seen.set(w, (seen.get(w) ?? 0) + 1);
  const out = new Map(
    rows.map((r) => [r, named(r).filter((w) => w.length >= 3 && (seen.get(w) ?? 0) < 3 && !FUNCTION_WORDS.has(w))]),
  );
  nameWords.set(rows, out);
  return out;
}

/**
 * "How many followers when she joined Jumbo-Visma": the team's start (or end) is the time asked, and
 * its words and the verb are no longer text to find.
 */
function atTenure(index: AskIndex, q: Query): void {
  const end = tenureEnd(q);
  if (!end || q.year !== undefined || q.season) return;
  const named = namedAffiliations(affiliationsOf(index), q.words);
  const date = named.map((r) => endDate(r, end))[0];
  if (!date) return;
  const nameWords = new Set(named.flatMap((r) => words(r.facets!.name!)));
  q.year = Number(date.slice(0, 4));
  if (date.length >= 7) q.month = Number(date.slice(5, 7));
  q.leftovers = q.leftovers.filter((w) => !nameWords.has(w) && !JOINS.test(w) && !LEAVES.test(w));
}

/**
 * "Why did she join Team IKO in 2024", "waarom koos ze in 2020 voor Jumbo-Visma": a claim that a
 * team (or coach) the affiliation table holds started or ended in a year. Its dates judge it; when
 * they hold, the usual path answers, so only a year that is not the team's start or end is a "no".
 */
function tenureClaim(index: AskIndex, q: Query): AskAnswer | undefined {
  // "With Reggeborgh since 2017": "since" a year claims the start, like "joined in 2017".
  const since = q.after !== undefined && q.words.some((w) => /^(since|sinds|vanaf)$/.test(w));
  const end = tenureEnd(q) ?? (since ? 'from' : undefined);
  const claimed = q.year ?? (since ? q.after! + 1 : undefined);
  if (!end || claimed === undefined || q.season || q.month !== undefined) return undefined;
  const rows = affiliationsOf(index);
  const named = namedAffiliations(rows, q.words);
  const dated = named.filter((r) => endDate(r, end));
  if (dated.length === 0 || dated.length < named.length) return undefined;
  const yearOfEnd = (r: FactDoc) => Number(endDate(r, end)!.slice(0, 4));
  // "Left Jumbo-Visma for Team IKO in 2024": she did leave the one then; the claim is that she joined the other.
  const left = end === 'until' && named.length === 2 ? named.find((r) => yearOfEnd(r) === claimed) : undefined;
  const joined = left && named.find((r) => r !== left && endDate(r, 'from'));
  if (joined && Number(endDate(joined, 'from')!.slice(0, 4)) !== claimed)
    return tenureAnswer(rows, q, joined, 'from', claimed);
  if (dated.some((r) => yearOfEnd(r) === claimed)) return undefined;
  return tenureAnswer(rows, q, dated[0]!, end, claimed);
}

const OFF_PODIUM =
  / (naast|buiten) (het )?podium | off the podium | miss(ed|es)? (out on )?(the|a) podium | no podium | geen podium(plek|plaats)? /;

/**
 * "Waarom viel ze naast het podium op het EK sprint 2021": a race of hers named, claimed off the
 * podium. Her place there judges it: a "no" with the medal she won, or the race that bears it out.
 */
function offPodiumClaim(index: AskIndex, q: Query): AskAnswer | undefined {
  if (!OFF_PODIUM.test(` ${q.words.join(' ')} `)) return undefined;
  const raced = { ...q, entities: q.entities.filter((e) => e !== 'medal'), medal: undefined, place: undefined };
  const done = execute(index.docs, raced, ENTITY_SPECS.result!);
  if (done.kind !== 'rows' || done.rows.length !== 1) return undefined;
  const race = done.rows[0]!;
  const place = race.facets?.place;
  if (place === undefined) return undefined;
  if (place <= 3) return { kind: 'facts', query: q, hits: [race], verdict: false };
  return { kind: 'facts', query: q, hits: [race], verdict: q.intent === 'yesno' ? true : undefined };
}

/**
 * "Why didn't she win gold in Beijing", "waarom werd het geen goud": the races of that meeting
 * where she did not take the colour, with what the days after them tell (her words, the timeline).
 */
function whyNoMedal(index: AskIndex, q: Query): AskAnswer | undefined {
  const won = q.medal !== undefined || q.entities.includes('win') || q.entities.includes('medal');
  // "Waarom werd het geen goud": "geen" says it as "not" does.
  const whyNot = q.whyNot || (q.answer === 'why' && q.words.includes('geen'));
  if (!whyNot || !won || (!q.venue && !q.competitions?.length)) return undefined;
  const raced: Query = {
    ...q,
    entities: ['result'],
    medal: undefined,
    answer: undefined,
    whyNot: undefined,
    intent: 'lookup',
    leftovers: [],
  };
  const done = execute(index.docs, raced, ENTITY_SPECS.result!);
  if (done.kind !== 'rows') return undefined;
  const colour = q.medal ? PODIUM.indexOf(q.medal) + 1 : 1;
  const races = done.rows.filter((r) => (r.facets?.place ?? 99) > colour && !r.facets?.race?.partOf);
  if (races.length === 0 || races.length > 3) return undefined;
  const days = races.map((r) => r.date).filter((d): d is string => d?.length === 10);
  const near = daysAfter(index, days, ['timeline', 'quote']);
  const content = q.words.filter((w) => !FUNCTION_WORDS.has(w));
  const told = retrieve(index.retriever, index.byId, content, ['timeline', 'quote'], (d) => near.includes(d));
  const rank = (d: FactDoc) => {
    const at = told.hits.indexOf(d);
    return at < 0 ? told.hits.length : at;
  };
  // What gives a reason (a mistake, a hand on the ice, a fall) comes before what only tells the result.
  const reason = (d: FactDoc) => Number(REASON_TOLD.test(`${d.answer.en} ${d.answer.nl}`));
  const tells = [...near].sort((a, b) => reason(b) - reason(a) || rank(a) - rank(b));
  return { kind: 'facts', query: q, hits: [...tells.slice(0, 3), ...races] };
}

const REASON_TOLD =
  /\b(mistake|misser|hand|because|omdat|cost|kostte|fout|slipped|fell|fall|viel|val|too much|te veel|tired|moe)\b/i;

/** "No: she joined it in June 2018, not then", with who she was with in the year claimed. */
function tenureAnswer(rows: FactDoc[], q: Query, lead: FactDoc, end: 'from' | 'until', claimed: number): AskAnswer {
  const kind = roleOf(lead);
  const year = claimed;
  const covers = (r: FactDoc) => {
    const from = r.facets!.from ? Number(r.facets!.from.slice(0, 4)) : -Infinity;
    const until = r.facets!.until ? Number(r.facets!.until.slice(0, 4)) : Infinity;
    return from <= year && year <= until;
  };
  const then = rows.filter((r) => r !== lead && covers(r) && roleOf(r) === kind);
  return {
    kind: 'facts',
    query: q,
    hits: [lead, ...then].slice(0, 4),
    verdict: false,
    tenure: {
      name: lead.facets!.name!,
      end,
      date: endDate(lead, end)!,
      year,
      then: [...new Set(then.map((r) => r.facets!.name!))],
    },
  };
}

/**
 * "Which team did she join in June 2018", "welke ploeg verliet ze in 2024": the team (or coach)
 * whose start (or end) falls in the time named, not every one that was there then.
 */
function tenureIn(index: AskIndex, q: Query, spec: EntitySpec | undefined): AskAnswer | undefined {
  if ((spec?.name !== 'team' && spec?.name !== 'coach') || q.year === undefined || q.intent === 'count')
    return undefined;
  const end = tenureEnd(q);
  if (!end || q.leftovers.some((w) => !JOINS.test(w) && !LEAVES.test(w))) return undefined;
  const rows = affiliationsOf(index).filter((r) => roleOf(r) === spec.name && (!spec.base || spec.base(r.facets!)));
  if (namedAffiliations(rows, q.words).length > 0) return undefined;
  const at = q.month === undefined ? String(q.year) : `${q.year}-${String(q.month).padStart(2, '0')}`;
  const then = rows.filter((r) => endDate(r, end)?.startsWith(at));
  if (then.length === 0) return undefined;
  // Her own team or coach before the national team's.
  const own = (r: FactDoc) => (/national|training-centre/.test(r.facets!.sub ?? '') ? 1 : 0);
  return { kind: 'facts', query: q, hits: [...then].sort((a, b) => own(a) - own(b)).slice(0, 4) };
}

/** Did two affiliations overlap in time? A month both name is the end of one and the start of the next. */
/** Two periods given as date prefixes overlap; an open start or end runs as far as it can. */
function periodsOverlap(a: { from?: string | undefined; until?: string | undefined }, b: typeof a): boolean {
  return (a.from ?? '0000') < (b.until ?? '9999') && (b.from ?? '0000') < (a.until ?? '9999');
}

function overlaps(a: FactDoc, b: FactDoc): boolean {
  return periodsOverlap(a.facets!, b.facets!);
}

/**
 * "Was Poltavets her coach at Jumbo-Visma?", "klopt het dat Orie haar coach was bij Worldstream?":
 * a coach and a team the affiliation table holds, claimed together; their dates judge it, and the
 * coaches of that team's time say who it was.
 */
function coachAtTeam(index: AskIndex, q: Query): AskAnswer | undefined {
  // "When did she start with Van Velde at Jumbo-Visma", "how was it under Orie at Reggeborgh" claim
  // it as much as "was he her coach there".
  const how = q.words.some((w) => w === 'how' || w === 'hoe') || /\bwhat (was|is) it like\b/.test(q.words.join(' '));
  if (q.intent !== 'yesno' && q.answer !== 'when' && q.answer !== 'why' && !how) return undefined;
  const rows = affiliationsOf(index);
  const named = namedAffiliations(rows, q.words);
  const coaches = named.filter((r) => roleOf(r) === 'coach');
  const teams = named.filter((r) => roleOf(r) === 'team');
  if (coaches.length === 0 || teams.length === 0) return undefined;
  const holds = coaches.some((c) => teams.some((t) => overlaps(c, t)));
  // A "when" or "why" whose pair did overlap is answered as usual, by the rows.
  if (holds && q.intent !== 'yesno') return undefined;
  const then = rows.filter((r) => roleOf(r) === 'coach' && teams.some((t) => overlaps(r, t)));
  const hits = holds ? [...coaches, ...teams] : [...then, ...coaches];
  return { kind: 'facts', query: q, hits: [...new Set(hits)].slice(0, 4), verdict: holds };
}

/** "Under Kramer", "coached by Kramer", "coach Sven Kramer": a person put in the coach's place. */
const COACHED = /^(under|onder|coached|coach|trainer|trained|getraind|trainde|coachte)$/;

/**
 * "What was it like training under Sven Kramer?": a person the sources name, put in the coach's place,
 * who is none of her coaches, is a premise to reject; her coaches follow, the current one first.
 */
function coachNotHers(index: AskIndex, q: Query): AskAnswer | undefined {
  // "Who was her coach at De Uithof" asks who; only a name put after "under", "coached by" claims one.
  if (!q.entities.includes('coach') || q.person || q.answer === 'who') return undefined;
  const rows = affiliationsOf(index);
  if (namedAffiliations(rows, q.words).length > 0) return undefined;
  const isName = (w: string | undefined) =>
    w !== undefined && index.names.has(w) && !FUNCTION_WORDS.has(w) && !isVenue(q, w);
  const after = (i: number) =>
    COACHED.test(q.words[i - 1] ?? '') ||
    (/^(by|door)$/.test(q.words[i - 1] ?? '') && COACHED.test(q.words[i - 2] ?? ''));
  const named = q.words.filter((w, i) => isName(w) && (after(i) || (isName(q.words[i - 1]) && after(i - 1))));
  if (named.length === 0) return undefined;
  const coaches = rows.filter((r) => roleOf(r) === 'coach');
  // A name any coach's row holds ("Orie") is one of hers, however the row is labelled.
  if (named.some((w) => coaches.some((r) => wordsOfRow(r).includes(` ${w} `)))) return undefined;
  // Her own coaches before national coaches, the current one first.
  const rank = (r: FactDoc) => (r.facets!.current ? 0 : 1) + (/national/.test(r.facets!.sub ?? '') ? 2 : 0);
  const ordered = [...coaches].sort(
    (a, b) => rank(a) - rank(b) || (b.facets!.from ?? '').localeCompare(a.facets!.from ?? ''),
  );
  return { kind: 'facts', query: q, hits: ordered.slice(0, 4), verdict: false };
}

/**
 * "Orie was her coach when she won gold in Milan, right?", "reed ze in 2023 voor Jumbo-Visma?": a
 * coach or team named by its name, claimed for a race, a day or a year. The table finds who it was
 * then; the claim holds when the one named is among them.
 */
function affiliationThen(index: AskIndex, q: Query, spec: EntitySpec | undefined): AskAnswer | undefined {
  if (q.intent !== 'yesno') return undefined;
  const when = q.medal || q.competitions?.length || q.venue || q.event || q.year !== undefined || q.season || q.bound;
  if (!when) return undefined;
  const rows = affiliationsOf(index);
  const anyNamed = namedAffiliations(rows, q.words);
  // "Reed ze in 2023 voor Jumbo-Visma": a verb of skating for a named team asks about the team.
  const role =
    spec?.name === 'coach' || spec?.name === 'team'
      ? spec.name
      : !spec && anyNamed.length > 0 && q.words.some((w) => RIDES.test(w))
        ? roleOf(anyNamed[0]!)
        : undefined;
  if (!role) return undefined;
  const named = anyNamed.filter((r) => roleOf(r) === role);
  if (named.length === 0) return undefined;
  const names = new Set(named.flatMap((r) => nameWordsOf(rows).get(r)!));
  const rest: Query = {
    ...q,
    intent: 'lookup',
    leftovers: q.leftovers.filter((w) => !names.has(w) && !RIDES.test(w)),
  };
  if (rest.leftovers.length > 0) return undefined;
  const done = execute(index.docs, rest, ENTITY_SPECS[role]!);
  if (done.kind !== 'rows' || done.rows.length === 0) return undefined;
  const holds = done.rows.some((r) => named.includes(r));
  const hits = holds ? named.filter((r) => done.rows.includes(r)) : [...done.rows, ...named];
  return { kind: 'facts', query: q, hits: [...new Set(hits)].slice(0, 4), verdict: holds };
}

/** The tables whose rows are races, dated to the day. */
const RACED_TABLES = ['medal', 'win', 'result', 'podium', 'championship', 'dutch-title'];
/** "Who is Jutta Leerdam", "tell me about her", "jutta wiki": a question for who she is, in short. */
const OVERVIEW =
  /^(about|wiki|wikipedia|info|information|bio|biography|profile|famous|known|bekend|beroemd|overzicht|samenvatting|summary|tell|vertel|over)$/;
const OVERVIEW_ROWS = [
  'profile-discipline',
  'profile-nationality',
  'profile-born',
  'profile-birthplace',
  'bg-occupation',
];

function overviewOf(index: AskIndex, q: Query, content: readonly string[]): AskAnswer | undefined {
  const plain =
    !q.entities.length && !q.attribute && !q.competitions?.length && !q.event && !q.venue && q.year === undefined;
  const asked = q.answer === 'who' || q.words.some((w) => OVERVIEW.test(w));
  if (!plain || !asked || !content.every((w) => OVERVIEW.test(w))) return undefined;
  // Her best-known result leads the profile rows: the newest Olympic gold, when the dataset holds one.
  const gold = index.docs
    .filter((d) => d.kind === 'medal' && d.facets?.competition === 'olympics' && d.facets.medal === 'gold')
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
  const rows = OVERVIEW_ROWS.map((id) => index.byId.get(id)).filter((d): d is FactDoc => d !== undefined);
  return {
    kind: 'facts',
    query: q,
    hits: [...rows.slice(0, 2), ...(gold ? [gold] : []), ...rows.slice(2)],
    overview: true,
  };
}

/** How a row tells that someone said something. */
const SPEECH = /\b(said|says|told|according to|zei|zegt|vertelde|volgens)\b/i;
const EVERY = /^(every|each|all|alle|elke|iedere|ieder)$/;
const RACED = /^(skate|skated|skating|raced|race|geschaatst|schaatste|gereden|reed|reden|wedstrijd)$/;
const BIRTHDAY = /^(birthday|verjaardag|jarig|jarige)$/;

/**
 * "Did she ever win a Dutch title on her birthday?": her birthday is a day of the year, the one her
 * birth row gives; the races of the table asked that fell on it answer, and none is a "no".
 */
function onBirthday(index: AskIndex, q: Query, table: EntitySpec | undefined): AskAnswer | undefined {
  if (!q.words.some((w) => BIRTHDAY.test(w))) return undefined;
  // "Heeft ze op haar verjaardag geschaatst": a verb of racing asks for any race.
  const spec = table ?? (q.words.some((w) => RACED.test(w)) ? ENTITY_SPECS.result : undefined);
  if (!spec || !RACED_TABLES.includes(spec.name)) return undefined;
  const birthRow = index.byId.get(ATTRIBUTE_ROW.born!);
  const born = birthRow?.date;
  if (!birthRow || !born || born.length < 10) return undefined;
  const asked = { ...q, attribute: undefined, intent: 'list' as const };
  // A Dutch title is a race she won too, kept in a table of its own.
  const dutchToo =
    spec.name !== 'dutch-title' && (!q.competitions?.length || q.competitions.some((c) => c.startsWith('nk-')));
  const tables = [spec, ...(dutchToo ? [ENTITY_SPECS['dutch-title']!] : [])];
  const rows = tables
    .map((t) => execute(index.docs, asked, t))
    .flatMap((done) => (done.kind === 'rows' ? done.rows : []))
    .filter((d) => d.date?.slice(4, 10) === born.slice(4, 10));
  if (rows.length > 0)
    return { kind: 'facts', query: q, spec, hits: rows.slice(0, 3), verdict: q.intent === 'yesno' ? true : undefined };
  return { kind: 'facts', query: q, hits: [birthRow], verdict: q.intent === 'yesno' ? false : undefined };
}

/**
 * "Who was her coach at Jumbo-Visma in 2020?": a team named for a year it does not cover is a
 * premise to reject; who she was with that year follows, then the team's own row with its dates.
 */
function teamNotThen(index: AskIndex, q: Query): AskAnswer | undefined {
  if (q.intent !== 'lookup' && q.intent !== 'list') return undefined;
  if (!q.entities.some((e) => e === 'coach' || e === 'team')) return undefined;
  // Only a question for who or which: "what happened in bike training" names no team.
  if (q.answer !== 'who' && !q.words.some((w) => w === 'which' || w === 'welke')) return undefined;
  const span = q.season
    ? { from: `20${q.season.slice(2, 4)}-07`, until: `20${q.season.slice(5, 7)}-07` }
    : q.year !== undefined
      ? { from: `${q.year}`, until: `${q.year + 1}` }
      : undefined;
  if (!span) return undefined;
  const rows = affiliationsOf(index);
  const teams = namedAffiliations(rows, q.words).filter((r) => roleOf(r) === 'team');
  const covers = (r: FactDoc) => periodsOverlap(r.facets!, span);
  if (teams.length === 0 || teams.some(covers)) return undefined;
  const role = q.entities.includes('coach') ? 'coach' : 'team';
  const thatYear = rows.filter((r) => roleOf(r) === role && covers(r));
  // The team's own row, with its dates, is what makes the "no" plain; it is never cut.
  return { kind: 'facts', query: q, hits: [...thatYear.slice(0, 3), ...teams.slice(0, 1)], verdict: false };
}

/**
 * "When did she join Team IKO?", "wie trainde haar bij Jumbo-Visma?": a team or coach named by its
 * name is the row asked; its dates say when, and the coaches of a team's time say who. Only when
 * nothing else is asked: "her first win with Jumbo-Visma" is a race.
 */
function atNamedAffiliation(index: AskIndex, q: Query): AskAnswer | undefined {
  if (q.intent !== 'lookup' && q.intent !== 'list') return undefined;
  if (q.entities.some((e) => e !== 'team' && e !== 'coach') || q.answer === 'why') return undefined;
  // A year or season named is the table's to judge ("her coach at Team Novus in 2019").
  if (q.competitions?.length || q.event || q.medal || q.attribute || q.person || q.bound) return undefined;
  if (q.year !== undefined || q.season !== undefined) return undefined;
  const rows = affiliationsOf(index);
  const named = namedAffiliations(rows, q.words);
  if (named.length === 0) return undefined;
  // A name of a coach is a person's, who may be asked about otherwise ("engaged to Verweij").
  if (!q.entities.length && named.some((r) => roleOf(r) === 'coach')) return undefined;
  // Every other word must be the name or a verb of joining, leaving or skating for: "wanneer werd
  // bekend dat ze niet naar IKO ging" asks about news, which the text rows tell.
  const names = new Set(named.flatMap((r) => nameWordsOf(rows).get(r)!));
  // "Her teammates at Team IKO": the team's row names who she joined with.
  if (
    q.leftovers.some((w) => !names.has(w) && !JOINS.test(w) && !LEAVES.test(w) && !RIDES.test(w) && !TEAMMATES.test(w))
  )
    return undefined;
  const coaches = named.filter((r) => roleOf(r) === 'coach');
  const teams = named.filter((r) => roleOf(r) === 'team');
  const coachAsked =
    q.entities.includes('coach') && (q.answer === 'who' || q.words.some((w) => /^(which|welke)$/.test(w)));
  if (coachAsked && coaches.length === 0) {
    // The coaches whose own row names the team, else those whose dated time began within it.
    const linked = rows.filter(
      (r) =>
        roleOf(r) === 'coach' &&
        teams.some((t) => overlaps(r, t) && (namesOther(r, t, rows) || namesOther(t, r, rows))),
    );
    const then = linked.length
      ? linked
      : rows.filter((r) => roleOf(r) === 'coach' && teams.some((t) => overlaps(r, t) && startsWithin(r, t)));
    if (then.length === 0) return undefined;
    return { kind: 'facts', query: q, hits: [...then, ...teams].slice(0, 4) };
  }
  // "Her teammates at Team IKO": the team's own row, which names who she was there with.
  if (q.words.some((w) => TEAMMATES.test(w)) && teams.length === 1) return { kind: 'facts', query: q, hits: teams };
  // "From IKO to Reggeborgh": a move between two teams is a day the text rows tell.
  if (
    q.answer !== 'when' ||
    (coaches.length > 0 && teams.length > 0) ||
    new Set(named.map((r) => r.facets!.name)).size > 1
  )
    return undefined;
  const end = tenureEnd(q) === 'until';
  const key = (r: FactDoc) => (end ? (r.facets!.until ?? '9999') : (r.facets!.from ?? '0000'));
  const sorted = [...named].sort((a, b) => key(a).localeCompare(key(b)));
  // "Since when is Poltavets her coach again": the time that still runs, when the name has two.
  const now = q.words.some((w) => /^(since|sinds|again|weer|opnieuw)$/.test(w));
  if (now) sorted.sort((a, b) => Number(isOpen(b)) - Number(isOpen(a)));
  return { kind: 'facts', query: q, hits: sorted.slice(0, 4) };
}

const isOpen = (r: FactDoc) => r.facets!.current === true;

/** A coach of a team's time who began there, not one whose time only ran into it. */
function startsWithin(coach: FactDoc, team: FactDoc): boolean {
  const from = coach.facets!.from;
  return from !== undefined && (!team.facets!.from || from >= team.facets!.from);
}

/** "Coach at Team Jumbo-Visma", "with Poltavets": one affiliation's row that names the other. */
function namesOther(row: FactDoc, other: FactDoc, rows: readonly FactDoc[]): boolean {
  const said = new Set(words(row.text));
  return nameWordsOf(rows)
    .get(other)!
    .some((w) => said.has(w));
}

/**
 * "Is the Olympic record of 1:12.31 also her PB?", "is haar olympisch record ook haar pr?": a time
 * (given, or a record's) claimed as her personal best is judged by her current personal best on
 * that distance.
 */
function pbClaim(index: AskIndex, q: Query): AskAnswer | undefined {
  // "Is die 1.12,31 uit Milaan haar snelste 1000 meter ooit?": a time claimed to be her fastest ever
  // is a claim about her personal best, wherever the time was skated.
  const everFastest =
    q.order === 'fastest' && q.words.some((w) => /^(ever|ooit|alltime|allertijden)$/.test(w) || w === 'all');
  if (q.intent !== 'yesno' || (!q.entities.includes('pb') && !(everFastest && typedSeconds(q.words) !== undefined)))
    return undefined;
  const record = q.recordKind
    ? index.docs.find(
        (d) =>
          d.kind === 'record' &&
          d.facets?.sub === q.recordKind &&
          (!q.event || d.facets?.event === q.event) &&
          d.facets?.current === true,
      )
    : undefined;
  const seconds = typedSeconds(q.words) ?? record?.facets?.seconds;
  const event = q.event ?? record?.facets?.event ?? eventOfSeconds(seconds);
  if (seconds === undefined || !event) return undefined;
  const pb = index.docs.find((d) => d.kind === 'personal-best' && d.facets?.event === event && d.facets.current);
  if (!pb?.facets?.seconds) return undefined;
  const same = Math.abs(pb.facets.seconds - seconds) < 0.005;
  return { kind: 'facts', query: q, hits: record && !same ? [pb, record] : [pb], verdict: same };
}

interface Rival {
  name: string;
  theirPlace: number;
  herPlace: number;
  /** The gap between them when both figures are known: seconds in a race, points in a classification. */
  gap?: { value: number; unit: 's' | 'pts'; decimals: number } | undefined;
}

/** As many decimals as the figures were given with (1:24.029 has three), so a gap invents no precision. */
const mostDecimals = (...figures: (string | undefined)[]) =>
  Math.max(0, ...figures.map((figure) => (figure ? decimalsOf(figure) : 0)));

/**
 * Where the rival a question names finished in a race or a classification, against her place, and
 * by how much; undefined when a source does not say.
 */
function rivalIn(doc: FactDoc, name: string): Rival | undefined {
  const f = doc.facets;
  const herPlace = f?.place;
  const theirs = (f?.race?.placings ?? f?.placings)?.find((p) => p.name === name && !p.members);
  if (herPlace === undefined || theirs?.place === undefined) return undefined;
  const theirSeconds = secondsOf(theirs.result);
  // A classification's points, or an all-round's.
  const herPoints = f?.points ?? (f?.race?.points ? Number(f.race.points.value) : undefined);
  const gap =
    f?.seconds !== undefined && theirSeconds !== undefined
      ? {
          value: Math.abs(theirSeconds - f.seconds),
          unit: 's' as const,
          decimals: mostDecimals(f.race?.result, theirs.result),
        }
      : herPoints !== undefined && theirs.points
        ? {
            value: Math.abs(Number(theirs.points.value) - herPoints),
            unit: 'pts' as const,
            decimals: mostDecimals(f?.race?.points?.value ?? String(herPoints), theirs.points.value),
          }
        : undefined;
  return { name, theirPlace: theirs.place, herPlace, gap };
}

/**
 * A yes/no claim about a profile fact ("born on 20 July 1998 in Drachten?", "is she 1.78 m?"): every
 * date part and every word the claim adds must be what the rows say, else the claim is false.
 */
function claimHolds(q: Query, rows: readonly FactDoc[]): boolean {
  // "Is ze 1,70 m?", "is she 170 cm": a height is a figure, judged by the row's figure.
  const claimedHeight = heightOf(q.words);
  const height = rows.find((r) => r.id === 'profile-height');
  if (claimedHeight !== undefined && height) return heightOf(words(height.answer.en)) === claimedHeight;
  const date = rows.find((r) => r.date)?.date;
  const text = fold(rows.map((r) => `${r.text} ${r.answer.en} ${r.answer.nl}`).join(' '));
  if (date) {
    if (q.year !== undefined && Number(date.slice(0, 4)) !== q.year) return false;
    if (q.month !== undefined && Number(date.slice(5, 7)) !== q.month) return false;
    const days = q.words.filter((w) => /^\d{1,2}$/.test(w));
    if (days.some((day) => Number(day) !== Number(date.slice(8, 10)))) return false;
  }
  // A place the lexicon knows ("born in Heerenveen") is no leftover, but part of the claim all the same.
  if (q.venue && !text.includes(fold(q.venue))) return false;
  return q.leftovers.every((w) => text.includes(w));
}

/** "By more than a second": the gap claimed against the race's gap in seconds; no claim holds. */
function gapHolds(claim: Query['marginClaim'], rival: Rival): boolean {
  if (!claim || rival.gap?.unit !== 's') return true;
  const gap = rival.gap.value;
  if (claim.op === 'more') return gap > claim.seconds;
  if (claim.op === 'less') return gap < claim.seconds;
  return Math.abs(gap - claim.seconds) <= 0.1 * claim.seconds + 0.005;
}

/** The claim's words a row holds in no form. */
function unsaidIn(row: FactDoc, claimed: readonly string[]): string[] {
  const text = fold(`${row.text} ${row.keywords} ${row.answer.en} ${row.answer.nl}`);
  const held = new Set(words(text).flatMap(stems));
  return claimed.filter((w) => !text.includes(w) && !stems(w).some((s) => held.has(s)));
}

/** A height in centimetres from "1.81 m", "1,81 m" (read as 1 and 81) or "181 cm". */
function heightOf(ws: readonly string[]): number | undefined {
  for (let i = 0; i < ws.length; i += 1) {
    const w = ws[i]!;
    if (/^1\.\d{2}m?$/.test(w)) return Math.round(Number(w.replace(/m$/, '')) * 100);
    if (w === '1' && /^\d{2}$/.test(ws[i + 1] ?? '')) return 100 + Number(ws[i + 1]);
    if (/^1\d{2}$/.test(w) && /^(cm|centimeter|centimetres?|centimeters?)$/.test(ws[i + 1] ?? '')) return Number(w);
  }
  return undefined;
}

const NARRATIVE: FactDoc['kind'][] = ['timeline', 'background', 'quote'];
/** Rows that tell what happened: a quote tells what she said. */
const EVENTS_TOLD: FactDoc['kind'][] = ['timeline', 'background'];

/** Below this share of the question's information, retrieval has not found the answer. */
const SURE = 0.6;
const CLOSEST = 0.35;

function hasFilters(q: Query): boolean {
  return Boolean(
    q.competitions?.length ||
    q.event ||
    q.medal ||
    q.venue ||
    q.person ||
    q.season ||
    q.recordKind ||
    q.order ||
    [q.year, q.place, q.month, q.before, q.after].some((x) => x !== undefined),
  );
}

/**
 * A season, year or month after the newest data, that no row names either ("the wedding, probably
 * 2027" is a row): nothing in the dataset can answer it, and a "no" would be an invented negative.
 */
function beyondCoverage(index: AskIndex, q: Query): boolean {
  const year = Number(index.coverage.slice(0, 4));
  const month = Number(index.coverage.slice(5, 7)) || 12;
  const season = month >= 7 ? year : year - 1;
  const named = (text: string) => index.docs.some((d) => d.text.includes(text));
  if (q.season && Number(q.season.slice(0, 4)) > season) return !named(q.season);
  if (q.year !== undefined && q.year > year) return !named(String(q.year));
  return q.year === year && q.month !== undefined && q.month > month;
}

const AGE_FRAME = /^(how|hoe|old|oud|age|leeftijd|was|is|she|ze|zij|her|haar|what|wat|were|werd|jutta|leerdam)$/;
const CLAUSE = /^(when|toen|tijdens|during|at|op|bij)$/;

/**
 * "How old was she when she won her first world title", "hoe oud was ze toen ze begon met schaatsen":
 * the event is the question without its frame, and her age on that event's date is the answer.
 */
function ageAtEvent(index: AskIndex, q: Query): AskAnswer | undefined {
  if (q.attribute !== 'born' || !q.words.some((w) => /^(old|oud|age|leeftijd)$/.test(w))) return undefined;
  const clause = q.words.findIndex((w, i) => i > 0 && CLAUSE.test(w));
  const rest = clause > 0 ? q.words.slice(clause + 1) : q.words.filter((w) => !AGE_FRAME.test(w));
  if (rest.filter((w) => !FUNCTION_WORDS.has(w)).length === 0) return undefined;
  const event = ask(index, rest.join(' '));
  // "How old was she at the 2018 Olympics": a meeting she was not at is a premise to reject.
  if (event.kind === 'false-premise') return event;
  // "At the 2022 Olympics": a meeting of several races; her age on its first.
  const first =
    event.kind === 'facts' && event.count !== undefined
      ? [...event.hits].filter((d) => d.date).sort((a, b) => a.date!.localeCompare(b.date!))[0]
      : undefined;
  const lead = event.kind === 'facts' ? (event.count === undefined ? event.hits[0] : first) : undefined;
  if (event.kind !== 'facts' || !lead || lead.kind === 'profile') return undefined;
  if (first) return { kind: 'facts', query: q, hits: [first], ageThen: ageSpan(index, first.date!) };
  // An undated row tells the age in its own words, if at all ("she started at about 11").
  if (!lead.date) return event;
  const ageThen = ageSpan(index, lead.date);
  return ageThen ? { ...event, ageThen } : undefined;
}

function ageSpan(index: AskIndex, date: string): { from: number; to: number; date: string } | undefined {
  const from = ageOn(index.born, firstDayOf(date));
  const to = ageOn(index.born, periodEndOf(date));
  return from === undefined || to === undefined ? undefined : { from, to, date };
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
};
const numberWord = (w: string) => NUMBER_WORDS[w];
/** The number a count question claims ("two, right?"), when one of its leftover words is one. */
const numberClaimed = (leftovers: readonly string[]) => leftovers.map(numberWord).find((n) => n !== undefined);

const SHE = /^(she|her|ze|zij|haar|jutta|leerdam)$/;
/** "Her previous PB", "haar vorige pr", "before her current best". */
const PREVIOUS = /^(previous|former|earlier|prior|vorige|vorig|eerdere|voorgaande)$/;
const LOST = /^(lose|lost|loses|losing|verloor|verloren|verliest)$/;
const claimsIt = (q: Query) => q.answer === 'why' || q.intent === 'yesno';

/** The tables of races she skated, won or lost. */
const RACE_SPECS = ['result', 'medal', 'win', 'championship', 'podium'];
/** Tables whose rows are things she has a number of: medals, wins, titles, records. */
const COUNTABLE = ['medal', 'win', 'podium', 'championship', 'dutch-title', 'standing-title', 'record'];
/** Capitalised words after "in" that name no place: "in the Order of Orange-Nassau", "in the World Cup". */
const NOT_PLACES = /^(Order|World|European|Dutch|Olympic|Olympics|Games|Instagram|TikTok|Team|Netflix)$/;
const MONTH_NAMES = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Does a row's English text name a place: "in The Hague", "at Thialf", "at De Uithof"? */
function namesPlace(text: string): boolean {
  for (const m of text.matchAll(/\b(?:in|at|near)\s+(?:the\s+|The\s+|De\s+)?([A-Z][\p{L}'’-]+)/gu))
    if (!MONTH_NAMES.test(m[1]!) && !NOT_PLACES.test(m[1]!)) return true;
  return false;
}

/**
 * "Wat vond ze ervan om twee keer goud te winnen in Milaan": a number of medals taken for granted
 * in a question about something else is checked against the count, as a claim would be.
 */
function medalsClaimed(index: AskIndex, q: Query): AskAnswer | undefined {
  if (q.intent === 'count' || q.intent === 'yesno' || (!q.medal && !q.entities.includes('medal'))) return undefined;
  if (!q.competitions?.length && !q.venue) return undefined;
  const at = q.words.findIndex(
    (w, i) =>
      NUMBER_WORDS[w] !== undefined &&
      /^(keer|times|x|gold|goud|gouden|medals|medailles|titles|titels)$/.test(q.words[i + 1] ?? ''),
  );
  if (at < 0) return undefined;
  const claimed = NUMBER_WORDS[q.words[at]!]!;
  const counted: Query = { ...q, intent: 'count', entities: ['medal'], leftovers: [], order: undefined };
  const done = execute(index.docs, counted, ENTITY_SPECS.medal!);
  const rows = done.kind === 'rows' ? done.rows : [];
  if (rows.length === claimed) return undefined;
  return {
    kind: 'facts',
    query: counted,
    spec: ENTITY_SPECS.medal,
    hits: rows.slice(0, 8),
    count: rows.length,
    tally: medalTally(rows),
    verdict: false,
  };
}

function unmetAnchor(index: AskIndex, q: Query): AskAnswer | undefined {
  const said = saidWhenWon(index, q);
  if (said) return said;
  const a = q.anchor;
  if (!a || !q.bound) return undefined;
  const won =
    a.medal !== undefined || q.entities.includes('medal') || q.words.some((w) => WON.test(w) || w === 'winning');
  // "How did she feel after winning Olympic 500 m gold": a meeting she was at, with a colour claimed
  // that she did not win there, stands on a false premise too.
  const coloured = won && a.medal !== undefined;
  const named =
    a.year !== undefined || Boolean(a.venue) || (coloured && (Boolean(a.competitions?.length) || Boolean(a.event)));
  if (!named || (anchorDay(index.docs, q) && !coloured)) return undefined;
  const spec = won ? ENTITY_SPECS.medal! : ENTITY_SPECS.result!;
  const claim: Query = {
    ...q,
    intent: 'yesno',
    entities: won ? ['medal'] : ['result'],
    competitions: a.competitions,
    venue: a.venue,
    year: a.year,
    medal: a.medal,
    event: a.event ?? q.event,
    anchor: undefined,
    bound: undefined,
    order: undefined,
    leftovers: [],
  };
  const done = execute(index.docs, claim, spec);
  if (done.kind !== 'false-premise') return undefined;
  // "What did she say about Stolz after her Olympic team-sprint gold": the words asked about, said
  // at another time, follow the "no" before the medals.
  const about = aboutRows(index, q);
  return {
    kind: 'false-premise',
    query: claim,
    spec,
    failed: done.failed,
    actual: [...about, ...done.near].slice(0, 4),
    had: done.had,
  };
}

/** "De trainer van Kok", "Kok's coach", "who coaches Kok": the affiliation asked is a rival's. */
function othersAffiliation(q: Query): boolean {
  if (!q.person || !(q.entities.includes('coach') || q.entities.includes('team'))) return false;
  const name = words(q.person);
  const w = q.words;
  const at = w.findIndex((x, i) => name.every((n, k) => w[i + k] === n));
  if (at < 0) return false;
  const before = w.slice(Math.max(0, at - 3), at);
  const after = w[at + name.length] ?? '';
  return (
    // "coach of Kok", "trainer van Femke Kok", "who coaches Kok", "wie traint Kok"
    (/^(of|van)$/.test(before.at(-1) ?? '') &&
      before.some((x) => /^(coach|coaches|trainer|trainers|team|ploeg)$/.test(x))) ||
    /^(coaches|coached|trains|trained|traint|trainde|coacht)$/.test(before.at(-1) ?? '') ||
    // "Was Takagi coached by Poltavets"
    /^(coached|trained|getraind|gecoacht)$/.test(after) ||
    // "Kok's coach" (folded to "koks"), "Kok haar coach"
    /^(s|coach|trainer|team|ploeg)$/.test(after)
  );
}

function rivalAtAffiliation(index: AskIndex, q: Query): AskAnswer | undefined {
  if (q.intent !== 'yesno' || !q.person || !(q.entities.includes('coach') || q.entities.includes('team')))
    return undefined;
  const surname = fold(q.person.split(' ').at(-1)!);
  const rows = affiliationsOf(index);
  const named = namedAffiliations(rows, q.words);
  const pool = named.length > 0 ? named : rows;
  if (pool.some((r) => fold(`${r.text} ${r.answer.en} ${r.answer.nl}`).includes(surname))) return undefined;
  return { kind: 'none', query: q, closest: pool.slice(0, 3) };
}

/**
 * A yes/no on the first, latest or fastest row claimed for a year or a place: the row is picked
 * with that filter dropped, then the claim is judged on it (undefined when the row cannot say).
 */
function judgedOverAll(
  index: AskIndex,
  query: Query,
  spec: EntitySpec,
  dropped: Partial<Query>,
  holds: (facets: NonNullable<FactDoc['facets']>) => boolean | undefined,
): AskAnswer | undefined {
  const all = execute(index.docs, { ...query, ...dropped, intent: 'lookup' }, spec);
  const row = all.kind === 'rows' ? all.rows[0] : undefined;
  const verdict = row?.facets ? holds(row.facets) : undefined;
  return row && verdict !== undefined ? { kind: 'facts', query, spec, hits: [row], verdict } : undefined;
}

/** Rows of the given kinds dated to the day within two days after one of the days given. */
function daysAfter(index: AskIndex, days: readonly string[], kinds: readonly FactDoc['kind'][]): FactDoc[] {
  return index.docs.filter(
    (d) =>
      kinds.includes(d.kind) &&
      d.date?.length === 10 &&
      days.some((day) => d.date! >= day && daysApart(d.date, day) <= 2),
  );
}

/** The text row that holds what a question asks about beside a false claim ("about Jordan Stolz"). */
function aboutRows(index: AskIndex, q: Query): FactDoc[] {
  const asked = [...q.leftovers, ...(q.person ? words(q.person) : [])];
  const told = asked.length > 0 ? retrieve(index.retriever, index.byId, asked, NARRATIVE) : undefined;
  return told && told.mass >= SURE ? told.hits.slice(0, 1) : [];
}

/**
 * "What did she say when she won the Olympic 500 m": her words of a win she never had. The win is
 * judged first: a "no" with what she did win there, never a quote of another race.
 */
function saidWhenWon(index: AskIndex, q: Query): AskAnswer | undefined {
  const won = q.entities.includes('win') || (q.medal !== undefined && q.entities.includes('medal'));
  if (!q.entities.includes('quote') || !won || q.bound) return undefined;
  if (!q.competitions?.length && !q.event && !q.venue) return undefined;
  const spec = q.medal ? ENTITY_SPECS.medal! : ENTITY_SPECS.win!;
  const claim: Query = {
    ...q,
    intent: 'yesno',
    entities: q.medal ? ['medal'] : ['win'],
    answer: undefined,
    leftovers: [],
  };
  const done = execute(index.docs, claim, spec);
  if (done.kind === 'false-premise')
    return {
      kind: 'false-premise',
      query: claim,
      spec,
      failed: done.failed,
      actual: [...aboutRows(index, q), ...done.near].slice(0, 4),
      had: done.had,
    };
  // The win was hers: her words of the days after it, not of another race.
  if (done.rows.length !== 1 || !done.rows[0]!.date) return undefined;
  const day = done.rows[0]!.date;
  const after = daysAfter(index, [day], ['quote']).sort((x, y) => daysApart(x.date, day) - daysApart(y.date, day));
  if (after.length === 0) return undefined;
  // Of those days' words, the ones that tell of the race asked ("after the Olympic 1000 m gold").
  const content = q.words.filter((w) => !FUNCTION_WORDS.has(w));
  const told = retrieve(index.retriever, index.byId, content, ['quote'], (d) => after.includes(d));
  const hits = told.mass >= CLOSEST ? told.hits : after;
  return { kind: 'facts', query: q, hits: hits.slice(0, 3) };
}

/** "Where she was born", "waar ze geboren is", "her hometown": a birthplace said in passing. */
const BORN_CLAUSE =
  /\b(where she was born|where she is from|waar ze (is )?geboren( is)?|her (birthplace|hometown|home town)|haar (geboorteplaats|geboortedorp|geboortestad))\b/;

function presumedBirthplace(index: AskIndex, q: Query): AskAnswer | undefined {
  // "When was she born in Amsterdam": the date is asked, the place taken for granted.
  const dateAsked = q.answer === 'when' && /\b(born|geboren) (in|te) \S/.test(q.words.join(' '));
  if (q.intent === 'yesno' || !(BORN_CLAUSE.test(q.words.join(' ')) || dateAsked)) return undefined;
  const row = index.byId.get('profile-birthplace');
  if (!row) return undefined;
  const text = fold(`${row.text} ${row.answer.en} ${row.answer.nl}`);
  // The place claimed: one the lexicon knows ("Heerenveen"), or a word no row holds ("Drachten").
  if (q.venue)
    return text.includes(fold(q.venue)) ? undefined : { kind: 'facts', query: q, hits: [row], verdict: false };
  // With the date asked, the place is judged by the birthplace row alone; her birth date follows.
  if (dateAsked) {
    const place = q.leftovers.filter((w) => !text.includes(w));
    const born = index.byId.get(ATTRIBUTE_ROW.born!);
    if (place.length === 0 || q.leftovers.length === 0 || !born) return undefined;
    return { kind: 'facts', query: q, hits: [row, born], verdict: false };
  }
  const unknown = unheard(index.retriever, q.leftovers);
  if (unknown.length === 0) return undefined;
  return { kind: 'facts', query: q, hits: [row], unmentioned: unknown, verdict: false };
}

/** A row labelled by a word the question asks ("Wedding: …", "Bruiloft: …") is about that. */
const PAST = /^(was|were|had|waren|vroeger|ex|former|previous|vorige|eerdere|daarvoor|used)$/;

function labelAsked(r: Retriever, d: FactDoc, content: readonly string[], past: boolean): boolean {
  // A word most rows hold ("skating") labels nothing in particular.
  const asked = new Set(content.flatMap(stems).filter((st) => (r.df.get(st) ?? 0) < r.total / 20));
  return [d.answer.en, d.answer.nl].some((text) => {
    // The label's head, its first word, and the words of its kind ("Wedding" is asked by "married");
    // a row that opens "Her partner is …" is labelled by what it says she has.
    const labelled = /^((\p{L}{3,})[\p{L} -]{0,27}):/u.exec(text);
    const head = labelled?.[2] ?? (past ? undefined : /^((?:Her|Haar) \p{L}{3,}) is\b/u.exec(text)?.[1]);
    // The words of the whole label's kind count too: "Career status" is asked by "retired".
    const kind = synonymsOf(labelled?.[1] ?? head ?? '');
    return head !== undefined && words(`${head} ${kind}`).some((w) => stems(w).some((st) => asked.has(st)));
  });
}

/** "How long", "hoe lang", "for how many years": the answer is a length of time. */
const howLong = (q: Query) =>
  q.words.some((w, i) => /^(long|lang)$/.test(w) && /^(how|hoe)$/.test(q.words[i - 1] ?? ''));
/** A length of time in a row's English text: "about eight years", "for 18 races", "five years". */
const DURATION =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(years?|months?|weeks?|days?|seasons?)\b/i;
const WON = /^(won|win|wins|gewonnen|wint|winnen|beat|beaten|versloeg|verslagen)$/;
/** Where the question names the rival, by surname ("Kok" for Femke Kok); -1 when it does not. */
const rivalAt = (q: Query) => (q.person ? q.words.indexOf(fold(q.person.split(' ').at(-1)!)) : -1);

/** Is the rival the subject of the win ("had Kok won", "hoe vaak won Kok van haar")? */
function rivalWins(q: Query): boolean {
  const rival = rivalAt(q);
  const wonAt = q.words.findIndex((w) => WON.test(w));
  const herAt = q.words.findIndex((w) => SHE.test(w) || w === 'her' || w === 'haar');
  return rival >= 0 && wonAt >= 0 && (herAt < 0 || rival < herAt) && Math.abs(wonAt - rival) <= 3;
}

/** "Skipped", "sloeg over": a claim that she did not race. */
const SKIPPED = /^(skip|skips|skipped|skipping|oversloeg|overgeslagen|overslaan|sloeg)$/;
/** "Missed the 2022 Olympics" is a skip; "missed gold", "miste het podium" is a medal not won. */
const MISSED = /^(miss|misses|missed|missing|mist|miste|misten|missen)$/;
const MISSED_PRIZE =
  /^(gold|goud|gouden|silver|zilver|bronze|brons|medal|medals|medaille|podium|title|titel|record|win|zege|overwinning)$/;

function skipAsked(q: Query): boolean {
  if (q.words.some((w) => SKIPPED.test(w))) return true;
  const at = q.words.findIndex((w) => MISSED.test(w));
  return at >= 0 && !q.medal && !q.words.slice(at + 1, at + 5).some((w) => MISSED_PRIZE.test(w));
}
const HAPPENED = /^(happen|happened|happens|gebeurd|gebeurde|gebeurt|overkwam)$/;

/**
 * "Did Takagi finish third", "klopt het dat Kok tweede werd achter Jutta": when the rival is named
 * before she is, the place is the rival's; the race is found without it and its placings judge it.
 */
function placeOfRival(q: Query): void {
  if (q.intent !== 'yesno' || !q.person || q.beat) return;
  // "Did Kok win the Olympic 1000 m", "won Kok zilver": a win or a colour claimed for her is a place.
  const won = q.entities.includes('win') && !q.entities.includes('title');
  const place = q.place ?? (q.medal ? PODIUM.indexOf(q.medal) + 1 : won ? 1 : undefined);
  if (place === undefined) return;
  const rival = rivalAt(q);
  const herAt = q.words.findIndex((w) => SHE.test(w));
  if (rival < 0 || (herAt >= 0 && herAt < rival)) return;
  q.personPlace = place;
  q.place = undefined;
  q.medal = undefined;
  q.askedMedal = undefined;
  q.entities = q.entities.filter((e) => e !== 'win' && e !== 'medal');
}

/** A question of two parts ("who won, and what was her time") is answered part by part. */
export function askAll(index: AskIndex, question: string): AskAnswer[] {
  // "Who coached her there" is at a meeting, or at a team the first part names.
  const teams = new Set([...nameWordsOf(affiliationsOf(index)).values()].flat());
  const parts = splitQuestion(question, (w) => namesMeeting(index.lexicon, w) || teams.has(w));
  const answers = parts.map((part) => ask(index, part));
  // "Wanneer en waar verloofde ze zich": one row answers both; it is said once.
  const lead = (a: AskAnswer) => (a.kind === 'facts' ? a.hits[0] : undefined);
  return answers.filter((a, i) => i === 0 || !lead(a) || lead(a) !== lead(answers[0]!));
}

/** Does the word alone name a meeting, a place or a distance ("Beijing", "Olympics", "1000m")? */
function namesMeeting(lexicon: Lexicon, word: string): boolean {
  return candidatesAt(lexicon, word, stems(word)).some(
    (f) => f.words.length === 1 && ['competition', 'venue', 'event'].includes(f.concept.slot),
  );
}

export function ask(index: AskIndex, question: string): AskAnswer {
  const answer = answerOf(index, question);
  // "Who coached her at De Uithof": a text row that names no coach does not say who; it is shown
  // as what the dataset holds, under that.
  const lead = answer.kind === 'facts' ? answer.hits[0] : undefined;
  const q = answer.query;
  if (
    answer.kind === 'facts' &&
    lead &&
    q.answer === 'who' &&
    q.entities.includes('coach') &&
    NARRATIVE.includes(lead.kind) &&
    !COACH_NAMED.test(`${lead.answer.en} ${lead.answer.nl}`)
  )
    return { ...answer, coachNotHeld: true };
  return answer;
}

/** A row that names a coach of hers says so in one of these words. */
const COACH_NAMED = /\b(coach\w*|trainer\w*|trained by|getraind door|bondscoach)\b/i;

/**
 * "Who was she named afer": a word no row holds that is a function word with one slip of the
 * fingers asks nothing, and is not a word the reply says no source mentions. Only with its first
 * letter right ("jake" is no "make").
 */
/** Words put in quotation marks: "'80 years'", "“the next”"; an apostrophe inside a word ("Jutta's") is none. */
const QUOTED = /(?:^|[\s(:])['"“‘„]([\p{L}\d].*?)['"”’](?=[\s?.,!):;-]|$)/gu;

const rowWords = new WeakMap<FactDoc, string>();
/** A sentence of a row as its normalized words, worked out once: rows do not change while an index lives. */
const sentenceWords = new Map<string, string>();
function wordsOfSentence(sentence: string): string {
  let out = sentenceWords.get(sentence);
  if (out === undefined) {
    out = ` ${words(sentence).join(' ')} `;
    if (sentenceWords.size < 20_000) sentenceWords.set(sentence, out);
  }
  return out;
}
/**
 * How the lexicon names the competitions given, as normalized words padded to match whole words.
 * Worked out once per index and set of competitions: the lexicon does not change under an index.
 */
const formsCache = new WeakMap<AskIndex, Map<string, string[]>>();
function competitionForms(index: AskIndex, named: ReadonlySet<string>): string[] {
  let byKey = formsCache.get(index);
  if (!byKey) formsCache.set(index, (byKey = new Map<string, string[]>()));
  const key = [...named].sort().join('|');
  let out = byKey.get(key);
  if (!out) {
    out = index.lexicon.concepts
      .filter((c) => c.slot === 'competition' && c.value.split('|').some((v) => named.has(v)))
      .flatMap((c) => c.forms)
      .map((f) => ` ${words(f).join(' ')} `)
      .filter((f) => f.trim().length > 0);
    byKey.set(key, out);
  }
  return out;
}

/**
 * The text rows that tell of the meeting a question names by competition and year ("she did not
 * take part in the European Championships of January 2026"): what happened there when no race did.
 */
function meetingTold(index: AskIndex, q: Query): FactDoc[] {
  if (q.year === undefined || !q.competitions?.length) return [];
  const forms = competitionForms(index, new Set(q.competitions));
  const year = String(q.year);
  // One sentence must tell all three: the meeting, its year (or the row's own year) and her absence.
  const tells = (d: FactDoc, sentence: string) =>
    (d.facets?.year === q.year || sentence.includes(year)) &&
    ABSENCE_TOLD.test(sentence) &&
    forms.some((f) => wordsOfSentence(sentence).includes(f));
  return index.docs
    .filter((d) => d.kind === 'timeline' || d.kind === 'background')
    .filter((d) => d.text.split(/(?<=[.;:])\s+/).some((sentence) => tells(d, sentence)))
    .slice(0, 2);
}

/**
 * Text rows with a clause that tells of a podium at the meeting a question names: the row names
 * the competition, one clause the distance, the year and a medal ("1500 m bronze on 29 October 2021").
 */
function clauseTold(index: AskIndex, q: Query, colour?: MedalColour): FactDoc[] {
  const metres = /^(\d+)m$/.exec(q.event ?? '')?.[1];
  // Only the Dutch championships: the tables hold every international race, but of the NK only titles.
  const named = new Set(q.competitions?.filter((c) => c.startsWith('nk-')));
  if (q.year === undefined || !metres || named.size === 0) return [];
  const forms = competitionForms(index, named);
  const distance = new RegExp(`\\b${metres} ?(m|meter|metres)\\b`);
  const medal = new RegExp(`\\b(${colour ? MEDAL_WORDS[colour] : Object.values(MEDAL_WORDS).join('|')})\\b`, 'i');
  const year = String(q.year);
  const tells = (d: FactDoc, clause: string) =>
    (d.facets?.year === q.year || d.date?.startsWith(year) || clause.includes(year)) &&
    distance.test(clause) &&
    medal.test(clause);
  return (
    index.docs
      .filter((d) => d.kind === 'timeline' || d.kind === 'background')
      .filter(
        (d) =>
          q.month === undefined ||
          d.kind !== 'timeline' ||
          !d.date ||
          Number(d.date.slice(5, 7) || q.month) === q.month,
      )
      // The sentence names the championships; one of its clauses the distance, the year and the medal.
      .filter((d) =>
        sentencesOf(d.text)
          .filter((sentence) => sentence.split(';').some((clause) => tells(d, clause)))
          .some((sentence) => forms.some((f) => wordsOfSentence(sentence).includes(f))),
      )
      .sort((a, b) => Number(b.kind === 'timeline') - Number(a.kind === 'timeline'))
      .slice(0, 2)
  );
}

/**
 * "Did she win silver at the Dutch championships?": the text rows whose sentence names the NK and the
 * colour asked. Only for a colour other than gold, with no distance or year (those are clauseTold's).
 */
function nkPodiumsTold(index: AskIndex, q: Query): FactDoc[] {
  if (!q.medal || q.medal === 'gold' || q.event || q.year !== undefined) return [];
  const nk = ['nk-single-distances', 'nk-sprint'];
  const named = q.competitions?.filter((c) => nk.includes(c)) ?? [];
  const one = named.length === 1 ? named[0]! : undefined;
  // A sentence that names one of the two NKs is about that one; "Dutch" alone is too loose a name.
  const [distances, sprint] = nk.map((c) => competitionForms(index, new Set([c])));
  const specific: Record<string, string[]> = {
    'nk-single-distances': distances!.filter((f) => !sprint!.includes(f)),
    'nk-sprint': sprint!.filter((f) => !distances!.includes(f)),
  };
  const generic = competitionForms(index, new Set(nk)).filter((f) => f.trim().includes(' '));
  const names = (sentence: string, forms: readonly string[]) =>
    forms.some((f) => wordsOfSentence(sentence).includes(f));
  const other = nk.find((c) => c !== one)!;
  const about = (sentence: string) =>
    one
      ? names(sentence, specific[one]!) && !names(sentence, specific[other]!)
      : names(sentence, generic) || nk.some((c) => names(sentence, specific[c]!));
  const colour = new RegExp(`\\b(${MEDAL_WORDS[q.medal]})\\b`, 'i');
  return index.docs
    .filter((d) => d.kind === 'background' || d.kind === 'timeline')
    .filter((d) => sentencesOf(d.text).some((sentence) => colour.test(sentence) && about(sentence)))
    .sort((a, b) => Number(b.kind === 'background') - Number(a.kind === 'background'))
    .slice(0, 3);
}

/** A row's text, a sentence at a time. */
const sentencesOf = (text: string) => text.split(/(?<=\.)\s+/);

const MEDAL_WORDS: Record<MedalColour, string> = { gold: 'gold|goud', silver: 'silver|zilver', bronze: 'bronze|brons' };

/** How a row tells that she was not there: skipped, declined, did not take part. */
const ABSENCE_TOLD =
  /\b(did not (take part|compete|start|skate)|skip(ped|s)?|declin(ed|es)|withdr[ae]w|missed|niet mee|overgeslagen|sloeg\b.*\bover|schieten|ontbr(eekt|ak)|afgemeld)\b/i;

function wordsOfRow(d: FactDoc): string {
  let out = rowWords.get(d);
  if (out === undefined) rowWords.set(d, (out = ` ${words(d.text).join(' ')} `));
  return out;
}

/**
 * "What was the '80 years' thing she said", "did she say 'I'm quitting, it's final'": words put in
 * quotation marks are what a row must say, word for word (numbers too). The rows that do answer; a
 * claim of words no row says is a "no", with the nearest of her words.
 */
function quotedWords(index: AskIndex, q: Query, question: string): AskAnswer | undefined {
  const spans = [...question.matchAll(QUOTED)].map((m) => words(m[1]!)).filter((ws) => ws.length > 0);
  if (spans.length === 0) return undefined;
  const span = spans.sort((a, b) => b.length - a.length)[0]!;
  const said = index.docs.filter((d) => wordsOfRow(d).includes(` ${span.join(' ')} `));
  if (said.length > 0) {
    const quotes = said.filter((d) => d.kind === 'quote');
    return { kind: 'facts', query: q, hits: (quotes.length ? quotes : said).slice(0, 3) };
  }
  const content = span.filter((w) => !FUNCTION_WORDS.has(w));
  const claims = q.intent === 'yesno' || q.answer === 'why' || q.words.some((w) => SAY.test(w));
  if (content.length < 3 || !claims) return undefined;
  // Her words of the time the question names come first ("in February 2026").
  const ofTime =
    q.year !== undefined ? retrieve(index.retriever, index.byId, content, ['quote'], (d) => datedAs(d, q)) : undefined;
  const near = ofTime?.hits.length ? ofTime : retrieve(index.retriever, index.byId, content, ['quote']);
  return {
    kind: 'facts',
    query: q,
    hits: near.hits.slice(0, 2),
    verdict: false,
    notSaid: [...question.matchAll(QUOTED)].map((m) => m[1]!).sort((a, b) => b.length - a.length)[0],
  };
}

/** The words a slip is read back to: function words, and the bounds that are words of a question's frame. */
const SLIP_TARGETS = [...FUNCTION_WORDS, 'after', 'before', 'until', 'voordat'];

function dropSlippedFunctionWords(index: AskIndex, query: Query): void {
  const slipped = new Set(
    unheard(index.retriever, query.leftovers).filter(
      (w) => w.length >= 4 && SLIP_TARGETS.some((f) => f.length >= 4 && f[0] === w[0] && oneSlip(w, f)),
    ),
  );
  if (slipped.size === 0) return;
  query.leftovers = query.leftovers.filter((w) => !slipped.has(w));
  query.words = query.words.filter((w) => !slipped.has(w));
}

function answerOf(index: AskIndex, question: string): AskAnswer {
  const query = parse(index.lexicon, question);
  const cited = quotedWords(index, query, question);
  if (cited) return cited;
  dropSlippedFunctionWords(index, query);
  placeOfRival(query);
  // "Hoe lang" and "hoe groot" are her height only when nothing else is asked: "hoe lang was ze
  // ongeslagen" asks how long, "hoe groot was haar voorsprong" how big a lead.
  // "Die lange zegereeks" is a long streak. A word no row holds ("eigelijk", misspelt) asks nothing else.
  const heard = () => query.leftovers.length > unheard(index.retriever, query.leftovers).length;
  if (
    query.attribute === 'height' &&
    query.words.some((w) => /^(lang|lange|groot|grote)$/.test(w)) &&
    (heard() ||
      hasFilters(query) ||
      query.entities.length > 0 ||
      query.margin !== undefined ||
      query.words.includes('lange'))
  )
    query.attribute = undefined;
  // "Her favourite distance" inside a question about a race or a title names the distance, not her discipline.
  if (
    query.attribute === 'discipline' &&
    (query.competitions?.length ||
      query.event ||
      query.order ||
      query.year !== undefined ||
      query.venue ||
      query.entities.length)
  )
    query.attribute = undefined;
  // "Has she retired?", "stopt ze?": whether she goes on, which the career-status row tells (no
  // yes or no: it says what is known). "Stopte ze met hockey", "stopped in the 1500 m" are other stops.
  // A year alone ("why did she retire in 2025") does not make it another stop.
  if (
    query.attribute === 'career' &&
    (query.leftovers.length > 0 || query.competitions?.length || query.event || query.entities.length)
  )
    query.attribute = undefined;
  if (query.attribute === 'career') {
    const row = index.byId.get(ATTRIBUTE_ROW.career!);
    if (row) return { kind: 'facts', query, hits: [row] };
  }
  const aged = ageAtEvent(index, query);
  if (aged) return aged;
  if (unlistedRelativeAsked(query.words, query.intent === 'count')) return { kind: 'none', query };
  const order = query.intent === 'yesno' ? siblingOrderClaim(index.docs, query.words) : undefined;
  if (order) return { kind: 'facts', query, hits: [order.row], verdict: order.verdict };
  // "Heeft ze een tweelingzus", "a twin sister": a word no row holds qualifies the relatives; no plain yes.
  const plainAsk = query.intent === 'yesno' && unheard(index.retriever, query.leftovers).length === 0;
  const family = familyCount(index.docs, query.words, query.intent === 'count', plainAsk);
  if (family) {
    const claimed = family.parts.filter((p) => p.claimed !== undefined);
    return {
      kind: 'facts',
      query,
      hits: family.rows,
      family: family.parts,
      verdict:
        claimed.length > 0
          ? claimed.every((p) => p.claimed === p.count)
          : query.intent === 'yesno'
            ? family.parts.every((p) => p.count > 0)
            : undefined,
    };
  }
  // "Wie is de trainer van Femke Kok", "who coaches Kok": someone else's coach or team is no row of hers.
  if (othersAffiliation(query)) return { kind: 'none', query };
  // "Did she train with Kok at Reggeborgh": a yes needs a team or coach row that names Kok.
  const withRival = rivalAtAffiliation(index, query);
  if (withRival) return withRival;

  // "Named after a tennis player?", "waar komt haar naam vandaan": the question names a topic whose
  // rows tell it; they answer, and a claim's words they do not hold are said.
  const topic = topicRowsOf(question, index.docs);
  if (topic.length > 0) {
    const claimed = query.leftovers.filter(
      (w) => !/^(named|vernoemd|name|naam|come|comes|came|komt|kwam|vandaan)$/.test(w),
    );
    const unsaid = query.intent === 'yesno' || query.answer === 'why' ? unsaidIn(topic[0]!, claimed) : [];
    return { kind: 'facts', query, hits: topic.slice(0, 3), unsaid: unsaid.length ? unsaid : undefined };
  }
  const relatives = query.intent === 'yesno' ? undefined : relativesNamed(index.docs, query.words);
  if (relatives) return { kind: 'facts', query, hits: relatives, relatives: true };
  if (query.words.length === 0) return { kind: 'none', query };
  // "How did she feel after winning the 2018 Olympic medal": the meeting the bound names is not in
  // the dataset, so the question stands on a medal (or a race) she never had.
  const unmet = unmetAnchor(index, query);
  if (unmet) return unmet;
  const offPodium = offPodiumClaim(index, query);
  if (offPodium) return offPodium;
  const missed = whyNoMedal(index, query);
  if (missed) return missed;
  const medals = medalsClaimed(index, query);
  if (medals) return medals;
  if (beyondCoverage(index, query)) return { kind: 'none', query, beyond: index.coverage };
  const table = entityOf(query);
  if (table?.name === 'social') atTenure(index, query);
  // "Her lead after the second Calgary round": the gap of that day is in the classification's note;
  // the final gap the classification gives would answer another question.
  if (table?.kinds.includes('standing') && query.venue && query.margin) {
    query.margin = undefined;
    query.headToHead = undefined;
  }
  // A table with nothing to filter it by, and words it does not know ("Tour de France"): not a table question.
  // "Her coach before Jumbo-Visma": a bound with a team or coach after it filters the affiliations.
  const anchored = Boolean(query.bound) && Boolean(table?.kinds.includes('affiliation'));
  let spec = table && (hasFilters(query) || query.leftovers.length === 0 || anchored) ? table : undefined;
  // "When did her streak of 18 wins end": no table holds a streak, the text rows tell of it; a count
  // ("how many titles in a row") is the table's.
  if (spec && query.intent !== 'count' && query.answer !== 'who' && query.words.some((w) => STREAK.test(w)))
    spec = undefined;
  // "Why did she skip the 500 m at the 2022 Europeans", with no race of hers there: the absence is
  // given, as in "why didn't she", and the text rows tell why.
  if (spec && query.answer === 'why' && skipAsked(query)) {
    if (execute(index.docs, query, spec).kind === 'false-premise') {
      spec = undefined;
      query.whyNot = true;
    }
  }
  // "How many followers" asks for the figure, not for how many rows hold one.
  if (spec?.name === 'social' && query.intent === 'count') query.intent = 'lookup';
  const passed = table?.name === 'social' ? followerClaim(index, query, table) : undefined;
  if (passed) return passed;
  const birthday = onBirthday(index, query, table);
  if (birthday) return birthday;
  const tenure = tenureClaim(index, query);
  if (tenure) return tenure;
  const began = tenureIn(index, query, spec ?? table);
  if (began) return began;
  const together = coachAtTeam(index, query) ?? coachNotHers(index, query);
  if (together) return together;
  const then = affiliationThen(index, query, spec ?? table) ?? teamNotThen(index, query);
  if (then) return then;
  const named = atNamedAffiliation(index, query);
  if (named) return named;
  const pbClaimed = pbClaim(index, query);
  if (pbClaimed) return pbClaimed;
  // "How long did she live in Drachten, where she was born?": a birthplace taken for granted in a
  // clause is a claim all the same; a place no source names there is a "no", with where she was born.
  const bornThere = presumedBirthplace(index, query);
  if (bornThere) return bornThere;
  // "She's from Drachten, right?", "komt ze uit Den Haag?": the birthplace row says yes or no.
  const place = query.venue !== undefined || query.leftovers.length > 0;
  const plain = !query.entities.length && !query.competitions?.length && !query.event && !query.medal;
  if (query.intent === 'yesno' && place && plain && claimsOrigin(query.words)) {
    const row = index.byId.get('profile-birthplace');
    const claim = { ...query, leftovers: query.leftovers.filter((w) => !ORIGIN.test(w)) };
    if (row) return { kind: 'facts', query, hits: [row], verdict: claimHolds(claim, [row]) };
  }
  // "How old is her sister": a relative's age or height is in the family rows, not her profile.
  if (
    query.attribute &&
    !query.entities.includes('family') &&
    (!spec || query.answer === 'where' || query.answer === 'when') &&
    // "Geboren in Den Haag?": a place of two or three words is one claim.
    (query.leftovers.length <= 1 ||
      (query.attribute === 'born' && query.intent === 'yesno' && query.leftovers.length <= 3))
  ) {
    const attribute = query.attribute === 'born' && query.answer === 'where' ? 'birthplace' : query.attribute;
    const row = index.byId.get(ATTRIBUTE_ROW[attribute]!);
    if (row && query.intent === 'yesno') {
      // "Born in Drachten on 20 July?" is a claim about the date and the place: both rows judge it.
      const place =
        attribute === 'born' && (query.leftovers.length > 0 || query.venue)
          ? index.byId.get('profile-birthplace')
          : undefined;
      const rows = place ? [place, row] : [row];
      return { kind: 'facts', query, hits: rows, verdict: claimHolds(query, rows) };
    }
    // "Where and when was she born": both of her birth rows.
    const both = attribute === 'birthplace' && query.words.some((w) => w === 'when' || w === 'wanneer');
    const born = both ? index.byId.get(ATTRIBUTE_ROW.born!) : undefined;
    if (row) return { kind: 'facts', query, hits: born ? [row, born] : [row] };
  }
  // A profile question's frame ("hoe lang", "how old") that the profile row did not answer asks how
  // long or how old something else is ("hoe lang waren ze samen"): the frame is not what to look for.
  const frame = new Set(
    query.attribute
      ? index.lexicon.forms
          .filter((f) => f.concept.slot === 'attribute' && f.concept.value === query.attribute && f.words.length === 1)
          .map((f) => f.words[0]!)
      : [],
  );
  // "How long": the frame of a question about a length of time, not a word of the fact.
  if (howLong(query)) frame.add('long').add('lang');
  const content = query.words.filter((w) => !FUNCTION_WORDS.has(w) && !/^\d+$/.test(w) && !frame.has(w));
  if (spec) {
    // "Was her first World Cup win in 2019?": the first of them all, then its year; filtered to the
    // year first, the first of that year would always say yes.
    if (
      query.intent === 'yesno' &&
      (query.order === 'first' || query.order === 'latest') &&
      query.year !== undefined &&
      query.leftovers.length === 0 &&
      // "The first 1000 m of the 2024 World Sprint" names a race of that meeting, not the first of all.
      !query.words.some((w, i) => /^(first|eerste|last|laatste)$/.test(w) && /^\d+m?$/.test(query.words[i + 1] ?? ''))
    ) {
      const judged = judgedOverAll(index, query, spec, { year: undefined }, (f) =>
        f.year === undefined ? undefined : f.year === query.year,
      );
      if (judged) return judged;
    }
    // "Was the 1:12.31 in Milan her fastest 1000 m of the season?": the fastest of them all, then its
    // place; filtered to Milan first, the fastest there would always say yes.
    if (
      query.intent === 'yesno' &&
      query.order === 'fastest' &&
      query.venue !== undefined &&
      query.event &&
      // "That season", "dat jaar": a period of the race named, which the table cannot bound.
      !query.words.some((w) => /^(season|seizoen|year|jaar)$/.test(w))
    ) {
      const judged = judgedOverAll(index, query, spec, { venue: undefined, venueNames: undefined }, (f) =>
        f.city === undefined ? undefined : f.city === query.venue,
      );
      if (judged) return judged;
    }
    // "Three Olympic medals?", "twee toch?": a number claimed is checked against the count, and is no
    // word a row's text must hold.
    // "Has she won 20 World Cup races?": a bare number is a claim too (not a year, day or distance).
    const bare =
      query.intent === 'yesno' && query.day === undefined
        ? query.words.find((w, i) => /^\d{1,2}$/.test(w) && !/^(top|the|de)$/.test(query.words[i - 1] ?? ''))
        : undefined;
    const claimedNumber = numberClaimed(query.leftovers) ?? (bare !== undefined ? Number(bare) : undefined);
    if (claimedNumber !== undefined) query.leftovers = query.leftovers.filter((w) => numberWord(w) === undefined);
    // "Her previous 500 m PB", "haar vorige pr", "before her current best": the one the current replaced.
    if (spec.name === 'pb' && query.words.some((w) => PREVIOUS.test(w)) && query.intent !== 'count') {
      const bests = index.docs
        .filter((d) => d.kind === 'personal-best' && (!query.event || d.facets?.event === query.event))
        .sort((x, y) => (y.date ?? '').localeCompare(x.date ?? ''));
      const current = bests.find((d) => d.facets?.current);
      const earlier = bests.find((d) => !d.facets?.current && d.facets?.event === current?.facets?.event);
      if (current && earlier) return { kind: 'facts', query, spec, hits: [earlier, current] };
    }
    const executed = execute(index.docs, query, spec);
    // "Who joined Team Kafra in May 2025": of the teams of that time, the one named leads.
    const namedHere =
      executed.kind === 'rows' && spec.kinds.includes('affiliation')
        ? namedAffiliations(affiliationsOf(index), query.words).filter((r) => executed.rows.includes(r))
        : [];
    const done =
      executed.kind === 'rows' && namedHere.length > 0
        ? { ...executed, rows: [...namedHere, ...executed.rows.filter((r) => !namedHere.includes(r))] }
        : executed;
    // "Why did she finish last in Milan": when every race there was a podium, none was a last place.
    const podiums = done.kind === 'rows' && done.rows.every((r) => (r.facets?.place ?? 99) <= 3);
    if (query.lastPlace && done.kind === 'rows' && podiums && query.intent !== 'count')
      return { kind: 'facts', query, spec, hits: done.rows.slice(0, 3), verdict: false };
    // "Why did she skip the 1000 m at the 2022 Europeans": she raced it; the race says how it went.
    // Only for a race named by its distance and meeting: "a World Cup round in 2022/23" is one of many.
    // Or a championship of a year she raced at ("why did she skip the 2022 Olympics").
    const oneRace =
      (query.event !== undefined || (query.competitions?.length ?? 0) > 0) &&
      !query.competitions?.includes('world-cup') &&
      (query.venue !== undefined || query.year !== undefined) &&
      !query.season;
    const skipped = skipAsked(query) && query.intent !== 'count' && oneRace;
    if (skipped && done.kind === 'rows' && done.rows[0]?.facets?.race)
      return { kind: 'facts', query, spec, hits: done.rows.slice(0, 3), verdict: false, raced: true };
    // "How many times has she beaten Kok", "how many had Kok won": in the races where the sources
    // place both, who finished ahead, counted both ways; her own wins would be another set.
    if (query.intent === 'count' && query.person && (query.headToHead || rivalWins(query))) {
      // Every race of hers the question names, not only those she won.
      const raced = { ...query, entities: query.entities.filter((e) => e !== 'win' && e !== 'medal' && e !== 'title') };
      const all = execute(index.docs, { ...raced, medal: undefined, place: undefined }, ENTITY_SPECS.result!);
      const races = all.kind === 'rows' ? all.rows : [];
      const met = races
        .map((r) => ({ r, x: rivalIn(r, query.person!) }))
        .filter((m): m is { r: FactDoc; x: Rival } => m.x !== undefined);
      if (met.length === 0) return { kind: 'none', query, closest: races.slice(0, 3) };
      const ahead = met.filter((m) => m.x.herPlace < m.x.theirPlace).length;
      return {
        kind: 'facts',
        query,
        spec,
        hits: met.map((m) => m.r).slice(0, 8),
        headToHead: { name: query.person, races: met.length, ahead, behind: met.length - ahead },
      };
    }
    // Words no concept took ("Reggeborgh", "trials") must be found in a row's text. The leftovers
    // alone must carry the information, so a weak verb ("become") never overrides the table, and
    // a count or a false premise stands on the table.
    // A qualifier the table cannot filter by (a coach "as a junior": affiliations have no
    // competition) is text the rows must hold, like a leftover.
    // With a year, a season or a place the competition names one meeting, whose day does filter them.
    const meetingNamed = query.year !== undefined || query.season !== undefined || query.venue !== undefined;
    const unfiltered = Boolean(query.competitions?.length) && spec.kinds.includes('affiliation') && !meetingNamed;
    // "Under 1:13 on a lowland rink": the time filters the table, but beside words it does not take,
    // it is part of the text that holds them ("the first woman under 1:13 on a lowland track").
    const told = unfiltered
      ? content
      : query.leftovers.length > 0
        ? [...query.leftovers, ...(query.underWords ?? [])]
        : query.leftovers;
    const strong =
      told.length > 0 &&
      !(done.kind === 'rows' && done.anchored) &&
      // A gap to a named rival stands on the table's figures, like a count.
      !(query.margin && query.person) &&
      // "Followers in April 2023, when the relationship became public": the time asked picks the
      // figure; the event named only says when.
      !(spec.name === 'social' && (query.year !== undefined || query.anchor !== undefined)) &&
      retrieve(index.retriever, index.byId, told).mass >= SURE;
    if (strong && done.kind === 'rows' && query.intent !== 'count') {
      const inTable = new Set(done.rows);
      const within = retrieve(index.retriever, index.byId, content, spec.kinds);
      const holding = within.hits.filter((h) => inTable.has(h));
      if (holding.length > 0 && within.mass >= SURE) return { kind: 'facts', query, spec, hits: holding };
      // "Did Orie coach her in Milan?": he is a coach of hers, but not of that time; who was, is the answer.
      const other = within.mass >= SURE && within.hits[0]?.kind === 'affiliation';
      if (other && query.intent === 'yesno' && done.rows.length > 0)
        return { kind: 'facts', query, spec, hits: done.rows.slice(0, 3), verdict: false };
      const everything = retrieve(index.retriever, index.byId, content);
      // "A royal honour after the Milan Games": a meeting after a bound says when, and is no text a
      // row must repeat; the words the table did not take are what the text rows are found by.
      const narrative =
        everything.mass >= SURE || !query.bound ? everything : retrieve(index.retriever, index.byId, told, NARRATIVE);
      // Only when the text that holds them is not a row of this table filtered away by the question.
      if (narrative.mass >= SURE && !narrative.hits.some((h) => spec.kinds.includes(h.kind))) {
        // "Why did she fall in the Olympic 1000 m in Milan": the text tells of a fall, but at another
        // meeting; the race named holds what did happen there, and leads as the "no".
        const claim = query.intent === 'yesno' || query.words.some((w) => /^(why|waarom)$/.test(w));
        // A place names one meeting; a season or a competition alone spans many.
        const meeting = Boolean(query.venue) && !query.season && done.rows.length > 0;
        if (claim && meeting && !narrative.hits.some((h) => done.rows.some((r) => daysApart(h.date, r.date) <= 10)))
          return {
            kind: 'facts',
            query,
            spec,
            hits: [...done.rows.slice(0, 1), ...narrative.hits],
            verdict: false,
            elsewhere: true,
          };
        return { kind: 'facts', query, hits: narrative.hits };
      }
    }
    // "Why did she leave Milan early after the Olympics": no race was asked; a place and a time alone
    // chose the table. Words it does not hold that a text row tells ("leave", "early") are the answer.
    if (
      done.kind === 'false-premise' &&
      query.intent !== 'yesno' &&
      query.entities.length === 0 &&
      query.leftovers.length > 0 &&
      !query.event
    ) {
      const told = retrieve(index.retriever, index.byId, content, NARRATIVE);
      if (told.mass >= SURE) return { kind: 'facts', query, hits: told.hits };
    }
    // "Werd ze tweede achter Kok in Calgary": the race is there, but its row lists no one else, so the
    // rival's place is not known: no "no".
    if (
      done.kind === 'false-premise' &&
      query.person &&
      query.intent === 'yesno' &&
      query.nth === undefined &&
      (query.venue !== undefined || query.year !== undefined || query.season !== undefined)
    ) {
      const without = execute(index.docs, { ...query, person: undefined }, spec);
      if (without.kind === 'rows' && without.rows.every((r) => !r.facets?.race?.placings?.length))
        return { kind: 'facts', query, spec, hits: without.rows.slice(0, 3), fieldNotHeld: true };
    }
    if (done.kind === 'false-premise') {
      // What did happen then, when no row of the table is from the time the claim names: the text rows
      // of that year ("3rd at the Dutch championships of November 2025"), before the nearby rows. A
      // quote of that year tells what she said, not what happened.
      const inYear = (d: FactDoc) => query.year !== undefined && d.facets?.year === query.year;
      const then =
        query.year !== undefined && !done.near.some(inYear)
          ? retrieve(index.retriever, index.byId, content, EVENTS_TOLD, (d) => datedAs(d, query))
          : undefined;
      const told = then && then.mass >= CLOSEST ? then.hits : [];
      // "Which medal in the 1500 m at the NK of October 2021": a podium the tables do not hold (the
      // Dutch tables hold titles only) is told in a row's clause; it answers, and a "no" to a title
      // claimed there leads to it.
      const clauses = clauseTold(index, query);
      // "Win silver" claims a podium; "win" alone or gold, a title.
      // "Which medal did she win" asks for one, of any colour.
      const claimedTitle =
        query.entities.includes('title') ||
        (query.entities.includes('win') &&
          !query.entities.includes('medal') &&
          (query.medal === undefined || query.medal === 'gold'));
      const held = query.medal ? clauseTold(index, query, query.medal) : clauses;
      if (held.length > 0 && !claimedTitle && query.place === undefined)
        return query.intent === 'yesno'
          ? { kind: 'facts', query, hits: held, verdict: true }
          : { kind: 'facts', query, hits: held };
      // "How many silvers at the NK": the Dutch table holds titles; the other podiums are told in text.
      const podiums = spec.name === 'dutch-title' ? nkPodiumsTold(index, query) : [];
      if (podiums.length > 0)
        return { kind: 'facts', query, hits: podiums, verdict: query.intent === 'yesno' ? true : undefined };
      const meeting = [...clauses, ...(done.near.some(inYear) ? [] : meetingTold(index, query))];
      // "What happened at the Dutch championships in November 2025" asks, claims nothing: what the
      // text rows tell of that time answers it.
      const around = [...new Set([...meeting, ...told, ...done.near])];
      if (query.intent === 'lookup' && query.words.some((w) => HAPPENED.test(w)) && (meeting.length || told.length))
        return { kind: 'facts', query, hits: around.slice(0, 4) };
      const actual = around.slice(0, 6);
      return { kind: 'false-premise', query, spec, failed: done.failed, actual, had: done.had };
    }
    const counting = query.intent === 'count' || query.intent === 'list';
    // "How many in Beijing vs Milan": one count per place (or year) named, each saying what it counted.
    const parts: Query[] | undefined =
      query.intent === 'count' || query.intent === 'list'
        ? (query.venues?.map((venue) => ({ ...query, venue })) ?? query.years?.map((year) => ({ ...query, year })))
        : undefined;
    if (parts) {
      const split = parts.map((part) => {
        const each = execute(index.docs, part, spec);
        return { query: part, rows: each.kind === 'rows' ? each.rows : [] };
      });
      return {
        kind: 'facts',
        query,
        spec,
        hits: split.flatMap((s) => s.rows).slice(0, 8),
        split: split.map((s) => ({ query: s.query, count: s.rows.length, tally: medalTally(s.rows) })),
      };
    }
    // "Her time when she won the 1000 m at the 2024 worlds": the win is claimed in passing; a lead
    // race she did not win makes the claim a "no", with the race as it was.
    const lead0 = done.rows[0];
    const wonInPassing =
      query.entities.includes('win') &&
      // "What did she win at the 2024 worlds" asks what she took home, not whether she won a race.
      !(/^(what|wat|which|welke)$/.test(query.words[0] ?? '') && query.words.slice(1, 4).some((w) => WON.test(w))) &&
      // "Won a medal", "won silver": the win is of the medal, not of the race.
      !query.entities.some((e) => e === 'medal' || e === 'title' || e === 'podium') &&
      query.answer !== 'who' &&
      !query.medal &&
      query.place === undefined &&
      !query.miss &&
      !counting &&
      spec.name !== 'win' &&
      lead0?.facets?.place !== undefined &&
      lead0.facets.place !== 1;
    if (wonInPassing) return { kind: 'facts', query, spec, hits: done.rows.slice(0, 3), verdict: false, notWon: true };
    // "Why did she lose the Olympic 1000 m in Milan": a race she won is no loss.
    // Only a claim ("why did she lose", "did she lose") about a race: "when did she lose her title" asks when.
    const lostClaimed =
      query.words.some((w) => LOST.test(w)) &&
      claimsIt(query) &&
      RACE_SPECS.includes(spec.name) &&
      !counting &&
      !query.person &&
      lead0?.facets?.place === 1;
    if (lostClaimed) return { kind: 'facts', query, spec, hits: done.rows.slice(0, 3), verdict: false, wonIt: true };
    // "Met hoeveel verschil won ze": with no rival named, the margin is to the next one placed (or,
    // when she did not win, to the winner).
    if (query.margin && !query.person && !counting && done.rows[0]) {
      const f = done.rows[0].facets;
      const placings = (f?.race?.placings ?? f?.placings ?? []).filter((p) => !p.members && p.name !== 'Jutta Leerdam');
      // "How much did she miss bronze by": the gap is to the one who took the place asked.
      const target = query.askedMedal && query.miss ? PODIUM.indexOf(query.askedMedal) + 1 : f?.place === 1 ? 2 : 1;
      const other = placings.find((p) => p.place === target);
      if (other) query.person = other.name;
    }
    const placed = query.personPlace !== undefined && query.person ? rivalIn(done.rows[0]!, query.person) : undefined;
    // "Did Kok finish 2nd?": the lead race's placings judge the place claimed for her rival.
    if (placed)
      return {
        kind: 'facts',
        query,
        spec,
        hits: done.rows.slice(0, 1),
        rival: placed,
        verdict: placed.theirPlace === query.personPlace,
      };
    // "Did she beat Kok?": the claim is about the lead race, so its placings judge it, yes or no.
    // "How much faster than Kok in Milan": of the races there, the one where she was faster is meant.
    // "Why did Kok beat her", "versloeg Kok haar": the one named first is who did the beating.
    const herAt = query.words.findIndex((w) => SHE.test(w));
    const rivalBeats =
      query.lostTo === true ||
      (Boolean(query.beat) && beatVerb(query) && rivalAt(query) >= 0 && herAt > rivalAt(query));
    // "Did she beat Kok at the Olympics", "how much faster than Kok in Milan": of the races there,
    // the one where the one claimed to win was ahead is meant; "did she ever beat her", any race.
    const beaten =
      query.beat && query.person && (query.margin || query.intent === 'yesno' || query.answer === 'when')
        ? done.rows.slice(0, query.intent === 'yesno' ? undefined : 5).find((r) => {
            const x = rivalIn(r, query.person!);
            return x !== undefined && (rivalBeats ? x.theirPlace < x.herPlace : x.herPlace < x.theirPlace);
          })
        : undefined;
    const raced = beaten ?? done.rows[0]!;
    const rival = (query.beat || query.margin) && query.person && !counting ? rivalIn(raced, query.person) : undefined;
    if (rival && query.beat && (beatVerb(query) || query.lostTo)) query.rivalFirst = rivalBeats;
    // The claim is hers ("did she beat Kok") or, with the rival named first, the rival's; a gap
    // claimed ("by more than a second") is judged by the race's gap.
    if (rival) {
      const won = query.rivalFirst ? rival.theirPlace < rival.herPlace : rival.herPlace < rival.theirPlace;
      return {
        kind: 'facts',
        query,
        spec,
        hits: [raced, ...done.rows.filter((r) => r !== raced)].slice(0, 3),
        rival,
        verdict: won && gapHolds(query.marginClaim, rival),
      };
    }
    // "What happened to her gold medal": the race is the row, but what happened after it is told in
    // the text rows; those lead when they hold the question's words, the race follows.
    // "Is it true something happened to her medal" asks it as a claim.
    if ((query.intent === 'lookup' || query.intent === 'yesno') && query.words.some((w) => HAPPENED.test(w))) {
      const since = done.rows[0]?.date;
      // What happened to a medal came after the race that won it; at a race, on its day too; and
      // within weeks of it ("what happened at the 2022 Olympics" is not a day in 2026).
      const later = query.entities.includes('medal') || Boolean(query.medal);
      const race = done.rows[0]?.facets?.competition !== undefined;
      const soon = (d: FactDoc) => !since || !race || daysApart(d.date, since) <= 31;
      const after = (d: FactDoc) =>
        !since || (d.date !== undefined && (later ? d.date > since : d.date >= since) && soon(d));
      const told = retrieve(index.retriever, index.byId, content, NARRATIVE, after);
      if (told.mass >= SURE)
        return { kind: 'facts', query, hits: [...told.hits.slice(0, 2), ...done.rows.slice(0, 2)] };
    }
    // "How much prize money for her gold": what is counted is a thing no row holds in any form, so
    // the rows are the closest facts, not a count that answers it.
    // "How much" asks for an amount: when the counted rows hold none of its other words, no count answers it.
    const counted = query.intent === 'count' && query.leftovers.length > 0 && done.rows.length > 0;
    const unheld = counted ? unheard(index.retriever, query.leftovers) : [];
    const amount =
      counted &&
      query.words.some((w, i) => w === 'much' && query.words[i - 1] === 'how') &&
      !done.rows.some((r) => query.leftovers.some((w) => fold(`${r.text} ${r.keywords}`).includes(w)));
    // A word no row holds in any form ("wereldbekezeges", misspelt) may be what was to be counted: a
    // count that ignores it may be of the wrong set, which is worse than none.
    if (counted && (amount || unheld.length > 0))
      return {
        kind: 'none',
        query,
        closest: done.rows.slice(0, 3),
        unmentioned: unheld.length > 0 ? unheld : undefined,
      };
    // "Heeft ze drie olympische gouden medailles?": a number of rows claimed is a count to check.
    const claimedRows = query.intent === 'yesno' ? claimedNumber : undefined;
    if (claimedRows !== undefined && COUNTABLE.includes(spec.name)) {
      return {
        kind: 'facts',
        query,
        spec,
        hits: done.rows.slice(0, 8),
        count: done.count,
        tally: medalTally(done.rows),
        verdict: claimedRows === done.count,
      };
    }
    // "Did she win sportswoman of the year at the Dutch sports gala?": the table matched the meeting
    // words, not the claim. A "yes" needs the lead row to hold the claim's other words; a word no row
    // holds is said, and the rows are the closest facts, not an answer.
    const lead = done.rows[0];
    // "Why was she disqualified at the Olympics" takes as much for granted as "was she disqualified".
    const claims = query.intent === 'yesno' || (query.answer === 'why' && !query.whyNot);
    if (claims && lead && query.leftovers.length > 0 && !claimHolds(query, [lead])) {
      const missing = unheard(index.retriever, query.leftovers);
      if (missing.length > 0) return { kind: 'none', query, closest: done.rows.slice(0, 3), unmentioned: missing };
      // "The youngest Dutch sprint champion ever?": the words are the dataset's, but not this row's;
      // the row is what it holds, and no "yes" is said for the rest.
      const unsaid = unsaidIn(lead, query.leftovers);
      if (unsaid.length > 0) return { kind: 'facts', query, spec, hits: done.rows.slice(0, 3), unsaid };
    }
    // "What controversy was there about the team-sprint selection in 2022": a distance and a year
    // chose the table, but the lead race holds none of the other words, which a text row tells of.
    if (lead && !counting && query.intent === 'lookup' && query.entities.length === 0 && query.leftovers.length > 0) {
      const unsaid = unsaidIn(lead, query.leftovers);
      if (unsaid.length === query.leftovers.length) {
        const told = retrieve(index.retriever, index.byId, content, [...NARRATIVE, 'affiliation']);
        const top = told.hits[0];
        if (top && told.mass >= SURE && unsaidIn(top, query.leftovers).length < query.leftovers.length)
          return { kind: 'facts', query, hits: [...told.hits.slice(0, 2), ...done.rows.slice(0, 1)] };
      }
    }
    // "Did she win the 1000 at every World Cup in 2022/23": one row cannot say yes to "every"; a text
    // row that tells of the run (unbeaten, a streak) leads, the races follow, and no yes is said.
    if (query.intent === 'yesno' && query.words.some((w) => EVERY.test(w))) {
      const told = retrieve(index.retriever, index.byId, content, EVENTS_TOLD);
      const hits = told.mass >= SURE ? [...told.hits.slice(0, 2), ...done.rows.slice(0, 2)] : done.rows.slice(0, 3);
      return { kind: 'facts', query, hits };
    }
    // "Hoeveel olympisch goud, twee toch?": a count with a number claimed is checked against it.
    const claimedCount = query.intent === 'count' ? claimedNumber : undefined;
    return {
      kind: 'facts',
      query,
      spec,
      hits: done.rows.slice(0, counting ? 8 : 3),
      count: counting ? done.count : undefined,
      verdict: claimedCount !== undefined && counting ? claimedCount === done.count : undefined,
      // Words no filter took ("in a row", "gain"): the count did not narrow by them, and says so.
      uncounted: query.intent === 'count' && query.leftovers.length > 0 ? query.leftovers : undefined,
      tally: counting ? medalTally(done.rows) : undefined,
      oldestFirst: done.order === 'first' ? true : undefined,
      asOf: done.asOf,
    };
  }
  // "Wat deed ze op 1 maart 2026": the rows of that day, found by their date, the text rows first.
  const onDay = dayAsked(index, query);
  if (onDay.length > 0) {
    // The month is the day's, already taken: the other words say which row of that day.
    const told = content.filter((w) => !MONTHS.includes(w));
    const found =
      told.length > 0 ? retrieve(index.retriever, index.byId, told, undefined, (d) => onDay.includes(d)) : undefined;
    const hits = found && found.mass >= CLOSEST ? found.hits : onDay;
    const said = query.entities.includes('quote');
    const rank = (d: FactDoc) => (said && d.kind === 'quote' ? -1 : dayOrder(d));
    return { kind: 'facts', query, hits: [...hits].sort((a, b) => rank(a) - rank(b)).slice(0, 4) };
  }
  // "What did she do in 2019", "wat gebeurde er in maart 2022": the timeline of that year or month.
  const plainPeriod =
    query.year !== undefined &&
    !query.entities.length &&
    !query.competitions?.length &&
    !query.venue &&
    !query.event &&
    !query.person &&
    content.every((w) => VAGUE.test(w) || monthOf(w) >= 0);
  if (plainPeriod) {
    const then = index.docs
      .filter((d) => d.kind === 'timeline' && datedAs(d, query))
      .sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
    if (then.length > 0) return { kind: 'facts', query, hits: then.slice(0, 8), oldestFirst: true };
  }
  const overview = overviewOf(index, query, content);
  if (overview) return overview;
  if (content.length === 0) return { kind: 'none', query };
  const someoneElse = otherSpeaker(index, query);
  // "Wat vindt haar vader": a relative's view is told in the family rows, not in her quotes.
  // "What did Jake Paul say about her": his words are told in the text rows; her own quotes are not his.
  const kinds: FactDoc['kind'][] | undefined =
    query.entities.includes('quote') && someoneElse && !query.entities.includes('family')
      ? EVENTS_TOLD
      : query.entities.includes('quote') && !someoneElse && !query.entities.includes('family')
        ? ['quote']
        : query.entities.includes('family')
          ? ['background']
          : // A meeting no table holds is told in the text rows, not in a race row.
            query.unlisted
            ? NARRATIVE
            : undefined;
  const paired = pairedClaim(index, query, content);
  if (paired) return paired;
  // "A royal honour after the Milan Games": the meeting says when; the other words are what to find.
  const day = query.anchor ? anchorDay(index.docs, query) : undefined;
  // "What did she say after winning Olympic gold": with nothing else asked, the rows nearest that day.
  if (day && query.leftovers.length === 0) {
    const near = index.docs
      .filter((d) => (kinds ?? NARRATIVE).includes(d.kind) && d.date && onSideOf(d, day, query.bound!))
      .sort((a, b) => daysApart(a.date, day) - daysApart(b.date, day));
    // Of the rows of the days nearest it, those that tell of the meeting named ("after the Beijing silver").
    const soon = near.filter((d) => daysApart(d.date, day) <= daysApart(near[0]?.date, day) + 3);
    const told = retrieve(index.retriever, index.byId, content, kinds ?? NARRATIVE, (d) => soon.includes(d));
    const hits = told.mass >= CLOSEST ? told.hits : near.slice(0, 3);
    if (near.length > 0) return { kind: 'facts', query, hits };
  }
  if (day) {
    const side = (d: FactDoc) => onSideOf(d, day, query.bound!);
    const then = retrieve(index.retriever, index.byId, query.leftovers, kinds ?? NARRATIVE, side);
    const facts = kinds
      ? then.hits
      : [...then.hits.filter((h) => h.kind !== 'quote'), ...then.hits.filter((h) => h.kind === 'quote')];
    if (then.mass >= SURE) return { kind: 'facts', query, hits: facts };
  }
  // "What did Wennemars say about her future": someone else's words are told in the text rows, not her quotes.
  // "Why didn't she skate the 2026 World Sprint": the reason is told on a day of that year.
  // A row dated a little earlier may name the year ("December 2017: … misses PyeongChang 2018").
  const inYear =
    query.whyNot && query.year !== undefined
      ? retrieve(
          index.retriever,
          index.byId,
          content,
          kinds,
          (d) =>
            datedAs(d, query) ||
            (NARRATIVE.includes(d.kind) &&
              Number(d.date?.slice(0, 4)) === query.year! - 1 &&
              d.answer.en.includes(String(query.year))),
        )
      : undefined;
  let found = inYear && inYear.mass >= CLOSEST ? inYear : retrieve(index.retriever, index.byId, content, kinds);
  // "What did Poltavets say about her": of the rows found, those that tell what someone said lead.
  if (someoneElse && found.hits.length > 1) {
    const says = (d: FactDoc) => SPEECH.test(d.answer.en) || SPEECH.test(d.answer.nl);
    found = { ...found, hits: [...found.hits.filter(says), ...found.hits.filter((d) => !says(d))] };
  }
  // "Where does she live": a question about her that names no relative is not answered by a relative's row.
  const relativeRow = (d: FactDoc) => isRelativeRow(d) && d.facets!.name !== undefined;
  const relativeNamed = found.hits.some(
    (d) => relativeRow(d) && query.words.includes((d.facets!.name ?? '').toLowerCase()),
  );
  if (!query.entities.includes('family') && !relativeNamed && found.hits[0] && relativeRow(found.hits[0]))
    found = { ...found, hits: [...found.hits.filter((d) => !relativeRow(d)), ...found.hits.filter(relativeRow)] };
  if (query.entities.includes('family') && found.mass >= CLOSEST)
    found = {
      ...found,
      hits: relativesFirst(index.docs, query.words, found.hits).slice(0, Math.max(3, found.hits.length)),
    };
  // "Wat schreef ze als tiener op als doel": words of hers that a fact row quotes, not a quote row.
  if (kinds?.length === 1 && kinds[0] === 'quote' && found.mass < CLOSEST) {
    const quoted = retrieve(index.retriever, index.byId, content);
    if (quoted.mass >= SURE && /["“„]/.test(quoted.hits[0]!.answer.en)) found = quoted;
  }
  // A word no row holds ("twin", "officer") is part of what was asked: the reply says so first.
  const missing = unheard(index.retriever, content);
  const unmentioned = missing.length > 0 ? missing : undefined;
  // A word that describes what the rows hold ("twin sister", "borstkanker" of her mother) is
  // contradicted by how they describe it: a "no". A figure they lack ("5000m") is just not recorded.
  // Only for her family, a kind of row the question names: elsewhere ("the Tour de France") the
  // rest of the question is too little to say what the word was meant to describe.
  const described = missing.length > 0 && query.entities.includes('family') && missing.every((w) => !/\d/.test(w));
  if (found.hits.length === 0 || found.mass < CLOSEST) {
    // "Her twin sister": the rest of the question ("sister") finds its rows, shown under the word
    // none of them holds: as a "no" for her family (above), else as the closest facts.
    const heard = content.filter((w) => !missing.includes(w));
    const rest =
      missing.length > 0 && heard.length > 0 ? retrieve(index.retriever, index.byId, heard, kinds) : undefined;
    if (rest && rest.mass >= SURE && described)
      return { kind: 'facts', query, hits: rest.hits, unmentioned, verdict: false };
    if (rest && rest.mass >= SURE) return { kind: 'none', query, closest: rest.hits, unmentioned };
    // "Why was she suspended in 2024": the word no row holds is said, so a premise is not let stand.
    return { kind: 'none', query, unmentioned };
  }
  // A row of the year named that tells of the absence needs less of the question's other words.
  const sure = found === inYear ? CLOSEST : SURE;
  if (found.mass < sure && described) return { kind: 'facts', query, hits: found.hits, unmentioned, verdict: false };
  if (found.mass < sure) return { kind: 'none', query, closest: found.hits, unmentioned };
  // Her words answer what she said or thought; any other question is answered by a fact row first.
  const hits = kinds
    ? [...found.hits]
    : [...found.hits.filter((h) => h.kind !== 'quote'), ...found.hits.filter((h) => h.kind === 'quote')];
  // "Hoe lang heeft ze gehockeyd": a question of how long is answered by a row that gives a length of
  // time (her own words too: "I played hockey for eight years"), of those that hold nearly as much of
  // the question as the best.
  const lasting = howLong(query)
    ? found.ranked?.find((r) => r.mass >= Math.max(SURE, found.mass - 0.2) && DURATION.test(r.doc.answer.en))
    : undefined;
  if (lasting) hits.splice(0, hits.length, lasting.doc, ...hits.filter((h) => h !== lasting.doc));
  // "Waar is de bruiloft": of the rows that hold the question as well, one whose label is a word
  // asked ("Bruiloft: …") is about it; another that only mentions it (someone else's wedding) is not.
  // "Her partner is …" says who is, not who was: a question about before is not answered by it.
  // It answers who, not when or where.
  const past = query.words.some((w) => PAST.test(w)) || query.bound !== undefined || query.answer !== 'who';
  const labelled = !lasting
    ? found.ranked?.find(
        (r) => r.mass >= Math.max(SURE, found.mass - 0.15) && labelAsked(index.retriever, r.doc, content, past),
      )
    : undefined;
  if (labelled) hits.splice(0, hits.length, labelled.doc, ...hits.filter((h) => h !== labelled.doc));
  // "Where was she knighted": of the rows that hold the question as well, one that names a place.
  const placed =
    query.answer === 'where' && !lasting && !labelled && hits[0] && !namesPlace(hits[0].answer.en)
      ? found.ranked?.find((r) => r.mass >= Math.max(SURE - 0.15, found.mass - 0.25) && namesPlace(r.doc.answer.en))
      : undefined;
  if (placed) hits.splice(0, hits.length, placed.doc, ...hits.filter((h) => h !== placed.doc));
  // "Where will they marry": the row about it names no place, so the place is not in the dataset.
  if (query.answer === 'where' && labelled && !namesPlace(labelled.doc.answer.en))
    return { kind: 'facts', query, hits, placeNotHeld: true };
  // "When did they get married": a row that places it after the newest data has it still to come.
  const planned = pastTense(query) ? hits.find((h) => stillToCome(h, index.coverage)) : undefined;
  if (planned)
    return {
      kind: 'facts',
      query,
      hits: [planned, ...hits.filter((h) => h !== planned)],
      verdict: false,
      notYet: index.coverage,
    };
  // "When was she made Officer": the rows match all but a word of the claim, so they hold another
  // version of it (a Knight), and the claim as put is a "no".
  const claimed = unmentioned && (query.intent === 'yesno' || query.answer === 'when') && !/\d/.test(missing.join(''));
  // "Why did they break up in 2020": the rows that tell of it date it to another year, so the claim
  // as put is a "no", with the date the sources give.
  const dated = datedAsAsked(hits, query);
  // The dated row may rank below the rows shown, holding as much of the question.
  const withDate =
    dated.find((h) => h.date) ??
    found.ranked?.find((r) => r.mass >= found.mass - 1e-9 && r.doc.date && NARRATIVE.includes(r.doc.kind))?.doc;
  const best = withDate ? [...new Set([...dated, withDate])] : dated;
  // "Why didn't she go in 2018" gives the absence; a row that names the year speaks to it.
  const claim = (query.intent === 'yesno' || query.answer === 'why') && !query.whyNot && query.year !== undefined;
  const otherYear = (h: FactDoc) => !datedAs(h, query) && !h.text.includes(String(query.year));
  // A row of the year claimed may tell of it in passing (a race's note: "withdrew with a groin
  // injury"): then the claim holds there, and that row answers.
  const otherwise = claim && withDate && best.every(otherYear) && !unmentioned;
  const ofYear = otherwise
    ? retrieve(index.retriever, index.byId, content, undefined, (d) => datedAs(d, query))
    : undefined;
  if (ofYear && ofYear.mass >= SURE) return { kind: 'facts', query, hits: ofYear.hits };
  if (otherwise)
    return {
      kind: 'facts',
      query,
      hits: [withDate, ...dated.filter((h) => h !== withDate)],
      verdict: false,
      datedOtherwise: withDate.date,
    };
  return { kind: 'facts', query, hits: dated, unmentioned, verdict: claimed ? false : undefined };
}

const STREAK = /^(reeks|zegereeks|winreeks|zegereeksen|streak|streaks|winstreak|winstreaks|ongeslagen|unbeaten)$/;

const SAY = /^(say|said|says|think|thinks|thought|zei|zegt|zeggen|gezegd|vond|vindt|vinden|dacht|denkt)$/;
/** She as the one speaking; "her"/"haar" before a noun ("her coach Poltavets") is someone else's. */
const HER = /^(she|jutta|leerdam|ze|zij)$/;

/**
 * "What did Erben Wennemars say", "wat zei Wennemars": a name next to the verb of saying is who
 * spoke, and someone else's words are in the text rows, not in her quotes.
 */
function otherSpeaker(index: AskIndex, q: Query): boolean {
  const at = q.words.findIndex((w) => SAY.test(w));
  if (at < 0) return false;
  const named = (ws: string[]) =>
    !ws.some((w) => HER.test(w)) && ws.some((w) => index.names.has(w) && !FUNCTION_WORDS.has(w));
  // English puts the speaker before the verb ("did Wennemars say"), Dutch after it ("zei Wennemars").
  const before = q.words.slice(Math.max(0, at - 3), at);
  if (before.some((w) => /^(did|does|do|has|have|had)$/.test(w))) return named(before);
  return named(before) || named(q.words.slice(at + 1, at + 4));
}

/** "Did", "was", "heeft … gedaan": the question takes for granted that it has happened. */
const pastTense = (q: Query) =>
  (q.words.some((w) =>
    /^(did|was|were|had|has|have|heeft|hebben|waren|werd|werden|hadden|trouwde|trouwden)$/.test(w),
  ) ||
    // "Is she married": a state that a past wedding would have made.
    q.words.some((w) => /^(married|getrouwd)$/.test(w)) ||
    // "Wanneer zijn ze getrouwd": a Dutch perfect with "zijn" and a participle.
    (q.words.some((w) => /^(is|zijn)$/.test(w)) && q.words.some((w) => /^ge\w{3,}[dt]$/.test(w)))) &&
  !q.words.some((w) => /^(will|going|zal|zullen|gaat|gaan)$/.test(w));

/** A row that says something is planned, expected or probable in a year after the newest data. */
function stillToCome(doc: FactDoc, coverage: string): boolean {
  const text = `${doc.answer.en} ${doc.answer.nl}`;
  const years = (text.match(/\b20\d\d\b/g) ?? []).map(Number);
  return (
    years.some((y) => y > Number(coverage.slice(0, 4))) &&
    /\b(planned|expected|probably|gepland|verwacht|waarschijnlijk)\b/i.test(text)
  );
}

/** A row's stems, tokenized once per row: a question must not tokenize the dataset again. */
const rowStems = new WeakMap<FactDoc, Set<string>>();
function stemsOfRow(doc: FactDoc): Set<string> {
  let out = rowStems.get(doc);
  if (!out) rowStems.set(doc, (out = new Set(words(`${doc.text} ${doc.keywords}`).flatMap((w) => [...stems(w)]))));
  return out;
}

/** Each synonym group with the stems of its forms, worked out once: a question must not stem them again. */
let groupStems: { re: RegExp; group: Set<string> }[] | undefined;
function synonymGroups(): { re: RegExp; group: Set<string> }[] {
  groupStems ??= TEXT_SYNONYMS.map(([re, forms]) => ({
    re,
    group: new Set(words(forms).flatMap((w) => [...stems(w)])),
  }));
  return groupStems;
}

/** The narrative rows that tell of a synonym group's thing, found once per dataset and group. */
const telling = new WeakMap<AskIndex, Map<RegExp, FactDoc[]>>();
function rowsTelling(index: AskIndex, re: RegExp): FactDoc[] {
  let byGroup = telling.get(index);
  if (!byGroup) telling.set(index, (byGroup = new Map<RegExp, FactDoc[]>()));
  let rows = byGroup.get(re);
  if (!rows) {
    rows = index.docs.filter((d) => NARRATIVE.includes(d.kind) && re.test(`${d.answer.en} ${d.answer.nl}`));
    byGroup.set(re, rows);
  }
  return rows;
}

/** A word held by this few rows names someone or something, not a kind of thing ("Verweij", "Lucia"). */
const RARE = 20;

/**
 * "When did she get engaged to Koen Verweij": the rows that tell of the thing claimed (an engagement,
 * a wedding) are found by its concept group; when none of them also holds the rare words the claim
 * pairs it with, the claim is false, and those rows say with whom or where it was instead.
 */
function pairedClaim(index: AskIndex, q: Query, content: readonly string[]): AskAnswer | undefined {
  // A claim is put as "did she", "when", "where" or "why"; "what does her father think" asks, claims nothing.
  const claims =
    q.intent === 'yesno' ||
    q.answer === 'when' ||
    q.answer === 'where' ||
    q.words.some((w) => /^(why|waarom)$/.test(w));
  if (!claims) return undefined;
  const asked = (w: string) => stems(w).some((s) => (index.retriever.df.get(s) ?? 0) > 0);
  const groups = synonymGroups().filter(({ group }) => content.some((w) => stems(w).some((s) => group.has(s))));
  if (groups.length !== 1) return undefined;
  const { re, group } = groups[0]!;
  const names = content.filter(
    (w) =>
      !stems(w).some((s) => group.has(s)) &&
      index.names.has(w) &&
      asked(w) &&
      Math.max(...stems(w).map((s) => index.retriever.df.get(s) ?? 0)) <= RARE,
  );
  if (names.length === 0) return undefined;
  const told = rowsTelling(index, re);
  if (told.length === 0) return undefined;
  const holds = (d: FactDoc) => {
    const held = stemsOfRow(d);
    return names.every((w) => stems(w).some((s) => held.has(s)) || (isVenue(q, w) && inVenueMonth(index, q, d)));
  };
  if (told.some(holds)) return undefined;
  const rest = content.filter((w) => !names.includes(w));
  const found = retrieve(index.retriever, index.byId, rest, NARRATIVE, (d) => told.includes(d));
  if (found.hits.length === 0) return undefined;
  // "When did she marry Koen Verweij": what the sources do tell of him comes first, then the weddings.
  // A place named ("after Milan") is when, not whom: only people's names lead to their rows.
  const people = names.filter((w) => !isVenue(q, w));
  const about = people.length
    ? retrieve(index.retriever, index.byId, people, NARRATIVE, (d) => holds(d) && !told.includes(d)).hits
    : [];
  const hits = [...new Set([...about.slice(0, 1), ...found.hits])].slice(0, 3);
  return { kind: 'facts', query: q, hits, verdict: false, notWith: names.map((w) => index.names.get(w)!) };
}

/** The question's meeting place, in any language it was typed in ("Milaan" for Milan). */
const isVenue = (q: Query, w: string) =>
  Object.entries(q.venueNames ?? {}).some(([v, names]) => [v, names.en, names.nl].some((n) => fold(n) === w));

/**
 * "Before her Olympic race in February 2026" tells of Milan without the name: a row dated within a
 * week of a race there, or with no date of its own but naming the month and year of one, is about
 * that place.
 */
function inVenueMonth(index: AskIndex, q: Query, row: FactDoc): boolean {
  const venues = Object.keys(q.venueNames ?? {});
  const text = fold(row.text);
  return index.docs.some((d) => {
    if (!d.date || d.date.length < 7 || !venues.includes(d.facets?.city ?? '')) return false;
    if (row.date) return daysApart(row.date, d.date) <= 7;
    const year = d.date.slice(0, 4);
    const month = Number(d.date.slice(5, 7)) - 1;
    return [MONTHS[month], MONTHS[month + 12]].some((m) => text.includes(`${m} ${year}`));
  });
}

/** "1 million", "2,5 miljoen", "257 duizend", "300k": a follower count a question names. */
function namedFigure(words: readonly string[]): number | undefined {
  for (let i = 0; i < words.length; i += 1) {
    const n = Number(words[i]!.replace(',', '.').replace(/k$/, ''));
    if (!/^\d+([.,]\d+)?k?$/.test(words[i]!) || Number.isNaN(n)) continue;
    if (words[i]!.endsWith('k')) return n * 1e3;
    const unit = words[i + 1] ?? '';
    if (/^(million|millions|miljoen)$/.test(unit)) return n * 1e6;
    if (/^(thousand|duizend)$/.test(unit)) return n * 1e3;
  }
  return undefined;
}

/**
 * "When did she pass 1 million followers": the first figure at or above it, on the platform named;
 * above every figure the dataset holds, the claim is false and the newest figure says what holds.
 */
function followerClaim(index: AskIndex, q: Query, spec: EntitySpec): AskAnswer | undefined {
  const figure = namedFigure(q.words);
  if (figure === undefined) return undefined;
  const platform = q.words.find((w) => /^(instagram|insta|tiktok|youtube)$/.test(w))?.replace(/^insta$/, 'instagram');
  const rows = index.docs
    .filter((d) => d.kind === 'social' && d.facets?.followers !== undefined)
    .filter((d) => !platform || d.facets!.sub === platform)
    // A figure dated only by its year or month stands at that period's end: "2021" after "2021-11".
    .sort((a, b) => periodEnd(a.date).localeCompare(periodEnd(b.date)));
  if (rows.length === 0) return undefined;
  const first = rows.find((d) => d.facets!.followers! >= figure);
  if (first) return { kind: 'facts', query: q, spec, hits: [first] };
  const newest = [...rows].sort((a, b) => b.facets!.followers! - a.facets!.followers!);
  return { kind: 'false-premise', query: q, spec, failed: ['figure'], actual: newest.slice(0, 2), figure };
}

const periodEnd = (date: string | undefined) => (date ? periodEndOf(date) : '');

/** Gold, silver and bronze of rows that are all medals; undefined for any other rows. */
function medalTally(rows: readonly FactDoc[]): Tally | undefined {
  if (rows.length === 0 || rows.some((r) => r.kind !== 'medal')) return undefined;
  return tallyOf(rows.map((doc) => ({ medal: doc.facets!.medal! })));
}

/** Days between two dates of rows ("2025-12" is its first day); Infinity when either is undated. */
function daysApart(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return Infinity;
  return Math.abs(Date.parse(firstDayOf(a)) - Date.parse(firstDayOf(b))) / 86_400_000;
}

/** The rows dated on the day a question names in full ("1 maart 2026"). */
function dayAsked(index: AskIndex, q: Query): FactDoc[] {
  if (q.day === undefined || q.month === undefined || q.year === undefined) return [];
  const iso = `${q.year}-${String(q.month).padStart(2, '0')}-${String(q.day).padStart(2, '0')}`;
  return index.docs.filter((d) => d.date === iso);
}

/** Words that ask what happened, and nothing in particular. */
const VAGUE =
  /^(do|did|does|doing|done|happen|happened|happening|up|news|gebeurde|gebeurd|gebeuren|gebeurt|deed|doen|doet|gedaan|er|nieuws|meegemaakt|career|carriere|carrière|loopbaan)$/;

/** On a day, what happened first (the timeline), then the races, then what she said. */
const dayOrder = (d: FactDoc) => (d.kind === 'timeline' ? 0 : d.kind === 'quote' ? 2 : 1);

/** Is a row dated in the year (and month) the question names? */
function datedAs(doc: FactDoc, q: Query): boolean {
  const d = doc.date;
  return (
    d !== undefined && Number(d.slice(0, 4)) === q.year && (q.month === undefined || Number(d.slice(5, 7)) === q.month)
  );
}

/**
 * A year or month in the question holds for text rows too: the trials of December 2025, not those of
 * 2021. Rows dated otherwise drop out when one row matches; undated rows stay behind the matches.
 */
function datedAsAsked(hits: FactDoc[], q: Query): FactDoc[] {
  if (q.year === undefined) return hits;
  const dated = hits.filter((h) => datedAs(h, q));
  return dated.length > 0 ? [...dated, ...hits.filter((h) => !h.date)] : hits;
}
