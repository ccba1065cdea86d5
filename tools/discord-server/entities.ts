/**
 * The Discord objects the fake serves (guilds, users, members, roles, channels), and the message
 * Discord would store for a create or edit body.
 */
import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  Locale,
  MessageType,
  type APIAttachment,
  type ChannelFlags,
  type GuildMemberFlags,
  type GuildSystemChannelFlags,
  type RoleFlags,
  type UserFlags,
  type APIEmbed,
  type APIGuildMember,
  type APIMessage,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type GatewayGuildCreateDispatchData,
} from 'discord-api-types/v10';
import { snowflake } from './ids.ts';
import { isObject, type JsonObject, type RecordedFile } from './types.ts';

/** What a test needs to address a guild: ids for interactions and the default text channel. */
export interface FakeGuild {
  id: string;
  name: string;
  /** The guild's one text channel; interactions default to it. */
  channelId: string;
  ownerId: string;
}

// A fixed past instant keeps guild ids stable in shape and spreads consecutive guilds over shards.
const GUILD_EPOCH_MS = Date.UTC(2020, 0, 1);

/** Guild i gets timestamp GUILD_EPOCH_MS + i, so (id >> 22) % shards cycles through every shard. */
export function makeGuilds(count: number, ownerId: string): FakeGuild[] {
  return Array.from({ length: count }, (_, i) => {
    const id = (((BigInt(GUILD_EPOCH_MS + i) - 1_420_070_400_000n) << 22n) | 0x10000n).toString();
    const channelId = (BigInt(id) + 1n).toString();
    return { id, name: `Fake Guild ${i + 1}`, channelId, ownerId };
  });
}

export function makeUser(id: string, username: string, bot: boolean): APIUser {
  return {
    id,
    username,
    discriminator: '0',
    global_name: bot ? null : username,
    avatar: null,
    bot,
    flags: 0 as UserFlags,
    public_flags: 0 as UserFlags,
  };
}

function everyoneRole(guildId: string, permissions: string): APIRole {
  return {
    id: guildId,
    name: '@everyone',
    // Discord still sends the deprecated field, and discord.js still reads it.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position: 0,
    permissions,
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
}

/** A guild's text channel; `channelId` for a channel other than the guild's own (interactions name one). */
export function textChannel(guild: Pick<FakeGuild, 'id' | 'channelId'>, channelId = guild.channelId): APITextChannel {
  return {
    id: channelId,
    type: ChannelType.GuildText,
    guild_id: guild.id,
    name: 'general',
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
    flags: 0 as ChannelFlags,
  };
}

export function member(
  user: APIUser,
  roles: string[],
  permissions?: string,
): APIGuildMember & { permissions?: string } {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: new Date(GUILD_EPOCH_MS).toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
    ...(permissions !== undefined ? { permissions } : {}),
  };
}

export function guildCreate(
  guild: FakeGuild,
  bot: APIUser,
  everyonePermissions: string,
): GatewayGuildCreateDispatchData {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [everyoneRole(guild.id, everyonePermissions)],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: guild.channelId,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    max_members: 500_000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: new Date(GUILD_EPOCH_MS).toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [member(bot, [])],
    channels: [textChannel(guild)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

// Flags a sender may set; Discord ignores the rest.
const SETTABLE_FLAGS = (1 << 2) | (1 << 6) | (1 << 12) | (1 << 15);
const LOADING = 1 << 7;
const EPHEMERAL = 1 << 6;

export interface MessageInput {
  id?: string;
  channelId: string;
  author: APIUser;
  body: unknown;
  files: RecordedFile[];
  /** Base URL for attachment urls; the fake serves nothing there but the URL is well formed. */
  origin: string;
  applicationId?: string;
  /** Interaction responses and follow-ups come from the application's webhook. */
  webhook?: boolean;
  interaction?: { id: string; type: number; user: APIUser };
  /** A deferred reply: empty and flagged LOADING until edited. */
  loading?: boolean;
  /** When editing, fields missing from the body keep their old value. */
  previous?: APIMessage;
}

/** The message Discord would store and return for a create or edit body. */
export function messageFrom(input: MessageInput): APIMessage {
  const body: JsonObject = isObject(input.body) ? input.body : {};
  const prev = input.previous;
  const id = prev?.id ?? input.id ?? snowflake();
  const has = (key: string) => key in body && body[key] !== undefined;
  const kept = (prev?.flags ?? 0) & ~LOADING;
  // Ephemerality is fixed when the message is created; an edit cannot add or drop it.
  const flags = has('flags')
    ? (Number(body.flags) & SETTABLE_FLAGS & ~EPHEMERAL) | (prev ? kept & EPHEMERAL : Number(body.flags) & EPHEMERAL)
    : kept;
  return {
    id,
    channel_id: input.channelId,
    author: input.author,
    content: has('content') ? (typeof body.content === 'string' ? body.content : '') : (prev?.content ?? ''),
    timestamp: prev?.timestamp ?? new Date().toISOString(),
    edited_timestamp: prev ? new Date().toISOString() : null,
    tts: body.tts === true,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: attachments(body, input, prev),
    embeds: has('embeds')
      ? ((body.embeds as APIEmbed[] | null) ?? []).map((e) => ({ type: 'rich', ...e }) as APIEmbed)
      : (prev?.embeds ?? []),
    components: has('components') ? ((body.components ?? []) as APIMessage['components']) : (prev?.components ?? []),
    pinned: false,
    type: input.interaction && input.interaction.type === 2 ? MessageType.ChatInputCommand : MessageType.Default,
    flags: input.loading ? flags | LOADING : flags,
    ...(input.webhook && input.applicationId
      ? { webhook_id: input.applicationId, application_id: input.applicationId }
      : {}),
    ...(input.interaction
      ? {
          interaction_metadata: {
            id: input.interaction.id,
            type: input.interaction.type,
            user: input.interaction.user,
            authorizing_integration_owners: {},
          },
        }
      : prev?.interaction_metadata
        ? { interaction_metadata: prev.interaction_metadata }
        : {}),
  };
}

/**
 * New uploads are announced in `attachments` with the index of their `files[n]` part; on edits,
 * listing existing attachment ids keeps them and omitting `attachments` keeps all of them.
 */
function attachments(body: JsonObject, input: MessageInput, prev: APIMessage | undefined): APIAttachment[] {
  const listed = Array.isArray(body.attachments) ? body.attachments.filter(isObject) : null;
  const kept = (prev?.attachments ?? []).filter((a) => !listed || listed.some((l) => String(l.id) === a.id));
  const uploaded = input.files.map((file, index) => {
    const meta = listed?.find(
      (l) => String(l.id) === String(index) || String(l.id) === /\[(\d+)\]/.exec(file.field)?.[1],
    );
    const id = snowflake();
    const filename = typeof meta?.filename === 'string' ? meta.filename : file.name;
    const url = `${input.origin}/attachments/${input.channelId}/${id}/${encodeURIComponent(filename)}`;
    return {
      id,
      filename,
      size: file.data.length,
      url,
      proxy_url: url,
      content_type: file.contentType,
      ...(typeof meta?.description === 'string' ? { description: meta.description } : {}),
    } satisfies APIAttachment;
  });
  return [...kept, ...uploaded];
}
