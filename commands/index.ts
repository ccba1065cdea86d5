import type { CommandDefinition, CommandModule } from '../src/core/types.ts';
import { about } from './about.ts';
import { askCommand } from './ask.ts';
import { data } from './data.ts';
import { createHelp } from './help.ts';
import { medals } from './medals.ts';
import { progression } from './progression.ts';
import { quote } from './quote.ts';
import { records } from './records.ts';
import { results } from './results.ts';
import { timeline } from './timeline.ts';

export type Registry = ReadonlyMap<string, CommandModule>;

export function createRegistry(): Registry {
  const map = new Map<string, CommandModule>();
  const help = createHelp(() => [...map.values()].map((c) => c.definition));
  for (const c of [medals, results, quote, about, records, timeline, askCommand, progression, data, help])
    map.set(c.definition.name, c);
  return map;
}

export function definitions(registry: Registry): CommandDefinition[] {
  return [...registry.values()].map((c) => c.definition);
}
