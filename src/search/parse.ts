import { Competition, type Event, type MedalColour } from '../data/schema.ts';
import type { Lang } from '../i18n/locale.ts';
import { candidatesAt, FUNCTION_WORDS, wordMatches, type CompiledForm, type Lexicon } from './lexicon.ts';
import { MONTHS, oneSlip, stems, words } from './normalize.ts';

/** Stage 3 of /ask: a question as a typed query. Nothing here knows the rows; execute.ts does. */
export interface Query {
  intent: 'lookup' | 'list' | 'count' | 'yesno' | 'compare';
  /** Which kind of row: medal, title, win, result, standing, record, pb, coach, team, social, quote, family. */
  entities: string[];
  /** A kind of record: world, olympic, dutch, track, junior. */
  recordKind?: string | undefined;
  /** A profile attribute: born, birthplace, height, nationality. */
  attribute?: string | undefined;
  /** What kind of answer: when, where, who, time, margin. */
  answer?: string | undefined;
  competitions?: string[] | undefined;
  event?: Event | undefined;
  medal?: MedalColour | undefined;
  venue?: string | undefined;
  /** Each place's name in each language, for the reply. */
  venueNames?: Record<string, Record<Lang, string>> | undefined;
  person?: string | undefined;
  season?: string | undefined;
  year?: number | undefined;
  place?: number | undefined;
  month?: number | undefined;
  order?: 'first' | 'latest' | 'fastest' | 'current' | undefined;
  before?: number | undefined;
  after?: number | undefined;
  /** A bound said in words that are always one ("before", "voordat"), with or without a year after it. */
  bound?: 'before' | 'after' | undefined;
  /** "Her third world title": the nth row, oldest first. */
  nth?: number | undefined;
  /** A near miss ("how close to silver", "miss the title"): the question presumes she did not get it. */
  miss?: boolean | undefined;
  /** Two or more places or years named ("Beijing vs Milan", "2022 or 2026"): a count is split by them. */
  venues?: string[] | undefined;
  years?: number[] | undefined;
  /** "Her first individual title": team events do not count. */
  individual?: boolean | undefined;
  /** "At a senior world championships": junior championships do not count. */
  senior?: boolean | undefined;
  /** Her own colour in a clause that names the race ("when she won gold"). */
  herMedal?: MedalColour | undefined;
  /** "How many points did she have": her own points are asked, not a gap. */
  pointsAsked?: boolean | undefined;
  /** "Before November 2025": the month of a `before` year, so rows earlier in that year still count. */
  beforeMonth?: number | undefined;
  /** "Under 1:13", "onder de 37 seconden": a time (in seconds) the rows must beat. */
  under?: number | undefined;
  /** The time as typed ("1:13"): text a row must hold only when other words ask for text too. */
  underWords?: string[] | undefined;
  /** "At the start of the Games": a figure dated at or before its first race, a month's figure too. */
  atStart?: boolean | undefined;
  /** "The day after her gold": the day after the anchor's, not the anchor's own. */
  dayAfter?: boolean | undefined;
  /** "By more than a second", "met ruim een tiende": a gap claimed, in seconds, checked against the race's. */
  marginClaim?: { op: 'more' | 'less' | 'about'; seconds: number } | undefined;
  /** "How many points ahead", "by how much": the gap is asked, not a count or a yes. */
  margin?: 'points' | 'seconds' | 'any' | undefined;
  /** The colour asked outside such a clause ("who won silver when …"). */
  askedMedal?: MedalColour | undefined;
  /** "Who won", "who got bronze", "who was 2nd": the place of someone else the reply must name. */
  askedPlace?: number | undefined;
  /**
   * "Before the 2026 Olympics", "na het goud in Milaan": the meeting after a bound, which says when,
   * not which rows; execute.ts turns it into the day the rows must come before or after.
   */
  anchor?: { competitions?: string[]; venue?: string; year?: number; medal?: MedalColour; event?: Event } | undefined;
  /** "Op 1 maart 2026", "on March 1": the day of the month, with `month`. */
  day?: number | undefined;
  /** "How many times has she beaten Kok": her places against the rival's, counted both ways. */
  headToHead?: boolean | undefined;
  /** "Why did Kok beat her": the claim is that the rival finished ahead. */
  rivalFirst?: boolean | undefined;
  /** "Did Kok finish 2nd", "klopt het dat Kok tweede werd": a place claimed for `person`, not for her. */
  personPlace?: number | undefined;
  /** "Did she win the World Cup": the classification is the claim, not a race. */
  cupWon?: boolean | undefined;
  /** A meeting no table holds ("Olympic trials"): only the narrative rows can answer. */
  unlisted?: boolean | undefined;
  /** "Why didn't she skate …", "waarom deed ze niet mee": the absence is given, its reason is asked. */
  whyNot?: boolean | undefined;
  /** "Did she beat Kok", "how much faster than Kok": a claim that she finished ahead of `person`. */
  beat?: boolean | undefined;
  /** "Finished last": a place no table gives as a number. */
  lastPlace?: boolean | undefined;
  /** "Lost to Kok": the rival is the one claimed to be ahead. */
  lostTo?: boolean | undefined;
  /** "Won van Kok": a verb of winning that means beating. */
  wonFrom?: boolean | undefined;
  /** Content words no concept took: what the narrative search must find. */
  leftovers: string[];
  /** Every word the question had, folded (for retrieval). */
  words: string[];
}

