/**
 * `npm start`: the gateway bot, and each shard process of `npm run start:sharded`. discord.js
 * connects to Discord and the shared app answers, with health and metrics when METRICS_PORT is set.
 */
import 'dotenv/config';
import { Events, Routes, Status } from 'discord.js';
import { createRegistry } from '../commands/index.ts';
import { DataLoadError } from './data/store.ts';
import { needsToken, readConfig } from './entry-config.ts';
import { attachInteractionHandler } from './discord/bot.ts';
import { createClient } from './discord/client.ts';
import { createBotServer, listen } from './http/server.ts';
import { createLogger } from './log.ts';
import { Health } from './observe/health.ts';
import type { Metrics } from './observe/metrics.ts';
import { startApp } from './startup.ts';

const SHUTDOWN_BUDGET_MS = 4000;

async function main(): Promise<number> {
  const config = readConfig(process.env, needsToken);
  if (!config?.DISCORD_TOKEN) return 1;
  const log = createLogger(config.LOG_LEVEL, [config.DISCORD_TOKEN]);
  const health = new Health();
  // prom-client is loaded only when something serves the metrics (a few MiB a gateway bot without METRICS_PORT never pays).
  let metrics: Metrics | undefined;
  let observeServer: ReturnType<typeof createBotServer> | undefined;
  // Under `npm run start:sharded` each shard is its own process: shard N serves on METRICS_PORT + N.
  const shardOffset = Number(process.env.SHARDS ?? 0) || 0;
  if (config.METRICS_PORT) {
    const { Metrics: MetricsRegistry } = await import('./observe/metrics.ts');
    metrics = new MetricsRegistry({ mode: 'gateway', commands: createRegistry().keys() });
    observeServer = createBotServer({ observe: { health, metrics } }, log);
    const port = await listen(observeServer, config.METRICS_PORT + shardOffset, config.HTTP_HOST);
    log.info({ port, host: config.HTTP_HOST }, 'health and metrics listening');
  }
  // With /healthz to report it, a data file refused at start-up is waited for instead of ending the bot.
  const app = await startApp({ config, log, health, metrics, waitForValidData: observeServer !== undefined });
  const client = createClient({ apiUrl: config.DISCORD_API_URL });
  const router = attachInteractionHandler(client, app.responder, log, metrics);
  metrics?.setShardSource(() =>
    [...client.ws.shards.values()].map((shard) => ({
      id: shard.id,
      ready: shard.status === Status.Ready,
      pingMs: shard.ping,
    })),
  );
  if (config.MODERATOR_LOG_CHANNEL_ID) {
    const channelId = config.MODERATOR_LOG_CHANNEL_ID;
    app.setNotifier((text, components) => {
      client.rest
        .post(Routes.channelMessages(channelId), {
          body: {
            content: text.slice(0, 2000),
            allowed_mentions: { parse: [] },
            ...(components ? { components } : {}),
          },
        })
        .catch((error: unknown) => log.warn({ err: error }, 'could not post to the moderator log channel'));
    });
  }

  client.once(Events.ClientReady, (c) => {
    health.discordReady('ready');
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
    observeServer?.close();
    observeServer?.closeAllConnections();
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
