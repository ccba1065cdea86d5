import { createRegistry, type Registry } from '../commands/index.ts';
import { createReplyCache, createRotationStore } from './cache/reply-cache.ts';
import { createCacheStore, type CacheStore } from './cache/store.ts';
import { createResponder, type Responder } from './core/responder.ts';
import { DataStore } from './data/store.ts';
import type { Logger } from './log.ts';

export interface App {
  registry: Registry;
  data: DataStore;
  cache: CacheStore;
  responder: Responder;
  close(): Promise<void>;
}

export interface AppOptions {
  dataFile: string;
  cacheUrl?: string | undefined;
  log: Logger;
  random?: () => number;
}

/** The parts every entry point shares: the Discord bot, the offline CLI and the tests. */
export async function createApp(options: AppOptions): Promise<App> {
  const data = await DataStore.open(options.dataFile);
  const cache = createCacheStore(options.cacheUrl, options.log);
  const registry = createRegistry();
  const responder = createResponder({
    registry,
    data: () => data.current(),
    cache: createReplyCache(cache.keyv, options.log),
    rotation: createRotationStore(cache.keyv, options.log),
    log: options.log,
    ...(options.random ? { random: options.random } : {}),
  });
  return { registry, data, cache, responder, close: () => cache.close() };
}
