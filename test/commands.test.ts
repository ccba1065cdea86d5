import { ButtonStyle, ComponentType, MessageFlags, type APIEmbed } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { filterMedals } from '../commands/medals.ts';
import { createRegistry, definitions } from '../commands/index.ts';
import { validateOptions } from '../src/core/options.ts';
import type { Reply } from '../src/core/types.ts';
import { AboutTopic } from '../src/data/schema.ts';
import { topicLabel } from '../src/data/quote-topics.ts';
import { ctxFor, loadView, MINI_DATA, REAL_DATA, replyText, request, responderFor } from './helpers.ts';

const registry = createRegistry();
const run = async (view: ReturnType<typeof loadView>, name: string, options = {}, extra = {}, ctx = ctxFor(view)) => {
  const module = registry.get(name)!;
  const req = request(name, options, extra);
  const check = validateOptions(module.definition, req, 'en');
  if (!check.ok) throw new Error(check.message);
  return module.run({ ...req, options: check.options }, ctx);
};
const press = async (
  view: ReturnType<typeof loadView>,
  customId: string,
  extra = {},
  ctx = ctxFor(view),
  values?: string[],
) => {
  const [name, ...state] = customId.split(':');
  return registry.get(name!)!.component!(state, request(name!, {}, extra), ctx, values);
};
const embed = (r: Reply): APIEmbed => r.data.embeds![0]!;
/** Every page of a paged reply, followed through its Next buttons. */
async function allPages(view: ReturnType<typeof loadView>, first: Reply, extra = {}): Promise<Reply[]> {
  const pages = [first];
  for (;;) {
    const next = buttons(pages.at(-1)!).find((b) => b.label?.includes('Next') || b.label?.includes('Volgende'));
    if (next === undefined || next.disabled) return pages;
    pages.push(await press(view, next.custom_id!, extra));
  }
}
const buttons = (r: Reply) =>
  (r.data.components ?? []).flatMap((row) => ('components' in row ? (row.components as unknown[]) : [])) as {
    custom_id?: string;
    disabled?: boolean;
    label?: string;
    type: number;
    style?: number;
  }[];

describe.each([
  ['real dataset', REAL_DATA],
  ['mini fixture', MINI_DATA],
])('/medals on the %s', (_label, file) => {
  const view = loadView(file);
  const all = view.medalsNewestFirst;

  it('tallies every medal and lists the newest first', async () => {
    const r = await run(view, 'medals');
    const e = embed(r);
    const gold = all.filter((m) => m.medal === 'gold').length;
    const silver = all.filter((m) => m.medal === 'silver').length;
    const bronze = all.filter((m) => m.medal === 'bronze').length;
    expect(e.description).toContain(
      `${gold} gold · 🥈 ${silver} silver · 🥉 ${bronze} bronze — ${all.length} in total`,
    );
    const newest = [...all].sort((a, b) => (a.date < b.date ? 1 : -1))[0]!;
    const firstLine = e.description!.split('\n').find((l) => /^🥇|^🥈|^🥉/.test(l))!;
    expect(firstLine).toContain(String(newest.year));
    expect(firstLine).toContain(newest.sources[0]!);
  });

  it("pages with buttons until every medal was shown exactly once, each page within Discord's limit", async () => {
    let reply = await run(view, 'medals');
    const headlines: string[] = [];
    for (let page = 1; ; page += 1) {
      const description = embed(reply).description!;
      expect(description.length).toBeLessThanOrEqual(4096);
      headlines.push(...description.split('\n').filter((l) => /^🥇|^🥈|^🥉/.test(l)));
      expect(embed(reply).footer!.text).toContain(`Page ${page}/`);
      const next = buttons(reply).find((b) => b.label?.includes('Next'));
      if (next === undefined || next.disabled) break;
      reply = await press(view, next.custom_id!);
      expect(reply.kind).toBe('update');
    }
    expect(headlines).toHaveLength(all.length);
    // Newest first across the pages, and each medal's first source beside it.
    all.forEach((m, i) => expect(headlines[i]).toContain(m.sources[0]!));
  });

  it('filters by competition, event, year and medal, in English or Dutch words', async () => {
    const sample = all[0]!;
    const expected = filterMedals(all, {
      competition: sample.competition,
      event: sample.event,
      year: sample.year,
      medal: sample.medal,
    });
    const r = await run(view, 'medals', {
      competition: sample.competition,
      event: sample.event,
      year: sample.year,
      medal: sample.medal,
    });
    expect(embed(r).description).toContain(`— ${expected.length} in total`);
    const olympics = filterMedals(all, { competition: 'olympics' }).length;
    const nl = await run(view, 'medals', { competition: 'Olympische Spelen' });
    expect(embed(nl).description).toContain(`— ${olympics} in total`);
  });

  it('answers an unknown competition or an empty result politely and only to the user', async () => {
    const bad = await run(view, 'medals', { competition: 'Tour de France' });
    expect(bad.data.flags).toBe(MessageFlags.Ephemeral);
    expect(embed(bad).description).toMatch(/not a known competition/);
    const none = await run(view, 'medals', { year: 2099 });
    expect(none.data.flags).toBe(MessageFlags.Ephemeral);
    expect(embed(none).description).toMatch(/no medal/);
  });

  it('answers in Dutch for a Dutch locale', async () => {
    const r = await run(view, 'medals', {}, { locale: 'nl' });
    expect(embed(r).title).toBe('Jutta Leerdam — medailles');
    expect(embed(r).description).toMatch(/goud · 🥈 \d+ zilver/);
  });

  it('autocompletes competitions, events and years from the data', async () => {
    const m = registry.get('medals')!;
    const ctx = ctxFor(view);
    const years = m.autocomplete!({ name: 'year', value: '' }, request('medals'), ctx);
    expect(years.map((c) => c.value)).toEqual(view.medalYears.slice(0, 25));
    const comp = m.autocomplete!({ name: 'competition', value: 'olymp' }, request('medals'), ctx);
    expect(comp[0]?.value).toBe('olympics');
  });
});

