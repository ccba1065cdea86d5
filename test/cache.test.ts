import type Keyv from 'keyv';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createReplyCache, createRotationStore } from '../src/cache/reply-cache.ts';
import { createCacheStore } from '../src/cache/store.ts';
import { commandCacheKey, createResponder } from '../src/core/responder.ts';
import { message } from '../src/core/reply.ts';
import type { CommandModule, Reply } from '../src/core/types.ts';
import { loadView, MINI_DATA, REAL_DATA, request, responderFor, seededRandom, silentLog } from './helpers.ts';
import { freePort, TestRedis } from './support/redis-server.ts';

/** A command that counts how often it really runs, so a cache hit is observable without timing. */
function countingRegistry() {
  let runs = 0;
  const counter: CommandModule = {
    cacheable: true,
    definition: { name: 'count', description: 'counts', options: [{ type: 3, name: 'x', description: 'x' }] },
    run: (_req, ctx) => {
      runs += 1;
      return message([{ title: `run ${runs}`, description: ctx.data.version }]);
    },
  };
  return { registry: new Map([['count', counter]]), runs: () => runs };
}

const NEVER = Symbol('hung');
/** Not a speed check: proves a call settles at all while the cache is broken. */
async function settles<T>(p: Promise<T>, ms = 5000): Promise<T | typeof NEVER> {
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([p, new Promise<typeof NEVER>((r) => (timer = setTimeout(() => r(NEVER), ms)))]);
  clearTimeout(timer);
  return result;
}

