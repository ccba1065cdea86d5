/**
 * One-off migration (issue 11) of data/leerdam.json from separate medal, World Cup win and personal
 * best tables to one results table:
 *   - each medal becomes a championship result with place 1–3 (the medal is derived from it again);
 *   - each World Cup win becomes a World Cup result with place 1;
 *   - each personal best becomes a step of its distance's progression (here: the current one);
 *   - team-mates named in a medal's `eventDetail` become the members of her team's placing;
 *   - the profile gets its (empty) family and early-sport lists.
 * Nothing else changes, and no fact is added: the supplement's facts are imported afterwards by
 * scripts/import-supplement.ts. test/migration.test.ts checks the old file's facts one for one
 * against the new file (test/fixtures/leerdam-before-results.json is the file as it was).
 *
 *   npx tsx scripts/migrate-results.ts [data/leerdam.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { seasonOf } from '../src/data/integrity.ts';
import type { DatasetInput } from '../src/data/schema.ts';

type Json = Record<string, unknown>;
type Localized = { en: string; nl: string };

interface OldMedal extends Json {
  id: string;
  competition: string;
  year: number;
  date: string;
  venue: Localized;
  event: string;
  eventDetail?: Localized;
  medal: 'gold' | 'silver' | 'bronze';
  result?: string;
}

interface OldWin extends Json {
  id: string;
  season: string;
  date: string;
  venue: Localized;
  event: string;
  result?: string;
}

interface OldBest extends Json {
  id: string;
  event: string;
  result: string;
  date: string;
  venue: Localized;
}

export interface OldDataset extends Json {
  profile: Json;
  medals: OldMedal[];
  worldCupWins: OldWin[];
  personalBests: OldBest[];
}

const PLACE = { gold: 1, silver: 2, bronze: 3 } as const;
const HER = 'Jutta Leerdam';
const TIME = /^(\d{1,2}:[0-5]\d|\d{1,2})\.\d{1,3}$/;
const POINTS = /^(\d+\.\d+) pts$/;

/** The fields every row keeps as they were. */
function sourced(row: Json): Json {
  const out: Json = { sources: row.sources };
  for (const key of ['confidence', 'conflict', 'note']) if (row[key] !== undefined) out[key] = row[key];
  return out;
}

/** "with Janine Smit and Letitia de Jong" → her team, its members named (lap order comes from the sources later). */
function teamOf(detail: Localized | undefined, place: number): Json[] | undefined {
  const names = /^with (.+) and (.+)$/.exec(detail?.en ?? '');
  if (!names) return undefined;
  return [
    {
      place,
      name: 'Netherlands',
      country: 'NED',
      members: [{ name: HER }, { name: names[1]! }, { name: names[2]! }],
    },
  ];
}

export function migrate(old: OldDataset): DatasetInput {
  if ('results' in old) throw new Error('this file already has a results table: it was migrated before');
  const medals = old.medals.map((m) => {
    const place = PLACE[m.medal];
    const points = POINTS.exec(m.result ?? '');
    if (m.result !== undefined && !TIME.test(m.result) && !points)
      throw new Error(`${m.id}: result "${m.result}" is neither a time nor points`);
    if (m.eventDetail && !teamOf(m.eventDetail, place)) throw new Error(`${m.id}: eventDetail not understood`);
    return {
      id: m.id,
      competition: m.competition,
      season: seasonOf(m.date),
      date: m.date,
      venue: m.venue,
      event: m.event,
      place,
      ...(m.result && TIME.test(m.result) ? { result: m.result } : {}),
      ...(points ? { points: { value: points[1]!, basis: 'given' } } : {}),
      ...(m.eventDetail ? { placings: teamOf(m.eventDetail, place) } : {}),
      ...sourced(m),
    };
  });
  const wins = old.worldCupWins.map((w) => ({
    id: w.id,
    competition: 'world-cup',
    season: w.season,
    date: w.date,
    venue: w.venue,
    event: w.event,
    place: 1,
    ...(w.result ? { result: w.result } : {}),
    ...sourced(w),
  }));
  const bests = old.personalBests.map((pb) => ({
    id: pb.id,
    event: pb.event,
    result: pb.result,
    date: pb.date,
    venue: pb.venue,
    pbClaim: 'stated',
    ...sourced(pb),
  }));
  const rest = old as Json;
  const { affiliations, social, ...profile } = old.profile;
  return {
    ...(rest.$schema ? { $schema: rest.$schema } : {}),
    meta: rest.meta,
    profile: { ...profile, family: [], earlySport: [], affiliations, social },
    background: rest.background,
    results: [...medals, ...wins],
    worldCupStandings: [],
    personalBests: bests,
    dutchTitles: rest.dutchTitles,
    records: rest.records,
    timeline: rest.timeline,
    quotes: rest.quotes,
    openQuestions: rest.openQuestions,
  } as unknown as DatasetInput;
}

if (process.argv[1]?.endsWith('migrate-results.ts')) {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const file = positionals[0] ?? 'data/leerdam.json';
  const migrated = migrate(JSON.parse(readFileSync(file, 'utf8')) as OldDataset);
  writeFileSync(file, `${JSON.stringify(migrated, null, 2)}\n`);
  console.log(`migrated ${file}`);
}