describe.each([
  ['real dataset', REAL_DATA],
  ['mini fixture', MINI_DATA],
])('/quote on the %s', (_label, file) => {
  const view = loadView(file);

  it('shows no quote twice in a channel until all were shown, then starts over', async () => {
    const ctx = ctxFor(view);
    const total = view.dataset.quotes.length;
    const shown: string[] = [];
    for (let i = 0; i < total; i += 1) {
      const r = await run(view, 'quote', {}, {}, ctx);
      const q = view.dataset.quotes.find((x) => embed(r).description === `> ${x.text.replace(/\n/g, '\n> ')}`);
      expect(q, embed(r).description).toBeDefined();
      shown.push(q!.id);
      expect(embed(r).footer!.text).toContain(`${i + 1} of ${total}`);
    }
    expect(new Set(shown).size).toBe(total);
    const again = await run(view, 'quote', {}, {}, ctx);
    expect(embed(again).footer!.text).toContain(`1 of ${total}`);
    // Another channel has its own rotation.
    const other = await run(view, 'quote', {}, { channelId: '300000000000000999' }, ctx);
    expect(embed(other).footer!.text).toContain(`1 of ${total}`);
  });

  it('filters by topic, shows occasion, date, source and an Another quote button', async () => {
    // The topic with the most quotes, so "Another quote" has a second one to show.
    const topic = [...view.quotesByTopic].sort((a, b) => b[1].length - a[1].length)[0]![0];
    expect(view.quotesByTopic.get(topic)!.length).toBeGreaterThan(1);
    const ctx = ctxFor(view);
    const r = await run(view, 'quote', { topic }, {}, ctx);
    const q = view.quotesByTopic.get(topic)!.find((x) => embed(r).description!.includes(x.text.slice(0, 40)))!;
    expect(q.topics).toContain(topic);
    const names = embed(r).fields!.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['Occasion', 'Date']));
    expect(replyText(r.data)).toContain(q.sources[0]!);
    const another = buttons(r).find((b) => b.style === ButtonStyle.Primary)!;
    expect(another.custom_id).toBe(`quote:a:${topic}`);
    const next = await press(view, another.custom_id!, {}, ctx);
    expect(embed(next).footer!.text).toContain(`2 of ${view.quotesByTopic.get(topic)!.length}`);
  });

  it('translates Dutch quotes for English readers', async () => {
    const dutch = view.dataset.quotes.find((q) => q.language === 'nl')!;
    const ctx = ctxFor(view);
    for (let i = 0; i < view.dataset.quotes.length; i += 1) {
      const r = await run(view, 'quote', {}, {}, ctx);
      if (embed(r).description!.includes(dutch.text.slice(0, 30))) {
        expect(embed(r).fields!.find((f) => f.name === 'Translation')?.value).toContain(
          dutch.translation!.slice(0, 30),
        );
        return;
      }
    }
    throw new Error('the Dutch quote never came up in a full rotation');
  });

  it('refuses an unknown topic and lists the known ones', async () => {
    const r = await run(view, 'quote', { topic: 'knitting' });
    expect(r.data.flags).toBe(MessageFlags.Ephemeral);
    // Each topic by its name where the file names it (the mini fixture names none: its slug).
    expect(replyText(r.data)).toContain(topicLabel(view.dataset, view.quoteTopics[0]!, 'en'));
  });
});

