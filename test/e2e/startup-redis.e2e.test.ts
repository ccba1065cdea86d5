import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@redis/client';
import { MessageFlags } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { loadView, REAL_DATA, seededRandom, tempDir } from '../helpers.ts';
import { BotProcess } from '../support/bot-process.ts';
import { FakeDiscord } from '../../tools/discord-server/index.ts';
import { HOSTILE } from '../support/fuzz.ts';
import { TestRedis } from '../support/redis-server.ts';

const MANAGE_GUILD = '32';
const view = loadView(REAL_DATA);

async function sharedVersion(url: string): Promise<string | undefined> {
  const client = createClient({ url, socket: { connectTimeout: 1000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.hGet('leerdam:data:current', 'version')) ?? undefined;
  } finally {
    client.destroy();
  }
}

/**
 * The built bot (and the sharded manager) started while its Redis is down or frozen: it must
 * become ready, answer, warn, and join Redis once it is back, with no restart.
 */
describe('Redis not usable when the bot starts (built bot, fake Discord)', () => {
  let fake: FakeDiscord | undefined;
  let bot: BotProcess | undefined;
  let redis: TestRedis | undefined;
  afterEach(async () => {
    await bot?.stop();
    await fake?.stop();
    await redis?.stop();
    bot = fake = redis = undefined;
  });

  async function startBot(entry: string, env: Record<string, string> = {}) {
    fake = await FakeDiscord.start({ responseDeadlineMs: 3000 });
    const dataFile = join(tempDir(), 'leerdam.json');
    copyFileSync(REAL_DATA, dataFile);
    bot = await BotProcess.start(
      {
        DISCORD_API_URL: fake.apiUrl,
        DATA_FILE: dataFile,
        CACHE_URL: redis!.url,
        CACHE_CONNECT_TIMEOUT_MS: '1000',
        ...env,
      },
      entry,
    );
    expect(bot.stderr).toMatch(/"level":40[^\n]*Redis is not usable at start-up: serving from memory/);
    const { id } = await fake.command('medals');
    const reply = await fake.waitForResponse(id);
    expect(reply.data.embeds[0].description).toContain(`— ${view.tally.total} in total`);
    return { fake, bot };
  }

  it('npm start with Redis down: ready, answers, then joins Redis when it is started', async () => {
    redis = await TestRedis.start();
    await redis.stop();
    const { bot: running, fake: discord } = await startBot('dist/src/main.js');
    await redis.restart();
    await running.waitFor(/Redis is usable/, 15_000);
    // The bot published its data revision to the Redis it joined, and moderator edits work through it.
    const version = await (async () => {
      for (let i = 0; i < 50; i += 1) {
        const found = await sharedVersion(redis.url).catch(() => undefined);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return undefined;
    })();
    expect(version).toBe(view.version);
    const edit = await discord.command(
      'data edit',
      { id: view.medalsNewestFirst[0]!.id, field: 'result', value: '1:11.11' },
      { member: { permissions: MANAGE_GUILD } },
    );
    const edited = await discord.waitForResponse(edit.id, 10_000);
    expect(edited.data.embeds[0].title).toBe('Data updated');
    expect(await sharedVersion(redis.url)).not.toBe(view.version);
    discord.expectNoViolations();
  }, 60_000);

  it('npm run start:sharded with Redis frozen: the shard becomes ready and answers, then joins Redis', async () => {
    redis = await TestRedis.start();
    redis.freeze();
    const { bot: running } = await startBot('dist/src/sharded.js', { SHARD_COUNT: '1' });
    redis.thaw();
    await running.waitFor(/Redis is usable/, 20_000);
  }, 60_000);
});

/** A smaller pass of the moderator and button fuzz through discord.js and the fake server. */
describe('e2e fuzz: /data as a moderator and the ids the bot emits', () => {
  it('every /data reply is ephemeral and says something /data says; every emitted id answers', async () => {
    const fake = await FakeDiscord.start({ responseDeadlineMs: 3000 });
    const dataFile = join(tempDir(), 'leerdam.json');
    copyFileSync(REAL_DATA, dataFile);
    const bot = await BotProcess.start({ DISCORD_API_URL: fake.apiUrl, DATA_FILE: dataFile });
    try {
      const rand = seededRandom(5);
      const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
      const ids = view.medalsNewestFirst.map((medal) => medal.id);
      const titles =
        /^(Data updated|Change refused|Data file is valid|Data file has errors|Recent data changes|Reloaded|Already up to date|Something is not right)$/;
      for (let i = 0; i < 40; i += 1) {
        const [path, options] = pick([
          ['data validate', {}],
          ['data history', {}],
          ['data undo', {}],
          ['data restore', { snapshot: pick(['../../x', 'nope.json']) }],
          ['data remove', { id: pick([...ids, 'nope', pick(HOSTILE).slice(0, 60)]) }],
          [
            'data edit',
            {
              id: pick(ids),
              field: pick(['result', 'venue.nl', '__proto__.x', 'date']),
              value: pick(['1:11.11', '2021-02-30', 'x']),
            },
          ],
        ] as [string, Record<string, string>][]);
        const { id } = await fake.command(path, options, { member: { permissions: MANAGE_GUILD } });
        const reply = await fake.waitForResponse(id, 10_000);
        expect(reply.data.flags, path).toBe(MessageFlags.Ephemeral);
        expect(reply.data.embeds[0].title, `${path} ${JSON.stringify(options)}`).toMatch(titles);
        expect(JSON.stringify(reply.data)).not.toMatch(/something went wrong/);
      }
      const first = await fake.waitForResponse((await fake.command('medals', { chart: true })).id);
      const buttons = first.data.components
        .flatMap((row: { components: { custom_id?: string; disabled?: boolean }[] }) => row.components)
        .filter((button: { custom_id?: string; disabled?: boolean }) => button.custom_id && !button.disabled);
      expect(buttons.length).toBeGreaterThan(0);
      for (const button of buttons) {
        const press = await fake.button(button.custom_id as string);
        const reply = await fake.waitForResponse(press.id, 10_000);
        // "Report a mistake" opens its form; the page buttons turn the page.
        if (button.custom_id!.startsWith('report:')) expect(reply.type).toBe(9);
        else expect(reply.data.embeds[0].footer.text).toMatch(/^Page \d+\//);
      }
      fake.expectNoViolations();
      expect(bot.stderr).not.toMatch(/unhandled rejection|failed to answer/i);
    } finally {
      await bot.stop();
      await fake.stop();
    }
  }, 90_000);
});
