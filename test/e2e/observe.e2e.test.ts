import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadView, REAL_DATA, tempDir } from '../helpers.ts';
import type { BotProcess } from '../support/bot-process.ts';
import { FakeDiscord } from '../../tools/discord-server/index.ts';
import { MODES, startBot, type Mode } from '../support/modes.ts';
import { freePort, TestRedis } from '../support/redis-server.ts';

const view = loadView(REAL_DATA);

/** Where /healthz and /metrics are: METRICS_PORT for the gateway bot, the endpoint's own port in HTTP mode. */
async function start(mode: Mode, fake: FakeDiscord, env: Record<string, string>, readyPattern?: RegExp) {
  const metricsPort = await freePort();
  const gatewayEnv: Record<string, string> =
    mode === 'gateway' ? { METRICS_PORT: String(metricsPort), HTTP_HOST: '127.0.0.1' } : {};
  const started = await startBot(mode, fake, { ...gatewayEnv, ...env }, { readyPattern, setEndpoint: !readyPattern });
  const base = mode === 'gateway' ? `http://127.0.0.1:${metricsPort}` : started.url!;
  return { ...started, base };
}

async function healthz(base: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${base}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function until<T>(probe: () => Promise<T | undefined>, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The value of one sample line, e.g. `leerdam_interactions_total{command="medals",…}`; 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const line = text
    .split('\n')
    .find((l) =>
      l.startsWith(`${name}{`) || l.startsWith(`${name} `)
        ? Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`))
        : false,
    );
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe.each(MODES)('health and metrics (%s mode)', (mode) => {
  let fake: FakeDiscord | undefined;
  let bot: BotProcess | undefined;
  let redis: TestRedis | undefined;

  afterEach(async () => {
    await bot?.stop();
    await fake?.stop();
    await redis?.stop();
    bot = fake = redis = undefined;
  });

  it('reports 503 while the data file is refused at start-up, then ready once a valid file is saved', async () => {
    fake = await FakeDiscord.start();
    const dataFile = join(tempDir(), 'leerdam.json');
    writeFileSync(dataFile, '{"medals": "not a list"}');
    const started = await start(mode, fake, { DATA_FILE: dataFile }, /waiting for a valid data file/);
    bot = started.bot;
    expect(await healthz(started.base)).toEqual({
      status: 503,
      body: { status: 'not ready', data: 'refused', discord: mode === 'http' ? 'listening' : 'connecting' },
    });
    expect(bot.stderr).toMatch(/"msg":"data file refused at start-up"/);
    if (mode === 'http') {
      // Discord's endpoint check still passes, so the URL can be saved; interactions wait for the data.
      expect(await fake.setInteractionsEndpoint(`${started.url!}/interactions`)).toBe(true);
      const early = await fake.postToEndpoint({ type: 2, id: '1', application_id: fake.applicationId, token: 'x' });
      expect(early.status).toBe(503);
    }
    // Replaced whole (copy, then rename), so no half-copied file is read and refused a second time.
    copyFileSync(REAL_DATA, `${dataFile}.tmp`);
    renameSync(`${dataFile}.tmp`, dataFile);
    const ready = await until(async () => {
      const h = await healthz(started.base);
      return h.status === 200 ? h : undefined;
    }, 'ready after the valid file was saved');
    expect(ready.body).toEqual({
      status: 'ready',
      data: 'loaded',
      discord: mode === 'http' ? 'listening' : 'ready',
      version: view.version,
    });
    const { id } = await fake.command('medals');
    expect((await fake.waitForResponse(id)).data.embeds[0].description).toContain(`— ${view.tally.total} in total`);
    const metrics = await (await fetch(`${started.base}/metrics`)).text();
    expect(sample(metrics, 'leerdam_data_reloads_refused_total')).toBe(1);
    fake.expectNoViolations();
  });

  it('serves Prometheus metrics: interactions, latency, cache, data version, reloads, and shards in gateway mode', async () => {
    fake = await FakeDiscord.start();
    const dataFile = join(tempDir(), 'leerdam.json');
    copyFileSync(REAL_DATA, dataFile);
    const started = await start(mode, fake, { DATA_FILE: dataFile });
    bot = started.bot;
    expect((await healthz(started.base)).status).toBe(200);
    for (const [name, options] of [
      ['medals', {}],
      ['medals', {}],
      ['quote', {}],
      ['nope', {}],
    ] as const)
      await fake.waitForResponse((await fake.command(name, options)).id);
    await fake.waitForCallback((await fake.autocomplete('medals', { competition: 'ol' }, 'competition')).id);
    const response = await fetch(`${started.base}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    // The bot counts an interaction once its own send has returned, a moment after the fake recorded it.
    const text = await until(async () => {
      const t = await (await fetch(`${started.base}/metrics`)).text();
      const counted = sample(t, 'leerdam_reply_seconds_count', { kind: 'command' }) === 4;
      return counted && sample(t, 'leerdam_reply_seconds_count', { kind: 'autocomplete' }) === 1 ? t : undefined;
    }, 'every interaction to be counted');
    const labels = (command: string, kind: string, outcome: string) => ({ command, kind, outcome, mode });
    expect(sample(text, 'leerdam_interactions_total', labels('medals', 'command', 'ok'))).toBe(2);
    expect(sample(text, 'leerdam_interactions_total', labels('quote', 'command', 'ok'))).toBe(1);
    expect(sample(text, 'leerdam_interactions_total', labels('unknown', 'command', 'user_error'))).toBe(1);
    expect(sample(text, 'leerdam_interactions_total', labels('medals', 'autocomplete', 'ok'))).toBe(1);
    expect(sample(text, 'leerdam_reply_seconds_count', { kind: 'command' })).toBe(4);
    // The first /medals misses the cache, the second hits it; /quote is never cached.
    expect(sample(text, 'leerdam_reply_cache_requests_total', { result: 'hit' })).toBe(1);
    expect(sample(text, 'leerdam_reply_cache_requests_total', { result: 'miss' })).toBe(1);
    expect(sample(text, 'leerdam_data_info', { version: view.version })).toBe(1);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    if (mode === 'gateway') expect(sample(text, 'leerdam_gateway_shard_ready', { shard: '0' })).toBe(1);
    else expect(text).not.toContain('leerdam_gateway_shard');

    // A hand edit is a reload; a broken save is a refused one, and the old version stays served.
    const edited = JSON.parse(readFileSync(dataFile, 'utf8')) as { meta: { basis: string } };
    edited.meta.basis += ' (edited)';
    // Saved as editors and git do (write, then rename), so the watcher never reads a half-written file.
    const save = (text: string) => {
      writeFileSync(`${dataFile}.tmp`, text);
      renameSync(`${dataFile}.tmp`, dataFile);
    };
    save(JSON.stringify(edited, null, 2));
    const reloaded = await until(async () => {
      const t = await (await fetch(`${started.base}/metrics`)).text();
      return sample(t, 'leerdam_data_reloads_total') === 1 ? t : undefined;
    }, 'the reload to be counted');
    expect(sample(reloaded, 'leerdam_data_info', { version: view.version })).toBe(0);
    save('{ broken');
    const refused = await until(async () => {
      const t = await (await fetch(`${started.base}/metrics`)).text();
      return sample(t, 'leerdam_data_reloads_refused_total') === 1 ? t : undefined;
    }, 'the refusal to be counted');
    expect(sample(refused, 'leerdam_data_reloads_total')).toBe(1);
    expect((await healthz(started.base)).status).toBe(200);
    fake.expectNoViolations();
  });

  it('with REDIS_REQUIRED, reports 503 while Redis is down and ready again when it is back', async () => {
    redis = await TestRedis.start();
    fake = await FakeDiscord.start();
    const dataFile = join(tempDir(), 'leerdam.json');
    copyFileSync(REAL_DATA, dataFile);
    const started = await start(mode, fake, { DATA_FILE: dataFile, CACHE_URL: redis.url, REDIS_REQUIRED: 'true' });
    bot = started.bot;
    expect(await healthz(started.base)).toMatchObject({ status: 200, body: { redis: 'up' } });
    await redis.stop();
    expect(await healthz(started.base)).toMatchObject({ status: 503, body: { status: 'not ready', redis: 'down' } });
    // Not ready for the load balancer, but an interaction that still arrives is answered without the cache.
    const { id } = await fake.command('about');
    expect((await fake.waitForResponse(id)).data.embeds[0].title).toContain('Jutta Leerdam');
    await redis.restart();
    await until(async () => ((await healthz(started.base)).status === 200 ? true : undefined), 'ready again');
    fake.expectNoViolations();
  });
});
