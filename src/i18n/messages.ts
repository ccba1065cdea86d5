import type { Lang } from './locale.ts';

/**
 * Every user-visible string lives here so a Dutch reply is Dutch throughout.
 * Functions take already-formatted values; formatting is locale-aware elsewhere.
 */
const en = {
  competition: {
    olympics: 'Olympic Games',
    'world-single-distances': 'World Single Distances Championships',
    'world-sprint': 'World Sprint Championships',
    'european-single-distances': 'European Championships (single distances)',
    'european-sprint': 'European Sprint Championships',
    'world-junior': 'World Junior Championships',
  },
  event: {
    '500m': '500 m',
    '1000m': '1000 m',
    '1500m': '1500 m',
    '3000m': '3000 m',
    'team-sprint': 'Team sprint',
    'team-pursuit': 'Team pursuit',
    'sprint-allround': 'Sprint all-round',
    allround: 'All-round',
  },
  medal: { gold: 'Gold', silver: 'Silver', bronze: 'Bronze' },
  aboutTopic: {
    overview: 'Overview',
    'early-life': 'Early life',
    career: 'Career',
    'teams-and-coaches': 'Teams and coaches',
    education: 'Education',
    'personal-life': 'Personal life',
    'social-media': 'Social media',
  },
  recordKind: { world: 'World record', olympic: 'Olympic record', dutch: 'Dutch record', track: 'Track record', junior: 'Junior record', other: 'Record' },
  recordStatus: { current: 'current', former: 'former', unknown: 'status unknown' },
  dutchChampionship: { 'nk-sprint': 'Dutch Sprint Championships', 'nk-single-distances': 'Dutch Single Distances Championships' },
  platform: { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube', x: 'X', other: 'Other' },

  sources: 'Sources',
  source: 'Source',
  conflict: '⚠️ Sources disagree',
  singleSource: 'single source',
  asOf: (date: string) => `as of ${date}`,
  dataAsOf: (date: string) => `Data as of ${date}`,
  page: (n: number, total: number) => `Page ${n}/${total}`,
  previous: 'Previous',
  next: 'Next',

  medalsTitle: 'Jutta Leerdam — medals',
  medalsFiltered: (filters: string) => `Filtered by ${filters}`,
  medalsTally: (g: number, s: number, b: number, total: number) => `🥇 ${g} gold · 🥈 ${s} silver · 🥉 ${b} bronze — ${total} in total`,
  medalsNone: 'The dataset holds no medal that matches these filters.',
  medalsNoneHint: 'Try `/medals` without filters to see every medal.',

  quoteTitle: 'Jutta Leerdam said',
  quoteTranslation: 'Translation',
  quoteOccasion: 'Occasion',
  quoteDate: 'Date',
  quoteAnother: 'Another quote',
  quoteNone: (topic: string) => `The dataset holds no quote on the topic “${topic}”.`,
  quoteTopics: (topics: string) => `Topics with quotes: ${topics}`,
  quoteCycle: (n: number, total: number) => `Quote ${n} of ${total} in this channel's rotation`,

  aboutTitle: (topic: string) => `Jutta Leerdam — ${topic}`,
  aboutNone: 'The dataset holds nothing on this topic yet.',
  aboutOtherTopics: 'Other topics',
  born: 'Born',
  birthplace: 'Birthplace',
  nationality: 'Nationality',
  height: 'Height',
  discipline: 'Discipline',

  recordsTitle: 'Jutta Leerdam — personal bests and records',
  personalBests: 'Personal bests',
  records: 'Records',

  timelineTitle: (year?: number) => (year ? `Jutta Leerdam — ${year}` : 'Jutta Leerdam — timeline'),
  timelineNone: (year: number) => `The dataset holds no timeline events for ${year}.`,
  timelineYears: (years: string) => `Years with events: ${years}`,

  helpTitle: 'Leerdam bot — help',
  helpIntro:
    'I answer questions about Jutta Leerdam, the Dutch speed skater, from a dataset kept by this server\'s moderators. Every fact comes with its source.',
  helpCommands: 'Commands',

  competitionWord: 'competition',
  eventWord: 'event',
  topicWord: 'topic',
  errorTitle: 'Something is not right',
  unknownCommand: (name: string) => `I don't know the command \`/${name}\`. Try \`/help\` for the list.`,
  unknownOption: (name: string, command: string) => `\`/${command}\` has no option \`${name}\`.`,
  badOptionType: (name: string, expected: string) => `Option \`${name}\` must be ${expected}.`,
  badOptionChoice: (name: string, allowed: string) => `Option \`${name}\` must be one of: ${allowed}.`,
  badOptionRange: (name: string, min: string, max: string) => `Option \`${name}\` must be between ${min} and ${max}.`,
  badOptionLength: (name: string, max: number) => `Option \`${name}\` may be at most ${max} characters.`,
  unknownValue: (what: string, value: string, allowed: string) => `“${value}” is not a known ${what}. Known: ${allowed}.`,
  internalError: 'Sorry, something went wrong while answering. Please try again in a moment.',
  expiredButton: 'This button no longer works. Run the command again.',
  typeNumber: 'a whole number',
  typeString: 'text',
  typeBoolean: 'true or false',
} as const;

type Widen<T> = T extends (...args: infer A) => infer R
  ? (...args: A) => R
  : T extends string
    ? string
    : { [K in keyof T]: Widen<T[K]> };
export type Messages = Widen<typeof en>;

const nl: Messages = {
  competition: {
    olympics: 'Olympische Spelen',
    'world-single-distances': 'WK afstanden',
    'world-sprint': 'WK sprint',
    'european-single-distances': 'EK afstanden',
    'european-sprint': 'EK sprint',
    'world-junior': 'WK junioren',
  },
  event: {
    '500m': '500 m',
    '1000m': '1000 m',
    '1500m': '1500 m',
    '3000m': '3000 m',
    'team-sprint': 'Teamsprint',
    'team-pursuit': 'Ploegenachtervolging',
    'sprint-allround': 'Sprintvierkamp',
    allround: 'Allround',
  },
  medal: { gold: 'Goud', silver: 'Zilver', bronze: 'Brons' },
  aboutTopic: {
    overview: 'Overzicht',
    'early-life': 'Jeugd',
    career: 'Carrière',
    'teams-and-coaches': 'Ploegen en coaches',
    education: 'Opleiding',
    'personal-life': 'Privéleven',
    'social-media': 'Sociale media',
  },
  recordKind: { world: 'Wereldrecord', olympic: 'Olympisch record', dutch: 'Nederlands record', track: 'Baanrecord', junior: 'Juniorenrecord', other: 'Record' },
  recordStatus: { current: 'huidig', former: 'voormalig', unknown: 'status onbekend' },
  dutchChampionship: { 'nk-sprint': 'NK sprint', 'nk-single-distances': 'NK afstanden' },
  platform: { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube', x: 'X', other: 'Overig' },

  sources: 'Bronnen',
  source: 'Bron',
  conflict: '⚠️ Bronnen spreken elkaar tegen',
  singleSource: 'één bron',
  asOf: (date) => `per ${date}`,
  dataAsOf: (date) => `Gegevens tot ${date}`,
  page: (n, total) => `Pagina ${n}/${total}`,
  previous: 'Vorige',
  next: 'Volgende',

  medalsTitle: 'Jutta Leerdam — medailles',
  medalsFiltered: (filters) => `Gefilterd op ${filters}`,
  medalsTally: (g, s, b, total) => `🥇 ${g} goud · 🥈 ${s} zilver · 🥉 ${b} brons — ${total} in totaal`,
  medalsNone: 'De dataset bevat geen medaille die bij deze filters past.',
  medalsNoneHint: 'Probeer `/medailles` zonder filters om alle medailles te zien.',

  quoteTitle: 'Jutta Leerdam zei',
  quoteTranslation: 'Vertaling',
  quoteOccasion: 'Gelegenheid',
  quoteDate: 'Datum',
  quoteAnother: 'Nog een citaat',
  quoteNone: (topic) => `De dataset bevat geen citaat over het onderwerp „${topic}”.`,
  quoteTopics: (topics) => `Onderwerpen met citaten: ${topics}`,
  quoteCycle: (n, total) => `Citaat ${n} van ${total} in de rotatie van dit kanaal`,

  aboutTitle: (topic) => `Jutta Leerdam — ${topic}`,
  aboutNone: 'De dataset bevat nog niets over dit onderwerp.',
  aboutOtherTopics: 'Andere onderwerpen',
  born: 'Geboren',
  birthplace: 'Geboorteplaats',
  nationality: 'Nationaliteit',
  height: 'Lengte',
  discipline: 'Discipline',

  recordsTitle: 'Jutta Leerdam — persoonlijke records en records',
  personalBests: 'Persoonlijke records',
  records: 'Records',

  timelineTitle: (year) => (year ? `Jutta Leerdam — ${year}` : 'Jutta Leerdam — tijdlijn'),
  timelineNone: (year) => `De dataset bevat geen gebeurtenissen in ${year}.`,
  timelineYears: (years) => `Jaren met gebeurtenissen: ${years}`,

  helpTitle: 'Leerdam-bot — hulp',
  helpIntro:
    'Ik beantwoord vragen over schaatsster Jutta Leerdam uit een dataset die de moderators van deze server bijhouden. Bij elk feit staat de bron.',
  helpCommands: 'Commando’s',

  competitionWord: 'kampioenschap',
  eventWord: 'afstand of onderdeel',
  topicWord: 'onderwerp',
  errorTitle: 'Er klopt iets niet',
  unknownCommand: (name) => `Het commando \`/${name}\` ken ik niet. Probeer \`/help\` voor de lijst.`,
  unknownOption: (name, command) => `\`/${command}\` heeft geen optie \`${name}\`.`,
  badOptionType: (name, expected) => `Optie \`${name}\` moet ${expected} zijn.`,
  badOptionChoice: (name, allowed) => `Optie \`${name}\` moet een van deze zijn: ${allowed}.`,
  badOptionRange: (name, min, max) => `Optie \`${name}\` moet tussen ${min} en ${max} liggen.`,
  badOptionLength: (name, max) => `Optie \`${name}\` mag hoogstens ${max} tekens lang zijn.`,
  unknownValue: (what, value, allowed) => `„${value}” is geen bekende ${what}. Bekend: ${allowed}.`,
  internalError: 'Sorry, er ging iets mis bij het antwoorden. Probeer het zo nog eens.',
  expiredButton: 'Deze knop werkt niet meer. Voer het commando opnieuw uit.',
  typeNumber: 'een geheel getal',
  typeString: 'tekst',
  typeBoolean: 'waar of onwaar',
};

const catalog: Record<Lang, Messages> = { en, nl };

export function t(lang: Lang): Messages {
  return catalog[lang];
}
