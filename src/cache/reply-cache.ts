/**
 * The reply cache and the quote rotation store: in process memory, and shared through Redis when
 * there is one, where nothing read back is sent unchecked and no call may hold a reply up.
 */
import { CacheableMemory } from '@cacheable/memory';
import type Keyv from 'keyv';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { LIMITS } from '../core/limits.ts';
import type { Reply } from '../core/types.ts';
import type { Logger } from '../log.ts';
import { bounded } from './bounded.ts';

const CACHE_TIMEOUT_MS = 200;
// Keys carry the data version, so an entry is never stale; the TTL only bounds what a version
// that is no longer served leaves behind in Redis.
const REPLY_TTL_MS = 60 * 60 * 1000;
const ROTATION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** The largest reply stored in Redis (a chart is about 45 KB of base64); larger ones stay local. */
const MAX_STORED_REPLY_BYTES = 256 * 1024;
const DEFAULT_REPLY_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * What a stored reply must look like to be sent: anything else in Redis (another program's
 * value, a poisoned or truncated entry) is dropped and the reply computed instead.
 */
const StoredReplySchema = z.object({
  kind: z.enum(['message', 'update']),
  // Mentions are forced off by toCallbackBody on every reply, whatever a stored value holds.
  data: z.looseObject({
    content: z.string().max(LIMITS.content).optional(),
    embeds: z
      .array(
        z.looseObject({
          title: z.string().max(LIMITS.embedTitle).optional(),
          description: z.string().max(LIMITS.embedDescription).optional(),
          fields: z
            .array(z.looseObject({ name: z.string().max(LIMITS.fieldName), value: z.string().max(LIMITS.fieldValue) }))
            .max(LIMITS.embedFields)
            .optional(),
        }),
      )
      .max(10)
      .optional(),
    components: z
      .array(z.looseObject({ type: z.number() }))
      .max(5)
      .optional(),
    flags: z.number().optional(),
  }),
  files: z
    .array(
      z.object({
        name: z.string().regex(/^[\w.-]{1,64}$/),
        contentType: z.enum(['image/png']),
        base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
      }),
    )
    .max(2)
    .optional(),
  rows: z.array(z.string().max(64)).max(500).optional(),
});
/** Reply files (chart PNGs) travel as base64 because keyv stores JSON. */
interface StoredReply {
  kind: Reply['kind'];
  data: Reply['data'];
  files?: { name: string; contentType: string; base64: string }[];
  rows?: readonly string[];
}

function toStored(reply: Reply): StoredReply {
  return {
    kind: reply.kind,
    data: reply.data,
    ...(reply.rows ? { rows: reply.rows } : {}),
    ...(reply.files
      ? {
          files: reply.files.map((f) => ({
            name: f.name,
            contentType: 'image/png' as const,
            base64: f.data.toString('base64'),
          })),
        }
      : {}),
  };
}

function fromStored(stored: StoredReply): Reply {
  return {
    kind: stored.kind,
    data: stored.data,
    ...(stored.rows ? { rows: stored.rows } : {}),
    ...(stored.files
      ? {
          files: stored.files.map((f) => ({
            name: f.name,
            contentType: f.contentType,
            data: Buffer.from(f.base64, 'base64'),
          })),
        }
      : {}),
  };
}

/** Bytes a reply costs: its JSON and its files. */
function replySize(reply: Reply): number {
  return Buffer.byteLength(JSON.stringify(reply.data)) + (reply.files ?? []).reduce((sum, f) => sum + f.data.length, 0);
}

/** A stored value checked for shape and size; undefined when it must not be sent. */
function checkStoredReply(value: unknown): Reply | undefined {
  if (value === undefined || value === null) return undefined;
  if (JSON.stringify(value).length > MAX_STORED_REPLY_BYTES) return undefined;
  // Checked, then used as it came: the schema's types are looser than the API types it checks.
  return StoredReplySchema.safeParse(value).success ? fromStored(value as StoredReply) : undefined;
}

export interface ReplyCache {
  get(key: string): Promise<Reply | undefined>;
  set(key: string, reply: Reply): Promise<void>;
}

export interface ReplyCacheOptions {
  timeoutMs?: number | undefined;
  /** Bytes of replies kept in process memory (LRU by size). */
  maxBytes?: number | undefined;
}

/**
 * Keys carry the dataset version, so an entry can never be stale: a data change makes new keys.
 * An in-process LRU bounded by bytes sits in front of the shared store (Redis, when `keyv` is
 * given) so hot replies cost no round trip and no member can grow the bot's memory without limit.
 */
export function createReplyCache(keyv: Keyv | undefined, log: Logger, options: ReplyCacheOptions = {}): ReplyCache {
  const timeoutMs = options.timeoutMs ?? CACHE_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_REPLY_CACHE_BYTES;
  // A hit must be the very object that was stored, so its encoded body is reused.
  const local = new LRUCache<string, Reply>({
    maxSize: maxBytes,
    sizeCalculation: (reply) => Math.max(1, replySize(reply)),
    // A reply bigger than a tenth of the cache would push out many small ones: not kept.
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 10)),
  });
  const onFailure = (error: unknown) => log.debug({ err: error }, 'reply cache call failed');
  let lastPoisonWarning = 0;
  return {
    async get(key) {
      const hit = local.get(key);
      if (hit) return hit;
      if (!keyv) return undefined;
      const stored = await bounded(() => keyv.get<unknown>(key), timeoutMs, undefined, onFailure);
      if (stored === undefined) return undefined;
      const reply = checkStoredReply(stored);
      if (!reply) {
        if (Date.now() - lastPoisonWarning > 10_000) {
          lastPoisonWarning = Date.now();
          log.warn({ key: key.slice(0, 120) }, 'dropped a cached reply of the wrong shape or size');
        }
        void bounded(() => keyv.delete(key).then(() => undefined), timeoutMs, undefined, onFailure);
        return undefined;
      }
      local.set(key, reply);
      return reply;
    },
    async set(key, reply) {
      local.set(key, reply);
      if (!keyv) return;
      const stored = toStored(reply);
      if (JSON.stringify(stored).length > MAX_STORED_REPLY_BYTES) return;
      await bounded(() => keyv.set(key, stored, REPLY_TTL_MS).then(() => undefined), timeoutMs, undefined, onFailure);
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
      if (typeof value === 'string') return value === '' ? [] : value.split(',').slice(0, 10_000);
      // Written as an array before 2026-11-26; still read so no channel's rotation restarts.
      return Array.isArray(value) ? value.filter((id) => typeof id === 'string') : (local.get<string[]>(key) ?? []);
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
