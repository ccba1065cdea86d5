import type { Lang } from './locale.ts';

/**
 * Every user-visible string lives here so a Dutch reply is Dutch throughout.
 * Functions take already-formatted values; formatting is locale-aware elsewhere.
 */
/** What a refusal message may show (see Refusal in src/data/change.ts). */
type RefusalParams = Record<string, string | number>;

const en = {
  competition: {
    olympics: 'Olympic Games',
    'world-single-distances': 'World Single Distances Championships',
    'world-sprint': 'World Sprint Championships',
    'european-single-distances': 'European Championships (single distances)',
    'european-sprint': 'European Sprint Championships',
    'world-junior': 'World Junior Championships',
    'world-cup': 'World Cup',
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
    'open-questions': 'Open questions',
  },
  recordKind: {
    world: 'World record',
    olympic: 'Olympic record',
    dutch: 'Dutch record',
    track: 'Track record',
    junior: 'Junior record',
    other: 'Record',
  },
  recordStatus: { current: 'current', former: 'former', unknown: 'status unknown' },
  dutchChampionship: {
    'nk-sprint': 'Dutch Sprint Championships',
    'nk-single-distances': 'Dutch Single Distances Championships',
  },
  platform: { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube', x: 'X', other: 'Other' },

  sources: 'Sources',
  source: 'Source',
  conflict: '⚠️ Conflict',
  asOf: (date: string) => `as of ${date}`,
  dataAsOf: (date: string) => `Data as of ${date}`,
  page: (n: number, total: number) => `Page ${n}/${total}`,
  previous: 'Previous',
  next: 'Next',

  medalsTitle: 'Jutta Leerdam — medals',
  medalsFiltered: (filters: string) => `Filtered by ${filters}`,
  medalsTally: (g: number, s: number, b: number, total: number) =>
    `🥇 ${g} gold · 🥈 ${s} silver · 🥉 ${b} bronze — ${total} in total`,
  medalsNone: 'The dataset holds no medal that matches these filters.',
  medalsNoneHint: 'Try `/medals` without filters to see every medal.',

  resultsTitle: 'Jutta Leerdam — results',
  resultsCount: (n: number) => `${n} ${n === 1 ? 'result' : 'results'}`,
  resultsMedals: (g: number, s: number, b: number) => `championship medals among them: 🥇 ${g} · 🥈 ${s} · 🥉 ${b}`,
  resultsNone: 'The dataset holds no result that matches these filters.',
  resultsNoneHint: 'Try `/results` without filters to see every result.',
  seasonWord: 'season or year',
  place: (n: number) => {
    const tens = n % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${suffix}`;
  },
  placeUnknown: 'place not given',
  tied: 'tied',
  placeFilter: {
    '1': '1st (win)',
    '2': '2nd',
    '3': '3rd',
    podium: 'Podium (1st–3rd)',
    'off-podium': 'Off the podium (4th or lower)',
  },
  raceOf: (race: number, event: string) => `${race === 1 ? 'first' : 'second'} ${event}`,
  behind: (gap: string, who: string) => `${gap} behind ${who}`,
  aheadOf: (gap: string, who: string) => `${gap} ahead of ${who}`,
  seconds: (value: string) => `${value} s`,
  points: (value: string) => `${value} pts`,
  workedOut: 'worked out',
  others: 'Also',
  lap: (n: number, name: string) => `lap ${n} ${name}`,
  countedFor: (classification: string) => `counted for ${classification}`,
  standingLabel: (event: string, season: string) => `World Cup ${season}, ${event} classification`,
  standingsTitle: 'World Cup classifications',

  personalBest: 'Personal best',
  earlierPersonalBest: 'Earlier personal best',
  before: (date: string) => `before ${date}`,
  currentBest: 'current best',
  pbClaim: {
    stated: '',
    implied: 'implied by the source',
    none: 'faster, but no source calls it a personal best',
  },
  recordsStepsHint: (n: number, command: string) => `${n} ${n === 1 ? 'step' : 'steps'}: \`${command}\``,
  progressionOfBest: (distance: string) => `Jutta Leerdam — ${distance} personal bests`,
  progressionOfBestIntro: (n: number) =>
    `${n} ${n === 1 ? 'step' : 'steps'}, oldest first; the last is her personal best as the sources record it.`,
  noBestsFor: (distance: string) => `The dataset holds no personal bests on the ${distance}.`,
  bestsKnownFor: (distances: string) => `Distances with personal bests: ${distances}`,

  affiliationKind: {
    team: 'Team',
    coach: 'Coach',
    'national-coach': 'National coach',
    'training-centre': 'Training centre',
    club: 'Club',
  },
  now: (date: string) => `Now (data as of ${date})`,
  history: 'Before',
  moreOnTopic: 'More',
  since: (date: string) => `since ${date}`,
  endUnknown: 'end date not known',
  relation: { father: 'Father', mother: 'Mother', sister: 'Sister', brother: 'Brother' },
  family: 'Family',
  earlySport: 'Before speed skating',
  dutchTitles: 'Dutch championships',
  openQuestionsIntro: 'What the sources do not settle: the bot never answers these as facts.',
  years: (n: number) => `${n} years`,

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

  progressionTitle: (distance: string) => `Jutta Leerdam — ${distance} progression`,
  progressionSummary: (count: number, best: string, date: string) =>
    `${count} timed ${count === 1 ? 'race' : 'races'} in the dataset. Fastest: **${best}** (${date}).`,
  progressionSteps: (drawn: number, undated: number, command: string) =>
    `Personal-best steps on the dashed line: ${drawn}${undated ? ` (${undated} without a known date, not drawn)` : ''}; every step with its source: \`${command}\`.`,
  progressionNone: (distance: string) => `The dataset holds no times for the ${distance} yet.`,
  progressionNoneHint: 'Try another distance, or `/records` for the personal bests.',
  chart: {
    kind: {
      olympics: 'Olympic Games',
      world: 'World Championships',
      european: 'European Championships',
      'world-cup': 'World Cup',
      dutch: 'Dutch Championships',
      pb: 'Personal best',
    },
    date: 'Date',
    timeAxis: 'Time (lower is faster)',
    race: 'Race',
    progressionSubtitle: 'Each point is a race; the dashed line is the fastest time so far.',
    progressionPbSubtitle: 'Each point is a race; the dashed line is her personal best as the sources record it.',
    year: 'Year',
    medals: 'Medals',
    medal: 'Medal',
    medalTimelineTitle: 'Jutta Leerdam — medals per year',
  },

  helpTitle: 'Leerdam bot — help',
  helpIntro:
    "I answer questions about Jutta Leerdam, the Dutch speed skater, from a dataset kept by this server's moderators. Every fact comes with its source.",
  helpCommands: 'Commands',

  ask: {
    yes: 'Yes',
    no: 'No',
    counted: (n: number, what: string) => `${n} ${what} in the dataset`,
    newestShown: (n: number) => `the newest ${n}`,
    oldestShown: (n: number) => `the oldest ${n}`,
    oldestFirst: 'oldest first',
    falsePremise: (what: string) => `No: the dataset holds no ${what}, so according to its sources she did not.`,
    nearby: 'What the dataset does hold:',
    none: "The dataset doesn't hold an answer to that, and I won't guess.",
    unsure: "I'm not sure: the dataset doesn't hold an answer that matches the whole question. The closest facts:",
    suggest: 'Try `/medals`, `/results`, `/records`, `/timeline`, `/about` or `/quote`.',
    sourcesDisagree: '⚠️ sources disagree',
    entity: {
      medal: ['medal', 'medals'],
      win: ['win', 'wins'],
      result: ['race', 'races'],
      championship: ['championship race', 'championship races'],
      standing: ['World Cup classification', 'World Cup classifications'],
      'standing-title': ['World Cup classification win', 'World Cup classification wins'],
      'dutch-title': ['Dutch title', 'Dutch titles'],
      record: ['record', 'records'],
      pb: ['personal best', 'personal bests'],
      coach: ['coach', 'coaches'],
      team: ['team', 'teams'],
      social: ['follower figure', 'follower figures'],
    } as Record<string, readonly [string, string]>,
    at: (what: string) => `at the ${what}`,
    inEvent: (what: string) => `in the ${what}`,
    inPlace: (what: string) => `in ${what}`,
    inSeason: (what: string) => `in ${what}`,
    withPerson: (who: string) => `with ${who}`,
    placed: (n: string) => `in ${n}`,
    beforeYear: (y: number) => `before ${y}`,
    afterYear: (y: number) => `after ${y}`,
    or: ' or ',
    colour: { gold: 'gold', silver: 'silver', bronze: 'bronze' },
  },

  competitionWord: 'competition',
  eventWord: 'event',
  moderation: {
    onlyModerators: 'Only moderators (Manage Server, or a moderator role) may change the data.',
    notAvailable: 'Editing the data is not available here.',
    guildOnly:
      '`/data` works only in a server that has added the bot, not in DMs, group chats or servers where only you installed the app.',
    refusedTitle: 'Change refused',
    refusedInvalid: 'The change was refused; the data file is unchanged.',
    updatedTitle: 'Data updated',
    nowServing: (v: string) => `The bot now serves version \`${v}\`.`,
    added: (what: string, id: string) => `Added ${what} \`${id}\`.`,
    edited: (id: string, field: string) => `Edited \`${id}\` field \`${field}\`.`,
    removed: (id: string) => `Removed \`${id}\`.`,
    reverted: 'Reverted the last change.',
    quoteWord: 'quote',
    medalWord: 'medal',
    invalidTitle: 'Data file has errors',
    keepsServing: (v: string) => `The bot keeps serving the last good data (\`${v}\`).`,
    validTitle: 'Data file is valid',
    validBody: (v: string, results: number, medals: number, quotes: number, timeline: number, facts: number) =>
      `Version \`${v}\`: ${results} results (${medals} medals), ${quotes} quotes, ${timeline} timeline events, ${facts} background facts.`,
    dateNotInYear: (date: string, year: number) => `The date ${date} is not in the year ${year}.`,
    reloadRefused: 'Reload refused',
    stillServing: (v: string) => `Still serving \`${v}\`.`,
    reloaded: 'Reloaded',
    upToDate: 'Already up to date',
    serving: (v: string) => `Serving version \`${v}\`.`,
    historyTitle: 'Recent data changes',
    noHistory: 'No changes have been made through the bot yet.',
    historyWhere: (dir: string) => `History: \`${dir}\``,
    notice: (user: string, what: string) => `Data change by ${user}: ${what}`,
    restored: (from: string) => `Restored ${from}.`,
    lastGood: 'the last good data',
    auditDamaged: (count: number) =>
      `${count} damaged ${count === 1 ? 'line' : 'lines'} in the audit log ${count === 1 ? 'was' : 'were'} skipped.`,
    prunedForUndo: (count: number) =>
      `Note: ${count} older ${count === 1 ? 'snapshot was' : 'snapshots were'} removed by the history limit (HISTORY_KEEP, HISTORY_MAX_BYTES); undo cannot go back past ${count === 1 ? 'it' : 'them'}.`,
    snapshotsTitle: 'Snapshots you can restore',
    refusal: {
      stale: (p: RefusalParams) =>
        `The data changed since version ${p.expected} (it is now ${p.current}). Look at the current data and make your change again.`,
      'not-found': (p: RefusalParams) => `No row has the id "${p.id}".`,
      'no-section': (p: RefusalParams) => `The data has no section ${p.section}.`,
      'bad-field': (p: RefusalParams) => `"${p.field}" is not a field of ${p.id} that can be set.`,
      'nothing-to-undo': () => 'There is no change left to undo.',
      'undo-conflict': (p: RefusalParams) =>
        `The file was changed after change #${p.seq} (by hand or by another tool), so undoing it would lose that work. Edit the file instead, or use /data restore with a snapshot from ${p.dir}.`,
      'snapshot-missing': (p: RefusalParams) =>
        `The snapshot \`${p.snapshot}\` that this needs is missing from ${p.dir} (deleted, or removed by the history limit), so nothing was changed.`,
      'restore-nothing': (p: RefusalParams) =>
        `The file is already at that data (version ${p.version}); nothing to restore. Name a snapshot (the option lists them).`,
      'too-large': (p: RefusalParams) =>
        `The data would be ${p.bytes} bytes, more than the limit of ${p.max} (DATA_FILE_MAX_BYTES), so nothing was changed.`,
      unavailable: () =>
        'The shared data store (Redis) cannot be reached, so the change was not made. Try again in a moment.',
      'redis-full': () =>
        'The shared data store (Redis) is full (its maxmemory is reached), so the change could not be shared with the other hosts and was not made. Ask the operator to free memory in Redis.',
      diverged: (p: RefusalParams) =>
        `This host does not follow the shared data (its file \`${p.local}\` and the shared version \`${p.remote}\` have separate histories), so the change was not made. See the moderator log channel.`,
      contention: () => 'The data kept changing on other hosts while applying this change. Try again.',
      locked: (p: RefusalParams) =>
        `Another editor (process ${p.owner}) holds the data file's lock and has not finished, so nothing was changed. Try again in a moment.`,
      'lock-lost': () =>
        'This edit took so long that its lock on the data file ran out, so nothing was written. Make the change again.',
      'changed-during-edit': () =>
        'The file changed while you edited (by hand or by another tool); nothing was overwritten. Look at the current data and make your change again.',
      'disk-full': (p: RefusalParams) =>
        `The disk holding ${p.dir} is full, so nothing was changed. Free some space (old snapshots in history/ can go) and try again.`,
      'read-only': (p: RefusalParams) => `The data folder ${p.dir} is read-only for the bot, so nothing was changed.`,
      'write-failed': (p: RefusalParams) => `Writing the data failed (${p.code}), so nothing was changed.`,
    },
  },
  report: {
    button: 'Report a mistake',
  },
  errorTitle: 'Something is not right',
  unknownCommand: (name: string) => `I don't know the command \`/${name}\`. Try \`/help\` for the list.`,
  chartRateLimited: (seconds: number) =>
    `You have asked for a lot of charts in a short time. Please wait ${seconds} s and try again; replies without a chart work as usual.`,
  unknownOption: (name: string, command: string) => `\`/${command}\` has no option \`${name}\`.`,
  badOptionType: (name: string, expected: string) => `Option \`${name}\` must be ${expected}.`,
  badOptionChoice: (name: string, allowed: string) => `Option \`${name}\` must be one of: ${allowed}.`,
  badOptionRange: (name: string, min: string, max: string) => `Option \`${name}\` must be between ${min} and ${max}.`,
  badOptionLength: (name: string, max: number) => `Option \`${name}\` may be at most ${max} characters.`,
  unknownValue: (what: string, value: string, allowed: string) =>
    `“${value}” is not a known ${what}. Known: ${allowed}.`,
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
    'world-cup': 'Wereldbeker',
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
    'open-questions': 'Open vragen',
  },
  recordKind: {
    world: 'Wereldrecord',
    olympic: 'Olympisch record',
    dutch: 'Nederlands record',
    track: 'Baanrecord',
    junior: 'Juniorenrecord',
    other: 'Record',
  },
  recordStatus: { current: 'huidig', former: 'voormalig', unknown: 'status onbekend' },
  dutchChampionship: { 'nk-sprint': 'NK sprint', 'nk-single-distances': 'NK afstanden' },
  platform: { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube', x: 'X', other: 'Overig' },

  sources: 'Bronnen',
  source: 'Bron',
  conflict: '⚠️ Conflict',
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

  resultsTitle: 'Jutta Leerdam — uitslagen',
  resultsCount: (n) => `${n} ${n === 1 ? 'uitslag' : 'uitslagen'}`,
  resultsMedals: (g, s, b) => `waarvan kampioenschapsmedailles: 🥇 ${g} · 🥈 ${s} · 🥉 ${b}`,
  resultsNone: 'De dataset bevat geen uitslag die bij deze filters past.',
  resultsNoneHint: 'Probeer `/uitslagen` zonder filters om alle uitslagen te zien.',
  seasonWord: 'seizoen of jaar',
  place: (n) => `${n}e`,
  placeUnknown: 'plaats niet bekend',
  tied: 'gedeeld',
  placeFilter: {
    '1': '1e (winst)',
    '2': '2e',
    '3': '3e',
    podium: 'Podium (1e–3e)',
    'off-podium': 'Buiten het podium (4e of lager)',
  },
  raceOf: (race, event) => `${race === 1 ? 'eerste' : 'tweede'} ${event}`,
  behind: (gap, who) => `${gap} achter ${who}`,
  aheadOf: (gap, who) => `${gap} voor ${who}`,
  seconds: (value) => `${value} s`,
  points: (value) => `${value} pnt`,
  workedOut: 'berekend',
  others: 'Verder',
  lap: (n, name) => `ronde ${n} ${name}`,
  countedFor: (classification) => `telde mee voor het ${classification}`,
  standingLabel: (event, season) => `Wereldbeker ${season}, eindklassement ${event}`,
  standingsTitle: 'Eindklassementen wereldbeker',

  personalBest: 'Persoonlijk record',
  earlierPersonalBest: 'Eerder persoonlijk record',
  before: (date) => `vóór ${date}`,
  currentBest: 'huidig record',
  pbClaim: {
    stated: '',
    implied: 'afgeleid uit de bron',
    none: 'sneller, maar geen bron noemt het een persoonlijk record',
  },
  recordsStepsHint: (n, command) => `${n} ${n === 1 ? 'stap' : 'stappen'}: \`${command}\``,
  progressionOfBest: (distance) => `Jutta Leerdam — persoonlijke records op de ${distance}`,
  progressionOfBestIntro: (n) =>
    `${n} ${n === 1 ? 'stap' : 'stappen'}, oudste eerst; de laatste is haar persoonlijk record volgens de bronnen.`,
  noBestsFor: (distance) => `De dataset bevat geen persoonlijke records op de ${distance}.`,
  bestsKnownFor: (distances) => `Afstanden met persoonlijke records: ${distances}`,

  affiliationKind: {
    team: 'Ploeg',
    coach: 'Coach',
    'national-coach': 'Bondscoach',
    'training-centre': 'Trainingscentrum',
    club: 'Club',
  },
  now: (date) => `Nu (gegevens tot ${date})`,
  history: 'Eerder',
  moreOnTopic: 'Meer',
  since: (date) => `sinds ${date}`,
  endUnknown: 'einddatum onbekend',
  relation: { father: 'Vader', mother: 'Moeder', sister: 'Zus', brother: 'Broer' },
  family: 'Familie',
  earlySport: 'Voor het schaatsen',
  dutchTitles: 'Nederlandse kampioenschappen',
  openQuestionsIntro: 'Wat de bronnen niet beslissen: de bot geeft hier nooit een feit als antwoord.',
  years: (n) => `${n} jaar`,

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

  progressionTitle: (distance) => `Jutta Leerdam — progressie op de ${distance}`,
  progressionSummary: (count, best, date) =>
    `${count} ${count === 1 ? 'race' : 'races'} met een tijd in de dataset. Snelste: **${best}** (${date}).`,
  progressionSteps: (drawn, undated, command) =>
    `Stappen van het persoonlijk record op de stippellijn: ${drawn}${undated ? ` (${undated} zonder bekende datum, niet getekend)` : ''}; elke stap met bron: \`${command}\`.`,
  progressionNone: (distance) => `De dataset bevat nog geen tijden op de ${distance}.`,
  progressionNoneHint: 'Probeer een andere afstand, of `/records` voor de persoonlijke records.',
  chart: {
    kind: {
      olympics: 'Olympische Spelen',
      world: 'WK',
      european: 'EK',
      'world-cup': 'Wereldbeker',
      dutch: 'NK',
      pb: 'Persoonlijk record',
    },
    date: 'Datum',
    timeAxis: 'Tijd (lager is sneller)',
    race: 'Wedstrijd',
    progressionSubtitle: 'Elk punt is een race; de stippellijn is de snelste tijd tot dan.',
    progressionPbSubtitle: 'Elk punt is een race; de stippellijn is haar persoonlijk record volgens de bronnen.',
    year: 'Jaar',
    medals: 'Medailles',
    medal: 'Medaille',
    medalTimelineTitle: 'Jutta Leerdam — medailles per jaar',
  },

  helpTitle: 'Leerdam-bot — hulp',
  helpIntro:
    'Ik beantwoord vragen over schaatsster Jutta Leerdam uit een dataset die de moderators van deze server bijhouden. Bij elk feit staat de bron.',
  helpCommands: 'Commando’s',

  ask: {
    yes: 'Ja',
    no: 'Nee',
    counted: (n: number, what: string) => `${n} ${what} in de dataset`,
    newestShown: (n: number) => `de nieuwste ${n}`,
    oldestShown: (n: number) => `de oudste ${n}`,
    oldestFirst: 'de oudste eerst',
    falsePremise: (what: string) => `Nee: de dataset bevat geen ${what}; volgens de bronnen heeft ze dat dus niet.`,
    nearby: 'Wat de dataset wel heeft:',
    none: 'Daar heeft de dataset geen antwoord op, en ik ga niet gokken.',
    unsure:
      'Ik weet het niet zeker: de dataset heeft geen antwoord dat bij de hele vraag past. De dichtstbijzijnde feiten:',
    suggest: 'Probeer `/medailles`, `/uitslagen`, `/records`, `/tijdlijn`, `/over` of `/citaat`.',
    sourcesDisagree: '⚠️ bronnen spreken elkaar tegen',
    entity: {
      medal: ['medaille', 'medailles'],
      win: ['zege', 'zeges'],
      result: ['race', 'races'],
      championship: ['kampioenschapsrace', 'kampioenschapsraces'],
      standing: ['wereldbekerklassement', 'wereldbekerklassementen'],
      'standing-title': ['gewonnen wereldbekerklassement', 'gewonnen wereldbekerklassementen'],
      'dutch-title': ['Nederlandse titel', 'Nederlandse titels'],
      record: ['record', 'records'],
      pb: ['persoonlijk record', 'persoonlijke records'],
      coach: ['coach', 'coaches'],
      team: ['ploeg', 'ploegen'],
      social: ['volgersaantal', 'volgersaantallen'],
    },
    at: (what: string) => `op de ${what}`,
    inEvent: (what: string) => `op de ${what}`,
    inPlace: (what: string) => `in ${what}`,
    inSeason: (what: string) => `in ${what}`,
    withPerson: (who: string) => `met ${who}`,
    placed: (n: string) => `als ${n}`,
    beforeYear: (y: number) => `vóór ${y}`,
    afterYear: (y: number) => `na ${y}`,
    or: ' of ',
    colour: { gold: 'gouden', silver: 'zilveren', bronze: 'bronzen' },
  },

  competitionWord: 'kampioenschap',
  eventWord: 'afstand of onderdeel',
  moderation: {
    onlyModerators: 'Alleen moderators (Server beheren, of een moderatorrol) mogen de gegevens wijzigen.',
    notAvailable: 'Gegevens bewerken kan hier niet.',
    guildOnly:
      "`/gegevens` werkt alleen in een server die de bot heeft toegevoegd, niet in DM's, groepsgesprekken of servers waar alleen jij de app hebt geïnstalleerd.",
    refusedTitle: 'Wijziging geweigerd',
    refusedInvalid: 'De wijziging is geweigerd; het gegevensbestand is niet veranderd.',
    updatedTitle: 'Gegevens bijgewerkt',
    nowServing: (v) => `De bot gebruikt nu versie \`${v}\`.`,
    added: (what, id) => `${what} \`${id}\` toegevoegd.`,
    edited: (id, field) => `Veld \`${field}\` van \`${id}\` gewijzigd.`,
    removed: (id) => `\`${id}\` verwijderd.`,
    reverted: 'De laatste wijziging is teruggedraaid.',
    quoteWord: 'Citaat',
    medalWord: 'Medaille',
    invalidTitle: 'Het gegevensbestand bevat fouten',
    keepsServing: (v) => `De bot blijft de laatste goede gegevens gebruiken (\`${v}\`).`,
    validTitle: 'Het gegevensbestand is geldig',
    validBody: (v, results, medals, quotes, timeline, facts) =>
      `Versie \`${v}\`: ${results} uitslagen (${medals} medailles), ${quotes} citaten, ${timeline} gebeurtenissen in de tijdlijn, ${facts} achtergrondfeiten.`,
    dateNotInYear: (date, year) => `De datum ${date} ligt niet in het jaar ${year}.`,
    reloadRefused: 'Herladen geweigerd',
    stillServing: (v) => `Nog steeds versie \`${v}\`.`,
    reloaded: 'Herladen',
    upToDate: 'Al up-to-date',
    serving: (v) => `Versie \`${v}\` in gebruik.`,
    historyTitle: 'Recente wijzigingen',
    noHistory: 'Er zijn nog geen wijzigingen via de bot gedaan.',
    historyWhere: (dir) => `Geschiedenis: \`${dir}\``,
    notice: (user, what) => `Gegevens gewijzigd door ${user}: ${what}`,
    restored: (from) => `${from} hersteld.`,
    lastGood: 'De laatste goede gegevens',
    auditDamaged: (count) =>
      `${count} beschadigde ${count === 1 ? 'regel' : 'regels'} in het auditlogboek ${count === 1 ? 'is' : 'zijn'} overgeslagen.`,
    prunedForUndo: (count) =>
      `Let op: ${count} oudere ${count === 1 ? 'momentopname is' : 'momentopnamen zijn'} verwijderd door de geschiedenislimiet (HISTORY_KEEP, HISTORY_MAX_BYTES); ongedaan maken kan niet verder terug.`,
    snapshotsTitle: 'Momentopnamen die je kunt herstellen',
    refusal: {
      stale: (p) =>
        `De gegevens zijn veranderd sinds versie ${p.expected} (nu ${p.current}). Bekijk de huidige gegevens en probeer het opnieuw.`,
      'not-found': (p) => `Er is geen rij met dat id ("${p.id}").`,
      'no-section': (p) => `De gegevens hebben geen onderdeel ${p.section}.`,
      'bad-field': (p) => `"${p.field}" bestaat niet in ${p.id} of kan niet worden gezet.`,
      'nothing-to-undo': () => 'Er is geen wijziging meer om terug te draaien.',
      'undo-conflict': (p) =>
        `Het bestand is na wijziging #${p.seq} met de hand (of door een ander programma) gewijzigd; terugdraaien zou dat werk wissen. Bewerk het bestand zelf of gebruik /gegevens herstel met een momentopname uit ${p.dir}.`,
      'snapshot-missing': (p) =>
        `De momentopname \`${p.snapshot}\` die hiervoor nodig is ontbreekt in ${p.dir} (gewist, of verwijderd door de geschiedenislimiet); er is niets veranderd.`,
      'restore-nothing': (p) =>
        `Het bestand heeft die gegevens al (versie ${p.version}); er is niets te herstellen. Kies een momentopname (de optie toont ze).`,
      'too-large': (p) =>
        `De gegevens zouden ${p.bytes} bytes worden, meer dan de limiet van ${p.max} (DATA_FILE_MAX_BYTES); er is niets veranderd.`,
      unavailable: () =>
        'De gedeelde gegevensopslag (Redis) is niet bereikbaar; er is niets gewijzigd. Probeer het zo nog eens.',
      'redis-full': () =>
        'De gedeelde gegevensopslag (Redis) is vol (maxmemory bereikt); de wijziging kon niet met de andere hosts worden gedeeld en is niet gedaan. Vraag de beheerder geheugen in Redis vrij te maken.',
      diverged: (p) =>
        `Deze host volgt de gedeelde gegevens niet (het bestand \`${p.local}\` en de gedeelde versie \`${p.remote}\` hebben een aparte geschiedenis); er is niets gewijzigd. Zie het moderatorkanaal.`,
      contention: () => 'De gegevens bleven op andere hosts veranderen tijdens deze wijziging. Probeer het opnieuw.',
      locked: (p) =>
        `Een andere bewerker (proces ${p.owner}) heeft het gegevensbestand vergrendeld en is nog niet klaar; er is niets veranderd. Probeer het zo nog eens.`,
      'lock-lost': () =>
        'Deze bewerking duurde zo lang dat de vergrendeling van het gegevensbestand verliep; er is niets geschreven. Doe de wijziging opnieuw.',
      'changed-during-edit': () =>
        'Het bestand veranderde terwijl je bewerkte (met de hand of door een ander programma); er is niets overschreven. Bekijk de huidige gegevens en doe je wijziging opnieuw.',
      'disk-full': (p) =>
        `De schijf met ${p.dir} is vol; er is niets veranderd. Maak ruimte vrij (oude momentopnamen in history/ mogen weg) en probeer het opnieuw.`,
      'read-only': (p) => `De gegevensmap ${p.dir} is voor de bot alleen-lezen; er is niets veranderd.`,
      'write-failed': (p) => `Het schrijven van de gegevens is mislukt (${p.code}); er is niets veranderd.`,
    },
  },
  report: {
    button: 'Fout melden',
  },
  errorTitle: 'Er klopt iets niet',
  unknownCommand: (name) => `Het commando \`/${name}\` ken ik niet. Probeer \`/help\` voor de lijst.`,
  chartRateLimited: (seconds) =>
    `Je hebt in korte tijd veel grafieken gevraagd. Wacht ${seconds} s en probeer het opnieuw; antwoorden zonder grafiek werken gewoon.`,
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
