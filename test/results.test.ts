import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../src/data/load.ts';
import type { Result } from '../src/data/schema.ts';
import { loadView, REAL_DATA, tempDir } from './helpers.ts';
import { runCommand } from './support/run.ts';

/**
 * The results table on the real data, checked by its own arithmetic (not the schema's): the tally
 * derived from it, every podium against her place, every worked-out number against the times it
 * comes from, and every source against the two fact sheets.
 */
const view = loadView(REAL_DATA);
const d = view.dataset;
const HER = 'Jutta Leerdam';
const realText = readFileSync(REAL_DATA, 'utf8');

/** "1:12.31" → 72.31, "37.15" → 37.15; written without the app's parser so the two can disagree. */
function seconds(time: string): number {
  const parts = time.split(':');
  return parts.length === 2 ? Number(parts[0]) * 60 + Number(parts[1]) : Number(parts[0]);
}
const round3 = (n: number) => Math.round(n * 1000) / 1000;
const isHerPlacing = (p: NonNullable<Result['placings']>[number]) =>
  p.name === HER || (p.members ?? []).some((m) => m.name === HER);
const racesOf = (row: Result) => d.results.filter((r) => r.partOf === row.id);
/** 500 m times plus 1000 m times halved: sprint all-round points. */
const sprint = (times: { event: string; time: string }[]) =>
  round3(times.reduce((sum, t) => sum + (t.event === '1000m' ? seconds(t.time) / 2 : seconds(t.time)), 0));

describe('the medal tally is derived from the results', () => {
  it('holds 28 medals: 16 gold, 6 silver, 6 bronze', () => {
    expect(view.tally).toEqual({ gold: 16, silver: 6, bronze: 6, total: 28 });
    // By hand: championship rows placed 1–3, not races that only counted for a sprint classification.
    const medals = d.results.filter(
      (r) => r.competition !== 'world-cup' && r.partOf === undefined && r.place !== undefined && r.place <= 3,
    );
    expect(medals.map((r) => r.id).sort()).toEqual(view.medalsNewestFirst.map((m) => m.id).sort());
    for (const m of view.medalsNewestFirst) expect(m.medal).toBe((['gold', 'silver', 'bronze'] as const)[m.place! - 1]);
  });

  it('stores no medal twice: there is no medals table, and World Cup wins are World Cup results', () => {
    expect(Object.keys(JSON.parse(realText) as object)).not.toContain('medals');
    expect(Object.keys(JSON.parse(realText) as object)).not.toContain('worldCupWins');
    const wins = d.results.filter((r) => r.competition === 'world-cup' && r.place === 1);
    expect(wins.length).toBeGreaterThanOrEqual(12);
    expect(view.medalsNewestFirst.some((m) => (m.competition as string) === 'world-cup')).toBe(false);
  });
});

