import type { Competition, Dataset, Event, MedalColour } from '../data/schema.ts';
import type { Lang } from '../i18n/locale.ts';
import { t } from '../i18n/messages.ts';
import { closeSpelling, stems, words } from './normalize.ts';

/**
 * Stage 2 of /ask: the words a fan uses for the dataset's concepts, as data. The labels of the
 * schema's enums come from the i18n catalogue (what the bot itself prints); the extra forms below
 * are how people ask for them. Parsing, option resolution and autocomplete can all read this list.
 */

type Slot =
  | 'competition'
  | 'event'
  | 'medal'
  | 'entity'
  | 'attribute'
  | 'operator'
  | 'intent'
  | 'answer'
  | 'venue'
  | 'record'
  | 'person'
  | 'unlisted';

interface Concept {
  slot: Slot;
  value: string;
  /** Surface forms in either language, as written. */
  forms: readonly string[];
  /** An entity the forms imply as well: "wereldtitel" is a competition and a title. */
  entity?: string;
  /** A place's name in each language, for the reply ("Milaan" in Dutch). */
  names?: Record<Lang, string>;
}

/** A surface form ready to compare: per word, the stems it may appear as. */
export interface CompiledForm {
  concept: Concept;
  words: readonly string[];
  stems: readonly (readonly string[])[];
}

const COMPETITION_FORMS: Record<Competition | 'world-cup' | 'nk-sprint' | 'nk-single-distances', string[]> = {
  olympics: [
    'olympics',
    'olympic',
    'olympic games',
    'games',
    'olympische spelen',
    'olympisch',
    'olympische',
    'de spelen',
    'os',
  ],
  'world-single-distances': [
    'world single distances',
    'world single distance championships',
    'single distances worlds',
    'wk afstanden',
    'wereldkampioenschappen afstanden',
    'wk allround afstanden',
    'wsd',
  ],
  'world-sprint': [
    'world sprint',
    'world sprint championships',
    'wk sprint',
    'sprint worlds',
    'wereldkampioenschap sprint',
  ],
  'european-single-distances': ['european single distances', 'ek afstanden'],
  'european-sprint': ['european sprint', 'ek sprint', 'europees kampioenschap sprint'],
  'world-junior': ['junior', 'juniors', 'world junior', 'wk junioren', 'junioren'],
  'world-cup': ['world cup', 'worldcup', 'wereldbeker', 'wc'],
  'nk-sprint': [
    'nk sprint',
    'dutch sprint',
    'dutch sprint championships',
    'national sprint',
    'nederlands kampioenschap sprint',
  ],
  'nk-single-distances': ['nk afstanden', 'dutch single distances', 'national single distances', 'dutch distance'],
};

/** Words for several competitions at once: "world championships" are both world championships. */
const TITLE_GROUPS: [string, string[]][] = [
  [
    'world-single-distances|world-sprint',
    [
      'world title',
      'world titles',
      'world champion',
      'wereldkampioen',
      'wereldkampioene',
      'wereldtitel',
      'wereldtitels',
    ],
  ],
  [
    'european-single-distances|european-sprint',
    [
      'european title',
      'european titles',
      'european champion',
      'europees kampioen',
      'europees kampioene',
      'europese titel',
      'europese titels',
    ],
  ],
  [
    'nk-sprint|nk-single-distances',
    [
      'dutch title',
      'dutch titles',
      'dutch champion',
      'national title',
      'national titles',
      'nederlands kampioen',
      'nederlands kampioene',
      'nederlandse titel',
      'nederlandse titels',
      'nationale titel',
      'nationale titels',
      'nk titel',
      'nk titels',
    ],
  ],
];

const COMPETITION_GROUPS: [string, string[]][] = [
  [
    'world-single-distances|world-sprint',
    [
      'world championships',
      'world championship',
      'world champs',
      'worlds',
      'wk',
      'wereldkampioenschap',
      'wereldkampioenschappen',
    ],
  ],
  [
    'european-single-distances|european-sprint',
    ['european', 'european championships', 'euros', 'euro', 'ek', 'europees', 'europese', 'europa'],
  ],
  [
    'nk-sprint|nk-single-distances',
    [
      'dutch championships',
      'national championships',
      'nk',
      'nederlands kampioenschap',
      'nederlandse kampioenschappen',
      'dutch',
      'nederlandse',
      'nederlands',
    ],
  ],
];

