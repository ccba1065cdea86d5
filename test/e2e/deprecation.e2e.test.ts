import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { InteractionResponseType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_DATA, tempDir } from '../helpers.ts';
import { WARNING_HOOK, type BotProcess } from '../support/bot-process.ts';
import { FakeDiscord } from '../../tools/discord-server/index.ts';
import { MODES, startBot } from '../support/modes.ts';
import { TestRedis } from '../support/redis-server.ts';

describe('the deprecation check itself', () => {
  it("prints every warning, discord.js's plain ones too, and --throw-deprecation makes a deprecation fatal", () => {
    const emit = (flags: string[], code: string) =>
      spawnSync(process.execPath, [...flags, '--import', WARNING_HOOK, '-e', code], { encoding: 'utf8' });
    // discord.js 14 warns of `ephemeral` and friends with a plain Warning, not a DeprecationWarning.
    const plain = emit([], 'process.emitWarning(\'Supplying "ephemeral" is deprecated.\')');
    expect(plain.stderr).toContain(
      'PROCESS WARNING {"name":"Warning","message":"Supplying \\"ephemeral\\" is deprecated."}',
    );
    const fatal = emit(['--throw-deprecation'], "process.emitWarning('old API', 'DeprecationWarning')");
    expect(fatal.status).not.toBe(0);
    expect(fatal.stderr).toContain('DeprecationWarning: old API');
  });
});

/**
 * discord.js 15 removes what 14 deprecates (the `ready` event, `ephemeral`, `fetchReply`); 14.28
 * warns when they are used. The bot runs with --throw-deprecation and every warning printed, through
 * every path that touches discord.js: commands, buttons, menus, autocomplete, charts, and the
 * deferred path (deferReply, deferUpdate, editReply), made slow for real by a frozen Redis.
 */
describe.each(MODES)('no deprecated API in use (%s mode)', (mode) => {
  let fake: FakeDiscord;
  let bot: BotProcess;
  let redis: TestRedis;

  beforeAll(async () => {
    redis = await TestRedis.start();
    fake = await FakeDiscord.start({ responseDeadlineMs: 3000 });
    const dataFile = join(tempDir(), 'leerdam.json');
    copyFileSync(REAL_DATA, dataFile);
    ({ bot } = await startBot(
      mode,
      fake,
      { DATA_FILE: dataFile, CACHE_URL: redis.url, CACHE_TIMEOUT_MS: '2500' },
      { nodeOptions: ['--throw-deprecation'] },
    ));
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
    await redis?.stop();
  });

  it('answers through every discord.js path without a single warning', { timeout: 60_000 }, async () => {
    const medals = await fake.waitForResponse((await fake.command('medals', { chart: true })).id);
    const nextOf = (r: { data: { components: { components: { label: string; custom_id: string }[] }[] } }) =>
      r.data.components[0]!.components.find((b) => b.label.includes('Next'))!.custom_id;
    const page2 = await fake.waitForResponse((await fake.button(nextOf(medals))).id);
    await fake.waitForResponse((await fake.command('about')).id);
    await fake.waitForResponse((await fake.select('about:t', ['career'])).id);
    await fake.waitForCallback((await fake.autocomplete('medals', { competition: 'ol' }, 'competition')).id);
    await fake.waitForResponse((await fake.command('nope')).id);
    // Now slow: every cache call waits out the 2.5 s bound, so replies are deferred and edited in.
    redis.freeze();
    const slow = await fake.waitForResponse((await fake.command('records')).id, 15_000);
    expect(slow.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    // A page never shown before: not in the process's own cache either.
    const press = await fake.waitForResponse((await fake.button(nextOf(page2))).id, 15_000);
    expect(press.type).toBe(InteractionResponseType.DeferredMessageUpdate);
    redis.thaw();
    expect(bot.warnings).toEqual([]);
    expect(bot.stderr).not.toMatch(/DeprecationWarning|unhandled rejection|failed to answer/i);
    fake.expectNoViolations();
  });
});
