import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@redis/client';
import { MessageFlags, PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { createCacheStore } from '../src/cache/store.ts';
import { commandCacheKey } from '../src/core/responder.ts';
import { MINI_DATA, REAL_DATA, replyText, request, silentLog, tempDir } from './helpers.ts';
import { TestRedis } from './support/redis-server.ts';

const REDIS = 'redis://127.0.0.1:6379';
const MOD = { permissions: PermissionFlagsBits.ManageGuild, roleIds: [] as string[] };

let apps: App[] = [];
const servers: TestRedis[] = [];
afterEach(async () => {
  await Promise.all(apps.map((app) => app.close()));
  apps = [];
});
afterAll(async () => {
  for (const server of servers) await server.stop();
});

async function appWith(cacheUrl: string | undefined, namespace: string, source = REAL_DATA): Promise<App> {
  const file = join(tempDir(), 'leerdam.json');
  copyFileSync(source, file);
  const app = await createApp({ dataFile: file, cacheUrl, namespace, log: silentLog, cacheTimeoutMs: 2000 });
  apps.push(app);
  return app;
}

async function redisKeys(pattern: string): Promise<string[]> {
  const client = createClient({ url: REDIS });
  await client.connect();
  try {
    return await client.keys(pattern);
  } finally {
    client.destroy();
  }
}

describe('members cannot fill the reply cache', () => {
  it('spellings of one competition share one cache entry, which expires within an hour', async () => {
    const namespace = `abuse-${process.pid}-${Date.now()}`;
    const app = await appWith(REDIS, namespace);
    const spellings = ['olympics', 'Olympics', 'o.lympics', 'o-lympics', 'OLYMPICS!', 'ol ympics', 'Olympische Spelen'];
    const replies = [];
    for (const competition of spellings) replies.push(await app.responder.command(request('medals', { competition })));
    for (const reply of replies) expect(replyText(reply.data)).toBe(replyText(replies[0]!.data));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const keys = await redisKeys(`${namespace}*reply:*`);
    expect(keys).toHaveLength(1);
    const client = createClient({ url: REDIS });
    await client.connect();
    const ttl = await client.pTTL(keys[0]!);
    client.destroy();
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60 * 60 * 1000);
  });

  it('rate-limits the charts one member may have drawn, politely and only to them; cached charts stay free', async () => {
    const app = await appWith(undefined, `charts-${process.pid}`);
    const member = (userId: string) => ({ userId });
    const charts = [
      request('progression', { distance: '500m' }, member('200000000000000011')),
      request('progression', { distance: '1000m' }, member('200000000000000011')),
      request('progression', { distance: '1500m' }, member('200000000000000011')),
      request('medals', { chart: true }, member('200000000000000011')),
      request('medals', { chart: true, medal: 'gold' }, member('200000000000000011')),
      request('medals', { chart: true, medal: 'silver' }, member('200000000000000011')),
    ];
    for (const chart of charts) expect((await app.responder.command(chart)).files?.length).toBe(1);
    const seventh = await app.responder.command(
      request('medals', { chart: true, medal: 'bronze' }, member('200000000000000011')),
    );
    expect(seventh.data.flags).toBe(MessageFlags.Ephemeral);
    expect(replyText(seventh.data)).toMatch(/a lot of charts in a short time\. Please wait \d+ s/);
    expect(seventh.files).toBeUndefined();
    const dutch = await app.responder.command(
      request('medals', { chart: true, medal: 'bronze' }, { ...member('200000000000000011'), locale: 'nl' }),
    );
    expect(replyText(dutch.data)).toMatch(/veel grafieken gevraagd/);
    // A chart already drawn is served from the cache, limit or not; another member is not limited.
    expect((await app.responder.command(charts[0]!)).files?.length).toBe(1);
    const other = await app.responder.command(
      request('medals', { chart: true, medal: 'bronze' }, member('200000000000000012')),
    );
    expect(other.files?.length).toBe(1);
  });
});

describe('poisoned cache entries', () => {
  it('a cached reply of the wrong shape or size is dropped and the real reply computed', async () => {
    const namespace = `poison-${process.pid}-${Date.now()}`;
    const app = await appWith(REDIS, namespace);
    const store = await createCacheStore(REDIS, silentLog, namespace);
    const req = request('medals', { competition: 'olympics' });
    const key = commandCacheKey(app.data.current().version, req, { competition: 'olympics' });
    const poisons: unknown[] = [
      { kind: 'message', data: { content: '@everyone '.repeat(500) } },
      {
        kind: 'message',
        data: { embeds: [{ title: 'x', fields: Array.from({ length: 40 }, () => ({ name: 'a', value: 'b' })) }] },
      },
      { kind: 'delete-everything', data: {} },
      'just a string',
      {
        kind: 'message',
        data: { content: 'ok' },
        files: [{ name: '../../etc/passwd', contentType: 'text/plain', base64: 'AAAA' }],
      },
      { kind: 'message', data: { content: 'x'.repeat(300_000) } },
    ];
    for (const poison of poisons) {
      await store.keyv.set(key, poison);
      // A fresh process (no local copy), as another shard would be.
      const fresh = await appWith(REDIS, namespace);
      const reply = await fresh.responder.command(req);
      expect(replyText(reply.data)).toMatch(/in total/);
      expect(replyText(reply.data)).toMatch(/Filtered by Olympic Games/);
      expect(replyText(reply.data)).not.toContain('@everyone');
    }
    await store.close();
  });
});

describe('a full Redis (maxmemory, noeviction)', () => {
  it('a moderator edit is refused as "Redis is full", not "cannot be reached", and changes nothing', async () => {
    const redis = await TestRedis.start(undefined, ['--maxmemory', '3mb', '--maxmemory-policy', 'noeviction']);
    servers.push(redis);
    const app = await appWith(redis.url, `full-${process.pid}`, MINI_DATA);
    const client = createClient({ url: redis.url });
    await client.connect();
    // Fill it up until Redis refuses even small writes (it refuses one that would pass maxmemory).
    let n = 0;
    const fillUp = async () => {
      for (const size of [100_000, 10_000, 1000, 100, 10]) {
        for (;;) {
          try {
            await client.set(`filler:${(n += 1)}`, 'x'.repeat(size));
          } catch {
            break;
          }
        }
      }
    };
    await fillUp();
    // The filling client stays connected: closing it would free its buffers and make a little room.
    const before = app.data.current().version;
    const english = await app.responder.command(
      request('data', { id: 'medal-0' }, { subcommand: 'remove', member: MOD }),
    );
    expect(replyText(english.data)).toMatch(/Redis\) is full/);
    expect(replyText(english.data)).not.toMatch(/cannot be reached/);
    // A refused edit can give back the little it held (its lock): full again before the next one.
    await fillUp();
    const dutch = await app.responder.command(
      request('data', { id: 'medal-0' }, { subcommand: 'remove', member: MOD, locale: 'nl' }),
    );
    expect(replyText(dutch.data)).toMatch(/Redis\) is vol/);
    expect(app.data.current().version).toBe(before);
    // Ordinary replies still work with a full Redis.
    expect(replyText((await app.responder.command(request('medals'))).data)).toMatch(/in total/);
    client.destroy();
  });
});
