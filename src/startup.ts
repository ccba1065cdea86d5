/**
 * Starting the app for the gateway bot and the HTTP endpoint: settings from the config, health and
 * metrics wired to it, and a refused data file waited for when /healthz can say why.
 */
import { stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp, type App } from './app.ts';
import type { Config } from './config.ts';
import { DataLoadError } from './data/store.ts';
import type { Logger } from './log.ts';
import { redisProbe, type Health } from './observe/health.ts';
import type { Metrics } from './observe/metrics.ts';

const RETRY_EVERY_MS = 1000;

export interface StartOptions {
  config: Config;
  log: Logger;
  health: Health;
  /** Absent when nothing serves /metrics (the gateway bot without METRICS_PORT): prom-client is then never loaded. */
  metrics?: Metrics | undefined;
  /**
   * With a health endpoint to say why, a data file refused at start-up is waited for (GET /healthz
   * answers 503 meanwhile) instead of ending the process; without one, start-up fails as before.
   */
  waitForValidData: boolean;
}

async function fileSignature(file: string): Promise<string> {
  const s = await stat(file).catch(() => undefined);
  return s ? `${s.ino}:${s.size}:${s.mtimeMs}` : 'missing';
}

/** The app as both entry points start it, with health and metrics wired to it. */
export async function startApp({ config, log, health, metrics, waitForValidData }: StartOptions): Promise<App> {
  let refused = '';
  for (;;) {
    try {
      const app = await createApp({
        dataFile: config.DATA_FILE,
        cacheUrl: config.CACHE_URL,
        cacheTimeoutMs: config.CACHE_TIMEOUT_MS,
        cacheConnectTimeoutMs: config.CACHE_CONNECT_TIMEOUT_MS,
        deploymentId: config.DEPLOYMENT_ID,
        replyCacheMaxBytes: config.REPLY_CACHE_MAX_BYTES,
        chartsPerMinute: config.CHARTS_PER_MINUTE,
        reportsPerHour: config.REPORTS_PER_HOUR,
        maxFileBytes: config.DATA_FILE_MAX_BYTES,
        historyKeep: config.HISTORY_KEEP,
        historyMaxBytes: config.HISTORY_MAX_BYTES,
        log,
        moderatorRoleIds: config.MODERATOR_ROLE_IDS,
        watch: true,
        ...(metrics ? { onCacheLookup: (hit: boolean) => metrics.cacheLookup(hit) } : {}),
      });
      const version = () => app.data.current().version;
      if (metrics) {
        app.data.onReload((result) => metrics.dataReload(result));
        metrics.setDataVersion(version);
      }
      health.dataLoaded(version);
      if (config.REDIS_REQUIRED) health.requireRedis(redisProbe(app.cache.keyv, config.CACHE_TIMEOUT_MS));
      return app;
    } catch (error) {
      if (!(error instanceof DataLoadError) || !waitForValidData) throw error;
      health.dataRefused();
      // Report each bad version of the file once, not on every retry.
      const signature = await fileSignature(config.DATA_FILE);
      if (signature !== refused) {
        refused = signature;
        metrics?.dataReload({ ok: false });
        for (const e of error.errors)
          log.error({ path: e.path, reason: e.message, file: config.DATA_FILE }, 'data file refused at start-up');
        log.error(
          { file: config.DATA_FILE },
          'waiting for a valid data file (GET /healthz answers 503 until then); fix the file and it is picked up',
        );
      }
      await sleep(RETRY_EVERY_MS);
    }
  }
}
