/** Medals counted by colour, for the tally that `/medals` and `/results` show. */
import type { MedalColour } from './schema.ts';

export interface Tally {
  gold: number;
  silver: number;
  bronze: number;
  total: number;
}

export function tallyOf(medals: readonly { medal: MedalColour }[]): Tally {
  const t: Tally = { gold: 0, silver: 0, bronze: 0, total: medals.length };
  for (const row of medals) t[row.medal] += 1;
  return t;
}
