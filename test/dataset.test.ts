import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseDataset } from '../src/data/load.ts';
import { Dataset } from '../src/data/schema.ts';
import { tallyOf } from '../src/data/view.ts';
import { loadView, MINI_DATA, REAL_DATA, rawJson } from './helpers.ts';

const realText = readFileSync(REAL_DATA, 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests corrupt the JSON in arbitrary places
function mutate(change: (d: any) => void): string {
  const d = JSON.parse(realText);
  change(d);
  return JSON.stringify(d);
}

describe('the real dataset', () => {
  const view = loadView(REAL_DATA);
  const d = view.dataset;

  it('validates and points editors at its JSON Schema', () => {
    expect(parseDataset(realText).ok).toBe(true);
    expect(rawJson(REAL_DATA).$schema).toBe('./leerdam.schema.json');
  });

  it('has every section the bot answers from', () => {
    expect(view.medalsNewestFirst.length).toBeGreaterThanOrEqual(28);
    expect(d.results.length).toBeGreaterThan(view.medalsNewestFirst.length);
    expect(d.quotes.length).toBeGreaterThanOrEqual(40);
    expect(d.timeline.length).toBeGreaterThan(20);
    expect(d.personalBests.length).toBeGreaterThan(0);
    expect(d.records.length).toBeGreaterThan(0);
    expect(d.results.some((r) => r.competition === 'world-cup' && r.place === 1)).toBe(true);
    expect(d.worldCupStandings.length).toBeGreaterThan(0);
    expect(d.profile.family.length).toBeGreaterThan(0);
    expect(d.profile.earlySport.length).toBeGreaterThan(0);
    expect(d.dutchTitles.length).toBeGreaterThan(0);
    expect(d.profile.social.length).toBeGreaterThan(0);
    expect(d.profile.affiliations.length).toBeGreaterThan(0);
    const competitions = new Set(view.medalsNewestFirst.map((m) => m.competition));
    for (const c of [
      'olympics',
      'world-single-distances',
      'world-sprint',
      'european-single-distances',
      'european-sprint',
      'world-junior',
    ]) {
      expect(competitions).toContain(c);
    }
    for (const topic of ['overview', 'early-life', 'career', 'teams-and-coaches', 'personal-life', 'social-media']) {
      expect(
        d.background.some((b) => b.topic === topic),
        topic,
      ).toBe(true);
    }
  });

  it('gives every medal, quote and fact at least one http(s) source', () => {
    const rows = [
      ...d.results,
      ...d.worldCupStandings,
      ...d.quotes,
      ...d.timeline,
      ...d.background,
      ...d.personalBests,
      ...d.records,
      ...d.dutchTitles,
      ...d.profile.social,
      ...d.profile.affiliations,
      ...d.profile.family,
      ...d.profile.earlySport,
    ];
    for (const row of rows) {
      expect(row.sources.length, row.id).toBeGreaterThan(0);
      for (const url of row.sources) expect(url, row.id).toMatch(/^https?:\/\/[^\s]+$/);
    }
  });

  it('has tallies that match the rows', () => {
    const medals = view.medalsNewestFirst;
    const byHand = { gold: 0, silver: 0, bronze: 0 };
    for (const m of medals) byHand[m.medal] += 1;
    expect(view.tally).toEqual({ ...byHand, total: medals.length });
    // The Olympic record the issue names: 1000 m gold at Milano Cortina 2026 and silver in Beijing 2022.
    const olympic = medals.filter((m) => m.competition === 'olympics');
    expect(olympic.some((m) => m.year === 2026 && m.event === '1000m' && m.medal === 'gold')).toBe(true);
    expect(olympic.some((m) => m.year === 2026 && m.event === '500m' && m.medal === 'silver')).toBe(true);
    expect(olympic.some((m) => m.year === 2022 && m.event === '1000m' && m.medal === 'silver')).toBe(true);
    // Competition tallies add up to the total.
    const perCompetition = view.medalCompetitions.map((c) => tallyOf(medals.filter((m) => m.competition === c)).total);
    expect(perCompetition.reduce((a, b) => a + b, 0)).toBe(view.tally.total);
  });

  it('gives every Dutch quote an English translation', () => {
    for (const q of d.quotes.filter((q) => q.language === 'nl')) expect(q.translation, q.id).toBeTruthy();
  });

  it('records conflicts between sources as conflicts, each version with its own source', () => {
    const conflicts = [
      d.profile.height,
      d.profile.born,
      d.profile.birthplace,
      ...d.results,
      ...d.worldCupStandings,
      ...d.background,
      ...d.timeline,
      ...d.quotes,
      ...d.personalBests,
      ...d.records,
      ...d.profile.affiliations,
    ]
      .filter((r): r is NonNullable<typeof r> => r !== undefined)
      .flatMap((r) => (r.conflict ? [r.conflict] : []));
    expect(conflicts.length).toBeGreaterThan(0);
    for (const c of conflicts) {
      expect(c.versions.length).toBeGreaterThanOrEqual(2);
      for (const v of c.versions) expect(v.sources.length).toBeGreaterThan(0);
    }
  });

  it('keeps data/leerdam.schema.json in step with the zod schema', () => {
    const generated = z.toJSONSchema(Dataset, { io: 'input', unrepresentable: 'any' });
    expect(JSON.parse(readFileSync('data/leerdam.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(generated)));
  });
});

describe('refusing a bad data file', () => {
  it('reports invalid JSON with its line and column', () => {
    const r = parseDataset('{\n  "meta": {,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/line 2, column \d+/);
  });

  it('reports every error with its JSON path and reason', () => {
    const r = parseDataset(
      mutate((d) => {
        d.results[0].sources = [];
        d.results[1].place = 'first';
        d.quotes[2].sources = ['not a url'];
        delete d.timeline[0].date;
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path);
    expect(paths).toContain('results[0].sources');
    expect(paths).toContain('results[1].place');
    expect(paths).toContain('quotes[2].sources[0]');
    expect(paths).toContain('timeline[0].date');
    expect(r.errors.find((e) => e.path === 'results[0].sources')!.message).toMatch(/source/);
  });

  it('refuses duplicate ids across sections', () => {
    const r = parseDataset(mutate((d) => (d.quotes[0].id = d.results[0].id)));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toContainEqual(
        expect.objectContaining({ path: 'quotes[0].id', message: expect.stringMatching(/duplicate id/) }),
      );
  });

  it('refuses a Dutch quote without translation and a result dated outside its season', () => {
    const r = parseDataset(
      mutate((d) => {
        const nl = d.quotes.findIndex((q: { language: string }) => q.language === 'nl');
        delete d.quotes[nl].translation;
        d.results[0].date = '1999-01-01';
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.some((e) => /translation/.test(e.path))).toBe(true);
    expect(r.errors).toContainEqual({
      path: 'results[0].date',
      message: expect.stringMatching(/^date 1999-01-01 is not in season \d{4}\/\d{2}$/),
      problem: {
        kind: 'integrity',
        check: 'dateNotInSeason',
        params: { season: expect.stringMatching(/^\d{4}\/\d{2}$/) },
      },
    });
  });

  it('gives the same version for the same content and a new one for any change', () => {
    const a = parseDataset(realText);
    const b = parseDataset(realText);
    const c = parseDataset(mutate((d) => (d.quotes[0].text = `${d.quotes[0].text as string}!`)));
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok && b.ok && c.ok) {
      expect(a.version).toBe(b.version);
      expect(c.version).not.toBe(a.version);
    }
  });

  it('accepts the mini fixture used by other tests', () => {
    expect(parseDataset(readFileSync(MINI_DATA, 'utf8')).ok).toBe(true);
  });
});