const EVENT_FORMS: Record<Event, string[]> = {
  '500m': ['500m'],
  '1000m': ['1000m', 'kilometer'],
  '1500m': ['1500m'],
  '3000m': ['3000m'],
  'team-sprint': ['team sprint', 'teamsprint'],
  'team-pursuit': ['team pursuit', 'ploegenachtervolging'],
  'sprint-allround': [
    'sprint all-round',
    'sprint allround',
    'sprint classification',
    'sprintvierkamp',
    'overall sprint',
    'sprint overall',
  ],
  allround: ['allround', 'all-round', 'vierkamp'],
};

const MEDAL_FORMS: Record<MedalColour, string[]> = {
  gold: ['gold', 'golden', 'goud', 'gouden'],
  silver: ['silver', 'zilver', 'zilveren'],
  bronze: ['bronze', 'brons', 'bronzen'],
};

/** What a question is about: one of the entity specs in execute.ts, or a profile attribute. */
const ENTITY_FORMS: Record<string, string[]> = {
  medal: [
    'medal',
    'medals',
    'medaille',
    'medailles',
    'podium',
    'podiums',
    'podiumplek',
    'podiumplaats',
    'medalled',
    'medal haul',
  ],
  title: [
    'title',
    'titles',
    'titel',
    'titels',
    'champion',
    'champions',
    'championship',
    'kampioen',
    'kampioene',
    'kampioenschap',
  ],
  win: [
    'win',
    'wins',
    'won',
    'winning',
    'victory',
    'victories',
    'zege',
    'zeges',
    'overwinning',
    'overwinningen',
    'gewonnen',
    'winnen',
    'wint',
    'winner',
    'winnaar',
    'winnares',
  ],
  result: [
    'result',
    'results',
    'race',
    'races',
    'place',
    'placed',
    'finish',
    'finished',
    'position',
    'uitslag',
    'uitslagen',
    'plaats',
    'plek',
    'positie',
    'geworden',
    'eindigde',
    'wedstrijd',
    'wedstrijden',
    'rit',
    'beat',
    'beaten',
    'versloeg',
    'verslaan',
    'verslagen',
    'skate',
    'skated',
    'schaatste',
    'reden',
    'reed',
    'time',
    'tijd',
  ],
  standing: [
    'standings',
    'standing',
    'classification',
    'ranking',
    'klassement',
    'eindklassement',
    'overall',
    'crystal globe',
    'globe',
  ],
  record: [
    'record',
    'records',
    'recordtijd',
    'wereldrecord',
    'world record',
    'olympic record',
    'olympisch record',
    'track record',
    'baanrecord',
    'national record',
    'nederlands record',
  ],
  pb: [
    'personal best',
    'personal bests',
    'pb',
    'pbs',
    'pr',
    'persoonlijk record',
    'persoonlijke records',
    'best time',
    'beste tijd',
    'progression',
    'progressie',
  ],
  coach: [
    'coach',
    'coaches',
    'coached',
    'coaching',
    'trainer',
    'trainers',
    'trains',
    'trained',
    'coacht',
    'coachte',
    'gecoacht',
    'traint',
    'trainde',
    'getraind',
    'bondscoach',
    'national coach',
  ],
  team: [
    'team',
    'teams',
    'ploeg',
    'ploegen',
    'club',
    'skates for',
    'rijdt voor',
    'schaatst voor',
    'commercial team',
    'merkenteam',
  ],
  social: [
    'followers',
    'follower',
    'volgers',
    'instagram',
    'tiktok',
    'youtube',
    'social media',
    'sociale media',
    'insta',
  ],
  // "What did she think of him": her opinion is in her own words.
  quote: [
    'say',
    'said',
    'says',
    'quote',
    'quotes',
    'zei',
    'zegt',
    'gezegd',
    'citaat',
    'citaten',
    'uitspraak',
    'think',
    'thinks',
    'thought',
    'dacht',
    'denkt',
    // "Wat vindt ze van druk": what she thinks is what she said.
    'vindt',
    'vond',
    // "What did she post when …": her statements are her quotes too.
    'post',
    'posted',
    'wrote',
    'schreef',
    'postte',
    // "Her reaction to the gold": what she said. ("React" would be "reach" misspelt.)
    'reacted',
    'reaction',
    'reactie',
    'reageerde',
  ],
  family: [
    'family',
    'familie',
    'father',
    'dad',
    'vader',
    'papa',
    'mother',
    'mum',
    'mom',
    'moeder',
    'mama',
    'parents',
    'ouders',
    'sister',
    'sisters',
    'zus',
    'zussen',
    'zusje',
    'brother',
    'brothers',
    'broer',
    'broers',
    'siblings',
  ],
};

