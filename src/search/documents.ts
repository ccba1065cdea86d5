import { isCurrent } from '../data/affiliations.ts';
import { ageOn, newestFirst } from '../data/dates.ts';
import { isMedal, medalsOf } from '../data/medals.ts';
import { progressionsOf } from '../data/personal-bests.ts';
import type { Dataset, Event, MedalColour, Result } from '../data/schema.ts';
import { secondsOf } from '../data/times.ts';
import type { ConflictLike } from '../core/sources.ts';
import { affiliationText, personalBestText, recordText, socialText } from '../core/row-text.ts';
import { cityOf } from './lexicon.ts';
import { monthNames } from './normalize.ts';
import { conceptWordsOf, incidentWordsOf, occasionWordsOf } from './thesaurus.ts';
import { formatDate, formatResult } from '../i18n/format.ts';
import type { Lang } from '../i18n/locale.ts';
import { t } from '../i18n/messages.ts';

/** One answerable fact: what it says in each language, what finds it, and where it comes from. */
export interface FactDoc {
  id: string;
  kind:
    | 'profile'
    | 'medal'
    | 'world-cup'
    | 'result'
    | 'standing'
    | 'dutch-title'
    | 'personal-best'
    | 'record'
    | 'timeline'
    | 'background'
    | 'social'
    | 'quote'
    | 'affiliation';
  /** Searchable text in both languages. */
  text: string;
  /** Question words that point at this fact (birth → "born", "geboren"). */
  keywords: string;
  /** The narrative concepts the row's text names, in fans' words (thesaurus.ts): they find the row, weigh nothing. */
  concepts?: string | undefined;
  answer: Record<Lang, string>;
  date?: string | undefined;
  sources: string[];
  /** The row's conflict block: a reply names what the sources disagree about. */
  conflict?: ConflictLike | undefined;
  /** The row's structured fields, for the entity specs of execute.ts (filters, counts, order). */
  facets?: Facets;
  /** Below 1 for a fact that history has overtaken (a former record), so the current one ranks first. */
  weight?: number;
}

/** What a query can filter or order a row by; absent when the row does not say. */
export interface Facets {
  competition?: string | undefined;
  event?: Event | undefined;
  season?: string | undefined;
  year?: number | undefined;
  place?: number | undefined;
  /** 1–12 when the row's date gives it. */
  month?: number | undefined;
  /** The day of the month, for figures dated to the day ("on 13 February"). */
  day?: number | undefined;
  medal?: MedalColour | undefined;
  city?: string | undefined;
  people?: string[] | undefined;
  /** Her time in seconds, for "fastest". */
  seconds?: number | undefined;
  /** Her time or points as the row gives them; absent when no source does. */
  result?: string | undefined;
  /** A standing record, her present team, her best time now. */
  current?: boolean | undefined;
  /** The years a row covers (a team from 2020 to 2022); an open end runs on. */
  span?: [number, number | undefined] | undefined;
  /** The same span by its dates (2020-06 to 2022-04), for the day of a meeting. */
  from?: string | undefined;
  until?: string | undefined;
  /** A team's or a coach's name, which "before Jumbo-Visma" names it by. */
  name?: string | undefined;
  /** The row's own sort: record kind, affiliation kind, platform, relation. */
  sub?: string | undefined;
  /** A follower figure, for "when did she pass 1 million". */
  followers?: number | undefined;
  /** Her points in a classification, and the others placed in it, for "how many points ahead of Takagi". */
  points?: number | undefined;
  placings?: Result['placings'];
  /** The race itself, so a reply can show its podium, margins and team. */
  race?: Result | undefined;
}

const yearOf = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);

const peopleOf = (row: { placings?: Result['placings'] }) =>
  (row.placings ?? []).flatMap((p) => [p.name, ...(p.members ?? []).map((member) => member.name)]);

function noteConcepts(r: Result): string | undefined {
  return r.note ? incidentWordsOf(`${r.note.en} ${r.note.nl}`) || undefined : undefined;
}

