import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REAL_DATA, tempDir } from '../helpers.ts';
import { BotProcess } from '../support/bot-process.ts';
import { FakeDiscord } from '../../tools/discord-server/index.ts';
import { sleep } from '../support/load.ts';
import { freePortRun } from '../support/redis-server.ts';

const shardOf = (guildId: string, count: number) => Number((BigInt(guildId) >> 22n) % BigInt(count));

/** `npm run start:sharded` as built: discord.js's ShardingManager with one process per shard. */
describe('npm run start:sharded', () => {
  let fake: FakeDiscord | undefined;
  let manager: BotProcess | undefined;

  afterEach(async () => {
    await manager?.stop();
    await fake?.stop();
    manager = undefined;
    fake = undefined;
  });

  async function start(
    shards: number,
    env: Record<string, string>,
    readyLines: number,
  ): Promise<{ fake: FakeDiscord; manager: BotProcess }> {
    // max_concurrency lets the shards identify together instead of 5 s apart.
    fake = await FakeDiscord.start({ shards, maxConcurrency: shards, guildCount: 6 });
    const dataFile = join(tempDir(), 'leerdam.json');
    copyFileSync(REAL_DATA, dataFile);
    manager = await BotProcess.start(
      { DISCORD_API_URL: fake.apiUrl, DATA_FILE: dataFile, ...env },
      'dist/src/sharded.js',
      /"msg":"shard launched"/,
    );
    await manager.waitFor(
      new RegExp(Array.from({ length: readyLines }, () => '"msg":"ready"').join('[\\s\\S]*')),
      30_000,
    );
    return { fake, manager };
  }

  it('takes the shard count from GET /gateway/bot, and every shard answers the guilds it owns', async () => {
    // Each shard listens on METRICS_PORT plus its shard number: both ports must be free.
    const metricsPort = await freePortRun(2);
    const { fake } = await start(2, { METRICS_PORT: String(metricsPort), HTTP_HOST: '127.0.0.1' }, 2);
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const answeredBy = new Set<number>();
    for (const guild of fake.guilds) {
      const sent = await fake.command('medals', {}, { guildId: guild.id });
      expect(sent.shardId).toBe(shardOf(guild.id, 2));
      const r = await fake.waitForResponse(sent.id);
      expect(r.data.embeds[0].title).toBe('Jutta Leerdam — medals');
      answeredBy.add(sent.shardId);
    }
    expect(answeredBy).toEqual(new Set([0, 1]));
    // Each shard process serves its own health and metrics on METRICS_PORT + its shard id.
    for (const shard of [0, 1]) {
      const base = `http://127.0.0.1:${metricsPort + shard}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const text = await (await fetch(`${base}/metrics`)).text();
      expect(text).toContain(`leerdam_gateway_shard_ready{shard="${shard}",mode="gateway"} 1`);
      expect(text).not.toContain(`shard="${1 - shard}"`);
    }
    fake.expectNoViolations();
  });

  it('runs only SHARD_IDS of SHARD_COUNT on this host', async () => {
    const { fake, manager } = await start(3, { SHARD_COUNT: '3', SHARD_IDS: '1' }, 1);
    await sleep(500);
    expect(fake.identifies.map((i) => i.shard)).toEqual([[1, 3]]);
    const mine = fake.guilds.find((g) => shardOf(g.id, 3) === 1);
    expect(mine, 'the fake has a guild on shard 1').toBeDefined();
    const sent = await fake.command('about', {}, { guildId: mine!.id });
    expect((await fake.waitForResponse(sent.id)).data.embeds[0].title).toContain('Jutta Leerdam');
    // SIGTERM reaches the manager, which stops its shards (each drains its replies) and exits 0.
    manager.signal('SIGTERM');
    expect(await Promise.race([manager.exited, sleep(10_000).then(() => 'still running' as const)])).toEqual({
      code: 0,
      signal: null,
    });
  });
});
