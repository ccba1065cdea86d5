import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createClient } from '@redis/client';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { createLogger } from '../src/log.ts';
import { MINI_DATA, replyText, request, tempDir } from './helpers.ts';
import { TestRedis } from './support/redis-server.ts';

/** A logger whose JSON lines the test can read. */
function capturingLog() {
  const lines: { level: number; msg: string }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger('info', [], stream), lines };
}

/** Fails (instead of hanging the suite) when start-up does not finish in `ms`. */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, guard]);
  } finally {
    clearTimeout(timer);
  }
}

async function eventually<T>(probe: () => Promise<T | undefined>, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function dataFile(): string {
  const file = join(tempDir(), 'leerdam.json');
  copyFileSync(MINI_DATA, file);
  return file;
}

async function sharedVersion(url: string, namespace: string): Promise<string | undefined> {
  const client = createClient({ url, socket: { connectTimeout: 1000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.hGet(`${namespace}:data:current`, 'version')) ?? undefined;
  } finally {
    client.destroy();
  }
}

let apps: App[] = [];
const servers: TestRedis[] = [];
afterEach(async () => {
  await Promise.all(apps.map((app) => app.close()));
  apps = [];
});
afterAll(async () => {
  for (const server of servers) await server.stop();
});

/**
 * With CACHE_URL set but Redis not usable when the bot starts, start-up must finish within the
 * connect bound, serve from memory, say so at warn level, and use Redis once it is there.
 */
describe('Redis not usable at start-up', () => {
  const CONNECT_MS = 1500;

  async function start(url: string, namespace: string) {
    const { log, lines } = capturingLog();
    const app = await within(
      CONNECT_MS + 8000,
      'createApp',
      createApp({
        dataFile: dataFile(),
        cacheUrl: url,
        namespace,
        log,
        watch: true,
        syncEveryMs: 200,
        cacheConnectTimeoutMs: CONNECT_MS,
      }),
    );
    apps.push(app);
    const reply = await within(5000, '/medals', app.responder.command(request('medals')));
    expect(reply.data.flags).toBeUndefined();
    expect(replyText(reply.data)).toMatch(/in total/);
    const warning = lines.find((line) => line.level === 40 && /redis/i.test(line.msg));
    expect(warning?.msg).toMatch(/serving from memory/i);
    return { app, lines };
  }

  it('down: starts, serves, warns, and joins Redis when it is started', async () => {
    const redis = await TestRedis.start();
    servers.push(redis);
    await redis.stop();
    const namespace = `startup-down-${process.pid}`;
    const { app } = await start(redis.url, namespace);
    await redis.restart();
    // The shared data revision is published once Redis is back: this host joined by itself.
    const version = await eventually(() => sharedVersion(redis.url, namespace), 'the revision published to Redis');
    expect(version).toBe(app.data.current().version);
  });

  it('frozen: starts, serves, warns, and joins Redis when it is thawed', async () => {
    const redis = await TestRedis.start();
    servers.push(redis);
    redis.freeze();
    const namespace = `startup-frozen-${process.pid}`;
    const { app } = await start(redis.url, namespace);
    redis.thaw();
    const version = await eventually(
      () => sharedVersion(redis.url, namespace),
      'the revision published to Redis',
      15_000,
    );
    expect(version).toBe(app.data.current().version);
  });

  it('wrong password: starts, serves, and warns without printing the password', async () => {
    const redis = await TestRedis.start(undefined, ['--requirepass', 'right-secret-123']);
    servers.push(redis);
    const { lines } = await start(`redis://:wrong-secret-456@127.0.0.1:${redis.port}`, `startup-auth-${process.pid}`);
    expect(JSON.stringify(lines)).not.toContain('wrong-secret-456');
  });

  it('a database index the server does not have: starts, serves and warns', async () => {
    const redis = await TestRedis.start(undefined, ['--databases', '2']);
    servers.push(redis);
    await start(`${redis.url}/7`, `startup-db-${process.pid}`);
  });
});