function raceFacets(r: Result): Facets {
  return {
    competition: r.competition,
    event: r.event,
    season: r.season,
    year: yearOf(r.date),
    month: r.date.length >= 7 ? Number(r.date.slice(5, 7)) : undefined,
    place: r.place,
    medal: isMedal(r) ? (['gold', 'silver', 'bronze'] as const)[r.place! - 1] : undefined,
    city: cityOf(r.venue.en),
    people: peopleOf(r),
    seconds: secondsOf(r.result),
    result: r.result,
    race: r,
  };
}

const RECORD_KEYWORDS: Record<Dataset['records'][number]['kind'], string> = {
  world: 'world record wereldrecord',
  olympic: 'olympic record olympisch record',
  dutch: 'dutch national record nederlands record',
  track: 'track record baanrecord',
  junior: 'junior record juniorenrecord',
  other: '',
};

/** Everyday words for each /about topic, so "siblings" finds the family row without the row saying "siblings". */
const TOPIC_KEYWORDS: Record<Dataset['background'][number]['topic'], string> = {
  overview: 'who is about wie is',
  'early-life':
    'childhood family parents siblings sister brother grew up jeugd familie ouders zus zussen broer opgegroeid',
  career: 'career results achievements carriere loopbaan resultaten prestaties',
  'teams-and-coaches': 'team teams coach coaches trainer ploeg ploegen',
  education:
    'study studied studies school university college education opleiding studie studeerde school hogeschool universiteit',
  'personal-life': 'private life partner boyfriend relationship privé prive relatie',
  'social-media': 'social media instagram tiktok followers influencer model sociale media volgers',
};

/**
 * Everyday words a fan asks with, added to a row only when the row's own text says that thing:
 * topic words alone would point every education row at "what did she study", the school too.
 */
export const TEXT_SYNONYMS: [RegExp, string][] = [
  [
    /\b(stud(y|ied|ies|ying|ie|eerde|eert|eren)|gestudeerd)\b/i,
    'study studied studies studying studie studeerde studeert studeren gestudeerd programme program course degree opleiding',
  ],
  [
    /\b(engaged|engagement|verloofd|verloving|verloofden|proposal|aanzoek|her partner|haar partner)\b/i,
    // "Ten huwelijk gevraagd" is the proposal, not the wedding: its words belong to the engagement.
    'fiance fiancee boyfriend partner dating engaged engagement verloofde verloofd verloving vriend propose proposed proposes proposal aanzoek huwelijksaanzoek huwelijk gevraagd vroeg vraagt',
  ],
  [
    /\b(relationship|relatie|they met|ontmoetten|meets)\b/i,
    'relationship relatie together samen dating date dated boyfriend girlfriend vriend vriendin vriendje partner meet met ontmoet ontmoetten kennen',
  ],
  [
    /\b(contacted|contact|message|messaged|bericht|benaderde)\b/i,
    'contact contacted message messaged messages dm dms texted slid meet met bericht berichtje benaderde benaderd kennen',
  ],
  [
    /\b(runs a|business|bedrijf|kwekerij|nursery|occupation|beroep)\b/i,
    'job jobs work works living profession occupation beroep werk werkt baan',
  ],
  [
    /\b(reach(es|ed)?|bereikt\w*|passed|gepasseerd)\b/i,
    'reach reaches reached hit hits pass passed passes cross crossed top topped bereikt bereikte haalde gepasseerd',
  ],
  [/\b(younger|jongere)\b/i, 'younger youngest little jongere jongste kleine'],
  [/\b(older|oudere)\b/i, 'older oldest eldest big oudere oudste grote'],
  [/\b(named after|vernoemd)\b/i, 'named name naam vernoemd heet heten origin'],
  [/\b(lessons|lessen)\b/i, 'lesson lessons les lessen learn learned learnt leren leerde'],
  [
    /\b(declined interviews|complaint|klacht)\b/i,
    'press media pers boycott boycot interview interviews complaint klacht controversy drama ophef rel',
  ],
  [
    /\b(wedding|bruiloft|married|getrouwd|huwelijk)\b/i,
    'wedding married marry marriage bruiloft getrouwd trouwen trouwt huwelijk',
  ],
  [/\b(nicknames?|bijnamen|bijnaam)\b/i, 'nickname nicknames bijnaam bijnamen'],
  // "Was haar moeder ziek?": an illness the row names is what "ill" and "sick" ask about.
  [/\b(cancer|kanker|\w+kanker)\b/i, 'ill illness sick sickness disease ziek ziekte ernstig serious seriously'],
  // "Who did she add to her team": skaters who joined a team of hers are the ones she added.
  [
    /\) joined\b|\bkwamen\b[^.]*\berbij\b/,
    'add adds added adding join joins joined signed recruited toegevoegd voegde voegt erbij',
  ],
  [
    /\b(season classification|eindklassement|distance title)\b/i,
    'overall title titles standings classification eindklassement klassement eindzege',
  ],
  [
    /\b(stop|stops|stopt|stoppen|retire[sd]?|retirement|returns?|terugkeert|terugkeer|career status|carrièrestatus)\b/i,
    // "Stopt ze met schaatsen?", "will she stop skating": the sport is part of how fans ask it.
    'retire retires retired retirement retiring stop stopping stopped quit future stoppen stopt gestopt afscheid toekomst skating schaatsen',
  ],
];

