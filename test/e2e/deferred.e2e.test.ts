import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { InteractionResponseType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadView, REAL_DATA, tempDir } from '../helpers.ts';
import type { BotProcess } from '../support/bot-process.ts';
import { FakeDiscord } from '../../tools/discord-server/index.ts';
import { MODES, startBot } from '../support/modes.ts';
import { TestRedis } from '../support/redis-server.ts';

/**
 * A reply that takes longer than 1.5 s is acknowledged first and edited in. Made slow for real:
 * the bot's own Redis is frozen and its cache bound raised to 2.5 s (as for a distant Redis),
 * so every cache read waits that long before the reply is computed without it.
 */
describe.each(MODES)('slow replies are deferred, then edited in (%s mode)', (mode) => {
  let fake: FakeDiscord;
  let bot: BotProcess;
  let redis: TestRedis;
  const view = loadView(REAL_DATA);

  beforeAll(async () => {
    redis = await TestRedis.start();
    fake = await FakeDiscord.start({ responseDeadlineMs: 3000 });
    const dataFile = join(tempDir(), 'leerdam.json');
    copyFileSync(REAL_DATA, dataFile);
    ({ bot } = await startBot(mode, fake, { DATA_FILE: dataFile, CACHE_URL: redis.url, CACHE_TIMEOUT_MS: '2500' }));
    // One answered command first, so the cache's connection is open: freezing it then makes reads hang
    // (a connection attempt to a frozen Redis would instead give up after the 1 s connect timeout).
    const warm = await fake.command('help');
    await fake.waitForResponse(warm.id);
    redis.freeze();
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
    await redis?.stop();
  });

  it('a slash command gets a deferred reply, then the real reply as an edit, mentions off', async () => {
    const { id } = await fake.command('medals');
    const r = await fake.waitForResponse(id, 15_000);
    expect(r.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(r.edit).not.toBeNull();
    expect(r.data.embeds[0].description).toContain(`— ${view.tally.total} in total`);
    expect(r.data.allowed_mentions).toEqual({ parse: [] });
    fake.expectNoViolations();
  });

  it('a button press gets a deferred update, then the new page as an edit', async () => {
    const { id } = await fake.command('medals');
    const first = await fake.waitForResponse(id, 15_000);
    const next = first.data.components[0].components.find((b: { label: string }) => b.label.includes('Next'));
    const press = await fake.button(next.custom_id);
    const r = await fake.waitForResponse(press.id, 15_000);
    expect(r.type).toBe(InteractionResponseType.DeferredMessageUpdate);
    expect(r.data.embeds[0].footer.text).toMatch(/^Page 2\//);
    fake.expectNoViolations();
    expect(bot.stderr).not.toMatch(/unhandled rejection|failed to answer/i);
  });

  it('an edit that fails with 500 is retried until it lands', async () => {
    fake.failNext(/^PATCH \/webhooks\//, 500, 2);
    const { id } = await fake.command('timeline');
    const r = await fake.waitForResponse(id, 15_000);
    expect(r.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(r.data.embeds[0].title).toContain('Jutta Leerdam');
    const edits = fake.requestsTo(
      new RegExp(`/webhooks/\\d+/${r.callback.path.split('/')[3]}/messages/@original$`),
      'PATCH',
    );
    // The edit that landed is recorded before its status is written.
    await fake.waitUntil(() => edits.every((e) => e.status !== 0), 2000, 'the last edit to be answered');
    expect(edits.map((e) => e.status)).toEqual([500, 500, 200]);
    fake.expectNoViolations();
    expect(bot.stderr).not.toMatch(/unhandled rejection|failed to/i);
  });
});
