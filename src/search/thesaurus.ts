/**
 * Concepts of the narrative rows (timeline, background, quotes) with the everyday English and Dutch
 * words fans ask about them with. A row whose own text names the concept (the trigger) is found by
 * all of the concept's words: "onderscheiding" finds the knighthood, "aangereden" the car that ran
 * her off the road. The groups describe kinds of events, not questions: each is written from the
 * rows' vocabulary, so a new row about the same kind of thing is found the same way.
 *
 * Kept apart from TEXT_SYNONYMS (documents.ts): those groups also judge paired claims ("engaged to
 * Verweij"), where a group must name one thing exactly; these only widen what finds a row.
 */
const NARRATIVE_CONCEPTS: readonly [trigger: RegExp, words: string][] = [
  [
    /\b(knight|ridder|order of orange|orde van oranje)\b/i,
    'honour honor honours honors award awarded decoration decorated knighted knighthood royal king onderscheiding onderscheiden lintje koninklijke koning geridderd ridder benoemd',
  ],
  [
    /\b(hit by a car|door een auto|accident with a car|ongeluk|aangereden|run off the road)/i,
    'accident crash crashed car hit struck collision knocked ongeluk ongeval aangereden aanrijding auto fiets fietsen bike cycling',
  ],
  [
    /\b(injur\w*|strain\w*|blessure\w*|liesblessure|ankle|enkel\w*|groin)\b/i,
    'injury injured injuries hurt strain strained pain blessure blessures geblesseerd pijn lies liesblessure groin enkel ankle',
  ],
  [
    /\b(falls in|fell in|fall in|valt op|viel op|gevallen op)\b/i,
    'fall fell falls fallen crash slipped slip val viel valt vallen gevallen onderuit uitgegleden',
  ],
  [
    /\b(documentary|documentaire|series|serie|realityserie|netflix|hbo|videoland)\b/i,
    'documentary docu doc film series show tv television reality streaming documentaire serie televisie programma',
  ],
  [
    /\b(announced|becomes public|confirmed|bekendgemaakt|wordt openbaar|bevestigd|bevestigde)\b/i,
    'announced announcement public publicly revealed confirmed known news bekend bekendgemaakt openbaar bevestigd bevestigde onthuld nieuws',
  ],
  [
    /\b(lives|lived|living|spends the off-season|woont|woonde|woonden|verblijft|new home)\b/i,
    'live lives lived living home house reside resides residence woont wonen woonde woonplaats verblijft verblijf huis thuis',
  ],
  [
    /\b(ends her season|ended the 2025\/26 season|season-end|beëindigt haar seizoen|beëindigde het seizoen)/i,
    // The season's end was made known in a post: "when did she announce the end of her season".
    'end ended ends ending finish finished stop stopped stops einde beëindigt beëindigde beëindigen afsluiten sloot stopt stopte announce announced announcement post posted bekendgemaakt bekend bericht',
  ],
  [
    /\b(row over|ophef|controvers\w*|uproar|criticism|kritiek)\b/i,
    'controversy controversial fuss uproar row criticism criticised criticized ophef rel kritiek commotie gedoe',
  ],
  [
    /\b(breakup|split|ended the relationship|uit elkaar|breuk|maakte een einde)\b/i,
    'breakup break broke split separated ended over uit elkaar breuk voorbij einde',
  ],
  [
    /\b(streak|unbeaten|ongeslagen|op rij|reeks|straight)\b/i,
    'streak row consecutive straight unbeaten undefeated series reeks rij opeenvolgend ongeslagen zegereeks',
  ],
  [/\b(debut|debuut)\b/i, 'debut first appearance debuut eerste optreden'],
  [/\b(named after|vernoemd naar)\b/i, 'named name called naming origin vernoemd naam genoemd heet heten vandaan komt'],
  [
    /\b(sponsor\w*|advert\w*|reclame\w*|brand work|merken|launching partner)\b/i,
    'sponsor sponsors sponsored sponsorship brand brands deal advert commercial campaign sponsoren merk merken reclame',
  ],
  [
    /\b(dented|gedeukt|repair|repareren)\b/i,
    'damaged broken dent dented broke repair repaired fix fixed kapot beschadigd deuk gedeukt repareren gerepareerd',
  ],
  [
    /\b(discretionary|aanwijsplek|olympic ticket|olympisch ticket|startbewijs)\b/i,
    'qualify qualified qualification ticket place spot selected selection nominated nomination picked aanwijsplek plek plaats startbewijs geplaatst kwalificatie gekwalificeerd geselecteerd selectie aangewezen',
  ],
  [/\b(ceremony|huldiging)\b/i, 'ceremony celebration huldiging gehuldigd feest'],
  [
    /\b(ends her season|ended her season|ending (the|her) season|ended the 2025\/26 season|beëindigt haar seizoen|beëindig het seizoen|seizoen af\w*|seizoen afsloot)\b/i,
    'season end ended ending finished stopped seizoen einde beeindigd beeindigt afgesloten klaar',
  ],
  [/\b(contract\w*)\b/i, 'contract deal signed signing tekende getekend verlengd extended'],
  [/\b(surgery|operatie)\b/i, 'surgery operation operated operatie geopereerd hospital ziekenhuis'],
  [
    /\b(pregnan\w*|zwanger\w*|future kids|toekomstige kinderen)\b/i,
    'pregnant pregnancy baby babies kids children child zwanger zwangerschap kind kinderen',
  ],
  [
    /\b(goal|goals|ambition|dream|dreams|doel|doelen|ambitie|droom|dromen)\b/i,
    'goal goals ambition dream dreams aim wish doel doelen ambitie droom dromen wens',
  ],
  [/\b(pressure|druk)\b/i, 'pressure stress nerves nervous druk spanning zenuwen'],
  [
    /\b(happy|sad|gutted|proud|blij|trots|teleurgesteld|baalt|verdrietig|disappointing|teleurstellend)\b/i,
    'feel feeling felt emotion emotions happy sad gutted disappointed proud voelde voelt gevoel emoties blij trots teleurgesteld verdrietig balen baalde',
  ],
  [/\b(makeup|make-up|mascara|eyeliner)\b/i, 'makeup mascara eyeliner tears cried crying make-up huilen tranen'],
  [
    /\b(olympic trials|okt|kwalificatietoernooi)\b/i,
    'trials qualifying qualifier selection okt kwalificatietoernooi kwalificatie',
  ],
  [/\b(jet|private jet|privéjet)\b/i, 'jet plane flew flight airplane privejet vliegtuig vloog'],
  [
    /\b(founded|starts her own team|started her own team|eigen ploeg|eigen team)\b/i,
    'founded found own team started start oprichten opgericht richtte eigen ploeg team',
  ],
  [
    /\b(schoonmoeder|schoonvader|jake paul's mother|jake paul's father|moeder van jake|vader van jake)/i,
    'mother-in-law father-in-law in-laws law schoonmoeder schoonvader schoonfamilie schoonouders',
  ],
  // A Games named by its host city alone is still "de Spelen" to a fan.
  [/\b(pyeongchang|winter games)\b/i, 'olympics olympic olympisch olympische spelen games winterspelen'],
  [
    /\b(misses|missed|skips|skipped|declines|declined|did not take part|slaat|sloeg|mist|miste|overgeslagen|schieten)\b/i,
    'skip skipped skips miss missed absent absence declined withdrew overslaan oversloeg overgeslagen afwezig missen miste afgezegd meedoen meegedaan',
  ],
  [
    /\b(future|toekomst|undecided|besluit|decide|beslis\w*|take stock)\b/i,
    'future decide decision decided undecided plans toekomst besluit beslissing beslissen beslist plannen',
  ],
  [
    /\b(starts|started|start|begint|begon|began|begonnen)\b/i,
    'start started starts starting began begin begun beginning begon begonnen beginnen begint gestart',
  ],
  [
    /\b(leaves|left|leaving|vertrekt|vertrok|verliet|vertrek)\b/i,
    'leave leaves left leaving departed departure quit vertrek vertrekt vertrok verliet vertrokken weg weggegaan stopte',
  ],
  [/\b(vereniging|club)\b/i, 'club clubs vereniging verenigingen'],
];

