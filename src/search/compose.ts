import { placedAt, placingOf, resultEntry } from '../core/results-text.ts';
import { conflictText, inlineSources } from '../core/sources.ts';
import { formatDate, formatResult } from '../i18n/format.ts';
import type { Lang } from '../i18n/locale.ts';
import { t } from '../i18n/messages.ts';
import type { Tally } from '../data/tally.ts';
import type { Result } from '../data/schema.ts';
import type { AskAnswer } from './ask.ts';
import type { RelativesPart } from './family.ts';
import type { FactDoc } from './documents.ts';
import { ENTITY_SPECS, heldNow, impliedMedal, type EntitySpec } from './execute.ts';
import { beatHerAsked, pairAsked, TEAMMATES, type Query } from './parse.ts';

/**
 * Stage 6 of /ask: the reply text. A direct sentence first (yes/no, the count and what it counted,
 * or that the claim is false), then the rows it rests on, each with its source.
 */

/** A split count's medals by colour, in words, so "how many in Beijing vs Milan" says which. */
function tallyText(tally: Tally | undefined, lang: Lang): string {
  if (!tally) return '';
  const c = t(lang).medal;
  const parts = (['gold', 'silver', 'bronze'] as const)
    .filter((k) => tally[k] > 0)
    .map((k) => `${tally[k]} × ${c[k].toLowerCase()}`);
  return ` (${parts.join(', ')})`;
}

const quoted = (words: readonly string[], lang: Lang) =>
  words.map((w) => (lang === 'nl' ? `„${w}”` : `“${w}”`)).join(', ');

/** "Where did she finish", "welke plaats", "eindklassering": the question is about her place. */
const asksPlace = (q: Query) =>
  q.answer === 'where' ||
  q.words.some((w) => /^(finish|place|plaats|plek|eindig|klassering|eindklassering|rank|position|positie)/.test(w));

/** "What was her time", "hoeveel punten", "how fast": the question is about her figure in the race. */
const asksFigure = (q: Query) =>
  q.words.some((w) => /^(time|times|tijd|tijden|clocked|klokte|points?|punten|score)$/.test(w)) ||
  q.words.some((w, i) => /^(fast|snel)$/.test(w) && /^(how|hoe)$/.test(q.words[i - 1] ?? ''));

/** Rows of a race or a title, which have a time or points of hers when a source gives them. */
const RACED: readonly FactDoc['kind'][] = ['result', 'medal', 'world-cup', 'dutch-title'];

/** Rows that have a place of hers. */
const PLACED: readonly FactDoc['kind'][] = ['result', 'world-cup', 'standing'];

/** One row as a line: a race with its podium, margins and team; anything else as its answer text. */
function rowText(doc: FactDoc, lang: Lang): string {
  const race = doc.facets?.race;
  if (race) return resultEntry(race, lang, { showPlace: true });
  // What the sources disagree about, with each version and its source: never one picked silently.
  return `• ${doc.answer[lang]} · ${inlineSources(doc.sources, lang)}${conflictText(doc.conflict, lang)}`;
}

/** The profile facts' documents under the ids the conflict button uses for them (`profile.born`). */
const PROFILE_IDS: Record<string, string> = {
  'profile-born': 'profile.born',
  'profile-birthplace': 'profile.birthplace',
  'profile-height': 'profile.height',
  'profile-nationality': 'profile.nationality',
};

/**
 * The reply to a question of one part or more: each part's answer in turn, a part of two with its
 * first rows only, so that both leads are read and the reply fits.
 */
export function composeAll(answers: readonly AskAnswer[], lang: Lang): string {
  if (answers.length === 1) return composeAnswer(answers[0]!, lang);
  return answers.map((answer) => composeAnswer(firstRows(answer), lang)).join('\n\n');
}

