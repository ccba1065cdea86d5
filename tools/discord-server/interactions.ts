/**
 * Interaction payloads as Discord sends them: commands, autocomplete, button and menu presses and
 * modal submits, with the member, permissions and locale of whoever sends them.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  type APIApplicationCommand,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type APIInteraction,
  type APIInteractionDataResolved,
  type APIMessage,
  type APIUser,
} from 'discord-api-types/v10';
import { member, makeUser, textChannel, type FakeGuild } from './entities.ts';
import { interactionToken, snowflake } from './ids.ts';
import { isObject } from './types.ts';

const permissionBits = (...bits: number[]) => bits.reduce((acc, bit) => acc | (1n << BigInt(bit)), 0n).toString();

/** What an ordinary member has: view, send, embed, attach, history, reactions, use commands. */
export const MEMBER_PERMISSIONS = permissionBits(6, 10, 11, 14, 15, 16, 31);
/** A bot invited with the permissions a reply needs. */
const APP_PERMISSIONS = permissionBits(6, 10, 11, 14, 15, 16, 31, 38);

const DEFAULT_USER_ID = '100000000000000001';

/** Who, where and in which language an interaction happens. Everything defaults sensibly. */
export interface InteractionContext {
  /** Guild the interaction happens in; `null` for a DM with the bot. Defaults to the first fake guild. */
  guildId?: string | null;
  /**
   * Where it happens: a server channel (the default unless guildId is null), the bot's DM, or a
   * private channel (a group DM or a DM between users, reached only through a user install).
   */
  surface?: 'guild' | 'bot-dm' | 'private-channel';
  /**
   * Who installed the app for this interaction: the server (default in servers and the bot's DM)
   * or the invoking user (a user install; the only one in private channels). A user install in a
   * server that never added the bot carries no guild-install owner and few app permissions.
   */
  install?: 'guild' | 'user';
  channelId?: string;
  locale?: string;
  guildLocale?: string;
  /** The invoking user (also `member.user` in guilds). */
  user?: Partial<APIUser>;
  member?: { permissions?: string; roles?: string[]; user?: Partial<APIUser>; nick?: string | null };
  appPermissions?: string;
  /** Passed through as `data.resolved`, for user/role/channel/attachment options. */
  resolved?: APIInteractionDataResolved;
}

/** Options by name (types come from the registered command, else from the JS type), or raw API options. */
export type OptionInput = Record<string, string | number | boolean> | APIApplicationCommandInteractionDataOption[];

export interface BuildEnv {
  applicationId: string;
  bot: APIUser;
  guilds: readonly FakeGuild[];
  /** The registered command a test means, so ids and option types match what the bot registered. */
  findCommand(name: string, guildId: string | null): APIApplicationCommand | undefined;
}

export interface BuiltInteraction {
  id: string;
  token: string;
  guildId: string | null;
  payload: APIInteraction;
}

/** What a user-installed app may do where the server never added it: send what it answers, nothing more. */
const USER_APP_PERMISSIONS = permissionBits(10, 11, 14, 15, 16);

export function buildBase(env: BuildEnv, type: InteractionType, ctx: InteractionContext = {}) {
  const id = snowflake();
  const surface = ctx.surface ?? (ctx.guildId === null ? 'bot-dm' : 'guild');
  const guildId = surface !== 'guild' ? null : ctx.guildId === undefined ? (env.guilds[0]?.id ?? null) : ctx.guildId;
  const install = ctx.install ?? (surface === 'private-channel' ? 'user' : 'guild');
  const user: APIUser = { ...makeUser(DEFAULT_USER_ID, 'tester', false), ...ctx.user, ...ctx.member?.user };
  const locale = ctx.locale ?? 'en-US';
  const common = {
    id,
    application_id: env.applicationId,
    type,
    token: interactionToken(id),
    version: 1,
    app_permissions: ctx.appPermissions ?? (install === 'user' ? USER_APP_PERMISSIONS : APP_PERMISSIONS),
    locale,
    entitlements: [],
    attachment_size_limit: 10 * 1024 * 1024,
  };
  // The user-install owner is the user; the guild-install owner is the guild, or "0" in the bot's DM.
  const owners = (guildOwner: string) =>
    install === 'user'
      ? { [ApplicationIntegrationType.UserInstall]: user.id }
      : { [ApplicationIntegrationType.GuildInstall]: guildOwner };
  if (guildId === null) {
    const channelId = ctx.channelId ?? snowflake();
    const channel =
      surface === 'private-channel'
        ? {
            id: channelId,
            type: ChannelType.GroupDM,
            name: 'skating friends',
            icon: null,
            owner_id: user.id,
            recipients: [user, makeUser('100000000000000077', 'friend', false)],
            last_message_id: null,
            flags: 0,
          }
        : { id: channelId, type: ChannelType.DM, recipients: [user], last_message_id: null, flags: 0 };
    return {
      ...common,
      user,
      channel_id: channelId,
      channel,
      context: surface === 'private-channel' ? InteractionContextType.PrivateChannel : InteractionContextType.BotDM,
      authorizing_integration_owners: owners('0'),
    };
  }
  const guild = env.guilds.find((g) => g.id === guildId);
  const channelId = ctx.channelId ?? guild?.channelId ?? snowflake();
  return {
    ...common,
    guild_id: guildId,
    guild: { id: guildId, locale: ctx.guildLocale ?? 'en-US', features: [] },
    guild_locale: ctx.guildLocale ?? 'en-US',
    member: {
      ...member(user, ctx.member?.roles ?? []),
      permissions: ctx.member?.permissions ?? MEMBER_PERMISSIONS,
      nick: ctx.member?.nick ?? null,
    },
    channel_id: channelId,
    channel: {
      ...textChannel({ id: guildId, channelId }),
      permissions: ctx.member?.permissions ?? MEMBER_PERMISSIONS,
    },
    context: InteractionContextType.Guild,
    authorizing_integration_owners: owners(guildId),
  };
}