const YES_NO_OPENERS = new Set(
  'did does do is was has have had can could were are heeft is was werd won wint had kreeg hield staat zit kan deed doet heeft hebben ging klopt versloeg komt kwam woont woonde reed rijdt trainde traint schaatste schaatst stond pakte haalde verloor'.split(
    ' ',
  ),
);

const NATIONALS_NEXT =
  /^(champions?|championships?|champs|titles?|kampioen|kampioene|kampioenen|kampioenschap|kampioenschappen|titel|titels|nationals|sprint|sprintkampioen|sprintkampioene|allround|afstanden|single|distances?|\d+m|gold|silver|bronze|goud|zilver|brons|medals?|medailles?|winner|winnaar|crown|kroon)$/;

/**
 * "When the Dutch set the record", "de Nederlandse sportpers": the people or the press of the
 * country, not the Dutch championships. Only "Dutch" alone is read so; "the Dutch sprint title" is
 * the championship.
 */
function notTheNationals(typed: readonly string[], at: number, length: number): boolean {
  if (length !== 1 || !/^(dutch|nederlandse|nederlands)$/.test(typed[at]!)) return false;
  const next = typed[at + 1] ?? '';
  // "Dutch titles", "Nederlands kampioen", "the Dutch 1000m title": the nationals.
  if (NATIONALS_NEXT.test(next)) return false;
  // "The Dutch flag", "een Nederlandse schaatsster", "the Dutch press": a word it describes that is no
  // championship is something else Dutch.
  if (next !== '' && !FUNCTION_WORDS.has(next) && !/^\d/.test(next)) return true;
  // "What did she say in Dutch": the language.
  if (/^(in|into)$/.test(typed[at - 1] ?? '')) return true;
  return (
    /^(the|de)$/.test(typed[at - 1] ?? '') &&
    (next === '' || FUNCTION_WORDS.has(next) || /^(set|won|took|beat)$/.test(next))
  );
}

export const TEAMMATES =
  /^(teammates?|teamates?|team-mates?|partners?|ploeggenoten|ploeggenote|teamgenoten|teamgenote)$/;

/**
 * "Was Orie her coach when she won gold in Milan?": a "when she won" (or skated, raced) inside a
 * yes/no question says which race; "when she was 20" is left to ask when.
 */
function claimClause(typed: readonly string[], at: number): boolean {
  if (at === 0 || !CLAUSE_WORDS.has(typed[at]!)) return false;
  if (!isTagQuestion(typed) && !YES_NO_OPENERS.has(typed[0] ?? '')) return false;
  return /^(she|ze|zij|jutta|leerdam)$/.test(typed[at + 1] ?? '') && RACED.test(typed[at + 2] ?? '');
}

const RACED =
  /^(won|win|wins|skated|skates|raced|races|took|takes|set|sets|broke|reed|rijdt|wint|pakte|pakt|haalde|haalt|schaatste|schaatst|brak|zette)$/;

/**
 * "She's from Drachten, right?", "didn't she?", "toch?": a claim put as a statement, asked to confirm.
 * Dutch puts "toch" inside the claim too ("ze is toch geboren in Drachten?"); after a question word it
 * is "still" ("waarom won ze toch").
 */
function isTagQuestion(typed: readonly string[]): boolean {
  const [last, before] = [typed.at(-1), typed.at(-2)];
  if (/^(right|toch)$/.test(last ?? '') || (before === 'not' && /^(she|he|it|they)$/.test(last ?? ''))) return true;
  return typed.slice(1, 4).includes('toch') && !QUESTION_WORDS.test(typed[0] ?? '');
}

const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th|e|ste|de)$/;
const ORDINAL_WORDS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  tweede: 2,
  derde: 3,
  vierde: 4,
  vijfde: 5,
  zesde: 6,
  zevende: 7,
  achtste: 8,
  negende: 9,
  tiende: 10,
};

function matchAt(
  typed: readonly string[],
  typedStems: readonly (readonly string[])[],
  at: number,
  form: CompiledForm,
): boolean {
  if (at + form.words.length > typed.length) return false;
  return form.words.every((w, k) => wordMatches(typed[at + k]!, typedStems[at + k]!, w, form.stems[k]!));
}

const YEAR = /^(19[89]\d|20\d\d)$/;

/** Bound words that are everyday words too ("voor het schaatsen", "na haar carrière"). */
const INCLUSIVE_BOUNDS = new Set(['since', 'sinds', 'vanaf']);
const WEAK_BOUNDS = new Set(['voor', 'na', 'tot', 'until', 'since', 'sinds', 'vanaf']);

/** Words that open a clause about her own race ("when she won gold", "toen Jutta goud pakte"). */
const CLAUSE_WORDS = new Set(['when', 'toen', 'as', 'als', 'where', 'waar']);

const WIN_VERBS = new Set(['win', 'wins', 'won', 'winning', 'wint', 'winnen', 'gewonnen']);

const UNITS = /^(points?|punten|pts|pnt|seconds?|seconden|secs?|hundredths?|honderdsten|tenths?|tienden)$/;
const BEAT_WORDS = new Set(['beat', 'beats', 'beaten', 'versloeg', 'verslaan', 'verslagen', 'outskated']);

const WON_FROM = /^(won|wint|winnen|gewonnen)$/;
const LOST = /^(lost|lose|loses|losing|verloor|verloren|verliest|verliezen)$/;
const HEAD_TO_HEAD = /^(h2h|onderling|onderlinge|headtohead)$/;
const FINISHED = /^(finish|finished|finishes|came|werd|eindigde|eindigt|finishing)$/;

