/**
 * Handler requests from the raw interaction JSON Discord POSTs in HTTP mode, every field checked:
 * the counterpart of src/discord/interaction-request.ts.
 */
import { flattenOptions, type InteractionOption } from '../core/interaction-options.ts';
import type { CommandRequest, MemberInfo, ModalFields } from '../core/types.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function permissionsOf(value: unknown): bigint | null {
  if (typeof value !== 'string' || !/^\d{1,30}$/.test(value)) return null;
  return BigInt(value);
}

function memberOf(payload: Json): MemberInfo | null {
  // As discord.js's inGuild(): a member only counts inside a guild.
  if (!text(payload.guild_id) || !isObject(payload.member)) return null;
  const roles = Array.isArray(payload.member.roles) ? payload.member.roles : [];
  return {
    permissions: permissionsOf(payload.member.permissions),
    roleIds: roles.filter((role): role is string => typeof role === 'string'),
  };
}

/**
 * The handler's request from an interaction as Discord sends it over HTTP (raw API JSON, the same
 * payload the gateway carries). Every field is checked: the payload is signed by Discord, but the
 * handlers must not crash on a field it leaves out, and DMs and user installs leave out many.
 */
export function baseRequestFromPayload(payload: Json): Omit<CommandRequest, 'command' | 'options'> {
  const guildId = text(payload.guild_id) ?? null;
  const user = isObject(payload.member) && isObject(payload.member.user) ? payload.member.user : payload.user;
  const channel = isObject(payload.channel) ? payload.channel : {};
  const owners = isObject(payload.authorizing_integration_owners) ? payload.authorizing_integration_owners : {};
  return {
    locale: text(payload.locale) ?? 'en-US',
    member: memberOf(payload),
    userId: (isObject(user) ? text(user.id) : undefined) ?? '0',
    // DMs and group DMs have a channel too, so the quote rotation keys by channel everywhere.
    channelId: text(channel.id) ?? text(payload.channel_id) ?? null,
    guildId,
    // Key "0" (guild install) names the guild only when that guild added the app.
    guildInstall: guildId !== null && owners['0'] === guildId,
  };
}

/** What the user has typed so far: Discord sends it as a string, whatever the option's type. */
function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function optionList(value: unknown): InteractionOption[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (option): option is InteractionOption =>
      isObject(option) && typeof option.name === 'string' && typeof option.type === 'number',
  );
}

export interface CommandData {
  command: string;
  subcommand?: string;
  options: CommandRequest['options'];
  /** The option being typed, for autocomplete. */
  focused?: { name: string; value: string };
}

/** Name, subcommand and options of an application command or autocomplete interaction. */
export function commandData(payload: Json): CommandData {
  const data = isObject(payload.data) ? payload.data : {};
  const list = optionList(data.options);
  const { subcommand, options } = flattenOptions(list);
  const leaves =
    list[0] && Array.isArray(list[0].options) ? optionList(list[0].options) : list.filter((o) => !o.options);
  const focused = leaves.find((option) => (option as { focused?: unknown }).focused === true);
  return {
    command: text(data.name) ?? '',
    ...(subcommand ? { subcommand } : {}),
    options,
    ...(focused ? { focused: { name: focused.name, value: scalarText(focused.value) } } : {}),
  };
}

/** custom_id and selected values of a message component interaction. */
export function componentData(payload: Json): { customId: string; values?: string[] } {
  const data = isObject(payload.data) ? payload.data : {};
  const values = Array.isArray(data.values) ? data.values.filter((v): v is string => typeof v === 'string') : undefined;
  return { customId: text(data.custom_id) ?? '', ...(values ? { values } : {}) };
}

/** custom_id and the submitted values of a modal (Label components, or legacy action rows). */
export function modalData(payload: Json): { customId: string; fields: ModalFields } {
  const data = isObject(payload.data) ? payload.data : {};
  const fields: Record<string, string | string[]> = {};
  const take = (input: unknown) => {
    if (!isObject(input) || typeof input.custom_id !== 'string') return;
    if (typeof input.value === 'string') fields[input.custom_id] = input.value;
    else if (Array.isArray(input.values))
      fields[input.custom_id] = input.values.filter((v): v is string => typeof v === 'string');
  };
  for (const row of Array.isArray(data.components) ? data.components : []) {
    if (!isObject(row)) continue;
    if (isObject(row.component)) take(row.component);
    if (Array.isArray(row.components)) row.components.forEach(take);
  }
  return { customId: text(data.custom_id) ?? '', fields };
}
