/**
 * Medals as a view of the results table: the championship results with place 1–3, with their colour
 * and year.
 */
import type { Competition, MedalColour, Result } from './schema.ts';

/**
 * A medal is a championship result with place 1–3, not a row of its own: each race is stored once,
 * and /medals, the tally and /ask's medal questions read this view of the results table. Races that
 * only counted towards a sprint classification (`partOf`) award no medal, and World Cups are not
 * championships.
 */
export type Medal = Result & {
  competition: Competition;
  medal: MedalColour;
  year: number;
  /** Her time, or the points of a classification when a source prints them ("154.418 pts"). */
  result?: string | undefined;
};

const COLOUR: Record<number, MedalColour> = { 1: 'gold', 2: 'silver', 3: 'bronze' };

export function isMedal(row: Result): boolean {
  return row.competition !== 'world-cup' && row.partOf === undefined && row.place !== undefined && row.place <= 3;
}

export function medalsOf(results: readonly Result[]): Medal[] {
  return results.filter(isMedal).map((row) => ({
    ...row,
    competition: row.competition as Competition,
    medal: COLOUR[row.place!]!,
    year: Number(row.date.slice(0, 4)),
    result: row.result ?? (row.points?.basis === 'given' ? `${row.points.value} pts` : undefined),
  }));
}