function firstRows(answer: AskAnswer): AskAnswer {
  if (answer.kind === 'facts') return { ...answer, hits: answer.hits.slice(0, 2) };
  if (answer.kind === 'false-premise') return { ...answer, actual: answer.actual.slice(0, 2) };
  return { ...answer, closest: answer.closest?.slice(0, 2) };
}

/** The dataset rows a reply shows, so the handler can offer the conflicts it does not print in full. */
export function rowsShown(answer: AskAnswer): string[] {
  const docs =
    answer.kind === 'facts' ? answer.hits : answer.kind === 'false-premise' ? answer.actual : (answer.closest ?? []);
  return docs.map((d) => PROFILE_IDS[d.id] ?? d.id);
}

/** What a query asked for, in words: "gold medals at the Olympic Games in Beijing". */
export function describe(q: Query, spec: EntitySpec, lang: Lang, plural: boolean): string {
  const text = t(lang);
  const a = text.ask;
  // "No world record in the 1000 m", not "no record": the kind asked is part of the claim.
  // A kind of record takes the plural of "record" ("7 track records", "7 baanrecords").
  const kind =
    spec.name === 'record' && q.recordKind ? (text.recordKind as Record<string, string>)[q.recordKind] : undefined;
  const named = kind && (/^(Olympic|Dutch|Nederlands)/.test(kind) ? kind : kind.toLowerCase());
  // Dutch adjectives take an -e before a plural: "olympische records", "Nederlandse records".
  const noun = named
    ? plural
      ? `${named.replace(/^(olympisch|Nederlands) /, '$1e ')}s`
      : named
    : (a.entity[spec.name] ?? a.entity.result!)[plural ? 1 : 0];
  const medal = impliedMedal(q, spec);
  const head = heldNow(q, spec)
    ? spec.name === 'pb'
      ? a.currentBests
      : a.standing(noun)
    : medal
      ? `${a.colour[medal]} ${noun}`
      : noun;
  return [head, scopeOf(q, spec, lang), q.person ? a.withPerson(q.person) : ''].filter(Boolean).join(' ');
}

/** Where, when and over what a query looks: "at the Olympic Games in the 500 m before 2024". */
function scopeOf(q: Query, spec: EntitySpec, lang: Lang): string {
  const text = t(lang);
  const a = text.ask;
  const comps = (q.competitions ?? []).map(
    (c) =>
      (text.competition as Record<string, string>)[c] ?? (text.dutchChampionship as Record<string, string>)[c] ?? c,
  );
  const parts = [
    comps.length && spec.name !== 'dutch-title' && spec.name !== 'standing' ? a.at(comps.join(a.or)) : '',
    spec.name === 'dutch-title' && comps.length === 1 ? `(${comps[0]})` : '',
    q.event ? a.inEvent(text.event[q.event]) : '',
    q.under !== undefined ? a.under(formatResult(underText(q.under), lang)) : '',
    q.venue ? a.inPlace(q.venueNames?.[q.venue]?.[lang] ?? q.venue) : '',
    q.season ? a.inSeason(q.season) : '',
    q.year !== undefined ? a.inSeason(String(q.year)) : '',
    q.before !== undefined
      ? q.beforeMonth !== undefined
        ? a.beforeYear(formatDate(`${q.before}-${String(q.beforeMonth).padStart(2, '0')}`, lang))
        : a.beforeYear(q.before)
      : '',
    q.after !== undefined ? a.afterYear(q.after) : '',
    q.place !== undefined ? a.placed(text.place(q.place)) : '',
  ];
  return parts.filter(Boolean).join(' ');
}

