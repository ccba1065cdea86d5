/**
 * `npm run start:http`: the bot as an HTTP interactions endpoint that Discord POSTs to, instead of
 * a gateway connection.
 */
import 'dotenv/config';
import { Routes } from 'discord-api-types/v10';
import { createRegistry } from '../commands/index.ts';
import type { App } from './app.ts';
import { PUBLIC_KEY_HELP } from './config.ts';
import { readConfig, type ConfigCheck } from './entry-config.ts';
import { createInteractionEndpoint } from './http/endpoint.ts';
import { createBotServer, listen } from './http/server.ts';
import { importPublicKey } from './http/verify.ts';
import { createWebhookEditor } from './http/webhook.ts';
import { createLogger } from './log.ts';
import { Health } from './observe/health.ts';
import { Metrics } from './observe/metrics.ts';
import { startApp } from './startup.ts';

const SHUTDOWN_BUDGET_MS = 4000;

const needsPublicKey: ConfigCheck = (config) => (config.DISCORD_PUBLIC_KEY ? [] : [PUBLIC_KEY_HELP]);
const logChannelNeedsToken: ConfigCheck = (config) =>
  config.MODERATOR_LOG_CHANNEL_ID && !config.DISCORD_TOKEN
    ? ['MODERATOR_LOG_CHANNEL_ID: posting to the log channel needs DISCORD_TOKEN (the bot token)']
    : [];
const metricsOffTheEndpointPort: ConfigCheck = (config) =>
  config.METRICS_PORT === config.HTTP_PORT
    ? ['METRICS_PORT: must differ from HTTP_PORT (leave it empty to serve /metrics on HTTP_PORT)']
    : [];

/**
 * HTTP mode: Discord POSTs every interaction to /interactions and the reply is the HTTP response.
 * No gateway connection and no shards; any number of identical instances can run behind a load
 * balancer, sharing the reply cache, quote rotation and data revision through CACHE_URL (Redis).
 */
async function main(): Promise<number> {
  const config = readConfig(process.env, needsPublicKey, logChannelNeedsToken, metricsOffTheEndpointPort);
  if (!config?.DISCORD_PUBLIC_KEY) return 1;
  const log = createLogger(config.LOG_LEVEL, config.DISCORD_TOKEN ? [config.DISCORD_TOKEN] : []);
  const health = new Health();
  const metrics = new Metrics({ mode: 'http', commands: createRegistry().keys() });
  const webhooks = createWebhookEditor({ apiUrl: config.DISCORD_API_URL, token: config.DISCORD_TOKEN });
  const endpoint = createInteractionEndpoint({
    publicKey: await importPublicKey(config.DISCORD_PUBLIC_KEY),
    log,
    webhooks,
    observer: metrics,
  });
  // The interactions endpoint is public; with METRICS_PORT set, health and metrics move off it.
  const observe = { health, metrics };
  const server = createBotServer(
    { interactions: (req, res) => endpoint.handle(req, res), ...(config.METRICS_PORT ? {} : { observe }) },
    log,
  );
  const observeServer = config.METRICS_PORT ? createBotServer({ observe }, log) : undefined;
  // Listening before the data loads: PING (Discord's endpoint check) and /healthz answer from the start.
  const port = await listen(server, config.HTTP_PORT, config.HTTP_HOST);
  if (observeServer && config.METRICS_PORT) await listen(observeServer, config.METRICS_PORT, config.HTTP_HOST);
  health.discordReady('listening');
  log.info({ port, host: config.HTTP_HOST, metricsPort: config.METRICS_PORT }, 'interactions endpoint listening');

  // Set once the data has loaded; a signal may arrive before that.
  let app: App | undefined = undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, inFlight: endpoint.inFlight() }, 'shutting down');
    endpoint.stopAccepting();
    server.close();
    observeServer?.close();
    server.closeIdleConnections();
    await endpoint.drain(SHUTDOWN_BUDGET_MS);
    server.closeAllConnections();
    observeServer?.closeAllConnections();
    await app?.close();
    log.flush();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

  const started = await startApp({ config, log, health, metrics, waitForValidData: true });
  app = started;
  if (config.MODERATOR_LOG_CHANNEL_ID) {
    const channelId = config.MODERATOR_LOG_CHANNEL_ID;
    started.setNotifier((text, components) => {
      webhooks.rest
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
  endpoint.serve(started.responder);
  log.info({ cache: started.cache.kind, data: started.data.current().version, port }, 'ready');
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`Fatal: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
