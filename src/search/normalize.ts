import { createStemmer } from 'multilingual-stemmer';
import { distance } from 'fastest-levenshtein';
import { fold } from '../i18n/fold.ts';

export { fold };

/**
 * Stage 1 of /ask: text to comparable tokens. The question and the dataset's rows go through the
 * same functions, so whatever form a fan types meets the form the data holds.
 */

const stemEn = createStemmer('en');
const stemNl = createStemmer('nl');

/**
 * Contractions and possessives, written with or without the apostrophe: "what's" and "whats" are
 * "what is"; "Jutta's" is "Jutta". A lone "s" (from 's-Gravenzande) never survives as a token.
 */
const CONTRACTIONS: [RegExp, string][] = [
  [/\b(what|who|where|when|how|that|it|she|he|there)'?s\b/g, '$1 is'],
  [/\b(did|does|do|is|was|has|have|could|would|should)n'?t\b/g, '$1 not'],
  [/\bcan'?t\b/g, 'can not'],
  [/\b(she|he|they|you|i)'ll\b/g, '$1 will'],
  [/\b(she|he|they|you|i)'d\b/g, '$1 would'],
  [/\b(\w+)'s\b/g, '$1'],
  // Dutch: "'s ochtends", "'t", "m'n".
  [/(^|\s)'[st]\b/g, '$1'],
  [/\bm'n\b/g, 'mijn'],
  [/\bd'r\b/g, 'haar'],
  // "Hoelang", "hoeveel keer": the frame Dutch also writes as one word or two.
  [/\bhoelang\b/g, 'hoe lang'],
  // Winter Games she did not skate: no race of hers names the city, so it is said as the Games of its year.
  [/\bpyeong ?chang\b/g, 'olympics 2018'],
  [/\bsochi\b/g, 'olympics 2014'],
  // "Back in 2019", "way back then": when, not a word of the fact.
  [/\b(?:way )?back (in|then|when)\b/g, '$1'],
  // "Team-mates", "team mates": one word, as "teammates".
  [/\bteam[- ]mates?\b/g, 'teammates'],
  // Chat spellings: "gonna", "champ", "worlds" say the words a row is written in.
  [/\b(gonna|gunna)\b/g, 'going to'],
  [/\b(wanna)\b/g, 'want to'],
  [/\bchamps\b/g, 'championships'],
  [/\bchamp\b/g, 'champion'],
  [/\ballereerste\b/g, 'eerste'],
  [/\bvery first\b/g, 'first'],
  [/\bb-?days?\b/g, 'birthday'],
  // A best friend is no partner: "vriendin" alone reads as one.
  [/\b(best|beste) (friend|friends|vriendin|vriend|vriendinnen|maatje)\b/g, 'bestfriend'],
  // "The Olympic season" is a season, not the Games: "wie won de wereldbeker in het olympische seizoen".
  [/\bolympi(c|sche?) (season|seizoen)\b/g, '$2'],
  // "What does her father do", "wat doet haar vader": what someone does is their job.
  [/\bwhat (does|did) (\w+ )?(\w+) do( for a living)?(?=\s*[?!.]*$)/g, 'what $2$3 job'],
  [/\bwat (doet|deed) (\w+ )?(\w+)( voor werk| voor de kost)?(?=\s*[?!.]*$)/g, 'wat $2$3 werk'],
  // Phrasal verbs whose parts alone are function words ("break", "uit"): the phrase is the fact.
  [/\b(break|breaks|broke|breaking|broken|split|splitting) up\b/g, 'breakup'],
  [/\buit elkaar\b/g, 'breuk'],
  [/\b(maakte|maakten|maakt|maken) (\w+ )?het uit\b/g, 'breuk $2'],
  [/\b(ging|gingen|gaat) het( in \d{4}| toen| ooit| eigenlijk)? uit\b/g, 'breuk$2'],
  [/\bhet uitgemaakt\b/g, 'breuk'],
  [/\bz'n\b/g, 'zijn'],
];

export function expandContractions(folded: string): string {
  let out = folded;
  for (const [re, to] of CONTRACTIONS) out = out.replace(re, to);
  return out;
}

/**
 * Numbers and units: "1.000 meter", "1,000m" and "1000 m" are the distance 1000m; "2022-23" and
 * "2022/2023" are the season 2022/23; "22/23" and "22-23" too.
 */
export function normalizeNumbers(folded: string): string {
  return (
    folded
      // "3km", "1,5 km": a distance in kilometres is the same distance in metres.
      .replace(/\b(\d)[.,]5\s?km\b/g, '$1500m')
      .replace(/\b(\d)\s?km\b/g, '$1000m')
      // Dutch times: "1.11,84" is 1:11.84 and "37,01" is 37.01, as the rows write them in English.
      .replace(/\b(\d)\.(\d{2}),(\d{2,3})\b/g, '$1:$2.$3')
      .replace(/\b(\d{2}),(\d{1,3})\b/g, '$1.$2')
      .replace(/(\d)[.,](\d{3})(?!\d)/g, '$1$2')
      // A season is two years running ("2022-23"); "2022-02" is a month, left alone.
      .replace(/\b(20(\d\d))\s?[-/–]\s?(?:20)?(\d\d)\b/g, (all, year: string, yy: string, next: string) =>
        Number(next) === Number(yy) + 1 ? `${year}/${next}` : all,
      )
      // "22-23" too, unless a month follows: "26-27 December" are days.
      .replace(
        /(?<![\d/.:-])(\d\d)\s?[-/–]\s?(\d\d)(?![\d/.:-])(?!\s*(?:jan|feb|ma[ar]|apr|mei|may|jun|jul|aug|sep|o[ck]t|nov|dec))/g,
        (all, a: string, b: string) => (Number(b) === Number(a) + 1 ? `20${a}/${b}` : all),
      )
      .replace(/\b(500|1000|1500|3000|5000)\s?(?:m|meter|meters|metre|metres|mtr|s)\b/g, '$1m')
      // "The FHM 500", "Quote 500": a ranked list's name, not a distance.
      .replace(/\b(?<!(?:fhm|quote|top|forbes)\s)(500|1000|1500|3000|5000)(?=\s|$|[?!.,])/g, '$1m')
  );
}

/**
 * Dutch glues words together (wereldbekerzege = wereldbeker + zege). A known head is split off, so
 * a compound in a question meets the same words written apart, or glued differently, in the data.
 */
const COMPOUND_HEADS = [
  'wereldbeker',
  'wereldkampioenschap',
  'wereldkampioen',
  'wereldtitel',
  'wereldrecord',
  'baanrecord',
  'sprinttitel',
  'sprint',
  'olympisch',
  'hockey',
  'persoonlijk',
  'nk',
  'wk',
  'ek',
  // A platform glued to what is counted on it: instagramvolgers, tiktokaccount.
  'instagram',
  'tiktok',
  'youtube',
];

/**
 * Dutch puts the head of a compound last (veredelingsbedrijf is a bedrijf, a schaatsploeg a ploeg):
 * a few common heads are added beside the compound, which is kept, so "wat voor bedrijf" meets it.
 */
const COMPOUND_TAILS = [
  'bedrijf',
  'bedrijven',
  'kwekerij',
  'ploeg',
  'ploegen',
  'medaille',
  'medailles',
  'wedstrijd',
  'blessure',
  'blessures',
  'trainer',
  'trainers',
  'coach',
  'titel',
  'titels',
  'overwinning',
  'reeks',
  'streak',
  'overwinningen',
  // "Tweelingzus", "zusje", "lievelingsbroer": the relative stays what is asked.
  'zusje',
  'zussen',
  'zus',
  'broertje',
  'broers',
  'broer',
];

export function decompound(word: string): string[] {
  for (const head of COMPOUND_HEADS)
    if (word.length >= head.length + 3 && word.startsWith(head)) {
      const rest = word.slice(head.length).replace(/^-/, '');
      return [head, ...decompound(rest)];
    }
  // A long head misspelt by a letter ("wereldbekezeges"): the head, then what follows it.
  for (const head of COMPOUND_HEADS) {
    if (head.length < 8 || word.length < head.length + 3 || !word.startsWith(head.slice(0, 4))) continue;
    for (const cut of [head.length - 1, head.length, head.length + 1])
      if (word[0] === head[0] && oneSlip(word.slice(0, cut), head)) return [head, ...decompound(word.slice(cut))];
  }
  const tail = COMPOUND_TAILS.find((t) => word.length >= t.length + 3 && word.endsWith(t));
  return tail ? [word, tail] : [word];
}

/** Folded, expanded words, numbers normalized, compounds split; no stemming yet. */
export function words(text: string): string[] {
  const prepared = normalizeNumbers(expandContractions(fold(text)));
  return prepared
    .split(/[^a-z0-9/:.]+/)
    .map((w) => w.replace(/^[.:/]+|[.:/]+$/g, ''))
    .filter((w) => w.length > 0 && !/^[a-z]$/.test(w))
    .flatMap((w) => (/^\d/.test(w) ? [w] : w.split(/[.:]/).flatMap(decompound)))
    .filter((w) => w.length > 1 || /\d/.test(w));
}

const stemCache = new Map<string, readonly string[]>();

/** The Snowball stems of a word in both languages (one when they agree). Numbers stay as they are. */
export function stems(word: string): readonly string[] {
  const cached = stemCache.get(word);
  if (cached) return cached;
  // A Dutch weak participle ("gehockeyd", "getrouwd", "gestopt") is also its verb's stem, which
  // Snowball leaves with its "ge-": so "gehockeyd" meets "hockey" and "getrouwd" meets "trouwen".
  const participle = /^ge([a-z]{3,})[dt]$/.exec(word)?.[1];
  const out = /\d/.test(word)
    ? [word]
    : [...new Set([stemEn(word), stemNl(word), ...(participle ? [stemNl(participle), participle] : [])])];
  if (stemCache.size < 50_000) stemCache.set(word, out);
  return out;
}

/**
 * A typo of a known word: one edit for words of 5–8 letters, two from 9. Short words never
 * match by spelling (an "s" or "os" is not "is"), and digits must match exactly.
 */
export function closeSpelling(typed: string, known: string): boolean {
  if (typed === known) return true;
  if (/\d/.test(typed) || /\d/.test(known)) return false;
  // A slip rarely hits the first letter, and a different first letter is often another word (weight, height).
  if (typed[0] !== known[0]) return false;
  const shorter = Math.min(typed.length, known.length);
  if (shorter < 5) return false;
  const allowed = shorter >= 9 ? 2 : 1;
  if (Math.abs(typed.length - known.length) > allowed) return false;
  const apart = distance(typed, known);
  if (apart <= 1 || swapsOne(typed, known)) return true;
  // Two slips in a long word, but not a different ending: "schaatsles" is no "schaatste".
  return apart <= allowed && typed.at(-1) === known.at(-1);
}

/** One letter added, dropped, changed, or two swapped: a single slip. */
export function oneSlip(typed: string, known: string): boolean {
  return distance(typed, known) <= 1 || swapsOne(typed, known);
}

/** "wolrd" for "world": two letters swapped is one slip of the fingers, not two. */
function swapsOne(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) diff.push(i);
  if (diff.length !== 2) return false;
  const [x, y] = diff as [number, number];
  return y === x + 1 && a[x] === b[y] && a[y] === b[x];
}

/** English then Dutch month names (and short forms), so index % 12 is the month. */
export const MONTHS: readonly string[] = [
  ...'january february march april may june july august september october november december'.split(' '),
  ...'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  ...'jan feb mar apr may jun jul aug sep oct nov dec'.split(' '),
];

/** A month (1–12) by every name a question may use for it. */
export const monthNames = (month: number): string => MONTHS.filter((_, i) => i % 12 === month - 1).join(' ');