/** Kinds of record (the schema's record kinds); each implies the record entity. */
const RECORD_FORMS: Record<string, string[]> = {
  world: ['world record', 'world records', 'wereldrecord', 'wereldrecords', 'wr'],
  olympic: ['olympic record', 'olympisch record', 'olympische records', 'or'],
  dutch: ['dutch record', 'national record', 'nederlands record', 'nationaal record'],
  track: ['track record', 'track records', 'baanrecord', 'baanrecords', 'rink record'],
  junior: ['junior record', 'junior world record', 'juniorenrecord', 'juniorenwereldrecord'],
};

const ATTRIBUTE_FORMS: Record<string, string[]> = {
  born: [
    'born',
    'birth',
    'birthday',
    'date of birth',
    'geboren',
    'geboortedatum',
    'verjaardag',
    'jarig',
    'age',
    'old',
    'leeftijd',
    'oud',
  ],
  birthplace: ['birthplace', 'place of birth', 'hometown', 'home town', 'geboorteplaats', 'woonplaats', 'vandaan'],
  height: ['height', 'tall', 'lengte', 'lang', 'groot', 'cm', 'centimeter'],
  nationality: ['nationality', 'country', 'nationaliteit'],
  fullName: ['full name', 'real name', 'middle name', 'volledige naam', 'echte naam', 'tweede naam', 'voluit'],
  // Whether she goes on skating: the career-status row, which says what is known of it.
  career: [
    'retire',
    'retired',
    'retires',
    'retiring',
    'retirement',
    'still skating',
    'done with skating',
    'quit skating',
    'stop skating',
    'stopping',
    'career status',
    'carrierestatus',
    'stopt',
    'stoppen',
    'gestopt',
    'afscheid',
    'door met schaatsen',
    'doorgaan',
    'terugkeer',
    'comeback',
  ],
  discipline: [
    'discipline',
    'which distances',
    'what distances',
    'welke afstanden',
    'main event',
    'main distance',
    'favourite distance',
    'favorite distance',
    'best distance',
    'specialty',
    'speciality',
    'specialiteit',
    'hoofdafstand',
    'beste afstand',
    'favoriete afstand',
    'lievelingsafstand',
  ],
};

const OPERATOR_FORMS: Record<string, string[]> = {
  count: [
    'how many',
    'how much',
    'how often',
    'how many times',
    'hoeveel',
    'hoe vaak',
    'hoevaak',
    'hoeveel keer',
    'number of',
    'aantal',
    'count',
    'tally',
    'total',
    'in totaal',
    'bij elkaar',
    'in all',
    'altogether',
  ],
  first: ['first', 'eerste', 'debut', 'debuut', 'earliest', 'voor het eerst', 'first ever'],
  latest: ['latest', 'last', 'most recent', 'recent', 'laatste', 'recentste', 'meest recente', 'newest', 'nieuwste'],
  fastest: ['fastest', 'quickest', 'best', 'snelste', 'beste', 'snelst'],
  current: [
    'current',
    'currently',
    'now',
    'today',
    'nowadays',
    'present',
    'nu',
    'huidige',
    'momenteel',
    'tegenwoordig',
    'still',
    'nog steeds',
  ],
  before: [
    'before',
    'prior to',
    'until',
    'voor',
    'vóór',
    'eerder dan',
    'tot',
    'voordat',
    'going into',
    'heading into',
    'in de aanloop naar',
  ],
  after: ['after', 'since', 'na', 'sinds', 'vanaf', 'later than'],
  // A near miss presumes she did not get it: "how close to silver", "by how much did she miss the title".
  miss: [
    'miss',
    'missed',
    'how close',
    'close to',
    'short of',
    'tekort',
    'kwam tekort',
    'miste',
    'misliep',
    'net naast',
  ],
  compare: ['faster than', 'better than', 'compared', 'versus', 'vs', 'sneller dan', 'beter dan', 'vergeleken'],
};

