/**
 * Her personal-best progression per distance: each step with the race it names looked up, slowest
 * first, and the current best worked out rather than stored.
 */
import type { Dataset, Event, PersonalBest, Result } from './schema.ts';
import { thousandths } from './times.ts';

type DutchTitle = Dataset['dutchTitles'][number];

/** A personal-best step with the race it names resolved: what a reply prints. */
export interface PbStep extends Omit<PersonalBest, 'race'> {
  result: string;
  /** Thousandths of a second, for ordering. */
  ms: number;
  /** The row of the race it was set in, when the dataset holds that race. */
  race?: { section: 'results'; row: Result } | { section: 'dutchTitles'; row: DutchTitle };
}

export interface Progression {
  event: Event;
  /** Slowest (oldest) first. */
  steps: readonly PbStep[];
  /** The fastest step: her personal best as the dataset knows it. Worked out, never stored twice. */
  current: PbStep;
}

const EVENT_ORDER: readonly Event[] = ['500m', '1000m', '1500m', '3000m'];

function resolveStep(step: PersonalBest, dataset: Dataset): PbStep | undefined {
  const { race: raceId, ...own } = step;
  if (raceId === undefined) {
    const ms = thousandths(step.result);
    return ms === undefined || step.result === undefined ? undefined : { ...own, result: step.result, ms };
  }
  const result = dataset.results.find((r) => r.id === raceId);
  if (result?.result !== undefined)
    return {
      ...own,
      result: result.result,
      ms: thousandths(result.result)!,
      date: result.date,
      venue: result.venue,
      race: { section: 'results', row: result },
    };
  const dutch = dataset.dutchTitles.find((r) => r.id === raceId);
  const ms = thousandths(dutch?.result);
  if (!dutch || ms === undefined) return undefined;
  return {
    ...own,
    result: dutch.result!,
    ms,
    date: dutch.date,
    venue: dutch.venue,
    race: { section: 'dutchTitles', row: dutch },
  };
}

/** Every distance's progression, in distance order; the schema guarantees each step is faster than the last. */
export function progressionsOf(dataset: Dataset): Map<Event, Progression> {
  const byEvent = new Map<Event, PbStep[]>();
  for (const step of dataset.personalBests) {
    const resolved = resolveStep(step, dataset);
    if (resolved) byEvent.set(step.event, [...(byEvent.get(step.event) ?? []), resolved]);
  }
  const events = [...byEvent.keys()].sort((a, b) => EVENT_ORDER.indexOf(a) - EVENT_ORDER.indexOf(b));
  return new Map(
    events.map((event) => {
      const steps = byEvent.get(event)!.sort((a, b) => b.ms - a.ms);
      return [event, { event, steps, current: steps.at(-1)! }];
    }),
  );
}
