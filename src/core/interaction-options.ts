/**
 * Command options as Discord sends them, flattened into the plain record handlers read; the
 * discord.js adapter and the HTTP endpoint both use it.
 */
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { OptionValue } from './types.ts';

/** A command option as Discord sends it; discord.js hands over the same fields, so both adapters use this. */
export interface InteractionOption {
  name: string;
  type: number;
  value?: unknown;
  options?: readonly InteractionOption[] | undefined;
}

/** Flattens option data (subcommand first) into the handler's plain record. */
export function flattenOptions(data: readonly InteractionOption[]): {
  subcommand?: string;
  options: Record<string, OptionValue>;
} {
  let list = data;
  let subcommand: string | undefined;
  const first = list[0];
  if (first && first.type === (ApplicationCommandOptionType.Subcommand as number)) {
    subcommand = first.name;
    list = first.options ?? [];
  }
  const options: Record<string, OptionValue> = {};
  for (const o of list) {
    const v = o.value;
    // Anything that is not a scalar is passed on as text so validation can refuse it politely.
    options[o.name] =
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v ?? null);
  }
  return { ...(subcommand ? { subcommand } : {}), options };
}
