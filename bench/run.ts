/**
 * `npm run bench` (after `npm run build`, which prebench runs): drives the built bot in gateway
 * mode, the built bot in HTTP mode (npm run start:http, the fake delivering signed interactions to
 * its endpoint) and the built bare discord.js bot (bench/bare-bot.ts) through the local Discord
 * server from the e2e tests, in the same run, and prints for each: start-up time to ready, latency
 * from dispatch to callback (p50, p99) at concurrency 1, interactions per second at concurrency 1
 * and 50, CPU time per interaction at concurrency 50, and resident memory at 100 and 2,500 servers
 * (while serving, after a warm-up; see memoryAt), with the ratios to the bare bot. Then HTTP mode
 * scaled out: three instances behind a round-robin proxy against one behind the same proxy.
 * Each figure is the median of RUNS runs. Options: --runs N (default 3), --json.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BotProcess } from '../test/support/bot-process.ts';
import { FakeDiscord, type PreparedInteraction } from '../tools/discord-server/index.ts';
import { mixed } from '../test/support/interaction-mix.ts';
import { freePort, TestRedis } from '../test/support/redis-server.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } },
});
const RUNS = Number(values.runs);
const LATENCY_SAMPLES = 400;
const THROUGHPUT_C1 = 1500;
const THROUGHPUT_C50 = 6000;
// The first seconds at c=50 run slower for both bots (the harness and the bot warm up to it), so they are not counted.
const WARM_UP_C50 = 2000;

type Kind = 'bot' | 'bare' | 'http';
const KINDS: readonly Kind[] = ['bare', 'bot', 'http'];

interface Figures {
  startupMs: number;
  p50Ms: number;
  p99Ms: number;
  rpsC1: number;
  rpsC50: number;
  cpuUsC50: number;
  rss100MiB: number;
  rss2500MiB: number;
  rss100EarlyMiB: number;
  rss2500EarlyMiB: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

/** CPU time (user + system) a process has used so far, in µs; /proc counts in clock ticks of 10 ms. */
function cpuUs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/** HTTP mode: one instance on a free port, `start:http` as built. */
async function startHttp(fake: FakeDiscord, dataFile: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const bot = await BotProcess.start(
    {
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_PUBLIC_KEY: fake.publicKey,
      HTTP_PORT: String(port),
      HTTP_HOST: '127.0.0.1',
      DATA_FILE: dataFile,
      LOG_LEVEL: 'info',
      ...env,
    },
    'dist/src/main-http.js',
  );
  return { bot, url: `http://127.0.0.1:${port}` };
}

async function startBot(
  kind: Kind,
  fake: FakeDiscord,
  dataFile: string,
): Promise<{ bot: BotProcess; startupMs: number }> {
  const t0 = performance.now();
  let bot: BotProcess;
  if (kind === 'http') {
    const started = await startHttp(fake, dataFile);
    bot = started.bot;
    if (!(await fake.setInteractionsEndpoint(`${started.url}/interactions`))) throw new Error('endpoint not verified');
  } else {
    bot =
      kind === 'bot'
        ? await BotProcess.start({ DISCORD_API_URL: fake.apiUrl, DATA_FILE: dataFile, LOG_LEVEL: 'info' })
        : await BotProcess.start({ DISCORD_API_URL: fake.apiUrl }, 'dist/bench/bare-bot.js', /"msg":"ready"/);
  }
  return { bot, startupMs: performance.now() - t0 };
}

/**
 * HTTP mode: the interactions of a phase are built and signed before it is timed. Signing is
 * Discord's work, not the bot's, and on this 2-core machine it would otherwise be measured against
 * the bot (Ed25519 costs about as much CPU as the bare bot spends on a whole interaction).
 */
const prepared = new WeakMap<FakeDiscord, PreparedInteraction[]>();

async function prepare(fake: FakeDiscord, count: number): Promise<void> {
  if (fake.deliveryMode !== 'http') return;
  const list = await Promise.all(
    Array.from({ length: count }, (_, i) => {
      const { command, options, locale } = mixed(i);
      return fake.prepareCommand(command, options, { locale });
    }),
  );
  prepared.set(fake, list.reverse());
}

