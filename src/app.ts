/**
 * The bot apart from how interactions reach it: data, cache, editor, report queue and responder
 * wired together once, for the gateway bot, the HTTP endpoint, the offline CLI and the tests.
 */
import { join, dirname } from 'node:path';
import { createRegistry } from '../commands/index.ts';
import { createReplyCache, createRotationStore, type ReplyCache } from './cache/reply-cache.ts';
import { createCacheStore, type CacheStore } from './cache/store.ts';
import { createResponder, type Responder } from './core/responder.ts';
import { DataEditor } from './data/editor.ts';
import { History } from './data/history.ts';
import { DEFAULT_MAX_FILE_BYTES, formatDataErrors } from './data/load.ts';
import { DataStore } from './data/store.ts';
import { SharedRevision } from './data/shared-revision.ts';
import { DataSync } from './data/sync.ts';
import { watchDataFile, type DataWatcher } from './data/watch.ts';
import { t } from './i18n/messages.ts';
import type { Logger } from './log.ts';
import { askIndexOf } from './search/ask.ts';
import type { ActionRows, Registry, RotationStore } from './core/types.ts';
import { FileReportQueue, RedisReportQueue, type ReportQueue } from './reports/queue.ts';

export interface App {
  registry: Registry;
  data: DataStore;
  editor: DataEditor;
  cache: CacheStore;
  responder: Responder;
  watcher?: DataWatcher | undefined;
  /** Where moderator notices go; the Discord adapter points this at the log channel. */
  setNotifier(notify: Notifier): void;
  close(): Promise<void>;
}

/** Posts to the moderator log channel; `components` carry a report's buttons. */
type Notifier = (text: string, components?: ActionRows) => void;

export interface AppOptions {
  /** Where the quote rotation is kept, instead of the cache store (the one-shot CLI keeps it in a file). */
  rotation?: RotationStore | undefined;
  /** Reports of mistakes one member may send per hour. */
  reportsPerHour?: number | undefined;
  dataFile: string;
  cacheUrl?: string | undefined;
  log: Logger;
  random?: () => number;
  moderatorRoleIds?: readonly string[];
  /** Watch the data file and pick up changes live (the bot does; the one-shot CLI does not). */
  watch?: boolean;
  historyDir?: string;
  /** Prefix for everything this app keeps in the cache store (tests isolate themselves with it). */
  namespace?: string | undefined;
  /** Keeps deployments that share one Redis apart: part of every key. */
  deploymentId?: string | undefined;
  /** Longest wait for one cache call before the reply goes ahead without it. */
  cacheTimeoutMs?: number;
  /** Longest wait for Redis at start-up before the bot starts without it (and joins it later). */
  cacheConnectTimeoutMs?: number;
  /** How often a process checks the shared data revision in Redis. */
  syncEveryMs?: number;
  /** Bytes of replies kept in this process's reply cache. */
  replyCacheMaxBytes?: number | undefined;
  /** Charts one member may have drawn per minute (cached charts do not count). */
  chartsPerMinute?: number | undefined;
  maxFileBytes?: number | undefined;
  historyKeep?: number | undefined;
  historyMaxBytes?: number | undefined;
  lockStaleMs?: number | undefined;
  /** Told of every reply cache lookup (the metrics count hits and misses). */
  onCacheLookup?: ((hit: boolean) => void) | undefined;
}

function countLookups(cache: ReplyCache, onLookup: ((hit: boolean) => void) | undefined): ReplyCache {
  if (!onLookup) return cache;
  return {
    get: async (key) => {
      const hit = await cache.get(key);
      onLookup(hit !== undefined);
      return hit;
    },
    set: (key, reply) => cache.set(key, reply),
  };
}

const DEFAULT_CONNECT_TIMEOUT_MS = 2000;
const REVISION_CALL_TIMEOUT_MS = 2000;