/** "Her pair-mate", "tegen wie reed ze": who she skated against in her pair. */
export function pairAsked(ws: readonly string[]): boolean {
  if (ws.some((w) => /^(pair|paired|pairmate|ritgenote|ritgenoot|opponent|tegenstander|tegenstandster)$/.test(w)))
    return true;
  return ws.some((w, i) => (w === 'tegen' && ws[i + 1] === 'wie') || (w === 'against' && ws.includes('who')));
}

/** A word that says who beat whom: "beat", "versloeg", or "won" in "won van Kok". */
export function beatVerb(q: Query): boolean {
  return q.words.some((w) => BEAT_WORDS.has(w) || (q.wonFrom === true && WON_FROM.test(w)));
}

/** "Who beat her", "wie versloeg haar": the one asked for finished ahead of her. */
export function beatHerAsked(words: readonly string[]): boolean {
  return words.some((w, i) => BEAT_WORDS.has(w) && /^(her|haar|jutta|leerdam)$/.test(words[i + 1] ?? ''));
}

const NEXT = /^(next|volgende|daaropvolgende|following)$/;

/** The distance a time is of: 37 s is a 500 m, 1:13 a 1000 m, 1:54 a 1500 m. */
export function eventOfSeconds(seconds: number | undefined): Event | undefined {
  if (seconds === undefined) return undefined;
  return seconds < 50 ? '500m' : seconds < 95 ? '1000m' : seconds < 140 ? '1500m' : undefined;
}

/** A month's index (0–11) by any of its names, or a long name misspelt by a letter ("febuari"). */
export function monthOf(word: string): number {
  const exact = MONTHS.indexOf(word);
  if (exact >= 0) return exact % 12;
  if (word.length < 6) return -1;
  const near = MONTHS.findIndex((m) => m.length >= 6 && m[0] === word[0] && oneSlip(word, m));
  return near >= 0 ? near % 12 : -1;
}

const START = /^(start|begin|beginning|aanvang|opening)$/;

const PLACE_VERBS = /^(came|finished|was|were|werd|werden|eindigde|finish|placed)$/;

/** Words that make a question of what is typed. */
const QUESTION_WORDS =
  /^(what|when|who|where|why|how|which|did|does|do|is|was|has|have|had|can|could|were|are|will|wat|wanneer|wie|waar|waarom|hoe|hoeveel|hoevaak|welke|welk|heeft|hebben|kan|zijn|ben|werd|wordt|tell|vertel|klopt|right|toch|scheelde|won|wint)$/;

/** Rows asked for in the plural. */
const PLURAL_ROWS =
  /^(medals|wins|titles|podiums|records|results|races|victories|medailles|zeges|overwinningen|titels|podiumplaatsen|uitslagen|ritten)$/;

const UNDER = /^(under|below|sub|onder|beneath|binnen)$/;

/** "Under 1:13", "sub-37", "onder de 37 seconden": the time a race must beat, in seconds. */
function underOf(typed: readonly string[]): number | undefined {
  for (let i = 0; i < typed.length; i += 1) {
    if (!UNDER.test(typed[i]!)) continue;
    const at = /^(the|de|het)$/.test(typed[i + 1] ?? '') ? i + 2 : i + 1;
    const time = /^(?:(\d):)?(\d{2})(?:[.,](\d{1,3}))?$/.exec(typed[at] ?? '');
    if (!time) continue;
    // "37,5" reaches here as "37" and "5": the comma split a Dutch decimal.
    const split = !time[3] && /^\d{1,2}$/.test(typed[at + 1] ?? '') ? typed[at + 1] : undefined;
    const seconds = Number(time[1] ?? 0) * 60 + Number(`${time[2]}.${time[3] ?? split ?? 0}`);
    if (seconds >= 30 && seconds < 140) return seconds;
  }
  return undefined;
}

/** Words that set a figure against another's: a gap is asked, not her own figure. */
const COMPARED =
  /^(ahead|behind|voor|achter|verschil|difference|margin|gap|than|dan|by|met|tekort|short|beat|beaten|versloeg|sneller|faster|slower|langzamer|lead|led|voorsprong|close|dicht|apart|separated|between|tussen)$/;

/** A side of a rival: "achter Kok", "voor Kok", "ahead of", "behind". */
const SIDE_OF = /^(achter|behind|ahead|voor|voorsprong|verschil|tekort)$/;

const GAP_UNITS: [RegExp, number][] = [
  [/^(seconds?|seconde|seconden|sec|s)$/, 1],
  [/^(tenths?|tiende|tienden)$/, 0.1],
  [/^(hundredths?|honderdste|honderdsten)$/, 0.01],
];

