import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate, type OldDataset } from '../scripts/migrate-results.ts';
import { parseDataset } from '../src/data/load.ts';
import type { Event } from '../src/data/schema.ts';
import { rowIds } from '../src/data/sections.ts';
import { buildView } from '../src/data/view.ts';
import { loadView, REAL_DATA } from './helpers.ts';

/**
 * The file before the results table (test/fixtures/leerdam-before-results.json) against the file
 * now: every old row is still there under its id and says the same, one for one. The supplement may
 * have made a date more precise, added sources, podiums and notes; it may not lose or change a fact.
 */
const BEFORE = 'test/fixtures/leerdam-before-results.json';
const old = JSON.parse(readFileSync(BEFORE, 'utf8')) as OldDataset & Record<string, { id: string }[]>;
const view = loadView(REAL_DATA);
const d = view.dataset;
type OldRow = Record<string, unknown> & { id: string; sources: string[]; date?: string; result?: string };
const oldRows = (section: string) => old[section] as unknown as OldRow[];
const PLACE = { gold: 1, silver: 2, bronze: 3 } as const;

/** A refined date keeps what the old one said ("2017-02" may become "2017-02-17"). */
const sameOrFiner = (before: string | undefined, after: string | undefined) =>
  before === undefined || (after ?? '').startsWith(before);

describe('the migration script', () => {
  it('turns the old file into one the new schema accepts, with the same counts', () => {
    const migrated = migrate(structuredClone(old));
    const parsed = parseDataset(JSON.stringify(migrated));
    expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.errors.slice(0, 5))).toBe(true);
    if (!parsed.ok) return;
    const v = buildView(parsed.dataset, parsed.version);
    expect(v.tally).toEqual({ gold: 16, silver: 6, bronze: 6, total: oldRows('medals').length });
    expect(parsed.dataset.results).toHaveLength(oldRows('medals').length + oldRows('worldCupWins').length);
    expect(parsed.dataset.personalBests).toHaveLength(oldRows('personalBests').length);
    expect(() => migrate(migrated as unknown as OldDataset)).toThrow(/migrated before/);
  });
});

describe('every fact of the old file is in the new one', () => {
  const newIds = new Map(rowIds(d).map((r) => [r.id, r.section]));

  it('keeps every old id reachable; the rows that moved section are the ones the model moved', () => {
    const moved: Record<string, string> = {};
    const oldIds = [
      ...rowIds(old),
      ...['medals', 'worldCupWins'].flatMap((section) => oldRows(section).map((r) => ({ id: r.id, section }))),
    ];
    expect(oldIds.length).toBe(new Set(oldIds.map((r) => r.id)).size);
    for (const { id, section } of oldIds) {
      expect(newIds.has(id), id).toBe(true);
      if (newIds.get(id) !== section) moved[id] = `${section} → ${newIds.get(id)}`;
    }
    expect(moved).toEqual({
      ...Object.fromEntries(oldRows('medals').map((m) => [m.id, 'medals → results'])),
      ...Object.fromEntries(oldRows('worldCupWins').map((w) => [w.id, 'worldCupWins → results'])),
      'bg-hockey': 'background → profile.earlySport',
    });
  });

  it('every medal is a result at the same championship, event, date and time, placed by its colour', () => {
    for (const m of oldRows('medals') as (OldRow & { medal: keyof typeof PLACE })[]) {
      const row = d.results.find((r) => r.id === m.id)!;
      expect(row.competition, m.id).toBe(m.competition);
      expect(row.event, m.id).toBe(m.event);
      expect(row.place, m.id).toBe(PLACE[m.medal]);
      expect(Number(row.date.slice(0, 4)), m.id).toBe(m.year);
      expect(sameOrFiner(m.date, row.date), `${m.id}: ${m.date} → ${row.date}`).toBe(true);
      const points = /^([\d.]+) pts$/.exec(m.result ?? '');
      if (points) expect(row.points, m.id).toEqual({ value: points[1], basis: 'given' });
      else expect(row.result, m.id).toBe(m.result);
      expect(row.venue, m.id).toEqual(m.venue);
      for (const url of m.sources) expect(row.sources, m.id).toContain(url);
      expect(view.medalsNewestFirst.some((x) => x.id === m.id && x.medal === m.medal)).toBe(true);
      // Team-mates named in the old text are the members of her team now.
      const mates = /^with (.+) and (.+)$/.exec((m.eventDetail as { en: string } | undefined)?.en ?? '');
      if (mates) {
        const members = row.placings!.find((p) => p.members?.some((x) => x.name === 'Jutta Leerdam'))!.members!;
        expect(members.map((x) => x.name).sort(), m.id).toEqual(['Jutta Leerdam', mates[1], mates[2]].sort());
      }
    }
  });

  it('every World Cup win is a World Cup result with place 1 and the same time', () => {
    for (const w of oldRows('worldCupWins')) {
      const row = d.results.find((r) => r.id === w.id)!;
      expect(row).toMatchObject({
        competition: 'world-cup',
        place: 1,
        season: w.season,
        event: w.event,
        result: w.result,
      });
      expect(sameOrFiner(w.date, row.date), w.id).toBe(true);
      for (const url of w.sources) expect(row.sources, w.id).toContain(url);
    }
  });

  it('every personal best is the current step of its progression, with the same time and date', () => {
    for (const pb of oldRows('personalBests')) {
      const current = view.personalBests.get(pb.event as Event)!.current;
      expect(current.id).toBe(pb.id);
      expect(current.result).toBe(pb.result);
      expect(current.date).toBe(pb.date);
      expect(current.venue!.en.split(',')[0]).toBe((pb.venue as { en: string }).en.split(',')[0]);
      for (const url of pb.sources) expect(current.sources, pb.id).toContain(url);
    }
  });

  it('keeps the other sections row for row, their sources kept (with the facts that moved)', () => {
    // Facts that became rows of their own take their sources along: the family, and championship places.
    const movedTo: Record<string, { sources: string[] }[]> = {
      'bg-family': [...d.profile.family, d.background.find((b) => b.id === 'bg-family')!],
      'bg-other-results': [...d.results, d.background.find((b) => b.id === 'bg-other-results')!],
    };
    for (const section of ['dutchTitles', 'records', 'timeline', 'quotes', 'background', 'openQuestions']) {
      for (const before of oldRows(section)) {
        const after = [
          ...(d[section as keyof typeof d] as unknown as OldRow[]),
          ...(d.profile.earlySport as unknown as OldRow[]),
        ].find((r) => r.id === before.id)!;
        const destinations = movedTo[before.id] ?? [after];
        for (const url of before.sources)
          expect(
            destinations.some((r) => r.sources.includes(url)),
            `${before.id} ${url}`,
          ).toBe(true);
        if (before.date !== undefined) expect(sameOrFiner(before.date, after.date), before.id).toBe(true);
      }
    }
    for (const section of ['affiliations', 'social'] as const) {
      const before = (old.profile as unknown as Record<string, OldRow[]>)[section]!;
      for (const row of before) {
        const after = (d.profile[section] as unknown as OldRow[]).find((r) => r.id === row.id)!;
        for (const url of row.sources) expect(after.sources, row.id).toContain(url);
      }
    }
    expect(d.quotes).toEqual(oldRows('quotes').map((q) => expect.objectContaining({ id: q.id, text: q.text })));
  });
});
