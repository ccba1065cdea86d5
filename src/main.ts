import 'dotenv/config';
import { Events, Routes } from 'discord.js';
import { createApp } from './app.ts';
import { ConfigError, parseConfig, TOKEN_HELP } from './config.ts';
import { DataLoadError } from './data/store.ts';
import { attachInteractionHandler } from './discord/bot.ts';
import { createClient } from './discord/client.ts';
import { createLogger } from './log.ts';

const SHUTDOWN_BUDGET_MS = 4000;

async function main(): Promise<number> {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  if (!config.DISCORD_TOKEN) {
    process.stderr.write(`${TOKEN_HELP}\n`);
    return 1;
  }
  const log = createLogger(config.LOG_LEVEL, [config.DISCORD_TOKEN]);
  const app = await createApp({
    dataFile: config.DATA_FILE,
    cacheUrl: config.CACHE_URL,
    cacheTimeoutMs: config.CACHE_TIMEOUT_MS,
    cacheConnectTimeoutMs: config.CACHE_CONNECT_TIMEOUT_MS,
    deploymentId: config.DEPLOYMENT_ID,
    replyCacheMaxBytes: config.REPLY_CACHE_MAX_BYTES,
    chartsPerMinute: config.CHARTS_PER_MINUTE,
    maxFileBytes: config.DATA_FILE_MAX_BYTES,
    historyKeep: config.HISTORY_KEEP,
    historyMaxBytes: config.HISTORY_MAX_BYTES,
    log,
    moderatorRoleIds: config.MODERATOR_ROLE_IDS,
    watch: true,
  });
  const client = createClient({ apiUrl: config.DISCORD_API_URL });
  const router = attachInteractionHandler(client, app.responder, log);
  if (config.MODERATOR_LOG_CHANNEL_ID) {
    const channelId = config.MODERATOR_LOG_CHANNEL_ID;
    app.setNotifier((text) => {
      client.rest
        .post(Routes.channelMessages(channelId), {
          body: { content: text.slice(0, 2000), allowed_mentions: { parse: [] } },
        })
        .catch((error: unknown) => log.warn({ err: error }, 'could not post to the moderator log channel'));
    });
  }

  client.once(Events.ClientReady, (c) => {
    log.info(
      { user: c.user.tag, guilds: c.guilds.cache.size, cache: app.cache.kind, data: app.data.current().version },
      'ready',
    );
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.ShardDisconnect, (_event, shard) => log.warn({ shard }, 'shard disconnected'));
  client.on(Events.ShardResume, (shard) => log.info({ shard }, 'shard resumed'));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, inFlight: router.inFlight() }, 'shutting down');
    router.stopAccepting();
    await router.drain(SHUTDOWN_BUDGET_MS);
    await client.destroy();
    await app.close();
    log.flush();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

  await client.login(config.DISCORD_TOKEN);
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof DataLoadError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`Fatal: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