/**
 * Topics a claim can be about in words that differ from the row's: "named after a tennis player"
 * asks about where her name comes from, whatever it claims. The question's own wording names the
 * topic; the rows whose text tells of it are what the claim is judged against.
 */
const CLAIM_TOPICS: readonly [asked: RegExp, told: RegExp][] = [
  [
    /\b(name[sd]? (her )?after|vernoemd (naar|na)|name( \w+)? (come|comes|came) from|naam( \w+)? (vandaan|komt|kwam))\b/i,
    /\b(named after|vernoemd naar)\b/i,
  ],
];

/** The rows a question's topic names, when it names one: "named after …" → the row about her name. */
export function topicRowsOf<T extends { answer: { en: string; nl: string } }>(
  question: string,
  docs: readonly T[],
): T[] {
  const told = CLAIM_TOPICS.filter(([asked]) => asked.test(question)).map(([, t]) => t);
  return told.length ? docs.filter((d) => told.some((t) => t.test(`${d.answer.en} ${d.answer.nl}`))) : [];
}

/** What befalls a skater in a race (an injury, a fall, an accident): told in the notes of races too. */
const INCIDENTS = new Set(
  ['injury', 'accident', 'fall', 'surgery'].map((w) =>
    NARRATIVE_CONCEPTS.findIndex(([, words]) => words.startsWith(w)),
  ),
);

/** The incident concepts a race's note names ("withdrew with a groin strain"). */
export const incidentWordsOf = (text: string): string =>
  NARRATIVE_CONCEPTS.filter(([trigger], i) => INCIDENTS.has(i) && trigger.test(text))
    .map(([, words]) => words)
    .join(' ');

export const conceptWordsOf = (text: string): string =>
  NARRATIVE_CONCEPTS.filter(([trigger]) => trigger.test(text))
    .map(([, words]) => words)
    .join(' ');

/**
 * Her quotes name their occasion as the sources do ("after the Olympic 1000 m gold"); fans name the
 * Games as "de Spelen". Only occasions: in a row's own text "Olympic" is already a filter's word.
 */
export const occasionWordsOf = (occasion: string): string =>
  // "quoted by olympics.com" names a website, not the Games.
  /\bolympi(?!cs\.com)/i.test(occasion) ? 'spelen games olympics winterspelen' : '';
