/**
 * The cache store the app shares: Redis when CACHE_URL is set, else a bounded map in memory, with
 * the Redis client settings that keep every call bounded while Redis is down.
 */
import { KeyvCacheableMemory } from '@cacheable/memory';
import Keyv from 'keyv';
import type { Logger } from '../log.ts';

export interface CacheStore {
  kind: 'memory' | 'redis';
  keyv: Keyv;
  close(): Promise<void>;
}

/**
 * Redis client settings that keep every call bounded while Redis is down or frozen:
 * with the offline queue on (the default) commands wait forever for a reconnect.
 */
export function redisClientOptions(url: string) {
  return {
    url,
    disableOfflineQueue: true,
    // A ping every second notices a frozen server; the socket timeout then drops it.
    pingInterval: 1000,
    socket: {
      connectTimeout: 1000,
      socketTimeout: 3000,
      // Keep trying in the background so the cache comes back by itself.
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000),
    },
  };
}

/** Where a Redis URL points, without its password: for logs. */
export function redisTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return 'redis (unparseable URL)';
  }
}

/** Redis support (about 10 MiB of modules) is loaded only when a redis:// URL is configured. */
export async function createCacheStore(
  url: string | undefined,
  log: Logger,
  namespace = 'leerdam',
): Promise<CacheStore> {
  if (!url) {
    // LRU-bounded so a long-running bot (or a fuzzer) cannot grow memory without limit.
    // One map: sharding into 16 hashes every key, for no gain at 20,000 entries.
    const keyv = new Keyv({ store: new KeyvCacheableMemory({ lruSize: 20_000, storeHashSize: 1 }), namespace });
    keyv.on('error', (error: unknown) => log.warn({ err: error }, 'memory cache error'));
    return { kind: 'memory', keyv, close: () => Promise.resolve() };
  }
  // `new Keyv('redis://…')` would silently give an in-memory store; createKeyv really talks to Redis.
  const { createKeyv: createRedisKeyv } = await import('@keyv/redis');
  const keyv = createRedisKeyv(redisClientOptions(url), {
    namespace,
    throwOnConnectError: false,
    throwOnErrors: true,
    connectionTimeout: 1000,
  });
  let lastWarn = 0;
  keyv.on('error', (error: unknown) => {
    // A dead Redis emits an error per attempt; one line every 10 s is enough to notice.
    const now = Date.now();
    if (now - lastWarn > 10_000) {
      lastWarn = now;
      log.warn({ err: error }, 'redis cache unavailable; replies are computed without it');
    }
  });
  return {
    kind: 'redis',
    keyv,
    close: async () => {
      try {
        await keyv.disconnect();
      } catch {
        // Closing a cache that is already down is not an error worth reporting at shutdown.
      }
    },
  };
}
