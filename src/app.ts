import { createRegistry, type Registry } from '../commands/index.ts';
import { createReplyCache, createRotationStore } from './cache/reply-cache.ts';
import { createCacheStore, type CacheStore } from './cache/store.ts';
import { createResponder, type Responder } from './core/responder.ts';
import { DataEditor } from './data/editor.ts';
import { formatDataErrors } from './data/load.ts';
import { DataStore } from './data/store.ts';
import { SharedRevision } from './data/shared-revision.ts';
import { DataSync } from './data/sync.ts';
import { watchDataFile, type DataWatcher } from './data/watch.ts';
import type { Logger } from './log.ts';

export interface App {
  registry: Registry;
  data: DataStore;
  editor: DataEditor;
  cache: CacheStore;
  responder: Responder;
  watcher?: DataWatcher | undefined;
  /** Where moderator notices go; the Discord adapter points this at the log channel. */
  setNotifier(notify: (text: string) => void): void;
  close(): Promise<void>;
}

export interface AppOptions {
  dataFile: string;
  cacheUrl?: string | undefined;
  log: Logger;
  random?: () => number;
  moderatorRoleIds?: readonly string[];
  /** Watch the data file and pick up changes live (the bot does; the one-shot CLI does not). */
  watch?: boolean;
  historyDir?: string;
  /** Prefix for everything this app keeps in the cache store (tests isolate themselves with it). */
  namespace?: string;
  /** Longest wait for one cache call before the reply goes ahead without it. */
  cacheTimeoutMs?: number;
  /** How often a process checks the shared data revision in Redis. */
  syncEveryMs?: number;
}

/** The parts every entry point shares: the Discord bot, the offline CLI and the tests. */
export async function createApp(options: AppOptions): Promise<App> {
  const { log } = options;
  const data = await DataStore.open(options.dataFile);
  const namespace = options.namespace ?? 'leerdam';
  const cache = await createCacheStore(options.cacheUrl, log, namespace);
  const registry = createRegistry();
  let notify: (text: string) => void = () => undefined;
  // With Redis, every process and host shares one data revision; without it the file is the truth.
  const shared = options.cacheUrl ? await SharedRevision.create(options.cacheUrl, namespace, log) : undefined;
  const sync = shared ? new DataSync(shared, data, log) : undefined;
  if (sync) {
    await sync
      .reconcile()
      .catch((error: unknown) =>
        log.warn({ err: error }, 'shared data revision unavailable at start; serving the local file'),
      );
  }
  const editor = new DataEditor(
    options.dataFile,
    options.historyDir,
    async () => {
      // This process serves the edit at once; other processes pick it up through their watcher or sync.
      await data.reload();
    },
    sync,
  );
  const responder = createResponder({
    registry,
    data: () => data.current(),
    cache: createReplyCache(cache.keyv, log, options.cacheTimeoutMs),
    rotation: createRotationStore(cache.kind === 'redis' ? cache.keyv : undefined, log, options.cacheTimeoutMs),
    log,
    moderation: {
      editor,
      moderatorRoleIds: options.moderatorRoleIds ?? [],
      reload: () => data.reload(),
      notify: (text) => notify(text),
    },
    ...(options.random ? { random: options.random } : {}),
  });
  const watcher = options.watch
    ? watchDataFile(data, {
        onReloaded: (version) => log.info({ version, file: data.file }, 'data file reloaded'),
        onRefused: (errors) => {
          for (const e of errors)
            log.error({ path: e.path, reason: e.message, file: data.file }, 'data file change refused');
          notify(
            `⚠️ The change to \`${data.file}\` was refused; still serving version \`${data.current().version}\`.\n\`\`\`\n${formatDataErrors(errors).slice(0, 1700)}\n\`\`\``,
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
    },
    close: async () => {
      watcher?.close();
      sync?.stop();
      await shared?.close();
      await cache.close();
    },
  };
}
