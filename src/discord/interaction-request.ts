/* eslint-disable @typescript-eslint/no-unnecessary-condition --
 * Interactions come from the network: discord.js types every field as present, but a forged or
 * malformed payload (the fuzz suite sends them) can omit any of them, so each is checked anyway. */
import { ApplicationCommandOptionType, type CommandInteractionOption, type Interaction } from 'discord.js';
import type { CommandRequest, MemberInfo, OptionValue } from '../core/types.ts';

function memberOf(interaction: Interaction): MemberInfo | null {
  if (!interaction.inGuild()) return null;
  const member = interaction.member as unknown as { roles?: unknown } | null;
  let roleIds: string[] = [];
  const roles = member?.roles as { cache?: Map<string, unknown> } | string[] | undefined;
  // Without cached guilds discord.js hands over the raw API member, whose roles is an id array.
  if (Array.isArray(roles)) roleIds = roles.filter((r): r is string => typeof r === 'string');
  else if (roles?.cache) roleIds = [...roles.cache.keys()];
  return { permissions: interaction.memberPermissions?.bitfield ?? null, roleIds };
}

/** Flattens discord.js option data (subcommand first) into the handler's plain record. */
export function flattenOptions(data: readonly CommandInteractionOption[]): {
  subcommand?: string;
  options: Record<string, OptionValue>;
} {
  let list = data;
  let subcommand: string | undefined;
  const first = list[0];
  if (first && first.type === ApplicationCommandOptionType.Subcommand) {
    subcommand = first.name;
    list = first.options ?? [];
  }
  const options: Record<string, OptionValue> = {};
  for (const o of list) {
    const v = o.value as unknown;
    // Anything that is not a scalar is passed on as text so validation can refuse it politely.
    options[o.name] =
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v ?? null);
  }
  return { ...(subcommand ? { subcommand } : {}), options };
}

export function baseRequest(interaction: Interaction): Omit<CommandRequest, 'command' | 'options'> {
  return {
    locale: interaction.locale ?? 'en-US',
    member: memberOf(interaction),
    userId: interaction.user?.id ?? '0',
    channelId: interaction.channelId ?? null,
    guildId: interaction.guildId ?? null,
  };
}