const GAP_OPS: [RegExp, 'more' | 'less' | 'about'][] = [
  [/^(over|more|meer|ruim|above|boven)$/, 'more'],
  [/^(less|minder|under|onder|bijna|almost|nearly)$/, 'less'],
  [/^(about|around|ongeveer|zo'n|circa)$/, 'about'],
];

/** "By more than a second", "met ruim een halve seconde", "by 0.3 seconds": the gap a claim names. */
function marginClaimOf(typed: readonly string[]): Query['marginClaim'] {
  for (let i = 0; i < typed.length; i += 1) {
    const unit = GAP_UNITS.find(([re]) => re.test(typed[i]!))?.[1];
    if (unit === undefined) continue;
    // The words before the unit: an amount ("0.3", "two", "half", "halve"), and how it compares.
    const before = typed.slice(Math.max(0, i - 4), i);
    const amountWord = [...before].reverse().find((w) => /^\d+([.,]\d+)?$/.test(w) || AMOUNTS[w] !== undefined);
    const amount = amountWord === undefined ? 1 : (AMOUNTS[amountWord] ?? Number(amountWord.replace(',', '.')));
    const op = GAP_OPS.find(([re]) => before.some((w) => re.test(w)))?.[1];
    // "By 0.3 seconds" with no word comparing it claims that gap; "a second" alone names no claim.
    if (!op && amountWord === undefined) continue;
    if (typed[i] === 's' && amountWord === undefined) continue;
    return { op: op ?? 'about', seconds: amount * unit };
  }
  return undefined;
}

const AMOUNTS: Record<string, number | undefined> = {
  half: 0.5,
  halve: 0.5,
  one: 1,
  een: 1,
  één: 1,
  two: 2,
  twee: 2,
  three: 3,
  drie: 3,
};

const INDIVIDUAL = /^(individual|individuele|individueel|solo)$/;
const SENIOR = /^(senior|seniors|senioren)$/;

/** Words before an ordinal that make it "the nth one" rather than a place. */
const ORDINAL_OWNERS = new Set(['her', 'the', 'haar', 'de', 'het', 'zijn', 'his']);

/** "voor het NK", "before the Games": a meeting named right after a bound word makes it a bound. */
function meetingFollows(
  lexicon: Lexicon,
  typed: readonly string[],
  typedStems: readonly (readonly string[])[],
  at: number,
): boolean {
  const starts = [at];
  // "After the Games", "after winning Olympic gold", "na het winnen van": a meeting a word or two on.
  for (
    let k = at;
    k < at + 4 &&
    /^(the|de|het|her|haar|she|ze|winning|won|winnen|van|of|win|victory|zege|overwinning|race|rit|in|at|op|bij|gold|goud|silver|zilver|bronze|brons|medal|medaille|title|titel)$/.test(
      typed[k] ?? '',
    );
    k += 1
  )
    starts.push(k + 1);
  // "Before the 2026 Olympics": the year comes before the meeting.
  for (const s of [...starts]) if (YEAR.test(typed[s] ?? '')) starts.push(s + 1);
  return starts.some((next) => {
    const word = typed[next];
    if (!word) return false;
    return candidatesAt(lexicon, word, typedStems[next]!).some(
      (f) => ['competition', 'venue'].includes(f.concept.slot) && matchAt(typed, typedStems, next, f),
    );
  });
}

export function parse(lexicon: Lexicon, question: string): Query {
  const typed = words(question);
  const typedStems = typed.map(stems);
  const q: Query = { intent: 'lookup', entities: [], leftovers: [], words: typed };
  let pendingBound: 'before' | 'after' | undefined;
  let inclusive = false;
  // After a bound that a meeting follows: the meeting (and its year) is the anchor, not a filter.
  let anchoring = false;
  let anchorTitle = false;
  let boundWord = '';
  let count = false;
  let list = false;
  let compare = false;
  for (let i = 0; i < typed.length;) {
    const word = typed[i]!;
    if (YEAR.test(word)) {
      // "Since 2024", "sinds 2024", "vanaf 2024" hold 2024 itself; "after 2024" does not.
      if (anchoring) q.anchor = { ...q.anchor, year: Number(word) };
      else if (pendingBound) q[pendingBound] = Number(word) - (inclusive ? 1 : 0);
      else {
        if (q.year !== undefined && q.year !== Number(word)) q.years = [...(q.years ?? [q.year]), Number(word)];
        q.year = Number(word);
      }
      pendingBound = undefined;
      i += 1;
      continue;
    }
    const month = monthOf(word);
    // "Voordat ze die in november 2025 kwijtraakte": a month between a bound and its year is the
    // bound's, not a month the rows must be in.
    if (month >= 0 && pendingBound) {
      if (pendingBound === 'before') q.beforeMonth = month + 1;
      i += 1;
      continue;
    }
    if (month >= 0) {
      q.month = month + 1;
      // "1 maart", "March 1": a day number beside the month.
      const day = [typed[i - 1], typed[i + 1]].find((w) => /^\d{1,2}$/.test(w ?? '') && Number(w) <= 31);
      if (day) q.day = Number(day);
      i += 1;
      continue;
    }
    if (/^\d{4}\/\d{2}$/.test(word)) {
      q.season = word;
      i += 1;
      continue;
    }
    const ordinal = ORDINAL.exec(word)?.[1] ?? ORDINAL_WORDS[word];
    if (
      ordinal !== undefined &&
      (typed[i + 1] === 'place' ||
        typed[i + 1] === 'plaats' ||
        typed[i + 1] === 'plek' ||
        /^(finish|eindig|werd|came|was$)/.test(typed[i - 1] ?? '') ||
        // "Waarom werd ze vierde": the verb comes before her in a Dutch question.
        (/^(werd|eindigde|finished|came)$/.test(typed[i - 2] ?? '') &&
          /^(ze|zij|she|jutta|leerdam|er)$/.test(typed[i - 1] ?? '')) ||
        // Dutch puts the verb after the place: "dat Kok tweede werd".
        /^(werd|werden|eindigde|geworden|is|was)$/.test(typed[i + 1] ?? '') ||
        // "Werd Jutta in Milaan derde op de 1000m?": the verb can stand far before a place that owns no noun.
        (typed.slice(0, i).some((w) => PLACE_VERBS.test(w)) &&
          !/^(and|en)$/.test(typed[i - 1] ?? '') &&
          /^(op|in|bij|achter|behind|at|on|toen|when|)$/.test(typed[i + 1] ?? '')))
    ) {
      q.place = Number(ordinal);
      i += 1;
      continue;
    }
    // "Her third title", "the 2nd Calgary World Cup": the nth of the rows; "2nd and 3rd behind her" names places.
    if (ordinal !== undefined) {
      if (ORDINAL_OWNERS.has(typed[i - 1] ?? '') && !/^(and|en|place|plaats|plek)$/.test(typed[i + 1] ?? ''))
        q.nth = Number(ordinal);
      i += 1;
      continue;
    }
    // The rare word-form that is also a function word is taken only as part of a longer form.
    // Chat Dutch drops a final n ("kan het nergens vinde"): the function word it stands for, no typo of a fact.
    const functionWord = FUNCTION_WORDS.has(word) || (word.length >= 4 && FUNCTION_WORDS.has(`${word}n`));
    const form = candidatesAt(lexicon, word, typedStems[i]!).find(
      (f) =>
        matchAt(typed, typedStems, i, f) &&
        !(f.words.length === 1 && functionWord && !['operator', 'answer', 'intent'].includes(f.concept.slot)),
    );
    if (!form) {
      if (!functionWord && !/^\d+$/.test(word)) {
        q.leftovers.push(word);
        anchoring = false;
      }
      i += 1;
      continue;
    }
    const { slot, value, entity } = form.concept;
    if (slot === 'competition' && notTheNationals(typed, i, form.words.length)) {
      i += form.words.length;
      continue;
    }
    i += form.words.length;
    if (anchoring && (slot === 'competition' || slot === 'venue' || slot === 'medal' || slot === 'event')) {
      const anchor = (q.anchor ??= {});
      if (slot === 'competition') anchor.competitions = [...(anchor.competitions ?? []), ...value.split('|')];
      else if (slot === 'event') anchor.event = value as Event;
      else if (slot === 'venue') {
        anchor.venue = value;
        if (form.concept.names) q.venueNames = { ...q.venueNames, [value]: form.concept.names };
      } else anchor.medal = value as MedalColour;
      // "After her world title on the 500 m": a title is a gold, so the race is one she won.
      if (
        slot === 'competition' &&
        entity === 'title' &&
        form.words.some((w) => /titel|title|champion|kampioen/.test(w))
      )
        anchorTitle = true;
      continue;
    }
    // "After winning Olympic gold": the win belongs to the meeting that follows.
    if (anchoring && (value === 'win' || entity === 'win') && !q.anchor) continue;
    if (slot !== 'operator') anchoring = false;
    if (entity && !q.entities.includes(entity)) q.entities.push(entity);
    switch (slot) {
      case 'competition': {
        q.competitions = [...new Set([...(q.competitions ?? []), ...value.split('|')])];
        // "Won the World Cup", "won ze de wereldbeker": the World Cup itself is the prize, so the
        // classification, not a race of it ("a World Cup race", "wereldbekerzege").
        const at = i - form.words.length;
        if (
          value === 'world-cup' &&
          // "the World Cup", "the 1000 m World Cup", "de wereldbeker"
          typed.slice(Math.max(0, at - 2), at).some((w) => w === 'the' || w === 'de') &&
          !/^(race|rit|wedstrijd|round|ronde|meeting)/.test(typed[i] ?? '') &&
          typed.slice(0, at).some((w) => WIN_VERBS.has(w) || LOST.test(w))
        ) {
          // "How did she lose the World Cup": the classification she was second in, not a claim she won it.
          if (typed.slice(0, at).some((w) => LOST.test(w))) {
            if (!q.entities.includes('standing')) q.entities.push('standing');
          } else q.cupWon = true;
        }
        break;
      }
      case 'event':
        q.event = value as Event;
        break;
      case 'medal': {
        q.medal = value as MedalColour;
        // "Who won silver when she won gold": the colour after "when" is hers and names the race.
        // "Who did she beat for gold": the colour she is claimed to have won, beating whoever is asked.
        const before = typed.slice(Math.max(0, i - form.words.length - 3), i - form.words.length);
        if (
          before.some((w) => CLAUSE_WORDS.has(w)) ||
          (before.at(-1) === 'for' && before.some((w) => BEAT_WORDS.has(w))) ||
          (before.at(-1) === 'voor' && before.some((w) => BEAT_WORDS.has(w)))
        )
          q.herMedal = value as MedalColour;
        else q.askedMedal = value as MedalColour;
        break;
      }
      case 'entity':
        if (!q.entities.includes(value)) q.entities.push(value);
        break;
      case 'attribute':
        q.attribute ??= value;
        break;
      case 'answer':
        // "Orie was her coach when she won gold, right?": a "when" inside a claim says which race, and
        // the claim is what is asked.
        if (claimClause(typed, i - form.words.length)) break;
        q.answer ??= value;
        break;
      case 'record':
        q.recordKind ??= value;
        if (!q.entities.includes('record')) q.entities.push('record');
        break;
      case 'venue':
        // "Beijing vs Milan": every place named is kept, so a count can be split by them.
        if (q.venue && q.venue !== value) q.venues = [...(q.venues ?? [q.venue]), value];
        q.venue = value;
        if (form.concept.names) q.venueNames = { ...q.venueNames, [value]: form.concept.names };
        break;
      case 'person':
        q.person ??= value;
        break;
      case 'unlisted':
        // No table holds these meetings: their words are what the text search must find.
        q.unlisted = true;
        q.leftovers.push(...typed.slice(i - form.words.length, i));
        break;
      case 'intent':
        list = true;
        break;
      case 'operator':
        if (value === 'count') count = true;
        else if (value === 'compare') compare = true;
        else if (value === 'before' || value === 'after') {
          // "voor" and "na" are everyday Dutch words: a bound only when a year follows, or when the
          // words can mean nothing else ("voordat", "going into" a meeting).
          // "Tekort voor de wereldbeker": short of it, not before it.
          // "Het WK allround voor junioren": for juniors, not before them.
          const shortOf =
            /^(tekort|kort)$/.test(typed[i - form.words.length - 1] ?? '') ||
            /^(junioren|junior|juniors)$/.test(typed[i] ?? '');
          if (
            !shortOf &&
            (YEAR.test(typed[i] ?? '') ||
              YEAR.test(typed[i + 1] ?? '') ||
              !WEAK_BOUNDS.has(form.words.join(' ')) ||
              meetingFollows(lexicon, typed, typedStems, i))
          ) {
            pendingBound = value;
            inclusive = value === 'after' && INCLUSIVE_BOUNDS.has(form.words.join(' '));
            q.bound = value;
            anchoring = meetingFollows(lexicon, typed, typedStems, i);
            boundWord = form.words.join(' ');
          }
        } else if (value === 'miss') {
          q.miss = true;
        } else if (
          value === 'latest' &&
          form.words.length === 1 &&
          typed.slice(Math.max(0, i - 4), i - 1).some((w) => FINISHED.test(w)) &&
          !/^(race|races|rit|ritten|wedstrijd|wedstrijden|time|keer)$/.test(typed[i] ?? '')
        ) {
          // "Did she ever finish last", "werd ze laatste": a place in a race, told in its notes.
          q.leftovers.push(typed[i - 1]!);
          q.lastPlace = true;
        } else q.order ??= value as Query['order'];
        break;
    }
  }
  // "Where did she finish in the 1000 m World Cup in 2023/24": a season's World Cup, with no round
  // named, is its classification.
  if (
    q.competitions?.length === 1 &&
    q.competitions[0] === 'world-cup' &&
    q.season &&
    !q.venue &&
    q.month === undefined &&
    !q.entities.includes('standing') &&
    typed.some((w) => /^(finish|finished|end|ended|eindigde|eindigt|klassering|overall)$/.test(w)) &&
    !typed.some((w) => /^(race|races|rit|ritten|wedstrijd|wedstrijden|round|rounds|ronde|rondes)$/.test(w))
  )
    q.entities.push('standing');
  // "Het WK allround voor junioren", "the world juniors": a world championship said to be the
  // juniors' is the World Junior Championships, not the senior ones.
  if (
    q.competitions?.includes('world-junior') &&
    q.competitions.some((c) => c === 'world-single-distances' || c === 'world-sprint')
  )
    q.competitions = q.competitions.filter((c) => c !== 'world-single-distances' && c !== 'world-sprint');
  // A title named with its distance is one race she won; with a year alone the meeting is meant.
  if (anchorTitle && q.anchor?.event) q.anchor.medal ??= 'gold';
  // "Followers at the start of the Games", "aan het begin van de Spelen": the figure from just before
  // the meeting's first race, as "before the Games" would give it.
  const start = q.leftovers.findIndex((w) => START.test(w));
  if (q.entities.includes('social') && start >= 0 && !q.bound && (q.competitions?.length || q.venue)) {
    q.leftovers.splice(start, 1);
    q.anchor = { competitions: q.competitions, venue: q.venue, year: q.year };
    q.bound = 'before';
    q.atStart = true;
    q.competitions = undefined;
    q.venue = undefined;
    q.year = undefined;
  }
  // "Her next win after Inzell", "de volgende zege na Peking": the first one after the anchor.
  if (q.bound === 'after' && q.leftovers.some((w) => NEXT.test(w))) {
    q.leftovers = q.leftovers.filter((w) => !NEXT.test(w));
    q.order ??= 'first';
  }
  // "Voor olympisch goud" is "for Olympic gold": a medal after "voor" is what was raced for, not a bound.
  if (q.anchor?.medal && boundWord === 'voor') {
    const { competitions, venue, medal } = q.anchor;
    if (competitions) q.competitions = [...new Set([...(q.competitions ?? []), ...competitions])];
    q.venue ??= venue;
    q.medal ??= medal;
    q.askedMedal ??= medal;
    if (q.anchor.year !== undefined) q.year ??= q.anchor.year;
    q.anchor = undefined;
    q.bound = undefined;
  }
  // "Won ze in januari 2026 de wereldbeker in Inzell": a month, a day or a place names a race; the
  // classification is a season's.
  if (q.cupWon && (q.month !== undefined || q.venue !== undefined)) q.cupWon = undefined;
  // "Sprint" or "afstanden" picks one member of a group: Dutch sprint titles, not all Dutch titles.
  if ((q.competitions?.length ?? 0) > 1 && q.event !== 'team-sprint') {
    const sprint = typed.some((w) => w === 'sprint' || w === 'sprinttitel');
    const distances = typed.some((w) => /^(afstand|distance|single)/.test(w));
    if (sprint !== distances) q.competitions = q.competitions!.filter((c) => c.includes('sprint') === sprint);
    if (sprint) q.leftovers = q.leftovers.filter((w) => w !== 'sprint');
  }
  // "The 2018 junior worlds", "WK junioren": a junior championship is not also the senior ones.
  if (q.competitions?.includes('world-junior') && !typed.some((w) => /^(sprint|afstand|distance|single)/.test(w)))
    q.competitions = q.competitions.filter((c) => c === 'world-junior' || !c.startsWith('world-'));
  // "Heeft ze de wereldbeker gewonnen": Dutch puts the verb last; the classification is the prize.
  if (
    q.competitions?.length === 1 &&
    q.competitions[0] === 'world-cup' &&
    !q.venue &&
    q.month === undefined &&
    typed.some((w, i) => /^(wereldbeker|worldcup)$/.test(w) && typed[i - 1] === 'de') &&
    typed.some((w) => w === 'gewonnen' || w === 'winnen') &&
    !typed.some((w) => /^(race|rit|wedstrijd|wedstrijden|ronde|rondes|races)$/.test(w))
  )
    q.cupWon = true;
  // Qualifiers that narrow the rows, not words a row's text must hold.
  q.individual = typed.some((w) => INDIVIDUAL.test(w)) ? true : undefined;
  q.senior = typed.some((w) => SENIOR.test(w)) ? true : undefined;
  q.leftovers = q.leftovers.filter((w) => !INDIVIDUAL.test(w) && !SENIOR.test(w));
  q.whyNot = q.answer === 'why' && typed.some((w) => w === 'not' || w === 'niet') ? true : undefined;
  // "Heeft ze ooit van Kok gewonnen": to win "van" someone is to beat them, not a race won with them.
  const wonFrom =
    q.person !== undefined &&
    typed.some((w) => WON_FROM.test(w)) &&
    typed.some(
      (w, i) =>
        w === 'van' &&
        (q
          .person!.toLowerCase()
          .split(' ')
          .includes(typed[i + 1] ?? '') ||
          /^(haar|jutta|leerdam)$/.test(typed[i + 1] ?? '')),
    );
  if (wonFrom)
    q.entities = [
      ...q.entities.filter((e) => e !== 'win'),
      ...(q.entities.includes('result') ? [] : ['result' as const]),
    ];
  q.wonFrom = wonFrom ? true : undefined;
  // "Has she ever lost to Kok", "verloor ze van Takagi": the rival beat her.
  const lostTo = q.person !== undefined && typed.some((w) => LOST.test(w));
  if (lostTo) {
    q.lostTo = true;
    q.leftovers = q.leftovers.filter((w) => !LOST.test(w));
    if (!q.entities.includes('result')) q.entities.push('result');
  }
  q.beat = compare || wonFrom || lostTo || typed.some((w) => BEAT_WORDS.has(w)) ? true : undefined;
  // "Her head-to-head against Kok", "onderlinge duels met Takagi": the races that place both, counted.
  const h2h =
    q.person !== undefined && (typed.join(' ').includes('head to head') || typed.some((w) => HEAD_TO_HEAD.test(w)));
  if (h2h) {
    q.beat = true;
    count = true;
    q.leftovers = q.leftovers.filter((w) => !HEAD_TO_HEAD.test(w) && w !== 'head');
  }
  // "How much faster than Kok", "hoeveel scheelde het met Bowe": a margin over one rival, not how
  // many rows, unless the question names what to count (medals, wins, titles, records).
  const countable = q.entities.some((e) => ['medal', 'title', 'win', 'record', 'pb', 'standing'].includes(e));
  // "How many points ahead", "hoeveel seconden": a margin in a unit, not a number of rows.
  // "Finished second" is a place, not a unit of time.
  const unit = typed.find((w) => UNITS.test(w) && !(w === 'second' && q.place === 2));
  // "How many points did she have when she won": with nothing compared, her own figure is asked.
  const compared = q.person !== undefined || typed.some((w) => COMPARED.test(w));
  if (count && unit && !compared) {
    count = false;
    // "How many points did she finish the World Cup with": points are a classification's figure.
    if (/^(p|pnt)/.test(unit)) q.pointsAsked = true;
    q.leftovers = q.leftovers.filter((w) => !UNITS.test(w));
  }
  if (count && unit) {
    count = false;
    q.margin = /^(p|pnt)/.test(unit) ? 'points' : 'seconds';
    // The unit is how the gap is asked, not a word the rows must hold.
    q.leftovers = q.leftovers.filter((w) => !UNITS.test(w));
  }
  // "Hoeveel kwam ze tekort op Kok": a near miss to a rival is a gap, even beside a medal word.
  // "How many times has she beaten Kok", "hoe vaak had Kok haar verslagen": a head-to-head count.
  if ((count || list) && q.person && (wonFrom || lostTo || h2h || typed.some((w) => BEAT_WORDS.has(w))) && !q.miss) {
    q.headToHead = true;
    count = true;
    list = false;
  }
  if (count && q.person && !q.headToHead && (compare || !countable || q.miss)) {
    count = false;
    q.margin = 'any';
  }
  // "Hoeveel kwam ze tekort voor goud in Peking": how far short, not how many races.
  if (count && q.miss && !countable && !q.person) {
    count = false;
    q.margin = 'any';
  }
  // "Met hoeveel verschil", "by how much": the margin is the answer, not a number of rows.
  if (q.answer === 'margin') {
    count = false;
    q.margin ??= 'any';
  }
  // "How much older is her sister", "hoeveel sneller": a comparative after "how much" is no count.
  const comparative = typed.findIndex((w, i) => /^(much|hoeveel)$/.test(w) && /^\w{3,}er$/.test(typed[i + 1] ?? ''));
  if (count && comparative >= 0 && !q.entities.some((e) => ['medal', 'title', 'win', 'record'].includes(e)))
    count = false;
  // "Hoe dicht zat Kok bij haar", "how close was Kok": the gap to a rival.
  const close = typed.some((w, i) => /^(dicht|close)$/.test(w) && /^(hoe|how)$/.test(typed[i - 1] ?? ''));
  if (close && q.person && !count) q.margin ??= 'any';
  // "When she won her first World Cup race, who came second": the "who" asks, the "when" sets the race.
  if (q.place !== undefined && typed.some((w, i) => /^(who|wie)$/.test(w) && PLACE_VERBS.test(typed[i + 1] ?? '')))
    q.answer = 'who';
  q.marginClaim = marginClaimOf(typed);
  q.under = underOf(typed);
  // "Under 37 seconds": the time names no rival's gap and no distance of its own.
  if (q.under !== undefined) {
    q.marginClaim = undefined;
    const isTime = (w: string) => /^(\d:)?\d{2}([.,]\d+)?$/.test(w);
    q.underWords = q.leftovers.filter(isTime);
    q.leftovers = q.leftovers.filter((w) => !UNITS.test(w) && !UNDER.test(w) && !isTime(w));
    q.event ??= eventOfSeconds(q.under);
  }
  // "Hoeveel zat ze achter op Kok": "hoeveel" and a verb, then a side of a rival, ask the gap.
  const gapAsked = typed.some(
    (w, i) => w === 'hoeveel' && /^(zat|was|lag|scheelde|kwam|zit|ligt)$/.test(typed[i + 1] ?? ''),
  );
  if (count && q.person && gapAsked && typed.some((w) => SIDE_OF.test(w))) {
    count = false;
    q.margin ??= 'any';
  }
  // "Jutta olympic medals", "leerdam worlds 2020": typed as a search, not a question, and plural or a
  // meeting of a year: the rows are asked for, all of them, not the newest one.
  const asked = typed.some((w) => QUESTION_WORDS.test(w));
  const plural = typed.some((w) => PLURAL_ROWS.test(w));
  const meeting = Boolean(q.competitions?.length) && (q.year !== undefined || q.season !== undefined);
  if (!asked && !count && !compare && !q.margin && (plural || (meeting && q.entities.length === 0))) list = true;
  // "Which titles did she win in 2025", "welke wereldbekerraces won ze": every one of them.
  if (
    /^(which|welke|what|wat)$/.test(typed[0] ?? '') &&
    typed.slice(1, 4).some((w) => PLURAL_ROWS.test(w)) &&
    !count &&
    !q.margin
  )
    list = true;
  // "The day after her gold", "de dag na": the bound says when; "day" is no word of the fact.
  if (q.bound) {
    const beforeBound = (w: string) =>
      /^(day|dag|week|morning|ochtend|avond|evening)$/.test(w) &&
      /^(after|before|na|voor|voordat)$/.test(typed[typed.indexOf(w) + 1] ?? '');
    if (q.bound === 'after' && q.leftovers.some((w) => /^(day|dag)$/.test(w) && beforeBound(w))) q.dayAfter = true;
    q.leftovers = q.leftovers.filter((w) => !beforeBound(w));
  }
  // "The FHM 500 of 2019": a number after a name in capitals is part of that name, not a distance.
  const named = /\b(?!(?:NK|WK|EK|OS|WB|ISU|KNSB)\b)[A-Z]{2,}\s+(\d{3,4})\b/.exec(question);
  if (named && q.event === `${named[1]}m`) q.event = undefined;
  // "Tegen wie reed ze in Milaan": who she skated against in her pair is in a race's row.
  if (pairAsked(typed)) {
    if (!q.entities.includes('result')) q.entities.push('result');
    q.leftovers = q.leftovers.filter((w) => w !== 'tegen' && w !== 'against');
  }
  // "Her teammates in the team sprint record": the race's row names them (the reply leads with them).
  if (q.event === 'team-sprint' || q.event === 'team-pursuit')
    q.leftovers = q.leftovers.filter((w) => !TEAMMATES.test(w));
  // "Hoe is haar pr verbeterd": a personal best is an improvement; the word asks nothing more.
  if (q.entities.includes('pb')) q.leftovers = q.leftovers.filter((w) => !/^(improv|verbeter|progress)/.test(w));
  // "Hoe vaak werd ze derde op een kampioenschap": a championship beside a place other than first
  // names where she placed, not a title.
  if (q.place !== undefined && q.place > 1 && q.entities.includes('title')) {
    q.entities = q.entities.filter((e) => e !== 'title' && e !== 'result');
    q.entities.push(q.place <= 3 ? 'medal' : 'result');
    // The championships a medal is won at (the schema's Competition): not the World Cup or the NK.
    q.competitions ??= [...Competition.options];
  }
  if (count) q.intent = 'count';
  else if (compare) q.intent = 'compare';
  else if ((YES_NO_OPENERS.has(typed[0] ?? '') || isTagQuestion(typed)) && !q.answer) q.intent = 'yesno';
  else if (list) q.intent = 'list';
  return q;
}