describe('the bound on a cache call (CACHE_TIMEOUT_MS)', () => {
  // A store whose calls never settle, as a frozen Redis; the clock is vitest's, so nothing here is timed.
  const hung = { get: () => new Promise(() => undefined), set: () => new Promise(() => undefined) } as unknown as Keyv;

  it('gives up on a hung store exactly at the configured bound, for replies and for the rotation', async () => {
    vi.useFakeTimers();
    try {
      for (const bound of [200, 1500]) {
        let reply: Reply | undefined | 'pending' = 'pending';
        void createReplyCache(hung, silentLog, { timeoutMs: bound })
          .get('k')
          .then((r) => (reply = r));
        let seen: string[] | 'pending' = 'pending';
        void createRotationStore(hung, silentLog, bound)
          .seen('channel')
          .then((r) => (seen = r));
        await vi.advanceTimersByTimeAsync(bound - 1);
        expect(reply).toBe('pending');
        expect(seen).toBe('pending');
        await vi.advanceTimersByTimeAsync(1);
        expect(reply).toBeUndefined();
        expect(seen).toEqual([]);
      }
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the in-process layer in front of the store', () => {
  it('hands back the very reply object it stored (so its encoded body is reused), and evicts beyond its bytes', async () => {
    const store = await createCacheStore('redis://127.0.0.1:6379', silentLog, `local-${process.pid}-${Date.now()}`);
    try {
      // 300 replies of about 4 KB against a 1 MiB bound: the oldest fall out of process memory.
      const cache = createReplyCache(store.keyv, silentLog, { timeoutMs: 2000, maxBytes: 1024 * 1024 });
      const replies = Array.from({ length: 300 }, (_, i) =>
        message([{ title: `r${i}`, description: 'x'.repeat(4000) }]),
      );
      for (const [i, r] of replies.entries()) await cache.set(String(i), r);
      expect(await cache.get('299')).toBe(replies[299]);
      expect(await cache.get('298')).toBe(replies[298]);
      // '0' fell out of the local layer: it comes back from Redis, equal but rebuilt.
      const first = await cache.get('0');
      expect(first).toEqual(replies[0]);
      expect(first).not.toBe(replies[0]);
      // A reply over the size a Redis entry may have is kept locally only.
      const huge = message(
        Array.from({ length: 10 }, (_, i) => ({ title: `huge ${i}`, description: 'y'.repeat(4000) })),
      );
      huge.files = [{ name: 'chart.png', contentType: 'image/png', data: Buffer.alloc(300_000) }];
      await createReplyCache(store.keyv, silentLog, { timeoutMs: 2000 }).set('huge', huge);
      expect(await store.keyv.get('huge')).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});

describe('the quote rotation record', () => {
  it('is one comma-joined string, and a record written as an array (before 2026-11-26) is still read', async () => {
    const store = await createCacheStore(undefined, silentLog, `rot-${Date.now()}`);
    const rotation = createRotationStore(store.keyv, silentLog);
    await store.keyv.set('rotation:old', ['q-1', 'q-2']);
    expect(await rotation.seen('old')).toEqual(['q-1', 'q-2']);
    await rotation.remember('old', ['q-1', 'q-2', 'q-3']);
    expect(await store.keyv.get('rotation:old')).toBe('q-1,q-2,q-3');
    expect(await rotation.seen('old')).toEqual(['q-1', 'q-2', 'q-3']);
    await rotation.remember('empty', []);
    expect(await rotation.seen('empty')).toEqual([]);
  });

  it('without a shared store (the in-memory cache) lives in the process alone, per key', async () => {
    const rotation = createRotationStore(undefined, silentLog);
    expect(await rotation.seen('a')).toEqual([]);
    await rotation.remember('a', ['q-1']);
    await rotation.remember('b', ['q-2', 'q-3']);
    expect(await rotation.seen('a')).toEqual(['q-1']);
    expect(await rotation.seen('b')).toEqual(['q-2', 'q-3']);
  });
});

describe('cache keys', () => {
  const v = loadView(MINI_DATA);
  it('depend on command, options, locale and dataset version, not on option order', () => {
    const base = commandCacheKey(v.version, request('medals'), { year: 2020, event: '500m' });
    expect(commandCacheKey(v.version, request('medals'), { event: '500m', year: 2020 })).toBe(base);
    expect(commandCacheKey(v.version, request('medals', {}, { locale: 'nl' }), { year: 2020, event: '500m' })).not.toBe(
      base,
    );
    expect(commandCacheKey(v.version, request('medals', {}, { locale: 'en-GB' }), { year: 2020, event: '500m' })).toBe(
      base,
    );
    expect(commandCacheKey('other', request('medals'), { year: 2020, event: '500m' })).not.toBe(base);
    expect(commandCacheKey(v.version, request('medals'), { year: 2021, event: '500m' })).not.toBe(base);
    expect(commandCacheKey(v.version, request('timeline'), { year: 2020, event: '500m' })).not.toBe(base);
  });
});

describe.each([
  ['memory', () => undefined],
  ['redis', () => 'redis://127.0.0.1:6379'],
])('reply cache (%s)', (_kind, url) => {
  it('serves a repeated command from the cache and recomputes after a data change', async () => {
    const store = await createCacheStore(url(), silentLog, `t-${process.pid}-${Date.now()}-${Math.random()}`);
    const { registry, runs } = countingRegistry();
    let view = loadView(MINI_DATA);
    const responder = createResponder({
      registry,
      data: () => view,
      cache: createReplyCache(store.keyv, silentLog),
      rotation: createRotationStore(store.keyv, silentLog),
      log: silentLog,
    });
    const first = await responder.command(request('count', { x: 'a' }));
    const second = await responder.command(request('count', { x: 'a' }));
    expect(runs()).toBe(1);
    expect(second.data.embeds![0]!.title).toBe(first.data.embeds![0]!.title);
    // A new dataset version must never be answered from the old entry.
    view = loadView(REAL_DATA);
    const third = await responder.command(request('count', { x: 'a' }));
    expect(runs()).toBe(2);
    expect(third.data.embeds![0]!.description).toBe(view.version);
    await store.close();
  });

  it('does not cache error replies or random quotes', async () => {
    const { responder, store } = await responderFor(loadView(MINI_DATA), url());
    const a = await responder.command(request('quote'));
    const b = await responder.command(request('quote'));
    expect(a.data.embeds![0]!.description).not.toBe(b.data.embeds![0]!.description);
    await store.close();
  });
});

describe('Redis through @keyv/redis', () => {
  it("is really Redis: a second process-like client sees the first one's entries and rotation", async () => {
    const ns = `shared-${process.pid}-${Date.now()}`;
    const a = await createCacheStore('redis://127.0.0.1:6379', silentLog, ns);
    const b = await createCacheStore('redis://127.0.0.1:6379', silentLog, ns);
    expect(a.kind).toBe('redis');
    const cacheA = createReplyCache(a.keyv, silentLog);
    const cacheB = createReplyCache(b.keyv, silentLog);
    const reply: Reply = message([{ title: 'shared' }]);
    await cacheA.set('k1', reply);
    expect((await cacheB.get('k1'))?.data.embeds?.[0]?.title).toBe('shared');
    const rotA = createRotationStore(a.keyv, silentLog);
    const rotB = createRotationStore(b.keyv, silentLog);
    await rotA.remember('chan', ['q1', 'q2']);
    expect(await rotB.seen('chan')).toEqual(['q1', 'q2']);
    await a.close();
    await b.close();
  });
});

describe('a broken cache never fails or holds up a reply', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await TestRedis.start();
  });
  afterAll(async () => {
    await redis.stop();
  });

  it('answers when Redis is not listening at all', async () => {
    const { responder, store } = await responderFor(loadView(MINI_DATA), `redis://127.0.0.1:${await freePort()}`);
    const r = await settles(responder.command(request('medals')));
    expect(r).not.toBe(NEVER);
    expect((r as Reply).data.embeds![0]!.title).toContain('medals');
    await store.close();
  });

  it('answers while its Redis is frozen, and uses the cache again once it is back', async () => {
    const store = await createCacheStore(redis.url, silentLog, `frozen-${Date.now()}`);
    const { registry, runs } = countingRegistry();
    const view = loadView(MINI_DATA);
    const make = () =>
      createResponder({
        registry,
        data: () => view,
        cache: createReplyCache(store.keyv, silentLog),
        rotation: createRotationStore(store.keyv, silentLog),
        log: silentLog,
      });
    await make().command(request('count', { x: 'warm' }));
    redis.freeze();
    try {
      // A fresh responder has an empty local layer, so each call goes to the frozen Redis.
      for (let i = 0; i < 3; i += 1) {
        const r = await settles(make().command(request('count', { x: `frozen-${i}` })));
        expect(r).not.toBe(NEVER);
      }
      const q = await settles(
        createResponder({
          registry: (await import('../commands/index.ts')).createRegistry(),
          data: () => view,
          cache: createReplyCache(store.keyv, silentLog),
          rotation: createRotationStore(store.keyv, silentLog),
          log: silentLog,
          random: seededRandom(),
        }).command(request('quote')),
      );
      expect(q).not.toBe(NEVER);
    } finally {
      redis.thaw();
    }
    // Comes back by itself: within a few seconds a set in one responder is a hit in another.
    const before = runs();
    let hit = false;
    for (let attempt = 0; attempt < 50 && !hit; attempt += 1) {
      await make().command(request('count', { x: 'after' }));
      const n = runs();
      await make().command(request('count', { x: 'after' }));
      hit = runs() === n;
      if (!hit) await new Promise((r) => setTimeout(r, 200));
    }
    expect(hit).toBe(true);
    expect(runs()).toBeGreaterThan(before);
    await store.close();
  });
});
