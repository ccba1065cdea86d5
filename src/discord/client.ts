/**
 * The discord.js client as the gateway bot runs it: no intents and caches capped at zero, since
 * every interaction carries what it needs.
 */
import { Client, Options, type ClientOptions } from 'discord.js';

export interface ClientConfig {
  apiUrl?: string | undefined;
  shards?: ClientOptions['shards'];
  shardCount?: number | undefined;
}

/**
 * A slash-command bot needs no gateway intents and no cached guild data:
 * every interaction carries what it needs. Caches are capped at zero so memory
 * stays flat however many servers the bot is in.
 */
export function createClient(config: ClientConfig): Client {
  return new Client({
    intents: [],
    ...(config.shards !== undefined ? { shards: config.shards } : {}),
    ...(config.shardCount !== undefined ? { shardCount: config.shardCount } : {}),
    allowedMentions: { parse: [] },
    // Interaction callbacks must land within 3 s; 5xx retries are immediate, so a few more are cheap.
    rest: { retries: 6, ...(config.apiUrl ? { api: config.apiUrl } : {}) },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      ApplicationCommandManager: 0,
      AutoModerationRuleManager: 0,
      BaseGuildEmojiManager: 0,
      DMMessageManager: 0,
      GuildBanManager: 0,
      GuildEmojiManager: 0,
      GuildForumThreadManager: 0,
      GuildInviteManager: 0,
      GuildMemberManager: 0,
      GuildMessageManager: 0,
      GuildScheduledEventManager: 0,
      GuildStickerManager: 0,
      GuildTextThreadManager: 0,
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      StageInstanceManager: 0,
      ThreadManager: 0,
      ThreadMemberManager: 0,
      UserManager: 0,
      VoiceStateManager: 0,
      EntitlementManager: 0,
    }),
  });
}