/** Dispatch-to-callback time as the server sees it: from INTERACTION_CREATE sent (or the POST started) to callback received. */
async function oneInteraction(fake: FakeDiscord, i: number): Promise<number> {
  const { command, options, locale } = mixed(i);
  const ready = prepared.get(fake)?.pop();
  const { id } = ready ? fake.deliverPrepared(ready) : await fake.command(command, options, { locale });
  const cb = await fake.waitForCallback(id, 10_000);
  return cb.at - fake.interaction(id)!.dispatchedAt;
}

async function throughput(fake: FakeDiscord, total: number, concurrency: number): Promise<number> {
  await prepare(fake, total);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await oneInteraction(fake, next++);
    }),
  );
  return total / ((performance.now() - t0) / 1000);
}

/**
 * Resident memory of a bot that has been serving for a while: the median of RSS samples taken
 * every 100 ms while it answers interactions MEMORY_WARM_UP to 2 × MEMORY_WARM_UP. Before that
 * neither bot has reached its steady heap size (V8 grows the young generation and old space with
 * the garbage a process has made), so an early reading mostly shows how much garbage each has
 * made so far; it is still reported, as the RSS 1.5 s after the first 400 interactions.
 */
const MEMORY_WARM_UP = 2000;

async function memoryAt(kind: Kind, guildCount: number, dataFile: string): Promise<{ steady: number; early: number }> {
  const fake = await FakeDiscord.start({ guildCount, validate: { openapi: false, limits: false } });
  const { bot } = await startBot(kind, fake, dataFile);
  try {
    await throughput(fake, 400, 20); // every code path loaded, caches filled
    await new Promise((r) => setTimeout(r, 1500));
    const early = rssMiB(bot.pid);
    await throughput(fake, MEMORY_WARM_UP - 400, 20);
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(rssMiB(bot.pid)), 100);
    await throughput(fake, MEMORY_WARM_UP, 20);
    clearInterval(sampler);
    samples.push(rssMiB(bot.pid));
    return { steady: median(samples), early };
  } finally {
    await bot.stop();
    await fake.stop();
  }
}

async function measure(kind: Kind, dataFile: string): Promise<Figures> {
  // Validation is the tests' job; here it would only slow the server down for both bots alike.
  const fake = await FakeDiscord.start({ validate: { openapi: false, limits: false } });
  const { bot, startupMs } = await startBot(kind, fake, dataFile);
  try {
    await throughput(fake, 200, 10); // warm-up
    const latencies: number[] = [];
    await prepare(fake, LATENCY_SAMPLES);
    for (let i = 0; i < LATENCY_SAMPLES; i += 1) latencies.push(await oneInteraction(fake, i));
    const rpsC1 = await throughput(fake, THROUGHPUT_C1, 1);
    await throughput(fake, WARM_UP_C50, 50);
    const cpuBefore = cpuUs(bot.pid);
    const rpsC50 = await throughput(fake, THROUGHPUT_C50, 50);
    const cpuUsC50 = (cpuUs(bot.pid) - cpuBefore) / THROUGHPUT_C50;
    return {
      startupMs,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      rpsC1,
      rpsC50,
      cpuUsC50,
      rss100MiB: 0,
      rss2500MiB: 0,
      rss100EarlyMiB: 0,
      rss2500EarlyMiB: 0,
    };
  } finally {
    await bot.stop();
    await fake.stop();
  }
}

interface Scaled {
  rps1: number;
  rps3: number;
  /** CPU per interaction summed over every instance, µs. */
  cpuUs1: number;
  cpuUs3: number;
  /** CPU per interaction of the proxy process, µs (the same proxy in both set-ups). */
  proxyCpuUs1: number;
  proxyCpuUs3: number;
}

const SCALE_TOTAL = 6000;

/**
 * HTTP mode scaled out on this machine: N instances (each with its own data file, as on N hosts,
 * sharing one Redis) behind the round-robin proxy from the tests, run as its own process, against
 * one instance behind the same proxy. Interactions/s at concurrency 50 and CPU per interaction.
 */
