import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_DATA, tempDir } from '../helpers.ts';
import type { BotProcess } from '../support/bot-process.ts';
import { FakeDiscord } from '../../tools/discord-server/index.ts';
import { MODES, startBot } from '../support/modes.ts';
import { sleep, SteadyLoad } from '../support/load.ts';
import { TestRedis } from '../support/redis-server.ts';

const redisCli = (port: number, ...args: string[]) =>
  execFileSync('redis-cli', ['-p', String(port), ...args], { encoding: 'utf8' }).trim();

/**
 * Each fault under steady load. The fake refuses a callback later than 3 s after dispatch
 * (and records a violation), so "no violations, everything answered" means every interaction
 * delivered to the bot was answered in time. Gateway faults apply to the gateway bot; HTTP mode
 * gets forged, replayed and oversized requests instead; Redis faults apply to both.
 */
describe.each(MODES)('faults under steady load (%s mode)', (mode) => {
  let fake: FakeDiscord;
  let bot: BotProcess;
  let redis: TestRedis;
  const survived: string[] = [];
  const totals = { sent: 0, answered: 0 };

  async function underLoad(name: string, fault: () => Promise<void>, settleMs = 1500): Promise<void> {
    const load = new SteadyLoad(fake);
    load.start();
    await sleep(300);
    await fault();
    await sleep(settleMs);
    await load.stop();
    totals.sent += load.sent;
    totals.answered += load.answered;
    expect(load.failures, name).toEqual([]);
    expect(load.answered, name).toBe(load.sent);
    expect(fake.violations, name).toEqual([]);
    expect(bot.stderr).not.toMatch(/unhandled rejection|uncaught/i);
    survived.push(name);
  }

  beforeAll(async () => {
    redis = await TestRedis.start();
    fake = await FakeDiscord.start({ responseDeadlineMs: 3000 });
    const dataFile = join(tempDir(), 'leerdam.json');
    copyFileSync(REAL_DATA, dataFile);
    ({ bot } = await startBot(mode, fake, { DATA_FILE: dataFile, CACHE_URL: redis.url }));
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
    await redis?.stop();
    process.stdout.write(
      `${mode} mode: faults survived: ${survived.length} (${survived.join(', ')}); interactions sent ${totals.sent}, answered ${totals.answered}\n`,
    );
  });

  if (mode === 'gateway') {
    it('gateway connection dropped: resumes and answers', async () => {
      const before = fake.resumeCount;
      await underLoad('drop', async () => fake.dropConnections());
      expect(fake.resumeCount).toBeGreaterThan(before);
    });

    it('RECONNECT (op 7): resumes and answers', async () => {
      const before = fake.resumeCount;
      await underLoad('reconnect', async () => fake.sendReconnect());
      expect(fake.resumeCount).toBeGreaterThan(before);
    });

    it('INVALID_SESSION, resumable and not: answers throughout', async () => {
      await underLoad('invalid-session-resumable', async () => fake.sendInvalidSession(true));
      const identifies = fake.identifyCount;
      // A fresh IDENTIFY waits for discord.js's identify throttle (several seconds).
      await underLoad('invalid-session', async () => fake.sendInvalidSession(false), 8000);
      expect(fake.identifyCount).toBeGreaterThan(identifies);
    });

    it('REST 500 and 429 on interaction callbacks: retried and delivered in time', async () => {
      await underLoad('rest-500', async () => fake.failNext(/\/callback$/, 500, 5));
      await underLoad('rest-429', async () => fake.failNext(/\/callback$/, 429, 3, 1), 2500);
      fake.clearFaults();
    });
  }

  if (mode === 'http') {
    it('forged, replayed, tampered and oversized requests: refused (401, 413) while every real one is answered', async () => {
      const ping = { type: 1, id: '1', application_id: fake.applicationId, token: 'x' };
      const stale = String(Math.floor(Date.now() / 1000) - 6 * 60);
      const statuses: Record<string, number[]> = {
        forged: [],
        unsigned: [],
        replayed: [],
        tampered: [],
        oversized: [],
      };
      await underLoad('forged-requests', async () => {
        for (let i = 0; i < 20; i += 1) {
          const answers = await Promise.all([
            fake.postToEndpoint(ping, { signature: 'ab'.repeat(64) }),
            fake.postToEndpoint(ping, { signature: null }),
            fake.postToEndpoint(ping, { timestamp: stale }),
            fake.postToEndpoint(ping, { tamperedBody: Buffer.from(JSON.stringify({ ...ping, type: 2 })) }),
            fake.postToEndpoint(Buffer.alloc(2 * 1024 * 1024, 0x20)),
          ]);
          Object.values(statuses).forEach((list, index) => list.push(answers[index]!.status));
        }
      });
      expect(new Set(statuses.forged)).toEqual(new Set([401]));
      expect(new Set(statuses.unsigned)).toEqual(new Set([401]));
      expect(new Set(statuses.replayed)).toEqual(new Set([401]));
      expect(new Set(statuses.tampered)).toEqual(new Set([401]));
      expect(new Set(statuses.oversized)).toEqual(new Set([413]));
    });
  }

  it('Redis stopped, then restarted: replies go on and the cache comes back by itself', async () => {
    // A key the bot never writes: gone after the restart means the store really started empty (the
    // bot may already have written its first entries by the time DBSIZE could be read).
    redisCli(redis.port, 'SET', 'faults-test:before-stop', '1');
    await underLoad('redis-stopped', async () => redis.stop(), 1500);
    await redis.restart();
    expect(redisCli(redis.port, 'EXISTS', 'faults-test:before-stop')).toBe('0');
    await underLoad('redis-restarted', async () => undefined, 2500);
    expect(Number(redisCli(redis.port, 'DBSIZE'))).toBeGreaterThan(0);
  });

  it('Redis frozen (SIGSTOP), then thawed: replies go on and the cache comes back by itself', async () => {
    await underLoad('redis-frozen', async () => redis.freeze(), 2000);
    redis.thaw();
    redisCli(redis.port, 'FLUSHALL');
    await underLoad('redis-thawed', async () => undefined, 4000);
    expect(Number(redisCli(redis.port, 'DBSIZE'))).toBeGreaterThan(0);
  });
});
