/**
 * The part of a handler request that every discord.js interaction carries: locale, member, user,
 * channel, server and whether that server installed the app.
 */
/* eslint-disable @typescript-eslint/no-unnecessary-condition --
 * Interactions come from the network: discord.js types every field as present, but a forged or
 * malformed payload (the fuzz suite sends them) can omit any of them, so each is checked anyway. */
import type { Interaction } from 'discord.js';
import type { CommandRequest, MemberInfo } from '../core/types.ts';

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

export function baseRequest(interaction: Interaction): Omit<CommandRequest, 'command' | 'options'> {
  const guildId = interaction.guildId ?? null;
  return {
    locale: interaction.locale ?? 'en-US',
    member: memberOf(interaction),
    userId: interaction.user?.id ?? '0',
    channelId: interaction.channelId ?? null,
    guildId,
    // The guild-install owner is the server itself only when that server added the app.
    guildInstall: guildId !== null && interaction.authorizingIntegrationOwners?.guildId === guildId,
  };
}