describe('/quote topics by name on the real dataset', () => {
  const view = loadView(REAL_DATA);

  it("refuses an unknown topic and lists the known ones by name, in the user's language", async () => {
    const r = await run(view, 'quote', { topic: 'knitting' });
    expect(r.data.flags).toBe(MessageFlags.Ephemeral);
    expect(replyText(r.data)).toContain('World Cup');
    const nl = await run(view, 'quote', { topic: 'breien' }, { locale: 'nl' });
    expect(nl.data.flags).toBe(MessageFlags.Ephemeral);
    expect(replyText(nl.data)).toContain('wereldbeker');
    expect(replyText(nl.data)).not.toContain('world-cup');
  });

  it('accepts a quote topic by its Dutch name and shows Dutch topic names to Dutch members', async () => {
    const wc = view.quotesByTopic.get('world-cup')!;
    for (const input of ['wereldbeker', 'Wereldbeker', 'World Cup', 'world-cup']) {
      const r = await run(view, 'quote', { topic: input }, { locale: 'nl' });
      expect(r.data.flags ?? 0).not.toBe(MessageFlags.Ephemeral);
      expect(wc.some((q) => embed(r).description!.includes(q.text.slice(0, 30)))).toBe(true);
      expect(embed(r).footer!.text).toContain('#wereldbeker');
      expect(embed(r).footer!.text).not.toContain('#world-cup');
    }
    const en = await run(view, 'quote', { topic: 'wereldbeker' });
    expect(embed(en).footer!.text).toContain('#World Cup');
  });

  it('autocompletes quote topics by their name in either language', () => {
    const q = createRegistry().get('quote')!;
    const ctx = ctxFor(view);
    const nl = q.autocomplete!({ name: 'topic', value: 'wereld' }, request('quote', {}, { locale: 'nl' }), ctx);
    expect(nl[0]).toEqual({ value: 'world-cup', name: `wereldbeker (${view.quotesByTopic.get('world-cup')!.length})` });
    const en = q.autocomplete!({ name: 'topic', value: 'wereldbeker' }, request('quote'), ctx);
    expect(en[0]?.value).toBe('world-cup');
    expect(en[0]?.name).toMatch(/^World Cup \(\d+\)$/);
  });
});

