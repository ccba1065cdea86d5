/** Where a conflict block lives: on a row (by id) or on one of the profile's facts (`profile.born`). */
import { findRow } from './sections.ts';
import type { Dataset } from './schema.ts';

type Conflict = NonNullable<Dataset['profile']['born']['conflict']>;

const PROFILE_FACTS = ['born', 'birthplace', 'nationality', 'discipline', 'height'] as const;
type ProfileFact = (typeof PROFILE_FACTS)[number];

/** The ids `/about` uses for the profile's facts, which are not rows and have no id of their own. */
export const profileFactIds = PROFILE_FACTS.map((fact) => `profile.${fact}`);

export function conflictOf(dataset: Dataset, id: string): Conflict | undefined {
  if (id.startsWith('profile.')) {
    const fact = id.slice('profile.'.length) as ProfileFact;
    return PROFILE_FACTS.includes(fact) ? dataset.profile[fact]?.conflict : undefined;
  }
  return findRow(dataset, id)?.row.conflict as Conflict | undefined;
}