async function scaleOut(dataFile: string): Promise<Scaled> {
  const redis = await TestRedis.start();
  try {
    const one = await behindProxy(1, dataFile, redis.url);
    const three = await behindProxy(3, dataFile, redis.url);
    return {
      rps1: one.rps,
      rps3: three.rps,
      cpuUs1: one.cpuUs,
      cpuUs3: three.cpuUs,
      proxyCpuUs1: one.proxyCpuUs,
      proxyCpuUs3: three.proxyCpuUs,
    };
  } finally {
    await redis.stop();
  }
}

async function behindProxy(instances: number, dataFile: string, cacheUrl: string) {
  const fake = await FakeDiscord.start({ validate: { openapi: false, limits: false } });
  const started = await Promise.all(
    Array.from({ length: instances }, async (_, i) => {
      const own = join(dir, `instance-${instances}-${i}.json`);
      copyFileSync(dataFile, own);
      return startHttp(fake, own, { CACHE_URL: cacheUrl });
    }),
  );
  const proxy = await BotProcess.start(
    { UPSTREAMS: started.map((s) => s.url).join(',') },
    'test/support/proxy-process.ts',
    /"msg":"ready"/,
  );
  try {
    const port = Number(/"port":(\d+)/.exec(proxy.stdout)![1]);
    if (!(await fake.setInteractionsEndpoint(`http://127.0.0.1:${port}/interactions`)))
      throw new Error('proxy endpoint');
    // Each instance gets the warm-up one instance gets, so none is measured before its JIT has settled.
    await throughput(fake, WARM_UP_C50 * instances, 50);
    const pids = started.map((s) => s.bot.pid);
    const before = pids.map(cpuUs);
    const proxyBefore = cpuUs(proxy.pid);
    const rps = await throughput(fake, SCALE_TOTAL, 50);
    const cpu = pids.map(cpuUs).reduce((sum, after, i) => sum + after - before[i]!, 0);
    return { rps, cpuUs: cpu / SCALE_TOTAL, proxyCpuUs: (cpuUs(proxy.pid) - proxyBefore) / SCALE_TOTAL };
  } finally {
    await proxy.stop();
    await Promise.all(started.map((s) => s.bot.stop()));
    await fake.stop();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'leerdam-bench-'));