describe('/about, /records, /timeline and /help on the real dataset', () => {
  const view = loadView(REAL_DATA);
  const d = view.dataset;

  it.each(AboutTopic.options)('/about topic:%s shows sourced facts of that topic', async (topic) => {
    const r = await run(view, 'about', { topic });
    const text = (await allPages(view, r)).map((page) => replyText(page.data)).join('\n');
    const facts = d.background.filter((b) => b.topic === topic);
    if (facts.length === 0 && topic !== 'teams-and-coaches' && topic !== 'social-media' && topic !== 'overview') {
      expect(r.data.flags).toBe(MessageFlags.Ephemeral);
      return;
    }
    for (const f of facts.slice(0, 3)) expect(text).toContain(f.sources[0]!);
    expect(buttons(r)[0]?.type).toBe(ComponentType.StringSelect);
  });

  it('/about overview gives born, birthplace and nationality with sources; Dutch in Dutch', async () => {
    const r = await run(view, 'about');
    const text = replyText(r.data);
    expect(text).toContain('30 Dec 1998');
    expect(text).toContain(d.profile.birthplace.value.en);
    expect(text).toContain(d.profile.born.sources[0]!);
    const nl = await run(view, 'about', {}, { locale: 'nl' });
    expect(replyText(nl.data)).toContain('30 dec 1998');
    expect(embed(nl).title).toContain('Overzicht');
  });

  it('/about select menu switches topic in place', async () => {
    const r = await press(view, 'about:t', {}, ctxFor(view), ['career']);
    expect(r.kind).toBe('update');
    expect(embed(r).title).toContain('Career');
  });

  it('/records lists her current best on every distance (the last step of its progression) with its source', async () => {
    const r = await run(view, 'records');
    const text = replyText(r.data);
    expect(view.personalBests.size).toBeGreaterThan(0);
    for (const { current } of view.personalBests.values()) {
      expect(text).toContain(current.result);
      expect(text).toContain(current.sources[0]!);
    }
    const nl = await run(view, 'records', {}, { locale: 'nl' });
    const pb1000 = view.personalBests.get('1000m')?.current;
    if (pb1000) expect(replyText(nl.data)).toContain(pb1000.result.replace(':', '.').replace(/\.(\d+)$/, ',$1'));
  });

  it('/timeline year:Y lists exactly that year, oldest first, and pages otherwise', async () => {
    const year = view.timelineYears.find((y) => d.timeline.filter((e) => e.date.startsWith(String(y))).length >= 2)!;
    const events = d.timeline.filter((e) => e.date.startsWith(String(year)));
    const r = await run(view, 'timeline', { year });
    const lines = embed(r)
      .description!.split('\n')
      .filter((l) => l.startsWith('**'));
    expect(lines.length).toBe(Math.min(events.length, 10));
    expect(embed(r).description).toContain(events[0]!.text.en);
    const all = await run(view, 'timeline');
    expect(buttons(all).some((b) => b.label?.includes('Next') && !b.disabled)).toBe(d.timeline.length > 10);
    const none = await run(view, 'timeline', { year: 1990 });
    expect(none.data.flags).toBe(MessageFlags.Ephemeral);
  });

  it('/help lists every registered command, in Dutch for Dutch users', async () => {
    const r = await run(view, 'help');
    for (const def of definitions(registry)) expect(embed(r).description).toContain(`/${def.name}`);
    // The report flow is buttons and forms only: no command of its own to list.
    expect(embed(r).description).not.toContain('/report');
    const nl = await run(view, 'help', {}, { locale: 'nl' });
    expect(embed(nl).description).toContain('/medailles');
  });
});

