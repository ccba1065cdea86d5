import { CacheableMemory } from '@cacheable/memory';
import type Keyv from 'keyv';
import type { Reply } from '../core/types.ts';
import type { Logger } from '../log.ts';
import { bounded } from './bounded.ts';

const CACHE_TIMEOUT_MS = 200;
const REPLY_TTL_MS = 24 * 60 * 60 * 1000;
const ROTATION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Reply files (chart PNGs) travel as base64 because keyv stores JSON. */
interface StoredReply {
  kind: Reply['kind'];
  data: Reply['data'];
  files?: { name: string; contentType: string; base64: string }[];
}

function toStored(r: Reply): StoredReply {
  return {
    kind: r.kind,
    data: r.data,
    ...(r.files
      ? { files: r.files.map((f) => ({ name: f.name, contentType: f.contentType, base64: f.data.toString('base64') })) }
      : {}),
  };
}

function fromStored(s: StoredReply): Reply {
  return {
    kind: s.kind,
    data: s.data,
    ...(s.files
      ? {
          files: s.files.map((f) => ({
            name: f.name,
            contentType: f.contentType,
            data: Buffer.from(f.base64, 'base64'),
          })),
        }
      : {}),
  };
}

export interface ReplyCache {
  get(key: string): Promise<Reply | undefined>;
  set(key: string, reply: Reply): Promise<void>;
}

/**
 * Keys carry the dataset version, so an entry can never be stale: a data change makes new keys.
 * A small in-process LRU sits in front of the shared store so hot replies cost no round trip.
 */
export function createReplyCache(keyv: Keyv, log: Logger, timeoutMs = CACHE_TIMEOUT_MS, localSize = 2000): ReplyCache {
  // Not cloned: a hit must be the very object that was stored, so its encoded body is reused.
  // One map, not 16: sharding hashes every key, which showed in the profile and buys nothing at this size.
  const local = new CacheableMemory({ lruSize: localSize, useClone: false, storeHashSize: 1 });
  const onFailure = (error: unknown) => log.debug({ err: error }, 'reply cache call failed');
  return {
    async get(key) {
      const hit = local.get<Reply>(key);
      if (hit) return hit;
      const stored = await bounded(() => keyv.get<StoredReply>(key), timeoutMs, undefined, onFailure);
      if (!stored) return undefined;
      const reply = fromStored(stored);
      local.set(key, reply);
      return reply;
    },
    async set(key, reply) {
      local.set(key, reply);
      await bounded(
        () => keyv.set(key, toStored(reply), REPLY_TTL_MS).then(() => undefined),
        timeoutMs,
        undefined,
        onFailure,
      );
    },
  };
}

/**
 * The quote rotation is shared state, so with a shared store (Redis) it goes there, and is kept
 * locally as well for when that store is down. Without one (`keyv` undefined: the in-memory
 * cache) the local record is the whole truth, so no keyv call is made at all.
 */
export function createRotationStore(keyv: Keyv | undefined, log: Logger, timeoutMs = CACHE_TIMEOUT_MS) {
  const onFailure = (error: unknown) => log.debug({ err: error }, 'rotation store call failed');
  const local = new CacheableMemory({ lruSize: 10_000, useClone: false, storeHashSize: 1 });
  if (!keyv) {
    return {
      seen: (key: string): Promise<string[]> => Promise.resolve(local.get<string[]>(key) ?? []),
      remember: (key: string, ids: string[]): Promise<void> => {
        local.set(key, ids);
        return Promise.resolve();
      },
    };
  }
  return {
    async seen(key: string): Promise<string[]> {
      const value = await bounded(
        () => keyv.get<string | string[]>(`rotation:${key}`),
        timeoutMs,
        undefined,
        onFailure,
      );
      if (typeof value === 'string') return value === '' ? [] : value.split(',');
      // Written as an array before 2026-11-26; still read so no channel's rotation restarts.
      return Array.isArray(value) ? value : (local.get<string[]>(key) ?? []);
    },
    async remember(key: string, ids: string[]): Promise<void> {
      local.set(key, ids);
      // One comma-joined string (ids never hold a comma): keyv serialises an array element by element, which cost more than the quote itself.
      await bounded(
        () => keyv.set(`rotation:${key}`, ids.join(','), ROTATION_TTL_MS).then(() => undefined),
        timeoutMs,
        undefined,
        onFailure,
      );
    },
  };
}