const dataFile = join(dir, 'leerdam.json');
copyFileSync('data/leerdam.json', dataFile);
const runs: Record<Kind, Figures[]> = { bot: [], bare: [], http: [] };
const scaling: Scaled[] = [];
try {
  for (let run = 1; run <= RUNS; run += 1) {
    // Rotate which bot goes first: the machine's state drifts within a run (CPU boost, caches).
    const order = [...KINDS.slice((run - 1) % KINDS.length), ...KINDS.slice(0, (run - 1) % KINDS.length)];
    for (const kind of order) {
      const f = await measure(kind, dataFile);
      ({ steady: f.rss100MiB, early: f.rss100EarlyMiB } = await memoryAt(kind, 100, dataFile));
      ({ steady: f.rss2500MiB, early: f.rss2500EarlyMiB } = await memoryAt(kind, 2500, dataFile));
      runs[kind].push(f);
      process.stderr.write(`run ${run}/${RUNS} ${kind}: ${JSON.stringify(f)}\n`);
    }
    const scaled = await scaleOut(dataFile);
    scaling.push(scaled);
    process.stderr.write(`run ${run}/${RUNS} scale-out: ${JSON.stringify(scaled)}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const keys: (keyof Figures)[] = [
  'startupMs',
  'p50Ms',
  'p99Ms',
  'rpsC1',
  'rpsC50',
  'cpuUsC50',
  'rss100MiB',
  'rss2500MiB',
  'rss100EarlyMiB',
  'rss2500EarlyMiB',
];
const med = (kind: Kind) =>
  Object.fromEntries(keys.map((k) => [k, median(runs[kind].map((r) => r[k]))])) as unknown as Figures;
const bot = med('bot');
const bare = med('bare');
const http = med('http');
const scaled = Object.fromEntries(
  (Object.keys(scaling[0]!) as (keyof Scaled)[]).map((k) => [k, median(scaling.map((s) => s[k]))]),
) as unknown as Scaled;
const labels: Record<keyof Figures, string> = {
  startupMs: 'start-up to ready (ms)',
  p50Ms: 'latency p50, c=1 (ms)',
  p99Ms: 'latency p99, c=1 (ms)',
  rpsC1: 'interactions/s, c=1',
  rpsC50: 'interactions/s, c=50',
  cpuUsC50: 'CPU per interaction, c=50 (µs)',
  rss100MiB: 'RSS, 100 servers, serving (MiB)',
  rss2500MiB: 'RSS, 2,500 servers, serving (MiB)',
  rss100EarlyMiB: 'RSS, 100 servers, after the first 400 (MiB)',
  rss2500EarlyMiB: 'RSS, 2,500 servers, after the first 400 (MiB)',
};
if (values.json) {
  process.stdout.write(`${JSON.stringify({ runs: RUNS, bot, bare, http, scaled }, null, 2)}\n`);
} else {
  const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
  // Runs differ more from each other than the bots within one run, so also give the median of per-run ratios.
  const runRatio = (kind: Kind, k: keyof Figures) => median(runs[kind].map((b, i) => b[k] / runs.bare[i]![k]));
  process.stdout.write(
    `Median of ${RUNS} runs (node ${process.version})\n\n| figure | bot (gateway) | bot (HTTP) | bare | gateway/bare | HTTP/bare | per-run gateway/bare | per-run HTTP/bare |\n|---|---:|---:|---:|---:|---:|---:|---:|\n`,
  );
  for (const k of keys)
    process.stdout.write(
      `| ${labels[k]} | ${fmt(bot[k])} | ${fmt(http[k])} | ${fmt(bare[k])} | ${(bot[k] / bare[k]).toFixed(2)} | ${(http[k] / bare[k]).toFixed(2)} | ${runRatio('bot', k).toFixed(2)} | ${runRatio('http', k).toFixed(2)} |\n`,
    );
  process.stdout.write(
    `\nHTTP mode behind the round-robin proxy (c=50, one Redis): 1 instance ${fmt(scaled.rps1)}/s, 3 instances ${fmt(scaled.rps3)}/s: ` +
      `${(scaled.rps3 / scaled.rps1).toFixed(2)}× (target ≥ 2.5×); CPU per interaction summed over the instances ${fmt(scaled.cpuUs1)} → ${fmt(scaled.cpuUs3)} µs, proxy ${fmt(scaled.proxyCpuUs1)} → ${fmt(scaled.proxyCpuUs3)} µs\n` +
      `HTTP mode vs bare gateway bot: c=50 throughput ${(http.rpsC50 / bare.rpsC50).toFixed(2)}× (target ≥ 2×), RSS serving ${((http.rss100MiB / bare.rss100MiB - 1) * 100).toFixed(1)} % (target: lower)\n`,
  );
  process.stdout.write(
    `\nTargets: throughput ≥ 0.9 × bare (c=1: ${(bot.rpsC1 / bare.rpsC1).toFixed(2)}, c=50: ${(bot.rpsC50 / bare.rpsC50).toFixed(2)}); ` +
      `p99 within 2 ms of bare (${(bot.p99Ms - bare.p99Ms).toFixed(2)} ms); memory while serving within 15 % of bare (100: ${((bot.rss100MiB / bare.rss100MiB - 1) * 100).toFixed(1)} %, 2,500: ${((bot.rss2500MiB / bare.rss2500MiB - 1) * 100).toFixed(1)} %; after the first 400 only: ${((bot.rss100EarlyMiB / bare.rss100EarlyMiB - 1) * 100).toFixed(1)} %, ${((bot.rss2500EarlyMiB / bare.rss2500EarlyMiB - 1) * 100).toFixed(1)} %); ` +
      `bot at 2,500 vs 100 servers: ${((bot.rss2500MiB / bot.rss100MiB - 1) * 100).toFixed(1)} % (target ≤ 10 %)\n`,
  );
}
