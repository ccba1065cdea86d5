/**
 * Who counts as a moderator, and the check every moderator command, button and form makes before it
 * may touch the data.
 */
import { PermissionFlagsBits } from 'discord-api-types/v10';
import type { CommandRequest, MemberInfo, ModerationContext } from './types.ts';

/** Who may change the data: Manage Server or Administrator, or one of the configured moderator roles. */
export function isModerator(member: MemberInfo | null, moderatorRoleIds: readonly string[]): boolean {
  if (!member) return false;
  const perms = member.permissions ?? 0n;
  if ((perms & PermissionFlagsBits.ManageGuild) !== 0n || (perms & PermissionFlagsBits.Administrator) !== 0n)
    return true;
  return member.roleIds.some((r) => moderatorRoleIds.includes(r));
}

/**
 * Why a member may not use a moderator surface here, or undefined when they may. Checked on every
 * command, button and form: a command's default permission is only a convenience servers can change,
 * and a stale registration or a forged request must not reach the data.
 */
export function moderatorRefusal(
  req: Pick<CommandRequest, 'guildId' | 'guildInstall' | 'member'>,
  moderation: ModerationContext | undefined,
): 'notAvailable' | 'guildOnly' | 'onlyModerators' | undefined {
  if (!moderation) return 'notAvailable';
  if (!req.guildId || !req.guildInstall) return 'guildOnly';
  if (!isModerator(req.member, moderation.moderatorRoleIds)) return 'onlyModerators';
  return undefined;
}