export function composeAnswer(answer: AskAnswer, lang: Lang): string {
  const a = t(lang).ask;
  if (answer.kind === 'none') {
    if (answer.beyond) return `${a.beyondCoverage(formatDate(answer.beyond, lang))}\n${a.suggest}`;
    if (!answer.closest?.length)
      return `${answer.unmentioned ? `${a.unmentioned(quoted(answer.unmentioned, lang))} ` : ''}${a.none}\n${a.suggest}`;
    const words = answer.unmentioned ? `${a.unmentioned(quoted(answer.unmentioned, lang))}\n` : '';
    return `${words}${a.unsure}\n${answer.closest.map((d) => rowText(d, lang)).join('\n')}`;
  }
  if (answer.kind === 'false-premise') {
    const head =
      answer.had !== undefined
        ? a.fewerThan(
            answer.had,
            describe(answer.query, answer.spec, lang, answer.had !== 1),
            t(lang).place(answer.query.nth!),
          )
        : // "Who won the 500 m World Cup in 2024/25": not hers to have done, so no "she did not", only what is not held.
          // "How many World Cup wins in the 500 m": none, said as a count.
          (answer.query.intent === 'count'
            ? a.noneCounted
            : // "Welke plek in het klassement van 2024/25": a classification not held is no claim of hers.
              (answer.spec.name === 'standing' && answer.query.intent === 'lookup') ||
                (answer.query.answer === 'who' &&
                  answer.query.intent !== 'yesno' &&
                  // "Who won" asks the winner; "who were her teammates when she won" claims her win.
                  !answer.query.words.some(
                    (w, i) =>
                      /^(won|win|wins|gewonnen|wint|winning|beat|versloeg)$/.test(w) &&
                      // "Met wie won ze": her win, with someone; "wie won" alone asks the winner.
                      (!/^(who|wie)$/.test(answer.query.words[i - 1] ?? '') ||
                        /^(ze|zij|she|jutta)$/.test(answer.query.words[i + 1] ?? '')),
                  ))
              ? a.notHeld
              : a.falsePremise)(
            `${describe(answer.query, answer.spec, lang, false)}${answer.figure !== undefined ? ` ${a.atLeast(answer.figure.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB'))}` : ''}`,
          );
    const near = answer.actual.length
      ? `\n\n${a.nearby} **${answer.actual[0]!.answer[lang]}**\n${answer.actual.map((d) => rowText(d, lang)).join('\n')}`
      : '';
    return `${head}${near}\n\n${a.suggest}`;
  }
  const rows = answer.hits.map((d) => rowText(d, lang)).join('\n');
  if (answer.headToHead) {
    const h = answer.headToHead;
    // The races counted are named by what the question narrowed them to, so the count says its set.
    const scope = scopeOf({ ...answer.query, person: undefined, place: undefined }, ENTITY_SPECS.result!, lang);
    return `**${a.headToHead(h.races, scope, h.name, h.ahead, h.behind)}**\n\n${rows}`;
  }
  if (answer.family) {
    const noun = (p: RelativesPart) => a.relatives[p.relatives][p.count === 1 ? 0 : 1];
    const held = answer.family.map((p) => `${p.count} ${noun(p)}`).join(a.and);
    const one = answer.family.length === 1 ? answer.family[0]! : undefined;
    const said =
      answer.verdict !== undefined
        ? `${answer.verdict ? `**${a.yes}:**` : `${a.no}:`} ${a.familyHeld(held)}`
        : `**${one ? a.counted(one.count, noun(one)) : a.familyHeld(held)}**`;
    return `${said}\n\n${rows}`;
  }
  if (answer.overview) return `**${a.overview}**\n\n${rows}`;
  if (answer.relatives) {
    const relation = t(lang).relation;
    const names = answer.hits.map(
      (d) => `${d.facets!.name!} (${relation[d.facets!.sub as keyof typeof relation].toLowerCase()})`,
    );
    return `**${a.relativesNamed(joined(names, a.and))}**\n\n${rows}`;
  }
  if (answer.ageThen) {
    const { from, to, date } = answer.ageThen;
    return `**${a.ageThen(from, to, formatDate(date, lang))}** ${answer.hits[0]!.answer[lang]}\n\n${rows}`;
  }
  if (answer.split && answer.spec) {
    const spec = answer.spec;
    const counts = answer.split.map(
      (s) => `${a.counted(s.count, describe(s.query, spec, lang, s.count !== 1))}${tallyText(s.tally, lang)}`,
    );
    return `**${counts.join(' · ')}**:\n\n${rows}`;
  }
  if (answer.count !== undefined && answer.spec) {
    const tally = answer.tally
      ? ` (🥇 ${answer.tally.gold} · 🥈 ${answer.tally.silver} · 🥉 ${answer.tally.bronze})`
      : '';
    const cut = answer.count > answer.hits.length;
    const shown = cut
      ? `; ${answer.oldestFirst ? a.oldestShown(answer.hits.length) : a.newestShown(answer.hits.length)}`
      : answer.oldestFirst && answer.hits.length > 1
        ? `; ${a.oldestFirst}`
        : '';
    const what = describe(answer.query, answer.spec, lang, answer.count !== 1);
    const ignored = answer.uncounted ? `\n${a.notNarrowed(answer.uncounted.map((w) => `“${w}”`).join(', '))}` : '';
    const verdict = answer.verdict === undefined ? '' : answer.verdict ? `${a.yes}: ` : `${a.no}: `;
    return `${verdict}**${a.counted(answer.count, what)}**${tally}${shown}:${ignored}\n\n${rows}`;
  }
  // The direct sentence first: the lead row in one line, then the rows it rests on.
  const lead = answer.hits[0]!.answer[lang];
  // "Her twin sister": the rows are about her sisters, and none mentions a twin. Said before them.
  if (answer.unmentioned && answer.verdict === false)
    return `${a.no}: ${a.unmentionedRest(quoted(answer.unmentioned, lang))}\n**${lead}**\n\n${rows}`;
  if (answer.unmentioned)
    return `${a.unmentioned(quoted(answer.unmentioned, lang))} ${a.heldInstead}\n**${lead}**\n\n${rows}`;
  if (answer.coachNotHeld) return `${a.coachNotHeld}\n**${lead}**\n\n${rows}`;
  if (answer.fieldNotHeld) return `${a.fieldNotHeld}\n**${lead}**\n\n${rows}`;
  if (answer.placeNotHeld) return `${a.whereNotHeld}\n**${lead}**\n\n${rows}`;
  if (answer.unsaid) return `${a.unsaid(quoted(answer.unsaid, lang))}\n**${lead}**\n\n${rows}`;
  if (answer.rival && answer.query.personPlace !== undefined) {
    const r = answer.rival;
    const text = t(lang);
    const was = a.placedThere(r.name, text.place(r.theirPlace), undefined);
    const race = answer.hits[0]!.facets?.race;
    const there = !answer.verdict && race ? placedAt(race, answer.query.personPlace, lang) : undefined;
    const instead = there ? ` ${a.placedThere(there.name, text.place(answer.query.personPlace), there.figure)}` : '';
    return `${answer.verdict ? `**${a.yes}:**` : `${a.no}:`} ${was}${instead}\n${lead}\n\n${rows}`;
  }
  if (answer.rival) {
    const r = answer.rival;
    const text = t(lang);
    const claim = Boolean(answer.query.beat);
    // Whether she finished ahead; the verdict is about the claim, which may be that the rival won.
    const ahead = r.herPlace < r.theirPlace;
    // "By how much", "how many points ahead": the gap is the answer, not a yes; a claim that she
    // beat someone who finished ahead of her stays a "no".
    const sizeClaimed = answer.query.marginClaim !== undefined && r.gap?.unit === 's';
    if (
      answer.query.intent !== 'yesno' &&
      !sizeClaimed &&
      r.gap &&
      (answer.verdict || !claim) &&
      !answer.query.rivalFirst
    ) {
      const value = r.gap.value.toFixed(r.gap.decimals);
      const gap = formatResult(value, lang);
      const amount = r.gap.unit === 's' ? text.seconds(gap) : text.points(gap);
      const places = `${text.place(r.herPlace)}; ${r.name} ${text.place(r.theirPlace)}`;
      return `**${ahead ? a.gapAhead(amount, r.name, places) : a.gapBehind(amount, r.name, places)}**\n${lead}\n\n${rows}`;
    }
    // "How close was Kok": their places are known, the gap is not; say so rather than guess.
    if (answer.query.margin && !r.gap && !claim) {
      const places = ahead
        ? a.finishedAhead(r.name, text.place(r.herPlace), text.place(r.theirPlace))
        : a.finishedBehind(r.name, text.place(r.theirPlace), text.place(r.herPlace));
      return `**${places.charAt(0).toUpperCase()}${places.slice(1)}** ${a.gapNotHeld}\n${lead}\n\n${rows}`;
    }
    // "When did Kok first beat her": the race is the answer, and its places say so, not a "yes".
    if (answer.query.answer === 'when' && answer.query.intent !== 'yesno' && !sizeClaimed) {
      const truth = ahead
        ? a.finishedAhead(r.name, text.place(r.herPlace), text.place(r.theirPlace))
        : a.finishedBehind(r.name, text.place(r.theirPlace), text.place(r.herPlace));
      return `**${truth.charAt(0).toUpperCase()}${truth.slice(1)}**\n${lead}\n\n${rows}`;
    }
    if (claim || answer.query.intent === 'yesno' || sizeClaimed) {
      // "By more than a second?": the gap is what the claim is about, so the truth says it.
      const gap =
        answer.query.marginClaim && r.gap?.unit === 's'
          ? text.seconds(formatResult(r.gap.value.toFixed(r.gap.decimals), lang))
          : undefined;
      const places = `${text.place(r.herPlace)}; ${r.name} ${text.place(r.theirPlace)}`;
      const sized = gap ? (ahead ? a.gapAhead(gap, r.name, places) : a.gapBehind(gap, r.name, places)) : undefined;
      const truth = sized
        ? `${sized.charAt(0).toLowerCase()}${sized.slice(1)}`
        : ahead
          ? a.finishedAhead(r.name, text.place(r.herPlace), text.place(r.theirPlace))
          : a.finishedBehind(r.name, text.place(r.theirPlace), text.place(r.herPlace));
      const said = answer.verdict ? `**${a.yes}:** ${truth}` : `${a.no}: ${truth}`;
      return `${said}\n${lead}\n\n${rows}`;
    }
  }
  // "Met wie reed ze de teamsprint": her team's other members lead, then the race.
  const race = answer.hits[0]!.facets?.race;
  const team = partnersAsked(answer.query.words)
    ? race?.placings?.find((p) => p.members?.some((m) => m.name === 'Jutta Leerdam'))
    : undefined;
  if (team?.members) {
    const others = team.members.filter((m) => m.name !== 'Jutta Leerdam').map((m) => m.name);
    return `**${a.partners(joined(others, a.and))}**\n${lead}\n\n${rows}`;
  }
  // "Tegen wie reed ze", "her pair partner": the skater the sources put in her pair leads.
  if (race && pairAsked(answer.query.words)) {
    const pairMate = pairMateOf(race);
    if (pairMate) return `**${a.pairMate(pairMate, pairOf(race))}**\n${lead}\n\n${rows}`;
    if (race.event !== 'team-sprint' && race.event !== 'team-pursuit')
      return `${a.pairNotHeld}\n**${lead}**\n\n${rows}`;
  }
  // "Who shared the podium with her": the others placed in the top three, with their places.
  // A claim ("naast het podium") is judged, not answered with who stood beside her.
  if (
    race &&
    race.place !== undefined &&
    race.place <= 3 &&
    answer.verdict === undefined &&
    podiumAsked(answer.query.words)
  ) {
    const others = [1, 2, 3]
      .map((place) => ({ place, at: placedAt(race, place, lang) }))
      .filter((x): x is { place: number; at: { name: string; figure?: string } } => x.at !== undefined)
      .map((x) => `${x.at.name} (${[t(lang).place(x.place), x.at.figure].filter(Boolean).join(', ')})`);
    if (others.length > 0) return `**${a.partners(joined(others, a.and))}**\n${lead}\n\n${rows}`;
  }
  // "Who beat her at the 2024 Europeans" when she won there: nobody did, and the race shows it.
  const lead0place = answer.hits[0]!.facets?.place;
  if (answer.query.askedPlace === 1 && lead0place === 1 && beatHerAsked(answer.query.words))
    return `${a.nobody}: ${a.wonIt}\n**${lead}**\n\n${rows}`;
  // "Who won the 2023 European Sprint" when she did: she is the answer, said as one.
  // A team race is won by a team: "her teammates when the Dutch won" asks for the others, not her.
  if (
    answer.query.askedPlace === 1 &&
    lead0place === 1 &&
    answer.query.intent !== 'yesno' &&
    race?.event !== 'team-sprint' &&
    race?.event !== 'team-pursuit'
  )
    return `**${a.sheWon}**\n${lead}\n\n${rows}`;
  // "Wat was de tijd van Takagi in Peking", "where did Kok finish": the rival's own line leads.
  const q = answer.query;
  const theirs =
    race && q.person && !q.beat && !q.margin && q.intent === 'lookup' && q.askedPlace === undefined
      ? placingOf(race, q.person, lang)
      : undefined;
  if (theirs)
    return `**${a.placedThere(theirs.name, t(lang).place(theirs.place), theirs.figure)}**\n${lead}\n\n${rows}`;
  // "Who got bronze": the one the sources place there leads, then her own line of that race.
  const placed =
    answer.query.askedPlace !== undefined && race ? placedAt(race, answer.query.askedPlace, lang) : undefined;
  if (placed)
    return `**${a.placedThere(placed.name, t(lang).place(answer.query.askedPlace!), placed.figure)}**\n${lead}\n\n${rows}`;
  // A rejected claim reads like every other "no": plain, the fact that holds instead right after it.
  // The row is there but not the place asked: say so rather than let "place not given" read as an answer.
  const lead0 = answer.hits[0]!;
  if (
    answer.spec &&
    PLACED.includes(lead0.kind) &&
    lead0.facets &&
    lead0.facets.place === undefined &&
    asksPlace(answer.query)
  )
    return `${a.placeNotHeld}\n**${lead}**\n\n${rows}`;
  // The race is there but not her time or points: an honest "not known", not the row as if it answered.
  const figure = lead0.facets?.result ?? lead0.facets?.race?.result ?? lead0.facets?.race?.points;
  if (answer.spec && RACED.includes(lead0.kind) && !figure && asksFigure(answer.query))
    return `${a.figureNotHeld}\n**${lead}**\n\n${rows}`;
  if (answer.raced) return `${a.no}: ${a.didRace}\n**${lead}**\n\n${rows}`;
  if (answer.notWon) return `${a.no}: ${a.notWon}\n**${lead}**\n\n${rows}`;
  if (answer.wonIt) return `${a.no}: ${a.wonIt}\n**${lead}**\n\n${rows}`;
  if (answer.datedOtherwise)
    return `${a.no}: ${a.datedOtherwise(formatDate(answer.datedOtherwise, lang), String(answer.query.year))}\n**${lead}**\n\n${rows}`;
  if (answer.notYet) return `${a.no}: ${a.notYet(formatDate(answer.notYet, lang))}\n**${lead}**\n\n${rows}`;
  if (answer.elsewhere) return `${a.no}: ${a.elsewhere}\n**${lead}**\n\n${rows}`;
  // "Engaged to Verweij": the rows about the engagement, which name someone else, are what holds.
  if (answer.notWith) return `${a.no}: ${a.notWith(quoted(answer.notWith, lang))}\n**${lead}**\n\n${rows}`;
  // "Did she say 'it's final'": no row has those words; her nearest words are shown, not as hers.
  if (answer.notSaid) return `${a.no}: ${a.notSaid(quoted([answer.notSaid], lang))}\n**${lead}**\n\n${rows}`;
  // "Joined Team IKO in 2024": when she did join it, and who she was with in the year claimed.
  const tenure = answer.tenure;
  if (tenure) {
    const when = formatDate(tenure.date, lang);
    const day = tenure.date.length === 10;
    const said = tenure.end === 'from' ? a.joinedThen(tenure.name, when, day) : a.leftThen(tenure.name, when, day);
    const then = tenure.then.length ? ` ${a.withThen(String(tenure.year), tenure.then.join(', '))}` : '';
    return `${a.no}: ${said}${then}\n**${lead}**\n\n${rows}`;
  }
  if (answer.verdict !== undefined && !answer.rival)
    return answer.verdict ? `**${a.yes}:** ${lead}\n\n${rows}` : `${a.no}: **${lead}**\n\n${rows}`;
  if (answer.asOf) return `**${a.pbAsOf(formatDate(answer.asOf, lang))}** ${lead}\n\n${rows}`;
  if (answer.query.intent === 'yesno' && answer.spec) return `**${a.yes}:** ${lead}\n\n${rows}`;
  return `**${lead}**\n\n${rows}`;
}

/** "Met wie", "with whom", "her partners", "who did she skate it with": her teammates are asked. */
function partnersAsked(ws: readonly string[]): boolean {
  if (ws.some((w) => TEAMMATES.test(w))) return true;
  return ws.some(
    (w, i) =>
      (w === 'met' && ws[i + 1] === 'wie') ||
      (w === 'with' && ws[i + 1] === 'whom') ||
      (w === 'who' && ws.slice(i + 1).includes('with')) ||
      (w === 'samen' && ws[i + 1] === 'met'),
  );
}

/** 73 → "1:13", 37 → "37", 72.5 → "1:12.5": a time as a fan writes it. */
function underText(seconds: number): string {
  const whole = Math.floor(seconds);
  const rest = Number((seconds - whole).toFixed(3));
  const fraction = rest > 0 ? String(rest).slice(1) : '';
  return seconds >= 60
    ? `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}${fraction}`
    : `${whole}${fraction}`;
}

/** "Who was her pair partner", "tegen wie reed ze", "who did she skate against". */
/** Her pair-mate: a placing the sources call so, or the one her race's note says she skated against. */
function pairMateOf(race: Result): string | undefined {
  const mate = race.placings?.find((p) => p.note && /pair-mate/.test(p.note.en));
  if (mate) return mate.name;
  const against = /\bagainst ((?:[A-Z][\p{L}-]*)(?: [A-Z][\p{L}-]*)*)/u.exec(race.note?.en ?? '')?.[1];
  // "Against Takagi": the full name where the race's placings give it.
  return against && (race.placings?.find((p) => p.name.endsWith(` ${against}`))?.name ?? against);
}

/** The number of her pair, where the race's note gives it ("Pair 15 (the last)"). */
const pairOf = (race: Result): number | undefined => {
  const pair = /\bpair (\d+)\b/i.exec(race.note?.en ?? '')?.[1];
  return pair ? Number(pair) : undefined;
};

/** "Who shared the podium with her", "wie stonden er met haar op het podium". */
function podiumAsked(ws: readonly string[]): boolean {
  const podium = ws.some((w) => /^(podium|podiums|podiumplaats|erepodium)$/.test(w));
  return podium && ws.some((w) => /^(who|wie|share|shared|sharing|deelde|else|naast|with|met)$/.test(w));
}

/** "A, B and C": names in a sentence, with the language's "and" before the last. */
function joined(items: readonly string[], and: string): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')}${and}${items.at(-1)!}` : items[0]!;
}