const ANSWER_FORMS: Record<string, string[]> = {
  when: [
    'when',
    'what date',
    'which date',
    'what year',
    'which year',
    'wanneer',
    'welk jaar',
    'welke datum',
    'in welk jaar',
  ],
  where: ['where', 'which city', 'what city', 'waar', 'welke stad', 'in welke stad'],
  who: ['who', 'whom', 'wie', 'whose', 'van wie'],
  time: [
    'what time',
    'which time',
    'how fast',
    'time',
    'times',
    'tijd',
    'tijden',
    'welke tijd',
    'hoe snel',
    'hoe hard',
  ],
  // "Reden" alone is also "rode" ("reden ze samen"): only with an article it is the reason.
  why: ['why', 'how come', 'waarom', 'hoe komt', 'reason', 'de reden', 'welke reden'],
  margin: [
    'margin',
    'by how much',
    'how far',
    'gap',
    'ahead',
    'behind',
    'verschil',
    'voorsprong',
    'achterstand',
    'seconds',
  ],
};

/**
 * "Is she from X", "komt ze uit X", "grew up in X": a claim about where she comes from, which the
 * birthplace row judges. "Uit" only after "komt" or "kwam" ("viel uit" is dropping out).
 */
export function claimsOrigin(words: readonly string[]): boolean {
  // "Split from Koen", "moved from IKO": "from" after a verb of parting says who or what, not where she is from.
  const parted = (i: number) =>
    /^(split|splits|separated|broke|break|breakup|moved|switched|left|came|transferred)$/.test(words[i - 1] ?? '');
  if (words.some((w, i) => ORIGIN.test(w) && !/^(komt|kwam|up)$/.test(w) && !(w === 'from' && parted(i)))) return true;
  return words.includes('uit') && words.some((w) => w === 'komt' || w === 'kwam');
}

/** The words that say a claim is about her origin; they are not part of the place claimed. */
export const ORIGIN = /^(from|afkomstig|grew|grow|up|raised|opgegroeid|opgroeide|vandaan|hometown|komt|kwam)$/;

/** Words that steer nothing: they are not "leftovers" the retrieval must find. */
export const FUNCTION_WORDS = new Set(
  (
    'a an the and or of in on at to for from by with about is are was were be been being do does did has have had ' +
    'what which why how her she hers herself jutta leerdam leerdams ever please tell me you can could would ' +
    'will should shall may might i we they it its this that these those there their my your our any some ' +
    'hey hi so just really actually like know wonder wondering anyone remember again also then than ' +
    'de het een en of in op aan bij van voor naar met door uit over is zijn was waren ben heeft hebben had wat ' +
    // "Is it true that …", "klopt het dat …": the claim follows; these words hold none of it.
    'true correct klopt juist right toch ' +
    'waarom ze zij haar hij ooit er die dat dit deze kun kan je jij mij me ik wij we jullie hun hoe welke welk ' +
    'nog al ook alweer eigenlijk even toch eens weet wil wel niet geen dan als om te zo maar hé hoi hallo ' +
    'get got make made go going gone goes gaat gaan ging doen gedaan deed doet many much not no yes ja nee ' +
    'all every alle elke list lijst show laat zien give geef vertel vertellen iets ' +
    // Question words and frames: they say what kind of answer, not which fact.
    'who whom whose when where why wie wanneer waar waarom called name names heten heet heette naam ' +
    'kind sort type soort happen happened gebeurde gebeurd gebeurt become became becomes werd worden wordt ' +
    'hold holds held houdt hield vroeger used pakte pakken haalde halen behaalde set sets zette gezet ' +
    // "Zeges boekte ze", "at major tournaments": how a win or a championship is said, not what it is.
    'boekte boekt boeken geboekt behaald behaalt gehaald toernooi toernooien tournament tournaments major grote ' +
    'skate skates skated skating schaatste schaatsen schaatst reed reden rijden kreeg krijgen ' +
    'broke broken break breaks brak verbrak gebroken verbroken ' +
    // The rest of Snowball's English and Dutch stop lists: pronouns, conjunctions, auxiliaries.
    'he him his himself them themselves am having doing but if because as while between through during ' +
    'above below up down out off further once here both each few more most other such nor only own same too ' +
    'very don now toen zich dus omdat hem mijn men zou zal moet moeten iets niets iemand alles altijd hier ' +
    'daar want u uw ons onze zelf reeds kon konden geweest andere veel meer zitten zit zat ' +
    'ervan erover erin erop ermee eraan hadden kregen gekregen krijgt kwam komt komen gekomen come came comes ' +
    // Chat fillers: they carry no fact, and no row holds them.
    'into onto upon within across toward towards jaar jaren maakte maakten maakt maken gemaakt werden geworden sinds since mee season seasons seizoen seizoenen dicht nou precies trouwens btw eh ehm hmm lol ok oke okay hoor zeg joh gewoon eigenlijk toch wel nouja ' +
    'pls plz thx thanks thank aub svp ff haha gezeten gehad gegaan gebleven finally eindelijk anything something everything allemaal ' +
    'keep keeps seeing see saw seen different numbers combined total totaal altogether vlak mocht mag moest ' +
    'congrats congratulations gefeliciteerd proficiat heard read las gelezen gehoord zag ' +
    // "Ik kan het nergens vinden", "een paar keer": where the fan looked, how vaguely they count.
    'find found vinden vind vond gevonden nergens nowhere anywhere ergens paar toe ' +
    // "Volgens haarzelf": according to; one letter from "volgers" (followers), which it never means.
    'volgens according ' +
    // "What's the story with", "what's the deal with", "yo": how a fan opens, not what they ask.
    'story deal yo bot bro dude guys'
  ).split(' '),
);