export const synonymsOf = (text: string) =>
  TEXT_SYNONYMS.filter(([re]) => re.test(text))
    .map(([, words]) => words)
    .join(' ');

const both = (f: (lang: Lang) => string) => `${f('en')} ${f('nl')}`;

/**
 * What the sources of a conflict say, in both languages: a version the reply shows ("her father thinks
 * she should stop at her peak") finds its row like the row's own text. Rejected versions are no facts.
 */
const versionsOf = (conflict: ConflictLike | undefined) =>
  (conflict?.versions ?? [])
    .filter((v) => !v.rejected)
    .map((v) => `${v.claim.en} ${v.claim.nl}`)
    .join(' ');

/** Who else the sources place in the race, so "who won the Beijing 1000 m?" finds it. */
const placingNames = (row: { placings?: Result['placings']; note?: Result['note'] }) =>
  [
    ...(row.placings ?? []).flatMap((p) => [p.name, ...(p.members ?? []).map((member) => member.name)]),
    // The row's note holds what happened in the race ("she fell", "a groin strain"): searchable too.
    row.note ? `${row.note.en} ${row.note.nl}` : '',
  ].join(' ');
const L = (en: string, nl: string): Record<Lang, string> => ({ en, nl });

/**
 * Who else the sources place in a classification, with their points, and the row's note: "by how
 * much did she miss the title" is answered by the winner's 301 to her 300.
 */
function standingDetail(s: Dataset['worldCupStandings'][number], l: Lang): string {
  const others = (s.placings ?? [])
    .filter((p) => p.place !== s.place || s.place === undefined)
    .map(
      (p) =>
        `${p.place ? `${t(l).place(p.place)} ` : ''}${p.name}${p.points ? ` (${t(l).points(p.points.value)})` : ''}`,
    );
  return `${others.length ? ` · ${others.join(', ')}` : ''}${s.note ? ` — ${s.note[l]}` : ''}`;
}

