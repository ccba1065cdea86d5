import { describe, expect, it } from 'vitest';
import { createRegistry } from '../commands/index.ts';
import type { Medal } from '../src/data/medals.ts';
import type { Competition, Event, MedalColour } from '../src/data/schema.ts';
import { tallyOf } from '../src/data/tally.ts';
import { ask, askIndexOf, type AskAnswer } from '../src/search/ask.ts';
import { ageOn, newestFirst } from '../src/data/dates.ts';
import type { FactDoc } from '../src/search/documents.ts';
import { ctxFor, loadView, REAL_DATA, replyText, request } from './helpers.ts';

const view = loadView(REAL_DATA);
const d = view.dataset;
// Medals are championship results with place 1–3 (src/data/medals.ts); World Cup wins are World Cup results with place 1.
const medals = view.medalsNewestFirst;
const worldCupWins = d.results.filter((r) => r.competition === 'world-cup' && r.place === 1);

type Expect =
  { kind: 'facts'; hit: (doc: FactDoc) => boolean; what: string } | { kind: 'false-premise' } | { kind: 'none' };

const rowOf = (doc: FactDoc) =>
  [
    ...medals,
    ...d.personalBests,
    ...d.records,
    ...d.timeline,
    ...d.background,
    ...d.results,
    ...d.dutchTitles,
    ...d.profile.affiliations,
    ...d.profile.social,
  ].find((r) => r.id === doc.id) as (Record<string, unknown> & { id: string }) | undefined;

/** The dataset decides: facts if it holds a matching medal, a false premise otherwise. */
function medalQ(
  filter: { medal?: MedalColour; competitions?: Competition[]; event?: Event; year?: number },
  what: string,
): Expect {
  const match = (m: Medal) =>
    (!filter.medal || m.medal === filter.medal) &&
    (!filter.competitions || filter.competitions.includes(m.competition)) &&
    (!filter.event || m.event === filter.event) &&
    (!filter.year || m.year === filter.year);
  if (!medals.some(match)) return { kind: 'false-premise' };
  return { kind: 'facts', what, hit: (doc) => doc.kind === 'medal' && match(medals.find((m) => m.id === doc.id)!) };
}
const profile = (id: string): Expect => ({ kind: 'facts', what: id, hit: (doc) => doc.id === id });
const kindQ = (kind: FactDoc['kind'], pattern?: RegExp): Expect => ({
  kind: 'facts',
  what: `${kind}${pattern ? ` ${pattern}` : ''}`,
  hit: (doc) => doc.kind === kind && (!pattern || pattern.test(`${doc.answer.en} ${doc.answer.nl}`)),
});
const textQ = (pattern: RegExp): Expect => ({
  kind: 'facts',
  what: String(pattern),
  hit: (doc) => pattern.test(`${doc.answer.en} ${doc.answer.nl}`),
});
const pbQ = (event: Event): Expect => ({
  kind: 'facts',
  what: `PB ${event}`,
  hit: (doc) => doc.kind === 'personal-best' && rowOf(doc)?.event === event,
});
const WORLD: Competition[] = ['world-single-distances', 'world-sprint'];
/** The earliest medal of a kind: any medal of that kind on the earliest date counts. */
function firstQ(filter: (m: Medal) => boolean, what: string): Expect {
  const earliest = medals
    .filter(filter)
    .map((m) => m.date)
    .sort()[0];
  return {
    kind: 'facts',
    what,
    hit: (doc) => doc.kind === 'medal' && medals.some((m) => m.id === doc.id && filter(m) && m.date === earliest),
  };
}
const worldGold = (m: Medal) => m.medal === 'gold' && WORLD.includes(m.competition);
const atPlace = (city: string) => (m: Medal) => m.venue.en.startsWith(city);