const INTENT_FORMS: Record<string, string[]> = {
  list: [
    'list',
    'all',
    'every',
    'lijst',
    'alle',
    'allemaal',
    'noem',
    'years',
    'jaren',
    'which years',
    'welke jaren',
    'times',
    'keer',
    // "How did her PB improve over the years": every step, oldest to newest.
    'progression',
    'progressie',
    'over the years',
    'door de jaren',
    'door de jaren heen',
  ],
};

function conceptsOf(slot: Slot, table: Record<string, string[]>, labels?: (value: string) => string[]): Concept[] {
  return Object.entries(table).map(([value, forms]) => ({
    slot,
    value,
    forms: [...forms, ...(labels?.(value) ?? [])],
  }));
}

/** The bot's own label of an enum value in both languages ("Olympic Games", "Olympische Spelen"). */
const labelsOf = (pick: (text: ReturnType<typeof t>) => Record<string, string>) => (value: string) =>
  (['en', 'nl'] as const).map((l) => pick(t(l))[value]).filter((x): x is string => Boolean(x));

/** "Heerenveen, Netherlands (Thialf)" → Heerenveen. */
export const cityOf = (venue: string): string => venue.split(/,| \(/)[0]!.trim();

/** The places her races were held, from the venues in the data ("Milan, Italy" → Milan / Milaan). */
function venueConcepts(d: Dataset): Concept[] {
  const byCity = new Map<string, Set<string>>();
  const names = new Map<string, Record<Lang, string>>();
  const rows = [...d.results, ...d.dutchTitles, ...d.records];
  for (const r of rows) {
    const city = cityOf(r.venue.en);
    if (!names.has(city)) names.set(city, { en: city, nl: cityOf(r.venue.nl) });
    const forms = byCity.get(city) ?? new Set<string>();
    forms.add(city);
    forms.add(cityOf(r.venue.nl));
    // The rink's name, in brackets or after the city, finds it too ("Thialf").
    for (const match of `${r.venue.en} ${r.venue.nl}`.matchAll(/\(([^)]+)\)/g)) forms.add(match[1]!);
    byCity.set(city, forms);
  }
  return [...byCity].map(([city, forms]) => ({
    slot: 'venue' as const,
    value: city,
    forms: [...forms, ...(VENUE_ALIASES[city] ?? [])],
    names: names.get(city)!,
  }));
}

/**
 * Meetings the schema has no table for (their races live in the timeline and background text): named
 * here only so that "Olympic trials" is not read as the Olympics; their words stay for the text search.
 */
const UNLISTED_FORMS: Record<string, string[]> = {
  'olympic-trials': [
    'olympic trials',
    'olympic qualification',
    'olympic qualifying',
    'okt',
    'olympisch kwalificatietoernooi',
    'kwalificatietoernooi',
  ],
  // The Junior World Cup is no competition of the results table: its races are told in the text.
  'junior-world-cup': ['junior world cup', 'junior wereldbeker', 'junioren wereldbeker', 'wereldbeker junioren'],
};

/** Other names fans use for a host city. */
const VENUE_ALIASES: Record<string, string[]> = {
  Milan: ['milano', 'cortina', 'milano cortina', 'milan cortina', 'milaan'],
  // "Beijing 2022" is the city and a year: the year stays a filter, so a World Cup there in 2023 is not it.
  Beijing: ['peking'],
  Heerenveen: ['thialf'],
  'Salt Lake City': ['salt lake', 'slc', 'utah'],
  Calgary: ['olympic oval'],
  Inzell: ['max aicher arena'],
};

