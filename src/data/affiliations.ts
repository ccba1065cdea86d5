/**
 * Which of her teams and coaches are current and which are past, worked out from the periods and
 * the data's date, so "current" cannot go stale.
 */
import { newestFirst } from './dates.ts';
import type { Affiliation } from './schema.ts';

export interface AffiliationsNow {
  /** Teams first, then coaches, then the rest. */
  current: readonly Affiliation[];
  /** Everything else, newest first. */
  past: readonly Affiliation[];
}

const KIND_ORDER: Affiliation['kind'][] = ['team', 'coach', 'national-coach', 'training-centre', 'club'];

/** "Current" is a query, not a sentence: no end date, not marked ended, and begun by the data's date. */
export function isCurrent(a: Affiliation, dataDate: string): boolean {
  return a.to === undefined && a.ended === undefined && a.from !== undefined && a.from <= dataDate;
}

export function currentAffiliations(all: readonly Affiliation[], dataDate: string): AffiliationsNow {
  const current = all
    .filter((a) => isCurrent(a, dataDate))
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  const past = all.filter((a) => !isCurrent(a, dataDate)).sort((a, b) => newestFirst(a.to ?? a.from, b.to ?? b.from));
  return { current, past };
}