function finish(base: ReturnType<typeof buildBase>, payload: object): BuiltInteraction {
  const full = { ...base, ...payload } as unknown as APIInteraction;
  return { id: base.id, token: base.token, guildId: 'guild_id' in base ? base.guild_id : null, payload: full };
}

/**
 * `path` is the command as typed: `"quote"`, `"data show"` (subcommand) or
 * `"admin data reload"` (group + subcommand).
 */
export function buildCommand(
  env: BuildEnv,
  path: string,
  options: OptionInput = {},
  ctx: InteractionContext = {},
): BuiltInteraction {
  return buildCommandLike(env, InteractionType.ApplicationCommand, path, options, null, ctx);
}

/** Autocomplete for `focused`, whose value is what the user has typed so far (a string, as Discord sends it). */
export function buildAutocomplete(
  env: BuildEnv,
  path: string,
  options: OptionInput,
  focused: string,
  ctx: InteractionContext = {},
): BuiltInteraction {
  return buildCommandLike(env, InteractionType.ApplicationCommandAutocomplete, path, options, focused, ctx);
}

function buildCommandLike(
  env: BuildEnv,
  type: InteractionType,
  path: string,
  options: OptionInput,
  focused: string | null,
  ctx: InteractionContext,
): BuiltInteraction {
  const base = buildBase(env, type, ctx);
  const [name = '', ...nested] = path.trim().split(/\s+/);
  const guildId = 'guild_id' in base ? base.guild_id : null;
  const command = env.findCommand(name, guildId);
  let defs: readonly APIApplicationCommandOption[] = command?.options ?? [];
  for (const part of nested) defs = subOptions(defs, part);
  let leaf = Array.isArray(options) ? options : toOptions(options, defs);
  // Discord sends the focused option's partial input as typed, i.e. as a string, whatever its type.
  if (focused !== null)
    leaf = leaf.map((o) =>
      o.name === focused && 'value' in o ? ({ ...o, value: String(o.value), focused: true } as typeof o) : o,
    );
  if (focused !== null && !leaf.some((o) => o.name === focused)) {
    leaf = [...leaf, { type: ApplicationCommandOptionType.String, name: focused, value: '', focused: true }];
  }
  // Wrap innermost first: subcommand, then its group.
  let wrapped: APIApplicationCommandInteractionDataOption[] = leaf;
  for (const [i, part] of [...nested.entries()].reverse()) {
    const isGroup = i < nested.length - 1;
    wrapped = [
      {
        type: isGroup ? ApplicationCommandOptionType.SubcommandGroup : ApplicationCommandOptionType.Subcommand,
        name: part,
        options: wrapped,
      },
    ] as APIApplicationCommandInteractionDataOption[];
  }
  const data = {
    id: command?.id ?? snowflake(),
    name,
    type: ApplicationCommandType.ChatInput,
    ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
    ...(wrapped.length > 0 ? { options: wrapped } : {}),
    ...(ctx.resolved ? { resolved: ctx.resolved } : {}),
  };
  return finish(base, { data });
}

function subOptions(
  defs: readonly APIApplicationCommandOption[],
  name: string,
): readonly APIApplicationCommandOption[] {
  const def = defs.find((d) => d.name === name);
  return def && 'options' in def && Array.isArray(def.options) ? def.options : [];
}