/** Built once per dataset load; every document is a row (or profile field) of the dataset itself. */
export function buildDocuments(d: Dataset): FactDoc[] {
  const docs: FactDoc[] = [];
  const p = d.profile;
  // Her age on the date the data runs to: derived from two dates the dataset holds, so it never goes stale silently.
  const age = ageOn(p.born.date, d.meta.coverageUntil);
  docs.push({
    id: 'profile-born',
    kind: 'profile',
    text: both((l) => `${t(l).born} ${formatDate(p.born.date, l)}`),
    keywords: 'born birth birthday when age old geboren geboortedatum verjaardag wanneer leeftijd oud jarig',
    answer: L(
      `Jutta Leerdam was born on ${formatDate(p.born.date, 'en')}${age === undefined ? '' : ` (she was ${age} on ${formatDate(d.meta.coverageUntil, 'en')}, the date of the newest data)`}.`,
      `Jutta Leerdam is geboren op ${formatDate(p.born.date, 'nl')}${age === undefined ? '' : ` (op ${formatDate(d.meta.coverageUntil, 'nl')}, de datum van de nieuwste gegevens, was ze ${age})`}.`,
    ),
    date: p.born.date,
    sources: p.born.sources,
    conflict: p.born.conflict,
  });
  docs.push({
    id: 'profile-birthplace',
    kind: 'profile',
    text: both((l) => `${t(l).birthplace} ${p.birthplace.value[l]}`),
    keywords:
      'where born birthplace hometown town city from comes waar geboren geboorteplaats woonplaats vandaan komt stad dorp',
    answer: L(`She was born in ${p.birthplace.value.en}.`, `Ze is geboren in ${p.birthplace.value.nl}.`),
    sources: p.birthplace.sources,
    conflict: p.birthplace.conflict,
  });
  if (p.height) {
    const h = p.height;
    docs.push({
      id: 'profile-height',
      kind: 'profile',
      text: both((l) => `${t(l).height} ${h.value[l]}`),
      keywords: 'tall height how tall lang lengte hoe groot',
      answer: L(`Her height: ${h.value.en}.`, `Haar lengte: ${h.value.nl}.`),
      sources: h.sources,
      conflict: h.conflict,
    });
  }
  if (p.fullName) {
    const full = p.fullName;
    docs.push({
      id: 'profile-fullname',
      kind: 'profile',
      text: `${full} full name volledige naam`,
      keywords: 'full name real name volledige naam voluit',
      answer: L(`Her full name: ${full}.`, `Haar volledige naam: ${full}.`),
      sources: p.born.sources,
    });
  }
  docs.push({
    id: 'profile-discipline',
    kind: 'profile',
    text: both((l) => `${t(l).discipline} ${p.discipline.value[l]}`),
    keywords: 'discipline distances distance sprinter sprint specialty main event afstanden afstand specialiteit',
    answer: L(`${t('en').discipline}: ${p.discipline.value.en}.`, `${t('nl').discipline}: ${p.discipline.value.nl}.`),
    sources: p.discipline.sources,
  });
  docs.push({
    id: 'profile-nationality',
    kind: 'profile',
    text: both((l) => `${t(l).nationality} ${p.nationality.value[l]}`),
    keywords: 'nationality country dutch nationaliteit land nederlandse',
    answer: L(`Nationality: ${p.nationality.value.en}.`, `Nationaliteit: ${p.nationality.value.nl}.`),
    sources: p.nationality.sources,
  });
  for (const medalRow of medalsOf(d.results)) {
    const line = (l: Lang) =>
      `${t(l).medal[medalRow.medal]} · ${t(l).competition[medalRow.competition]} ${medalRow.year} · ${t(l).event[medalRow.event]}${medalRow.result ? ` · ${formatResult(medalRow.result, l)}` : ''} · ${medalRow.venue[l]} · ${formatDate(medalRow.date, l)}`;
    docs.push({
      id: medalRow.id,
      kind: 'medal',
      text: `${both(line)} ${placingNames(medalRow)}`,
      keywords: 'medal medals won win winner champion title medaille medailles gewonnen won winnen kampioen titel',
      answer: L(line('en'), line('nl')),
      // What a race's note tells ("withdrew with a groin strain") finds it as the text rows are found.
      concepts: noteConcepts(medalRow),
      facets: raceFacets(medalRow),
      date: medalRow.date,
      sources: medalRow.sources,
      conflict: medalRow.conflict,
    });
  }
  for (const w of d.results.filter((r) => r.competition === 'world-cup' && r.place === 1)) {
    const line = (l: Lang) =>
      `${l === 'nl' ? 'Wereldbekerzege' : 'World Cup win'} ${w.season} · ${t(l).event[w.event]}${w.result ? ` · ${formatResult(w.result, l)}` : ''} · ${w.venue[l]} · ${formatDate(w.date, l)}`;
    docs.push({
      id: w.id,
      kind: 'world-cup',
      text: `${both(line)} ${placingNames(w)}`,
      keywords: 'world cup won race wereldbeker wedstrijd gewonnen',
      answer: L(line('en'), line('nl')),
      // What a race's note tells ("withdrew with a groin strain") finds it as the text rows are found.
      concepts: noteConcepts(w),
      facets: raceFacets(w),
      date: w.date,
      sources: w.sources,
      conflict: w.conflict,
    });
  }
  // Every other race she skated: a place, not a medal or a win, so its own kind (never counted as wins).
  for (const r of d.results.filter((x) => !isMedal(x) && !(x.competition === 'world-cup' && x.place === 1))) {
    const line = (l: Lang) =>
      `${r.place ? t(l).place(r.place) : t(l).placeUnknown} · ${t(l).competition[r.competition]} ${r.competition === 'world-cup' ? r.season : r.date.slice(0, 4)} · ${t(l).event[r.event]}${r.result ? ` · ${formatResult(r.result, l)}` : ''} · ${r.venue[l]} · ${formatDate(r.date, l)}`;
    docs.push({
      id: r.id,
      kind: 'result',
      text: `${both(line)} ${placingNames(r)}`,
      keywords: 'result results place finished finish position uitslag uitslagen plaats eindigde geworden',
      answer: L(line('en'), line('nl')),
      // What a race's note tells ("withdrew with a groin strain") finds it as the text rows are found.
      concepts: noteConcepts(r),
      facets: raceFacets(r),
      date: r.date,
      sources: r.sources,
      conflict: r.conflict,
    });
  }
  for (const s of d.worldCupStandings) {
    const line = (l: Lang) =>
      `${t(l).standingLabel(t(l).event[s.event], s.season)}: ${s.place ? t(l).place(s.place) : t(l).placeUnknown}${s.points ? ` (${t(l).points(s.points.value)})` : ''}${standingDetail(s, l)}`;
    docs.push({
      id: s.id,
      kind: 'standing',
      text: `${both(line)} ${placingNames(s)}`,
      keywords: 'world cup standings classification overall ranking wereldbeker eindklassement klassement',
      answer: L(line('en'), line('nl')),
      facets: {
        competition: 'world-cup',
        event: s.event,
        season: s.season,
        place: s.place,
        people: peopleOf(s),
        points: s.points ? Number(s.points.value) : undefined,
        placings: s.placings,
      },
      sources: s.sources,
      conflict: s.conflict,
    });
  }
  for (const n of d.dutchTitles) {
    const line = (l: Lang) =>
      `${t(l).dutchChampionship[n.championship]} ${n.season} · ${t(l).event[n.event]}${n.result ? ` · ${formatResult(n.result, l)}` : ''} · ${n.venue[l]} · ${formatDate(n.date, l)}`;
    docs.push({
      id: n.id,
      kind: 'dutch-title',
      text: both(line),
      keywords: 'dutch national title champion nk nederlands kampioen titel nationale',
      answer: L(line('en'), line('nl')),
      facets: {
        competition: n.championship,
        event: n.event,
        season: n.season,
        year: yearOf(n.date),
        month: n.date.length >= 7 ? Number(n.date.slice(5, 7)) : undefined,
        place: 1,
        city: cityOf(n.venue.en),
        seconds: secondsOf(n.result),
        result: n.result,
      },
      date: n.date,
      sources: n.sources,
    });
  }
  for (const progression of progressionsOf(d).values()) {
    for (const pb of progression.steps) {
      const current = pb === progression.current;
      const line = (l: Lang) =>
        `${current ? t(l).personalBest : t(l).earlierPersonalBest} ${t(l).event[pb.event]}: ${personalBestText(pb, l)}`;
      docs.push({
        id: pb.id,
        kind: 'personal-best',
        text: both(line),
        keywords: 'personal best pb fastest time quickest persoonlijk record pr snelste tijd progression progressie',
        answer: L(line('en'), line('nl')),
        facets: {
          event: pb.event,
          year: yearOf(pb.date ?? pb.before),
          city: pb.venue ? cityOf(pb.venue.en) : undefined,
          seconds: secondsOf(pb.result),
          current,
        },
        date: pb.date ?? pb.before,
        sources: pb.sources,
        conflict: pb.conflict,
        // Her best now first; the steps before it are history.
        ...(current ? {} : { weight: 0.8 }),
      });
    }
  }
  for (const r of d.records) {
    const line = (l: Lang) => `${recordText(r, l)} — ${r.description[l]}`;
    docs.push({
      id: r.id,
      kind: 'record',
      text: both(line),
      keywords: `record records recordtijd ${RECORD_KEYWORDS[r.kind]}`,
      answer: L(line('en'), line('nl')),
      facets: {
        event: r.event,
        year: yearOf(r.date),
        city: cityOf(r.venue.en),
        seconds: secondsOf(r.result),
        current: r.status === 'current',
        sub: r.kind,
      },
      date: r.date,
      sources: r.sources,
      conflict: r.conflict,
      // Standing records first, then those whose status is unknown, then broken ones.
      ...(r.status === 'former' ? { weight: 0.8 } : r.status === 'unknown' ? { weight: 0.95 } : {}),
    });
  }
  for (const e of d.timeline) {
    const when = (l: Lang) => (e.dateLabel ? e.dateLabel[l] : formatDate(e.date, l));
    docs.push({
      id: e.id,
      kind: 'timeline',
      // The date is part of what an event is found by ("at the trials in December 2025").
      text: `${both((l) => `${when(l)} ${e.text[l]}`)} ${e.date.length >= 7 ? monthNames(Number(e.date.slice(5, 7))) : ''}`,
      keywords: `${e.tags.join(' ')} ${synonymsOf(both((l) => e.text[l]))}`,
      concepts: `${conceptWordsOf(both((l) => e.text[l]))} ${versionsOf(e.conflict)}`,
      answer: L(`${when('en')}: ${e.text.en}`, `${when('nl')}: ${e.text.nl}`),
      date: e.date,
      sources: e.sources,
      conflict: e.conflict,
    });
  }
  // Family and early sport are profile fields now; for questions they are early-life facts as before.
  const RELATION_WORDS: Record<string, string> = {
    father: 'parents parent dad ouders ouder vader papa',
    mother: 'parents parent mum mom ouders ouder moeder mama',
    sister: 'siblings sibling sister sisters zus zussen broers en zussen',
    brother: 'siblings sibling brother brothers broer broers en zussen',
  };
  const earlyLife = [
    ...p.family.map((f) => ({
      ...f,
      text: L(
        `${t('en').relation[f.relation]} ${f.name}: ${f.detail.en}`,
        `${t('nl').relation[f.relation]} ${f.name}: ${f.detail.nl}`,
      ),
      extra: RELATION_WORDS[f.relation] ?? '',
      relation: f.relation,
    })),
    ...p.earlySport.map((e) => ({
      ...e,
      text: L(
        `${t('en').earlySport}: ${e.sport.en}${e.club ? `, ${e.club}` : ''}${e.years ? ` (${t('en').years(e.years)})` : ''}. ${e.detail.en}`,
        `${t('nl').earlySport}: ${e.sport.nl}${e.club ? `, ${e.club}` : ''}${e.years ? ` (${t('nl').years(e.years)})` : ''}. ${e.detail.nl}`,
      ),
      extra: 'sport sports play played plays before skating sport gedaan speelde spelen voor het schaatsen voordat',
    })),
  ].map((row) => ({ ...row, topic: 'early-life' as const, asOf: undefined }));
  for (const b of [...earlyLife, ...d.background.map((x) => ({ ...x, extra: '', relation: undefined }))]) {
    docs.push({
      id: b.id,
      kind: 'background',
      // A relative's row says which relative: "how many sisters" counts them.
      ...('relation' in b && b.relation ? { facets: { sub: b.relation, name: 'name' in b ? b.name : undefined } } : {}),
      text: `${both((l) => b.text[l])} ${b.extra}`,
      keywords: `${b.topic.replace(/-/g, ' ')} ${both((l) => t(l).aboutTopic[b.topic])} ${TOPIC_KEYWORDS[b.topic]} ${synonymsOf(both((l) => b.text[l]))} ${b.extra}`,
      concepts: `${conceptWordsOf(both((l) => b.text[l]))} ${versionsOf(b.conflict)}`,
      answer: L(b.text.en, b.text.nl),
      date: b.asOf,
      sources: b.sources,
      conflict: b.conflict,
    });
  }
  for (const a of p.affiliations) {
    const kind = L(t('en').affiliationKind[a.kind], t('nl').affiliationKind[a.kind]);
    docs.push({
      id: a.id,
      kind: 'affiliation',
      text: both((l) => `${kind[l]} ${a.name} ${a.detail?.[l] ?? ''}`),
      keywords: `${
        a.kind.endsWith('coach')
          ? 'coach trainer coached trains coacht traint'
          : 'team club skates for ploeg schaatst voor'
      } ${synonymsOf(both((l) => a.detail?.[l] ?? ''))}`,
      facets: {
        span: a.from ? [yearOf(a.from)!, yearOf(a.to)] : undefined,
        from: a.from,
        until: a.to,
        name: a.name,
        current: isCurrent(a, d.meta.coverageUntil),
        sub: a.kind,
      },
      answer: L(affiliationText(a, 'en'), affiliationText(a, 'nl')),
      date: a.from,
      sources: a.sources,
      // Her team and coach now rank before the ones she had before.
      ...(isCurrent(a, d.meta.coverageUntil) ? {} : { weight: 0.9 }),
    });
  }
  // Newest first: equal-scoring figures keep this order, so "how many followers" leads with the latest.
  for (const s of [...p.social].sort((a, b) => newestFirst(a.asOf, b.asOf))) {
    const line = (l: Lang) => socialText(s, l);
    docs.push({
      id: s.id,
      kind: 'social',
      text: `${t('en').platform[s.platform]} followers volgers`,
      keywords: 'followers how many instagram tiktok social media volgers hoeveel sociale',
      facets: {
        year: yearOf(s.asOf),
        month: s.asOf.length >= 7 ? Number(s.asOf.slice(5, 7)) : undefined,
        day: s.asOf.length === 10 ? Number(s.asOf.slice(8, 10)) : undefined,
        sub: s.platform,
        followers: s.followers,
      },
      answer: L(line('en'), line('nl')),
      date: s.asOf,
      sources: s.sources,
    });
  }
  for (const q of d.quotes) {
    docs.push({
      id: q.id,
      kind: 'quote',
      text: `${q.text} ${q.translation ?? ''} ${both((l) => q.occasion[l])}`,
      keywords: `say says said quote quotes zei zegt gezegd citaat think thinks thought vindt vond dacht denkt ${q.topics.join(' ')} ${synonymsOf(`${q.text} ${q.translation ?? ''} ${both((l) => q.occasion[l])}`)}`,
      concepts: `${conceptWordsOf(`${q.text} ${q.translation ?? ''} ${both((l) => q.occasion[l])}`)} ${occasionWordsOf(q.occasion.en)}`,
      answer: L(
        `“${q.text}”${q.translation ? ` (${q.translation})` : ''} — ${q.occasion.en}`,
        `„${q.text}” — ${q.occasion.nl}`,
      ),
      date: q.date,
      sources: q.sources,
    });
  }
  return docs;
}