const QUESTIONS: [string, Expect][] = [
  // Medals, English
  ['When did she win Olympic gold?', medalQ({ medal: 'gold', competitions: ['olympics'] }, 'Olympic gold')],
  ['How many Olympic medals has she won?', medalQ({ competitions: ['olympics'] }, 'Olympic medals')],
  [
    'What medal did she win in the 500 m at the 2026 Olympics?',
    medalQ({ competitions: ['olympics'], event: '500m', year: 2026 }, 'Olympic 500 m 2026'),
  ],
  [
    'Did she win Olympic silver in 2022?',
    medalQ({ competitions: ['olympics'], medal: 'silver', year: 2022 }, 'Olympic silver 2022'),
  ],
  ['Has she won Olympic gold in the 500m?', medalQ({ competitions: ['olympics'], medal: 'gold', event: '500m' }, '')],
  ['Did she win Olympic bronze?', medalQ({ competitions: ['olympics'], medal: 'bronze' }, '')],
  ['Did she win gold at the 2022 Olympics?', medalQ({ competitions: ['olympics'], medal: 'gold', year: 2022 }, '')],
  [
    'Did she win gold in the 1500m at the Olympic Games?',
    medalQ({ competitions: ['olympics'], medal: 'gold', event: '1500m' }, ''),
  ],
  [
    'When did she become world champion in the 1000 m?',
    medalQ({ competitions: WORLD, event: '1000m' }, 'world 1000 m'),
  ],
  ['Which world sprint titles did she win?', medalQ({ competitions: ['world-sprint'] }, 'world sprint')],
  ['What did she win at the World Junior Championships?', medalQ({ competitions: ['world-junior'] }, 'world junior')],
  [
    'How many European Sprint gold medals does she have?',
    medalQ({ competitions: ['european-sprint'], medal: 'gold' }, 'European sprint gold'),
  ],
  [
    'Did she win a team sprint world title?',
    medalQ({ competitions: WORLD, event: 'team-sprint' }, 'world team sprint'),
  ],
  ['Has she ever won a medal in the 3000m?', medalQ({ event: '3000m' }, '3000 m medal')],
  // A title is gold: the dataset decides whether she has one.
  [
    'Did she win a European 500 m title?',
    medalQ(
      { competitions: ['european-single-distances', 'european-sprint'], event: '500m', medal: 'gold' },
      'European 500 m title',
    ),
  ],
  ['Did she win world allround gold?', medalQ({ competitions: WORLD, event: 'allround', medal: 'gold' }, '')],
  [
    'Did she win a bronze medal at the World Single Distances Championships?',
    medalQ({ competitions: WORLD, medal: 'bronze' }, 'world bronze'),
  ],
  // After the newest data: "not in the dataset", not a "no" the data cannot support.
  ['Did she win silver at the 2030 Olympics?', { kind: 'none' }],
  [
    'Which medals did she win in 2020 at the world championships?',
    medalQ({ competitions: WORLD, year: 2020 }, 'world 2020'),
  ],
  // Profile
  ['When was she born?', profile('profile-born')],
  ['Where was she born?', profile('profile-birthplace')],
  ['How old is she?', profile('profile-born')],
  ['What is her nationality?', profile('profile-nationality')],
  ...(d.profile.height ? [['How tall is she?', profile('profile-height')] as [string, Expect]] : []),
  // Personal bests and records
  ['What is her 1000 m personal best?', pbQ('1000m')],
  ['What is her 500m PB?', pbQ('500m')],
  ['What is her fastest time on the 1500 m?', pbQ('1500m')],
  ['Which Olympic record does she hold?', kindQ('record', /olymp/i)],
  ['Did she set a world record?', kindQ('record', /world|wereld/i)],
  // Background, teams, timeline
  ['Who is her coach?', kindQ('affiliation', /coach/i)],
  ['Who is her fiancé Jake Paul?', textQ(/Jake Paul/)],
  ['When did she get engaged?', textQ(/engag|verloof/i)],
  ['Who was Koen Verweij to her?', textQ(/Verweij/)],
  ['When did she join Jumbo-Visma?', textQ(/Jumbo/)],
  ['How many Instagram followers does she have?', kindQ('social')],
  ['Which sport did she play before skating?', textQ(/hockey/i)],
  ['When did she start speed skating?', textQ(/skat|schaats/i)],
  ['Was she knighted?', textQ(/Oranje-Nassau|knight|ridder/i)],
  ['What documentary was made about her and Koen?', textQ(/documentar|Videoland/i)],
  ['When did she win her first World Cup race?', textQ(/World Cup|wereldbeker/i)],
  ['How many World Cup races did she win?', kindQ('world-cup')],
  ['When did she win her first Dutch sprint title?', textQ(/Dutch|NK|Nederlands/i)],
  ['What is her signature eyeliner look?', textQ(/eyeliner|wing/i)],
  // Dutch
  ['Waar is ze geboren?', profile('profile-birthplace')],
  ['Wanneer is ze geboren?', profile('profile-born')],
  ['Wanneer won ze olympisch goud?', medalQ({ competitions: ['olympics'], medal: 'gold' }, 'olympisch goud')],
  ['Hoeveel olympische medailles heeft ze gewonnen?', medalQ({ competitions: ['olympics'] }, 'olympische medailles')],
  [
    'Heeft ze goud gewonnen op de 500 meter op de Spelen?',
    medalQ({ competitions: ['olympics'], medal: 'gold', event: '500m' }, ''),
  ],
  ['Heeft ze brons gewonnen op de Olympische Spelen?', medalQ({ competitions: ['olympics'], medal: 'bronze' }, '')],
  ['Wanneer werd ze wereldkampioen op de 1000 meter?', medalQ({ competitions: WORLD, event: '1000m' }, 'WK 1000 m')],
  ['Heeft ze ooit het EK sprint gewonnen?', medalQ({ competitions: ['european-sprint'] }, 'EK sprint')],
  ['Welke medailles won ze op het WK junioren?', medalQ({ competitions: ['world-junior'] }, 'WK junioren')],
  ['Wie is haar coach?', kindQ('affiliation', /coach/i)],
  ['Met wie is ze verloofd?', textQ(/Jake Paul/)],
  ['Wat is haar persoonlijk record op de 1000 meter?', pbQ('1000m')],
  ['Hoeveel volgers heeft ze op Instagram?', kindQ('social')],
  ['Speelde ze vroeger hockey?', textQ(/hockey/i)],
  ['Wanneer won ze haar eerste wereldbekerwedstrijd?', textQ(/World Cup|wereldbeker/i)],
  [
    'Heeft ze zilver gewonnen op de Spelen in 2026?',
    medalQ({ competitions: ['olympics'], medal: 'silver', year: 2026 }, 'OS zilver 2026'),
  ],
  // Added after the real dataset landed and not tuned for: a check that the share holds on new wording.
  ['Who is Kosta Poltavets?', textQ(/Poltavets/)],
  ['What did she study?', textQ(/Hanze|econom/i)],
  ['Which secondary school did she go to?', textQ(/ISW|school/i)],
  ['Wie zijn haar ouders?', textQ(/Ruud|Monique/)],
  ['Does she have siblings?', textQ(/Merel|Beaudine|Kjeld/)],
  ['Is she going to retire?', textQ(/retire|stop|season|seizoen|future|toekomst/i)],
  ['Did she ever win the World Cup overall title?', textQ(/classification|eindklassement/i)],
  ['What is her Olympic record time?', kindQ('record', /olymp/i)],
  ['Heeft ze een Nederlands record?', kindQ('record', /Dutch|Nederlands/)],
  [
    'Did she win the 1000m at the 2024 European Championships?',
    medalQ(
      { competitions: ['european-single-distances', 'european-sprint'], event: '1000m', year: 2024 },
      'EC 1000 m 2024',
    ),
  ],
  [
    'Heeft ze ooit goud gewonnen op de teamsprint?',
    medalQ({ medal: 'gold', event: 'team-sprint' }, 'team sprint gold'),
  ],
  ['Did she win Olympic gold in 2018?', medalQ({ competitions: ['olympics'], medal: 'gold', year: 2018 }, '')],
  ['What nickname does she have?', textQ(/nickname|bijna|Bommetje/i)],
  ['Hoe lang is ze?', profile('profile-height')],
  ['What is her favourite colour?', { kind: 'none' }],
  ['Hoe heet haar hond?', { kind: 'none' }],
  // Found wrong while reading replies on 2026-11-26 (first round), then fixed (so tuned for).
  ['How many Dutch titles does she have?', kindQ('dutch-title')],
  ['Wat heeft ze gestudeerd?', textQ(/Hanze|econom/i)],
  ['Where did she go to school?', textQ(/ISW|school/i)],
  ['Gaat ze stoppen?', textQ(/retire|stop|season|seizoen|future|toekomst/i)],
  ['How many World Cup titles did she win?', textQ(/classification|eindklassement/i)],
  ['How many medals does she have?', medalQ({}, 'all medals')],
  // Written with the ones above, before the fix was run against them: new wording, not tuned for.
  ['How many national titles has she won?', kindQ('dutch-title')],
  ['Hoeveel wereldbekerzeges heeft ze?', kindQ('world-cup')],
  ['Stopt ze met schaatsen?', textQ(/retire|stop|season|seizoen|future|toekomst/i)],
  ['When will she retire?', textQ(/retire|stop|season|seizoen|future|toekomst/i)],
  ['Where did she study?', textQ(/Hanze|econom/i)],
  ['Heeft ze een opleiding gedaan?', textQ(/Hanze|econom|school/i)],
  // Second round the same evening: found wrong, then fixed (tuned for).
  ['Who is her fiancé?', textQ(/Jake Paul/)],
  ['Who is her boyfriend?', textQ(/Jake Paul/)],
  ['What was her first world title?', firstQ(worldGold, 'oldest world gold')],
  ['What did she say after winning gold in Milan?', kindQ('quote')],
  ['Has she ever broken a world record?', kindQ('record', /World record/)],
  // Written after the fix for the five above was designed, and run once against it (6/6): new wording.
  ['When did she become world champion for the first time?', firstQ(worldGold, 'oldest world gold')],
  [
    'Wat won ze in Peking?',
    {
      kind: 'facts',
      what: 'a Beijing medal',
      hit: (doc) => doc.kind === 'medal' && medals.some((m) => m.id === doc.id && atPlace('Beijing')(m)),
    },
  ],
  [
    'Which medals did she win in Heerenveen?',
    {
      kind: 'facts',
      what: 'a Heerenveen medal',
      hit: (doc) => doc.kind === 'medal' && medals.some((m) => m.id === doc.id && atPlace('Heerenveen')(m)),
    },
  ],
  ['Is she engaged?', textQ(/engaged|verloofd/i)],
  ['Wat zei ze na haar olympische titel?', kindQ('quote')],
  [
    'Did she win gold in Beijing?',
    medals.some((m) => m.medal === 'gold' && atPlace('Beijing')(m))
      ? { kind: 'facts', what: 'Beijing gold', hit: () => true }
      : { kind: 'false-premise' },
  ],
  // Third round: found wrong, then fixed (tuned for).
  [
    'What records does she hold?',
    {
      kind: 'facts',
      what: 'a standing record',
      hit: (doc) => doc.kind === 'record' && d.records.some((r) => r.id === doc.id && r.status === 'current'),
    },
  ],
  [
    'Welk record heeft ze in Thialf?',
    {
      kind: 'facts',
      what: 'the standing Thialf record',
      hit: (doc) =>
        doc.kind === 'record' &&
        d.records.some((r) => r.id === doc.id && r.status === 'current' && /Thialf/.test(r.venue.en)),
    },
  ],
  ['Has she set any records?', kindQ('record')],
  ['What is her Instagram?', kindQ('social', /Instagram/)],
  // Fourth round, in Dutch: found wrong, then fixed (tuned for).
  ['Wanneer werd ze voor het eerst wereldkampioen?', firstQ(worldGold, 'oldest world gold')],
  ['Is ze getrouwd?', textQ(/wedding|bruiloft/i)],
  ['Wat is haar bijnaam?', textQ(/Bommetje|Baby Jut/)],
  ['Wie is haar vriend?', textQ(/Jake Paul/)],
  // Not in the dataset: must say so, never guess
  ['What is her favourite food?', { kind: 'none' }],
  ['Does she have a dog?', { kind: 'none' }],
  ['Who won the Tour de France?', { kind: 'none' }],
  ['What is the capital of Peru?', { kind: 'none' }],
  ['Wat is haar lievelingseten?', { kind: 'none' }],
  ['Welke auto rijdt ze?', { kind: 'none' }],
  ['', { kind: 'none' }],
];