function toOptions(
  values: Record<string, string | number | boolean>,
  defs: readonly APIApplicationCommandOption[],
): APIApplicationCommandInteractionDataOption[] {
  return Object.entries(values).map(([name, value]) => {
    const declared = defs.find((d) => d.name === name)?.type;
    const type =
      declared ??
      (typeof value === 'boolean'
        ? ApplicationCommandOptionType.Boolean
        : typeof value === 'number'
          ? Number.isInteger(value)
            ? ApplicationCommandOptionType.Integer
            : ApplicationCommandOptionType.Number
          : ApplicationCommandOptionType.String);
    return { type, name, value } as APIApplicationCommandInteractionDataOption;
  });
}

export interface ComponentInput extends InteractionContext {
  /** The message carrying the component; defaults to the bot's latest message that has it. */
  message?: APIMessage;
}

export function buildButton(
  env: BuildEnv,
  customId: string,
  message: APIMessage,
  ctx: InteractionContext = {},
): BuiltInteraction {
  const base = buildBase(env, InteractionType.MessageComponent, ctx);
  return finish(base, {
    message: { ...message, channel_id: base.channel_id },
    data: { custom_id: customId, component_type: ComponentType.Button },
  });
}

export function buildSelect(
  env: BuildEnv,
  customId: string,
  values: string[],
  message: APIMessage,
  ctx: InteractionContext = {},
): BuiltInteraction {
  const base = buildBase(env, InteractionType.MessageComponent, ctx);
  return finish(base, {
    message: { ...message, channel_id: base.channel_id },
    data: { custom_id: customId, component_type: ComponentType.StringSelect, values },
  });
}

/** Whether a message's components include `customId` (action rows and v2 containers alike). */
export function hasComponent(components: unknown, customId: string): boolean {
  if (!Array.isArray(components)) return false;
  return components.some(
    (c) =>
      isObject(c) &&
      (c.custom_id === customId ||
        hasComponent(c.components, customId) ||
        hasComponent(isObject(c.accessory) ? [c.accessory] : [], customId)),
  );
}

/** What the user types or picks in a modal, by each input's custom_id. */
export type ModalValues = Record<string, string | string[]>;

type Json = Record<string, unknown>;

/**
 * The submitted components, shaped as Discord sends them: each Label carries its one input with
 * the value typed (text inputs) or the values picked (selects); legacy action rows carry text
 * inputs. A required input left empty is refused here, as Discord's client never submits it.
 */
function modalSubmission(modal: Json, values: ModalValues): Json[] {
  const used = new Set<string>();
  const submitted = (input: Json): Json => {
    const customId = String(input.custom_id);
    const given = values[customId];
    used.add(customId);
    const required = input.required !== false;
    if (input.type === ComponentType.TextInput) {
      const value = Array.isArray(given)
        ? given.join('\n')
        : (given ?? (typeof input.value === 'string' ? input.value : ''));
      if (required && value === '') throw new Error(`modal input ${customId} is required`);
      const max = typeof input.max_length === 'number' ? input.max_length : 4000;
      const min = typeof input.min_length === 'number' ? input.min_length : 0;
      if (value.length > max || (value !== '' && value.length < min))
        throw new Error(`modal input ${customId}: ${value.length} characters (${min}-${max})`);
      return { type: ComponentType.TextInput, id: input.id, custom_id: customId, value };
    }
    const options = Array.isArray(input.options) ? (input.options as Json[]).map((o) => String(o.value)) : [];
    const picked = given === undefined ? [] : Array.isArray(given) ? given : [given];
    for (const value of picked)
      if (!options.includes(value)) throw new Error(`modal select ${customId}: no option ${value}`);
    if (required && picked.length === 0) throw new Error(`modal select ${customId} is required`);
    return { type: input.type, id: input.id, custom_id: customId, values: picked };
  };
  const rows = Array.isArray(modal.components) ? (modal.components as Json[]) : [];
  const out = rows.map((row): Json => {
    if (row.type === ComponentType.Label && isObject(row.component))
      return { type: ComponentType.Label, id: row.id, component: submitted(row.component) };
    if (row.type === ComponentType.ActionRow && Array.isArray(row.components))
      return { type: ComponentType.ActionRow, id: row.id, components: (row.components as Json[]).map(submitted) };
    return { type: row.type, id: row.id };
  });
  const unknown = Object.keys(values).filter((key) => !used.has(key));
  if (unknown.length) throw new Error(`the modal has no inputs ${unknown.join(', ')}`);
  return out;
}

/**
 * A modal submit (interaction type 5) for `modal`, the modal the bot opened. A modal opened from a
 * message component carries that message, as Discord sends it.
 */
export function buildModalSubmit(
  env: BuildEnv,
  modal: Json,
  values: ModalValues,
  message: APIMessage | null,
  ctx: InteractionContext = {},
): BuiltInteraction {
  const base = buildBase(env, InteractionType.ModalSubmit, ctx);
  return finish(base, {
    ...(message ? { message: { ...message, channel_id: base.channel_id } } : {}),
    data: { custom_id: String(modal.custom_id), components: modalSubmission(modal, values) },
  });
}
