import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages.ts';
import { loadView, REAL_DATA, replyText, tempDir } from '../helpers.ts';
import type { BotProcess } from '../support/bot-process.ts';
import { FakeDiscord } from '../../tools/discord-server/index.ts';
import { startBot } from '../support/modes.ts';
import { TestRedis } from '../support/redis-server.ts';
import { RoundRobinProxy } from '../support/round-robin-proxy.ts';

const INSTANCES = 3;
const MIX: [string, Record<string, string | number | boolean>][] = [
  ['medals', {}],
  ['medals', { competition: 'olympics' }],
  ['about', {}],
  ['records', {}],
  ['timeline', {}],
  ['help', {}],
  ['ask', { question: 'Where was she born?' }],
  ['quote', {}],
];

/**
 * HTTP mode scaled out: three identical instances, each with its own copy of the data file (as on
 * three hosts), behind a round-robin proxy, sharing one real Redis (a test-owned redis-server).
 */
describe(`${INSTANCES} HTTP instances behind a round-robin proxy, one Redis`, () => {
  let fake: FakeDiscord;
  let redis: TestRedis;
  let proxy: RoundRobinProxy;
  const bots: BotProcess[] = [];
  const urls: string[] = [];
  const view = loadView(REAL_DATA);

  beforeAll(async () => {
    redis = await TestRedis.start();
    fake = await FakeDiscord.start({ responseDeadlineMs: 3000 });
    const started = await Promise.all(
      Array.from({ length: INSTANCES }, async () => {
        const dataFile = join(tempDir(), 'leerdam.json');
        copyFileSync(REAL_DATA, dataFile);
        return startBot('http', fake, { DATA_FILE: dataFile, CACHE_URL: redis.url }, { setEndpoint: false });
      }),
    );
    for (const s of started) {
      bots.push(s.bot);
      urls.push(s.url!);
    }
    proxy = await RoundRobinProxy.start(urls);
    expect(await fake.setInteractionsEndpoint(`${proxy.url}/interactions`)).toBe(true);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(bots.map((b) => b.stop()));
    await proxy?.stop();
    await fake?.stop();
    await redis?.stop();
  });

  it('answers every interaction, spread evenly over the instances', async () => {
    const before = [...proxy.counts];
    let next = 0;
    const answered: string[] = [];
    await Promise.all(
      Array.from({ length: 12 }, async () => {
        while (next < 240) {
          const [name, options] = MIX[next++ % MIX.length]!;
          const r = await fake.waitForResponse((await fake.command(name, options)).id);
          expect(r.data.embeds[0].title, name).toContain(
            name === 'ask' ? 'Where was she born?' : name === 'help' ? 'help' : 'Jutta Leerdam',
          );
          answered.push(name);
        }
      }),
    );
    expect(answered).toHaveLength(240);
    const served = proxy.counts.map((count, i) => count - before[i]!);
    expect(served.reduce((a, b) => a + b, 0)).toBe(240);
    for (const count of served) expect(count).toBe(240 / INSTANCES);
    fake.expectNoViolations();
  });

  it('never repeats a quote in a channel, whichever instance answers, until every quote was shown', async () => {
    const channelId = '620000000000000001';
    const total = view.dataset.quotes.length;
    const shown: string[] = [];
    for (let i = 0; i < total; i += 1) {
      const r = await fake.waitForResponse((await fake.command('quote', {}, { channelId })).id);
      expect(r.data.embeds[0].footer.text).toContain(t('en').quoteCycle(i + 1, total));
      shown.push(r.data.embeds[0].description as string);
    }
    expect(new Set(shown).size).toBe(total);
    // Then the rotation starts over.
    const again = await fake.waitForResponse((await fake.command('quote', {}, { channelId })).id);
    expect(again.data.embeds[0].footer.text).toContain(t('en').quoteCycle(1, total));
    fake.expectNoViolations();
  });

  it('serves a /data change made through one instance from all of them within 5 seconds', async () => {
    const added = await fake.waitForResponse(
      (
        await fake.command(
          'data add-quote',
          {
            text: 'Three instances, one truth',
            language: 'en',
            occasion: 'scale-out test',
            date: '2026-03-01',
            topics: 'scale-out',
            source: 'https://example.org/scale-out',
          },
          { member: { permissions: String(PermissionFlagsBits.ManageGuild) } },
        )
      ).id,
    );
    expect(replyText(added.data)).toMatch(/Added quote/);
    const version = /→ `?([0-9a-f]{12})/.exec(replyText(added.data))?.[1];
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    const deadline = Date.now() + 5000;
    let versions: unknown[] = [];
    while (Date.now() < deadline) {
      versions = await Promise.all(
        urls.map(async (url) => ((await (await fetch(`${url}/healthz`)).json()) as { version: string }).version),
      );
      if (versions.every((v) => v === version)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(versions).toEqual(Array.from({ length: INSTANCES }, () => version));
    // Three requests in a row reach the three instances in turn; each serves the new quote.
    for (let i = 0; i < INSTANCES; i += 1) {
      const r = await fake.waitForResponse((await fake.command('quote', { topic: 'scale-out' })).id);
      expect(replyText(r.data)).toContain('Three instances, one truth');
    }
    fake.expectNoViolations();
  });
});