/** The parts every entry point shares: the Discord bot, the HTTP endpoint, the offline CLI and the tests. */
export async function createApp(options: AppOptions): Promise<App> {
  const { log } = options;
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const data = await DataStore.open(options.dataFile, maxFileBytes);
  // The /ask index is built as each version loads, not by the first question that needs it.
  askIndexOf(data.current());
  data.onReload((result) => {
    if (result.ok && result.changed) askIndexOf(result.view);
  });
  const namespace = [options.namespace ?? 'leerdam', options.deploymentId].filter(Boolean).join(':');
  const cache = await createCacheStore(options.cacheUrl, log, namespace);
  const registry = createRegistry();
  // Notices from start-up (a refused revision) are kept until the adapter says where they go.
  const early: { text: string; components?: ActionRows | undefined }[] = [];
  let notify: Notifier = (text, components) => {
    if (early.length < 20) early.push({ text, components });
  };
  const historyDir = options.historyDir ?? join(dirname(options.dataFile), 'history');
  const historyLimits = { keep: options.historyKeep ?? 500, maxBytes: options.historyMaxBytes ?? 200 * 1024 * 1024 };
  const lock = { staleMs: options.lockStaleMs };

  // With Redis, every process and host shares one data revision; without it the file is the truth.
  // Start-up never waits on Redis for longer than the connect bound: the bot serves from memory
  // and the local file, and joins Redis by itself when it answers.
  let sync: DataSync | undefined;
  const shared = options.cacheUrl
    ? await SharedRevision.create(options.cacheUrl, namespace, log, {
        callTimeoutMs: REVISION_CALL_TIMEOUT_MS,
        onReady: () => {
          log.info({ cache: 'redis' }, 'Redis is usable: sharing the reply cache, quote rotation and data revision');
          void sync
            ?.reconcile()
            .catch((error: unknown) => log.debug({ err: error }, 'data sync after reconnect failed'));
        },
      })
    : undefined;
  if (shared) {
    sync = new DataSync(shared, data, log, {
      history: new History(historyDir, historyLimits, log),
      notify: (text) => notify(text),
      maxFileBytes,
      lock,
    });
    const connectMs = options.cacheConnectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    if (await shared.waitUntilReady(connectMs)) {
      await sync
        .reconcile()
        .catch((error: unknown) =>
          log.warn({ err: error }, 'shared data revision unavailable at start; serving the local file'),
        );
    } else {
      log.warn(
        { redis: shared.problem, waitedMs: connectMs },
        'Redis is not usable at start-up: serving from memory (replies, quote rotation) and the local data file; the bot joins Redis by itself when it answers',
      );
    }
  }
  // With Redis the queue is shared by every process and host; without it, it sits beside the data.
  const reports: ReportQueue = options.cacheUrl
    ? await RedisReportQueue.create(options.cacheUrl, namespace, log)
    : new FileReportQueue(join(dirname(options.dataFile), 'reports.json'));
  const editor = new DataEditor({
    file: options.dataFile,
    historyDir,
    // This process serves the edit at once; other processes pick it up through their watcher or sync.
    afterWrite: async () => {
      await data.reload();
    },
    coordinator: sync,
    lastGood: () => data.currentText(),
    maxFileBytes,
    historyKeep: historyLimits.keep,
    historyMaxBytes: historyLimits.maxBytes,
    lockStaleMs: options.lockStaleMs,
    log,
  });
  await editor.recover();
  const responder = createResponder({
    registry,
    data: () => data.current(),
    cache: countLookups(
      createReplyCache(cache.kind === 'redis' ? cache.keyv : undefined, log, {
        timeoutMs: options.cacheTimeoutMs,
        maxBytes: options.replyCacheMaxBytes,
      }),
      options.onCacheLookup,
    ),
    rotation:
      options.rotation ??
      createRotationStore(cache.kind === 'redis' ? cache.keyv : undefined, log, options.cacheTimeoutMs),
    log,
    chartsPerMinute: options.chartsPerMinute,
    moderation: {
      editor,
      moderatorRoleIds: options.moderatorRoleIds ?? [],
      reload: () => data.reload(),
      notify: (text, components) => notify(text, components),
      reports: { queue: reports, perHour: options.reportsPerHour ?? 5 },
    },
    ...(options.random ? { random: options.random } : {}),
  });
  const watcher = options.watch
    ? watchDataFile(data, {
        onReloaded: (version) => log.info({ version, file: data.file }, 'data file reloaded'),
        onRefused: (errors) => {
          // A hostile file can hold thousands of errors: log and post the first ones and a count.
          for (const e of errors.slice(0, 20))
            log.error({ path: e.path, reason: e.message.slice(0, 300), file: data.file }, 'data file change refused');
          if (errors.length > 20)
            log.error({ more: errors.length - 20, file: data.file }, 'data file change refused: more errors');
          notify(
            `${t('en').moderation.fileChangeRefused(data.file, errors.length, data.current().version)}\n\`\`\`\n${formatDataErrors(errors, 10).slice(0, 1600)}\n\`\`\``,
          );
        },
      })
    : undefined;
  if (options.watch) sync?.start(options.syncEveryMs);
  return {
    registry,
    data,
    editor,
    cache,
    responder,
    watcher,
    setNotifier: (fn) => {
      notify = fn;
      for (const { text, components } of early.splice(0)) fn(text, components);
    },
    close: async () => {
      watcher?.close();
      sync?.stop();
      await shared?.close();
      await reports.shutdown();
      await cache.close();
    },
  };
}
