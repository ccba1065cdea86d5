import { PermissionFlagsBits } from 'discord-api-types/v10';
import type { MemberInfo } from './types.ts';

/** Who may change the data: Manage Server or Administrator, or one of the configured moderator roles. */
export function isModerator(member: MemberInfo | null, moderatorRoleIds: readonly string[]): boolean {
  if (!member) return false;
  const perms = member.permissions ?? 0n;
  if ((perms & PermissionFlagsBits.ManageGuild) !== 0n || (perms & PermissionFlagsBits.Administrator) !== 0n)
    return true;
  return member.roleIds.some((r) => moderatorRoleIds.includes(r));
}