describe('podiums and places', () => {
  it('every podium holds her at the place her row says, once, and her placing carries no copy of her time', () => {
    let checked = 0;
    for (const row of d.results) {
      const hers = (row.placings ?? []).filter(isHerPlacing);
      expect(hers.length, row.id).toBeLessThanOrEqual(1);
      if (row.place !== undefined && row.place <= 3 && (row.placings ?? []).length > 0) {
        expect(hers, row.id).toHaveLength(1);
        expect(hers[0]!.place, row.id).toBe(row.place);
        checked += 1;
      }
      for (const p of hers) expect(p.result ?? p.points, row.id).toBeUndefined();
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('gives a team sprint its members, with her among them, and the lap order where a source gives it', () => {
    const teamSprints = d.results.filter((r) => r.event === 'team-sprint' && r.place !== undefined);
    expect(teamSprints.length).toBeGreaterThanOrEqual(7);
    for (const row of teamSprints) {
      const team = row.placings?.find(isHerPlacing);
      expect(team?.members?.length, row.id).toBe(3);
    }
    const inzell = d.results.find((r) => r.id === 'wsd-2019-team-sprint')!.placings!.find(isHerPlacing)!;
    expect(inzell.members).toEqual([
      { name: 'Janine Smit', lap: 1 },
      { name: HER, lap: 2 },
      { name: 'Letitia de Jong', lap: 3 },
    ]);
  });

  it('keeps every date within its season and every sprint race inside its own classification', () => {
    for (const row of d.results) {
      const start = Number(row.season.slice(0, 4));
      const year = Number(row.date.slice(0, 4));
      const month = Number(row.date.slice(5, 7) || '0');
      const inSeason =
        month === 0 ? year === start || year === start + 1 : month >= 7 ? year === start : year === start + 1;
      expect(inSeason, `${row.id} ${row.date} ${row.season}`).toBe(true);
      if (row.partOf) {
        const parent = d.results.find((r) => r.id === row.partOf)!;
        expect(parent.event, row.id).toBe('sprint-allround');
        expect([parent.competition, parent.season], row.id).toEqual([row.competition, row.season]);
      }
    }
  });
});

describe('numbers worked out from the times', () => {
  const margins = d.results.flatMap((row) => (row.margins ?? []).map((m) => ({ row, m })));

  it('every margin is either printed by a source (given) or equals the difference of the times shown', () => {
    const derived = margins.filter(({ m }) => m.basis === 'derived');
    expect(derived.length).toBeGreaterThan(30);
    expect(margins.filter(({ m }) => m.basis === 'given').length).toBeGreaterThan(20);
    for (const { row, m } of margins) {
      expect(['given', 'derived'], row.id).toContain(m.basis);
      if (m.basis !== 'derived') continue;
      const other = row.placings!.find((p) => p.place === m.place && !isHerPlacing(p))!;
      const gap =
        m.unit === 'pts'
          ? Math.abs(Number(row.points!.value) - Number(other.points!.value))
          : Math.abs(seconds(row.result!) - seconds(other.result!));
      expect(Number(m.value), `${row.id} margin to ${m.place}`).toBeCloseTo(gap, 3);
    }
  });

  it('every sprint total marked derived is her (or a rival’s) four race times added up', () => {
    const totals = d.results.filter((r) => r.points?.basis === 'derived');
    expect(totals.map((r) => r.id).sort()).toEqual([
      'es-2019-allround',
      'es-2021-allround',
      'es-2023-allround',
      'es-2025-allround',
      'ws-2022-allround',
      'ws-2024-allround',
    ]);
    for (const row of totals) {
      const races = racesOf(row);
      expect(races, row.id).toHaveLength(4);
      expect(Number(row.points!.value), row.id).toBeCloseTo(
        sprint(races.map((r) => ({ event: r.event, time: r.result! }))),
        3,
      );
      for (const p of (row.placings ?? []).filter((x) => x.points?.basis === 'derived')) {
        const times = races.map((r) => ({ event: r.event, time: r.placings!.find((q) => q.name === p.name)!.result! }));
        expect(Number(p.points!.value), `${row.id} ${p.name}`).toBeCloseTo(sprint(times), 3);
      }
    }
    // The supplement's own figures, as a check on the check.
    expect(d.results.find((r) => r.id === 'ws-2022-allround')!.points!.value).toBe('151.140');
    expect(d.results.find((r) => r.id === 'ws-2024-allround')!.placings![0]!.points!.value).toBe('147.545');
  });

  it('every time marked derived is the other time plus or minus a gap a source prints', () => {
    const own = d.results.filter((r) => r.resultBasis === 'derived');
    const theirs = d.results.flatMap((r) =>
      (r.placings ?? []).filter((p) => p.resultBasis === 'derived').map((p) => ({ r, p })),
    );
    expect(own.length + theirs.length).toBeGreaterThanOrEqual(3);
    for (const row of own) {
      const m = row.margins!.find((x) => x.basis === 'given')!;
      const other = row.placings!.find((p) => p.place === m.place)!;
      expect(seconds(row.result!), row.id).toBeCloseTo(seconds(other.result!) + Number(m.value), 3);
    }
    for (const { r, p } of theirs) {
      const m = r.margins!.find((x) => x.basis === 'given' && x.place === p.place)!;
      expect(seconds(p.result!), r.id).toBeCloseTo(seconds(r.result!) + Number(m.value), 3);
    }
  });
});

describe('personal-best progression', () => {
  it('each distance is a progression of ever faster times, and the current best is its last step', () => {
    expect([...view.personalBests.keys()]).toEqual(['500m', '1000m', '1500m', '3000m']);
    for (const { steps, current } of view.personalBests.values()) {
      for (let i = 1; i < steps.length; i += 1)
        expect(seconds(steps[i]!.result), steps[i]!.id).toBeLessThan(seconds(steps[i - 1]!.result));
      expect(current).toBe(steps.at(-1));
    }
    // The bests the old file held are the current steps, not second copies of them.
    expect(view.personalBests.get('500m')!.current).toMatchObject({
      id: 'pb-500m',
      result: '37.01',
      date: '2025-11-23',
    });
    expect(view.personalBests.get('1000m')!.current).toMatchObject({ id: 'pb-1000m', result: '1:11.84' });
    expect(view.personalBests.get('500m')!.steps.length).toBeGreaterThanOrEqual(8);
  });

  it('a step set in a race the dataset holds names that race instead of copying its time', () => {
    for (const step of d.personalBests.filter((s) => s.race)) {
      expect(step.result ?? step.date ?? step.venue, step.id).toBeUndefined();
      const race = d.results.find((r) => r.id === step.race) ?? d.dutchTitles.find((r) => r.id === step.race);
      expect(race?.event, step.id).toBe(step.event);
    }
  });
});

describe('sources', () => {
  const sheets = ['research/leerdam-facts.md', 'research/leerdam-facts-extra.md'].map((f) => readFileSync(f, 'utf8'));
  const urls = [...realText.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);

  it('every source URL in the data file appears in one of the two fact sheets', () => {
    expect(urls.length).toBeGreaterThan(500);
    const missing = [...new Set(urls)].filter((url) => !sheets.some((sheet) => sheet.includes(url)));
    expect(missing).toEqual([]);
  });

  it('every new row has a source from the sheets, and the supplement is cited', () => {
    const supplement = sheets[1]!;
    const rows = [
      ...d.results,
      ...d.worldCupStandings,
      ...d.personalBests,
      ...d.profile.family,
      ...d.profile.affiliations,
    ];
    for (const row of rows) expect(row.sources.length, row.id).toBeGreaterThan(0);
    const cited = new Set(urls.filter((u) => supplement.includes(u)));
    expect(cited.size).toBeGreaterThan(120);
  });

  it('records the conflicts with the main sheet that the supplement names, each version with its own sources', () => {
    const versions = (id: string, rows: { id: string; conflict?: Result['conflict'] }[]) =>
      rows.find((r) => r.id === id)!.conflict!.versions.map((v) => v.claim.en);
    expect(versions('wsd-2025-500m', d.results).join(' | ')).toMatch(/37\.50.*\| 37\.590/);
    expect(versions('wsd-2025-team-sprint', d.results).join(' | ')).toMatch(/1:25\.57.*\| 1:25\.49/);
    expect(versions('tl-2026-leaves-milan', d.timeline).join(' | ')).toMatch(/ill.*kaakoperatie/);
    const rows = [...d.results, ...d.background, ...d.timeline, ...d.records];
    // Every conflict the supplement lists, by the row that holds it.
    const SUPPLEMENT_CONFLICTS = [
      'og-2026-1000m', // Kok's pair-mate
      'og-2026-500m', // her pair number
      'og-2022-500m', // her and Kok's times
      'wsd-2025-team-sprint', // the winning time (with the main sheet)
      'rec-team-sprint-hamar-2025', // the same time, as a record
      'wsd-2025-500m', // Kok's winning time (with the main sheet)
      'ws-2022-team-sprint', // the podium times
      'ws-2024-500m-1', // Kok's first 500 m
      'ec-2020-1000m', // Shikhova's time
      'ec-2022-1000m', // the rank of her time at Thialf
      'es-2019-allround', // silver and bronze behind Herzog
      'es-2019-1000m-2', // Kachanova's final 1000 m
      'es-2023-1000m-1', // Kok's first 1000 m
      'es-2025-500m-1', // Kok's first 500 m
      'wc-2021-12-salt-lake-city-500m-2', // her time
      'wc-2022-12-calgary-2', // Goetz's time
      'bg-streak', // how many 1000 m races in 2022/23
      'bg-career-status', // experts' expectations
      'bg-jake-paul', // when the relationship started
      'bg-world-titles', // six or seven world titles
      'bg-engagement', // the rejected break-up clickbait
      'tl-2026-leaves-milan', // why she left Milan (with the main sheet)
    ];
    for (const id of SUPPLEMENT_CONFLICTS) {
      const row = rows.find((r) => r.id === id)!;
      expect(row.confidence, id).toBe('conflict');
      expect(row.conflict!.versions.length, id).toBeGreaterThanOrEqual(2);
      for (const v of row.conflict!.versions) expect(v.sources.length, id).toBeGreaterThan(0);
    }
  });
});

describe('strict schema', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the JSON is changed in arbitrary places
  const mutate = (change: (data: any) => void) => {
    const data = JSON.parse(realText);
    change(data);
    return JSON.stringify(data, null, 2);
  };

  it('refuses an unknown key anywhere, naming the key, the row id and the field probably meant', () => {
    const r = parseDataset(
      mutate((data) => {
        const gold = data.results.find((x: { id: string }) => x.id === 'og-2026-1000m');
        gold.reslut = gold.result;
        delete gold.result;
        gold.placings[1].nmae = gold.placings[1].name;
        data.worldCupStandings[0].sesaon = '2019/20';
        data.profile.family[0].relaton = 'father';
        data.profile.affiliations[0].nmae = 'Gewest';
        data.medals = [];
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const messages = r.errors.map((e) => `${e.path}: ${e.message}`);
    const index = d.results.findIndex((x) => x.id === 'og-2026-1000m');
    expect(messages).toContain(
      `results[${index}].reslut: \`reslut\` is not a field of a medal result og-2026-1000m; did you mean \`result\`?`,
    );
    expect(messages).toContain(
      `results[${index}].placings[1].nmae: \`nmae\` is not a field of a placing in the medal result og-2026-1000m; did you mean \`name\`?`,
    );
    expect(
      messages.some((m) =>
        /`sesaon` is not a field of a World Cup standing wcs-2019-20-team-sprint; did you mean `season`\?/.test(m),
      ),
    ).toBe(true);
    expect(
      messages.some((m) => /`relaton` is not a field of a family member fam-ruud; did you mean `relation`\?/.test(m)),
    ).toBe(true);
    // Rows are named in the catalogue's words (moderation.rowKind), as in /data show.
    expect(
      messages.some((m) =>
        /`nmae` is not a field of a team or coach aff-gewest-zuid-holland; did you mean `name`\?/.test(m),
      ),
    ).toBe(true);
    expect(messages.some((m) => /^medals: `medals` is not a field of the data file; its fields are/.test(m))).toBe(
      true,
    );
  });

  it('npm run data:check refuses such a file with the key and the row id, and exits 1', async () => {
    const file = join(tempDir('strict-'), 'leerdam.json');
    writeFileSync(
      file,
      mutate((data) => {
        const row = data.results.find((x: { id: string }) => x.id === 'wc-2026-01-inzell');
        row.venu = row.venue;
      }),
    );
    const bad = await runCommand('npm', ['run', '--silent', 'data:check', '--', file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/has 1 error\(s\)/);
    expect(bad.stderr).toMatch(/`venu` is not a field of a result wc-2026-01-inzell; did you mean `venue`\?/);
  });

  it('refuses a time edit that leaves a worked-out margin behind, and says what the times give', () => {
    const r = parseDataset(
      mutate((data) => {
        data.results.find((x: { id: string }) => x.id === 'wsd-2020-1000m').result = '1:11.94';
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.message)).toContain('the times give 0.39, not 0.49');
  });
});