/** Everyone the sources place in her races, so "did she beat Femke Kok" names a person. */
function personConcepts(d: Dataset): Concept[] {
  const names = new Set<string>();
  for (const r of [...d.results, ...d.worldCupStandings])
    for (const p of r.placings ?? []) {
      if (!p.members) names.add(p.name);
      for (const member of p.members ?? []) names.add(member.name);
    }
  names.delete(d.profile.name);
  return [...names].map((name) => {
    const parts = name.split(/\s+/);
    // A surname alone finds the person too ("Takagi", "Kok").
    const surname = parts.length > 1 && parts.at(-1)!.length >= 3 ? [parts.at(-1)!] : [];
    return { slot: 'person' as const, value: name, forms: [name, ...surname] };
  });
}

export interface Lexicon {
  forms: readonly CompiledForm[];
  byFirst: ReadonlyMap<string, readonly CompiledForm[]>;
  /** Every stem any concept or row uses, for the "is this a word the dataset knows" check. */
  concepts: readonly Concept[];
}

function compile(concept: Concept): CompiledForm[] {
  return [...new Set(concept.forms)]
    .map((form) => {
      const w = words(form);
      return { concept, words: w, stems: w.map(stems) };
    })
    .filter((f) => f.words.length > 0);
}

export function buildLexicon(d: Dataset): Lexicon {
  const concepts: Concept[] = [
    ...conceptsOf(
      'competition',
      COMPETITION_FORMS,
      labelsOf((text) => ({ ...text.competition, ...text.dutchChampionship })),
    ),
    ...COMPETITION_GROUPS.map(([value, forms]) => ({ slot: 'competition' as const, value, forms })),
    ...TITLE_GROUPS.map(([value, forms]) => ({ slot: 'competition' as const, value, forms, entity: 'title' })),
    ...conceptsOf('record', RECORD_FORMS),
    ...conceptsOf(
      'event',
      EVENT_FORMS,
      labelsOf((text) => text.event),
    ),
    ...conceptsOf(
      'medal',
      MEDAL_FORMS,
      labelsOf((text) => text.medal),
    ),
    ...conceptsOf('entity', ENTITY_FORMS),
    // Every kind of affiliation under the label the bot prints: coaches are coaches, the rest teams.
    ...(['en', 'nl'] as const).flatMap((l) =>
      Object.entries(t(l).affiliationKind).map(([kind, label]) => ({
        slot: 'entity' as const,
        value: kind.endsWith('coach') ? 'coach' : 'team',
        forms: [label],
      })),
    ),
    ...conceptsOf('unlisted', UNLISTED_FORMS),
    ...conceptsOf('attribute', ATTRIBUTE_FORMS),
    ...conceptsOf('operator', OPERATOR_FORMS),
    ...conceptsOf('answer', ANSWER_FORMS),
    ...conceptsOf('intent', INTENT_FORMS),
    ...venueConcepts(d),
    ...personConcepts(d),
  ];
  // Longest forms first, so "world sprint" wins over "world" and "personal best" over "best".
  const forms = concepts.flatMap(compile).sort((a, b) => b.words.length - a.words.length);
  // Forms by the stems and the spelling of their first word: a question word is only compared with those.
  const byFirst = new Map<string, CompiledForm[]>();
  for (const f of forms)
    for (const k of new Set([f.words[0]!, ...f.stems[0]!])) byFirst.set(k, [...(byFirst.get(k) ?? []), f]);
  return { forms, concepts, byFirst };
}

/** The forms that may start at a typed word: same word or stem, or (for a typo) a close spelling. Longest first. */
export function candidatesAt(lexicon: Lexicon, typed: string, typedStems: readonly string[]): CompiledForm[] {
  const found = new Set<CompiledForm>();
  for (const k of [typed, ...typedStems]) for (const f of lexicon.byFirst.get(k) ?? []) found.add(f);
  if (found.size === 0 && typed.length >= 5)
    for (const [k, list] of lexicon.byFirst) if (closeSpelling(typed, k)) for (const f of list) found.add(f);
  return [...found].sort((a, b) => b.words.length - a.words.length);
}

/** Does a typed word stand for a form's word? Same stem, or a typo of a word of five letters or more. */
export function wordMatches(
  typed: string,
  typedStems: readonly string[],
  formWord: string,
  formStems: readonly string[],
): boolean {
  if (typed === formWord) return true;
  // An abbreviation ("or" for Olympic record) is only itself: a stemmer cuts "order" down to it.
  if (formWord.length <= 2) return false;
  if (typedStems.some((s) => formStems.includes(s))) return true;
  return closeSpelling(typed, formWord);
}