describe('every reply, whatever the options', () => {
  const view = loadView(REAL_DATA);
  const combos: [string, Record<string, string | number>][] = [
    ['medals', {}],
    ...view.medalCompetitions.map((c) => ['medals', { competition: c }] as [string, Record<string, string>]),
    ...view.medalEvents.map((e) => ['medals', { event: e }] as [string, Record<string, string>]),
    ...view.medalYears.map((y) => ['medals', { year: y }] as [string, Record<string, number>]),
    ...(['gold', 'silver', 'bronze'] as const).map((m) => ['medals', { medal: m }] as [string, Record<string, string>]),
    ['quote', {}],
    ...view.quoteTopics.map((t) => ['quote', { topic: t }] as [string, Record<string, string>]),
    ...AboutTopic.options.map((t) => ['about', { topic: t }] as [string, Record<string, string>]),
    ['records', {}],
    ...[...view.personalBests.keys()].map((e) => ['records', { distance: e }] as [string, Record<string, string>]),
    ['results', {}],
    ...view.resultCompetitions.map((c) => ['results', { competition: c }] as [string, Record<string, string>]),
    ...view.resultSeasons.map((season) => ['results', { season }] as [string, Record<string, string>]),
    ...view.resultEvents.map((e) => ['results', { event: e }] as [string, Record<string, string>]),
    ['timeline', {}],
    ...view.timelineYears.map((y) => ['timeline', { year: y }] as [string, Record<string, number>]),
    ['help', {}],
  ];

  it.each(['en-US', 'nl'])('stays within Discord limits and never pings (%s)', async (locale) => {
    for (const [name, options] of combos) {
      const r = await run(view, name, options, { locale });
      expect(r.data.allowed_mentions, name).toEqual({ parse: [] });
      for (const e of r.data.embeds ?? []) {
        const total =
          (e.title?.length ?? 0) +
          (e.description?.length ?? 0) +
          (e.footer?.text.length ?? 0) +
          (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
        expect(total, `${name} ${JSON.stringify(options)}`).toBeLessThanOrEqual(6000);
        expect(e.description?.length ?? 0).toBeLessThanOrEqual(4096);
        expect(e.fields?.length ?? 0).toBeLessThanOrEqual(25);
        for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
      }
      for (const b of buttons(r)) if (b.custom_id) expect(b.custom_id.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('/results, podium lines, PB progressions and teams on the real dataset', () => {
  const view = loadView(REAL_DATA);
  const d = view.dataset;
  const headlines = (r: Reply) =>
    embed(r)
      .description!.split('\n')
      .filter((l) => /^(🥇|🥈|🥉|•|🏆) \*\*/.test(l));

  it('/results and /medals key cached replies on the resolved competition and event, as one helper resolves them', () => {
    const registry = createRegistry();
    for (const name of ['results', 'medals']) {
      const module = registry.get(name)!;
      const spellings = [
        { competition: 'Olympische Spelen', event: '1000' },
        { competition: 'OS', event: '1000 m' },
        { competition: 'olympics', event: '1000m' },
      ];
      for (const options of spellings)
        expect(module.cacheOptions!(options, view), name).toEqual({ competition: 'olympics', event: '1000m' });
      expect(module.cacheOptions!({ competition: 'Tour de France' }, view), name).toBeUndefined();
    }
  });

  it('/results lists every championship and World Cup result and classification once, newest first, over pages', async () => {
    const pages = await allPages(view, await run(view, 'results'));
    const lines = pages.flatMap(headlines);
    expect(lines).toHaveLength(d.results.length + d.worldCupStandings.length);
    expect(embed(pages[0]!).description).toContain(`**${d.results.length + d.worldCupStandings.length} results**`);
    for (const page of pages) expect(embed(page).description!.length).toBeLessThanOrEqual(4096);
    // Every row's first source sits on its own line: sources on every line.
    const text = pages.map((p) => embed(p).description!).join('\n');
    for (const row of [...d.results, ...d.worldCupStandings]) expect(text).toContain(row.sources[0]!);
    // A season's classification sits at the end of its season, so the newest season's comes first.
    expect(lines[0]).toMatch(/^🏆 \*\*World Cup 2025\/26/);
    expect(lines.find((l) => !l.startsWith('🏆'))).toContain(view.resultsNewestFirst[0]!.sources[0]!);
  });

  it('/results filters by competition, season or year, event and place, and says what it filtered by', async () => {
    const wc = await run(view, 'results', {
      competition: 'wereldbeker',
      season: '2023/24',
      event: '1000m',
      place: 'podium',
    });
    const expected = d.results.filter(
      (r) => r.competition === 'world-cup' && r.season === '2023/24' && r.event === '1000m' && r.place! <= 3,
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(embed(wc).description).toContain(`**${expected.length} results**`);
    expect(embed(wc).description).toContain('Filtered by World Cup · 2023/24 · 1000 m · Podium (1st–3rd)');
    for (const row of expected) expect(embed(wc).description).toContain(row.sources[0]!);
    const year = await run(view, 'results', { season: '2022', competition: 'olympics' });
    const olympic2022 = d.results.filter((r) => r.competition === 'olympics' && r.date.startsWith('2022'));
    expect(headlines(year)).toHaveLength(olympic2022.length);
    expect(embed(year).description).toMatch(/\*\*5th\*\* · 37\.34/);
    const off = await run(view, 'results', { competition: 'olympics', place: 'off-podium' });
    expect(headlines(off).every((l) => l.startsWith('•'))).toBe(true);
  });

  it('/results shows the World Cup classifications with her place, the winner and the points', async () => {
    const r = await run(view, 'results', { competition: 'world-cup', season: '2022/23', event: '1000m' });
    const standing = d.worldCupStandings.find((s) => s.season === '2022/23' && s.event === '1000m')!;
    expect(embed(r).description).toContain(
      `🏆 **World Cup 2022/23, 1000 m classification** · **2nd** · ${standing.points!.value} pts`,
    );
    expect(embed(r).description).toContain(`🥇 Miho Takagi ${standing.placings![0]!.points!.value} pts`);
  });

  it('/results answers in Dutch (/uitslagen) and refuses unknown filters politely', async () => {
    const nl = await run(view, 'results', { competition: 'world-sprint', season: '2024' }, { locale: 'nl' });
    expect(embed(nl).title).toBe('Jutta Leerdam — uitslagen');
    expect(embed(nl).description).toMatch(/\*\*WK sprint 2024\*\* · tweede 1000 m · \*\*1e\*\* · 1\.12,86/);
    expect(embed(nl).description).toMatch(/\(berekend\)/);
    expect(registry.get('results')!.definition.name_localizations?.nl).toBe('uitslagen');
    const bad = await run(view, 'results', { season: '1999/00' });
    expect(bad.data.flags).toBe(MessageFlags.Ephemeral);
    expect(embed(bad).description).toMatch(/not a known season or year/);
    const none = await run(view, 'results', { competition: 'world-junior', place: '2', event: '500m' });
    expect(embed(none).description).toMatch(/no result that matches/);
  });

  it('/results pages with buttons that carry the filters', async () => {
    const first = await run(view, 'results', { competition: 'world-cup' });
    const next = buttons(first).find((b) => b.label?.includes('Next'))!;
    expect(next.custom_id).toBe('results:p:2:world-cup,,,');
    const second = await press(view, next.custom_id!);
    expect(second.kind).toBe('update');
    expect(embed(second).footer!.text).toMatch(/^Page 2\//);
    expect(headlines(second).every((l) => l.includes('World Cup'))).toBe(true);
  });

  it('/results autocompletes competitions (World Cup too), seasons and events', () => {
    const m = registry.get('results')!;
    const ctx = ctxFor(view);
    expect(m.autocomplete!({ name: 'competition', value: 'wereldb' }, request('results'), ctx)[0]?.value).toBe(
      'world-cup',
    );
    expect(m.autocomplete!({ name: 'season', value: '2022/2' }, request('results'), ctx).map((c) => c.value)).toContain(
      '2022/23',
    );
    expect(m.autocomplete!({ name: 'event', value: 'team' }, request('results'), ctx)[0]?.value).toBe('team-sprint');
  });

  it('/medals shows the podium beside each medal, her margin, and the team for team events', async () => {
    const r = await run(view, 'medals', { competition: 'olympics' });
    const text = embed(r).description!;
    const gold = d.results.find((x) => x.id === 'og-2026-1000m')!;
    const kok = gold.placings!.find((p) => p.place === 2)!;
    expect(text).toContain(`🥇 **Jutta Leerdam** ${gold.result} · 🥈 ${kok.name} ${kok.result}`);
    expect(text).toContain(`— ${gold.margins![0]!.value} s ahead of 🥈`);
    const team = await run(view, 'medals', { event: 'team-sprint', year: 2019 });
    expect(embed(team).description).toContain(
      '🥇 Netherlands (lap 1 Janine Smit, lap 2 **Jutta Leerdam**, lap 3 Letitia de Jong) 1:26.28',
    );
    const worked = await run(view, 'medals', { competition: 'world-single-distances', year: 2024 });
    expect(embed(worked).description).toContain('0.45 s behind 🥇 (worked out) · 0.01 s behind 🥈 (worked out)');
    const nl = await run(view, 'medals', { competition: 'olympics' }, { locale: 'nl' });
    expect(embed(nl).description).toContain('0,28 s voor 🥈');
    expect(embed(nl).description).toContain('🥈 **Olympische Spelen 2026** · 500 m');
  });

  it('/records distance:500m shows the progression oldest first, the current best last and marked', async () => {
    const progression = view.personalBests.get('500m')!;
    const r = await run(view, 'records', { distance: '500' });
    const text = (await allPages(view, r)).map((p) => embed(p).description!).join('\n');
    expect(embed(r).title).toBe('Jutta Leerdam — 500 m personal bests');
    const steps = text.split('\n').filter((l) => /^\d+\. \*\*/.test(l));
    expect(steps).toHaveLength(progression.steps.length);
    progression.steps.forEach((step, i) => {
      expect(steps[i]).toContain(`**${step.result}**`);
      expect(steps[i]).toContain(step.sources[0]!);
    });
    expect(steps.at(-1)).toContain('**current best**');
    expect(text).toContain('implied by the source');
    const thousand = await allPages(view, await run(view, 'records', { distance: '1000m' }));
    expect(thousand.map((p) => embed(p).description!).join('\n')).toContain(
      'faster, but no source calls it a personal best',
    );
    const nl = await run(view, 'records', { distance: '1000m' }, { locale: 'nl' });
    expect(embed(nl).title).toBe('Jutta Leerdam — persoonlijke records op de 1000 m');
    expect(embed(nl).description).toContain('**1.11,84**');
    expect(embed(nl).description).toContain('**huidig record**');
    const unknown = await run(view, 'records', { distance: 'team sprint' });
    expect(unknown.data.flags).toBe(MessageFlags.Ephemeral);
    expect(embed(unknown).description).toMatch(/no personal bests on the team sprint/);
    const overview = await run(view, 'records');
    expect(embed(overview).description).toContain('`/records distance:500m`');
  });

  it('/about teams-and-coaches shows the current team and coach first, then the history (English and Dutch)', async () => {
    const { current, past } = view.affiliations;
    expect(current.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Kosta Poltavets', 'KaFra Housing / Team Kafra']),
    );
    for (const lang of ['en-US', 'nl'] as const) {
      const pages = await allPages(view, await run(view, 'about', { topic: 'teams-and-coaches' }, { locale: lang }), {
        locale: lang,
      });
      const text = pages.map((p) => embed(p).description!).join('\n');
      const lines = text.split('\n');
      expect(lines[0]).toBe(lang === 'nl' ? '__Nu (gegevens tot 9 mrt 2026)__' : '__Now (data as of 9 Mar 2026)__');
      const before = lines.indexOf(lang === 'nl' ? '__Eerder__' : '__Before__');
      const facts = (from: number, to: number) => lines.slice(from, to).filter((l) => l.startsWith('• '));
      const more = lines.findIndex((l) => l === (lang === 'nl' ? '__Meer__' : '__More__'));
      facts(1, before).forEach((l, i) => expect(l).toContain(`**${current[i]!.name}**`));
      facts(before + 1, more).forEach((l, i) => expect(l).toContain(`**${past[i]!.name}**`));
      expect(facts(1, before)).toHaveLength(current.length);
      expect(facts(before + 1, more)).toHaveLength(past.length);
      for (const a of [...current, ...past]) expect(text).toContain(a.sources[0]!);
    }
  });

  it('/about early-life lists the family and her early sport as profile fields, with sources', async () => {
    const text = replyText((await run(view, 'about', { topic: 'early-life' }, { locale: 'nl' })).data);
    expect(text).toContain('__Familie__');
    for (const f of d.profile.family) expect(text).toContain(`**${f.name}**`);
    expect(text).toContain('**Hockey**, Hockey Vereniging Westland (Naaldwijk), 8 jaar');
  });
});

describe('option and button values outside the schema', () => {
  const view = loadView(REAL_DATA);

  it('a medal colour that is not one of the choices is refused before the handler, naming the choices', () => {
    const check = validateOptions(registry.get('medals')!.definition, request('medals', { medal: 'platinum' }), 'en');
    expect(check).toEqual({ ok: false, message: expect.stringContaining('gold, silver, bronze') as string });
  });

  it('a tampered page button drops the values it does not know instead of filtering on them', async () => {
    const plain = await press(view, 'medals:p:1:,,,');
    const tampered = await press(view, 'medals:p:1:mars-cup,9000m,,platinum');
    expect(replyText(tampered.data)).toBe(replyText(plain.data));
    const results = await press(view, 'results:p:1:mars-cup,,9000m,');
    expect(replyText(results.data)).toBe(replyText((await press(view, 'results:p:1:,,,')).data));
  });
});

describe('wording, found reading the replies (issue 14)', () => {
  const view = loadView(REAL_DATA);
  it('says "No results" for a valid filter with none, and Dutch agrees with its noun', async () => {
    const none = await run(view, 'medals', { year: 2001 });
    expect(embed(none).title).toBe('No results');
    const nl = await run(view, 'medals', { competition: 'curling' }, { locale: 'nl' });
    expect(embed(nl).description).toMatch(/„curling” is geen bekend kampioenschap\./);
  });

  it('names the Dutch help command for Dutch users, and Dutch notes name Dutch commands', async () => {
    const { responder } = await responderFor(view);
    const reply = await responder.command(request('weather', {}, { locale: 'nl' }));
    expect(replyText(reply.data)).toContain('Probeer `/hulp`');
    expect(JSON.stringify(view.dataset)).not.toMatch(/zie \/about/);
  });
});

describe('rejected versions are not shown as facts (issue 14)', () => {
  const view = loadView(REAL_DATA);
  const conflictButton = (r: Reply) => buttons(r).find((b) => b.custom_id?.startsWith('conflict:'));

  it('/about keeps the accepted birth date and hides the rejected one behind "Sources disagree"', async () => {
    const r = await run(view, 'about', {});
    const born = embed(r).fields!.find((f) => f.name === 'Born')!;
    expect(born.value).toContain('30 Dec 1998');
    expect(born.value).toContain('Sources disagree');
    expect(born.value).toContain('1 rejected version');
    expect(replyText(r.data)).not.toMatch(/Drachten|20 July 1998/);
    const button = conflictButton(r)!;
    expect(button.label).toBe('Sources disagree');
    expect(button.custom_id).toBe('conflict:v:profile.born');
    const detail = await press(view, button.custom_id!);
    expect(detail.data.flags).toBe(MessageFlags.Ephemeral);
    const text = replyText(detail.data);
    expect(text).toMatch(/• 30 December 1998, 's-Gravenzande/);
    expect(text).toMatch(/✗ 20 July 1998, Drachten .*thecinemaholic\.com/);
    expect(text).toContain('✗ marks a version the dataset rejects');
  });

  it('/records shows the accepted 1500 m best only, with every version one click away, in Dutch too', async () => {
    const r = await run(view, 'records', {});
    expect(replyText(r.data)).toContain('1:53.64');
    expect(replyText(r.data)).not.toContain('1:50.71');
    expect(conflictButton(r)?.custom_id).toBe('conflict:v:pb-1500m');
    const nl = await run(view, 'records', {}, { locale: 'nl' });
    expect(replyText(nl.data)).toContain('Bronnen zijn het oneens');
    expect(replyText(nl.data)).not.toContain('1.50,71');
    expect(conflictButton(nl)?.label).toBe('Bronnen oneens');
    const detail = await press(view, conflictButton(nl)!.custom_id!, { locale: 'nl' });
    expect(replyText(detail.data)).toMatch(/✗ 1\.50,71 .*verworpen/);
    expect(replyText(detail.data)).toMatch(/• 1\.53,64/);
  });

  it('an open conflict (no version rejected) still shows every version inline, with no button', async () => {
    const r = await run(view, 'medals', { competition: 'olympics' });
    expect(replyText(r.data)).toMatch(
      /⚠️ Conflict: Sources number her pair differently\. — 12th of 15 pairs .* vs Pair/,
    );
    expect(conflictButton(r)).toBeUndefined();
  });

  it('a "Sources disagree" button whose row is gone says so, politely and only to the member', async () => {
    const r = await press(view, 'conflict:v:no-such-row');
    expect(r.data.flags).toBe(MessageFlags.Ephemeral);
    expect(replyText(r.data)).toContain('This button no longer works');
  });

  it('says what "+N" after a source means, in the reader\'s language', async () => {
    const en = await run(view, 'medals', { competition: 'olympics' });
    expect(replyText(en.data)).toMatch(/tass\.com\/sports\/2084259\) \+7 more sources/);
    const nl = await run(view, 'about', { topic: 'early-life' }, { locale: 'nl' });
    expect(replyText(nl.data)).toMatch(/\) \+1 andere bron\b/);
    expect(replyText(nl.data)).not.toMatch(/\) \+\d+(?! andere)/);
  });
});