function judge(answer: AskAnswer, expectation: Expect): boolean {
  if (expectation.kind !== 'facts') return answer.kind === expectation.kind;
  return answer.kind === 'facts' && answer.hits.length > 0 && expectation.hit(answer.hits[0]!);
}

describe('/ask answers free questions from the dataset', () => {
  const results = QUESTIONS.map(([q, e]) => ({ q, e, answer: ask(askIndexOf(view), q) }));
  const correct = results.filter((r) => judge(r.answer, r.e));
  const share = correct.length / results.length;

  it(`gets at least 90% of ${QUESTIONS.length} English and Dutch questions right`, () => {
    const wrong = results
      .filter((r) => !judge(r.answer, r.e))
      .map(
        (r) =>
          `${r.q} → ${r.answer.kind}${r.answer.kind === 'facts' ? `: ${r.answer.hits[0]?.answer.en}` : ''} (wanted ${r.e.kind}${r.e.kind === 'facts' ? ` ${r.e.what}` : ''})`,
      );
    process.stdout.write(
      `ask eval: ${correct.length}/${results.length} correct (${(share * 100).toFixed(1)}%)\n${wrong.map((w) => `  wrong: ${w}`).join('\n')}\n`,
    );
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(60);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('never invents: every false premise and every out-of-dataset question is answered as such', () => {
    for (const r of results.filter((x) => x.e.kind !== 'facts')) expect(r.answer.kind, r.q).toBe(r.e.kind);
  });

  it('answers "how many" about World Cup wins and Dutch titles with the count of those rows', () => {
    const wc = ask(askIndexOf(view), 'How many World Cup races did she win?');
    expect(wc.kind === 'facts' && wc.count).toBe(worldCupWins.length);
    expect(wc.kind === 'facts' && wc.hits.every((h) => h.kind === 'world-cup')).toBe(true);
    const nk = ask(askIndexOf(view), 'Hoeveel NK-titels heeft ze?');
    expect(nk.kind === 'facts' && nk.count).toBe(d.dutchTitles.length);
    const en = ask(askIndexOf(view), 'How many Dutch titles does she have?');
    expect(en.kind === 'facts' && en.count).toBe(d.dutchTitles.length);
    // An overall World Cup title is not a race win: no race rows, and no count of them.
    const title = ask(askIndexOf(view), 'How many World Cup titles did she win?');
    expect(title.kind).toBe('facts');
    if (title.kind !== 'facts') return;
    // The new engine counts the World Cup classifications she won (better than the old "no count").
    expect(title.count).toBe(d.worldCupStandings.filter((s) => s.place === 1).length);
    expect(title.hits.every((h) => h.kind === 'standing')).toBe(true);
    expect(title.hits.some((h) => h.kind === 'world-cup')).toBe(false);
  });

  it('reads a place and "first": a false premise shows what she did win there, a first title is the oldest', async () => {
    const registry = createRegistry();
    const beijing = medals.filter(atPlace('Beijing'));
    const reply = replyText(
      (await registry.get('ask')!.run(request('ask', { question: 'Did she win gold in Beijing?' }), ctxFor(view))).data,
    );
    if (beijing.some((m) => m.medal === 'gold')) expect(reply).not.toMatch(/holds no gold/);
    else expect(reply).toMatch(/the dataset holds no gold medal in Beijing/);
    for (const m of beijing) expect(reply).toContain(m.sources[0]!);
    const nl = replyText(
      (
        await registry
          .get('ask')!
          .run(request('ask', { question: 'Wat won ze in Peking?' }, { locale: 'nl' }), ctxFor(view))
      ).data,
    );
    for (const m of beijing) expect(nl).toContain(m.sources[0]!);
    const first = ask(askIndexOf(view), 'What was her first world title?');
    expect(first.kind === 'facts' && first.oldestFirst).toBe(true);
    if (first.kind !== 'facts') return;
    const dates = first.hits.map((h) => h.date ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  it('lists rows of one kind newest first, rows of the same date in the order of the file', () => {
    expect(['2020', '2022-12', '2022-12-28', '2019-03'].sort(newestFirst)).toEqual([
      '2022-12-28',
      '2022-12',
      '2020',
      '2019-03',
    ]);
    expect(newestFirst('2022-12', '2022-12')).toBe(0);
    // Social figures: Instagram and TikTok counts are often reported on the same day.
    const social = askIndexOf(view).docs.filter((doc) => doc.kind === 'social');
    const fileOrder = d.profile.social.map((s) => s.id);
    for (let i = 1; i < social.length; i += 1) {
      const [a, b] = [social[i - 1]!, social[i]!];
      if (a.date === b.date) expect(fileOrder.indexOf(a.id)).toBeLessThan(fileOrder.indexOf(b.id));
      else expect(a.date! > b.date!).toBe(true);
    }
    expect(social.some((s, i) => i > 0 && s.date === social[i - 1]!.date)).toBe(true);
  });

  it('gives her age on the date the data runs to, worked out from the birth date, in whole years', () => {
    expect(ageOn('1998-12-30', '2026-03-09')).toBe(27);
    expect(ageOn('1998-12-30', '2026-12-29')).toBe(27);
    expect(ageOn('1998-12-30', '2026-12-30')).toBe(28);
    expect(ageOn('1998', '2026-03-09')).toBeUndefined();
    const answer = ask(askIndexOf(view), 'How old is she?');
    expect(answer.kind).toBe('facts');
    if (answer.kind !== 'facts') return;
    expect(answer.hits[0]!.id).toBe('profile-born');
    const age = ageOn(d.profile.born.date, d.meta.coverageUntil);
    expect(answer.hits[0]!.answer.en).toContain(`she was ${age} on`);
    expect(answer.hits[0]!.answer.nl).toContain(`was ze ${age})`);
  });

  it('says "followers" right after the number, before any remark on it', () => {
    const remarked = d.profile.social.filter((x) => x.approx && /\s\(/.test(x.approx.en));
    expect(remarked.length).toBeGreaterThan(0);
    for (const s of remarked) {
      const doc = askIndexOf(view).byId.get(s.id)!;
      expect(doc.answer.en).toContain(`${s.approx!.en.split(' (')[0]} followers (`);
      expect(doc.answer.nl).toContain(`${s.approx!.nl.split(' (')[0]} volgers (`);
    }
  });

  it('answers "how many medals" with the total and the tally by colour from the data', async () => {
    const reply = await createRegistry()
      .get('ask')!
      .run(request('ask', { question: 'How many medals does she have?' }), ctxFor(view));
    const tally = tallyOf(medals);
    expect(replyText(reply.data)).toContain(
      `**${tally.total} medals in the dataset** (🥇 ${tally.gold} · 🥈 ${tally.silver} · 🥉 ${tally.bronze}); the newest 8:`,
    );
    const nl = await createRegistry()
      .get('ask')!
      .run(request('ask', { question: 'Hoeveel olympische medailles heeft ze?' }, { locale: 'nl' }), ctxFor(view));
    const olympic = tallyOf(medals.filter((m) => m.competition === 'olympics'));
    expect(replyText(nl.data)).toContain(
      `**${olympic.total} medailles op de Olympische Spelen in de dataset** (🥇 ${olympic.gold} · 🥈 ${olympic.silver} · 🥉 ${olympic.bronze})`,
    );
  });

  it("replies with the fact, its date and its source, in the user's language", async () => {
    const registry = createRegistry();
    const gold = await registry
      .get('ask')!
      .run(request('ask', { question: 'When did she win Olympic gold?' }), ctxFor(view));
    const medal = medals.find((m) => m.competition === 'olympics' && m.medal === 'gold')!;
    const text = replyText(gold.data);
    expect(text).toContain(medal.sources[0]!);
    expect(text).toMatch(new RegExp(String(medal.year)));
    const nl = await registry
      .get('ask')!
      .run(
        request('ask', { question: 'Heeft ze brons gewonnen op de Olympische Spelen?' }, { locale: 'nl' }),
        ctxFor(view),
      );
    expect(replyText(nl.data)).toMatch(/de dataset bevat geen bronzen medaille op de Olympische Spelen/);
    const none = await registry
      .get('ask')!
      .run(request('ask', { question: 'What is her favourite food?' }), ctxFor(view));
    expect(replyText(none.data)).toMatch(/doesn't hold an answer/);
    expect(replyText(none.data)).toMatch(/`\/medals`/);
  });
});
