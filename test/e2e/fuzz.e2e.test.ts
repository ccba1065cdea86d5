import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApplicationCommandOptionType, InteractionType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_DATA, seededRandom, tempDir } from '../helpers.ts';
import type { BotProcess } from '../support/bot-process.ts';
import { FakeDiscord } from '../../tools/discord-server/index.ts';
import { MODES, startBot } from '../support/modes.ts';
import { COMMAND_NAMES, HOSTILE, randomValue } from '../support/fuzz.ts';

const TOTAL = 10_000;
const CONCURRENCY = 50;
const OPTION_NAMES = ['competition', 'event', 'year', 'medal', 'topic', 'question', 'bogus', 'x'.repeat(40)];

/** One random interaction: commands, buttons, menus and autocomplete, well-formed or not. */
function randomInteraction(rand: () => number, fake: FakeDiscord): Record<string, unknown> {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const options = Array.from({ length: Math.floor(rand() * 4) }, () => {
    const value = randomValue(rand);
    const type =
      typeof value === 'number'
        ? Number.isInteger(value)
          ? ApplicationCommandOptionType.Integer
          : ApplicationCommandOptionType.Number
        : typeof value === 'boolean'
          ? ApplicationCommandOptionType.Boolean
          : ApplicationCommandOptionType.String;
    return {
      name: pick(OPTION_NAMES),
      type: rand() < 0.1 ? 99 : type,
      value,
      ...(rand() < 0.05 ? { focused: true } : {}),
    };
  });
  const guild = fake.guilds[0]!;
  const base: Record<string, unknown> = {
    locale: rand() < 0.5 ? 'nl' : pick(['en-US', 'de', '', 'xx-YY']),
    channel_id: guild.channelId,
  };
  const r = rand();
  if (r < 0.1) {
    // Missing member data in a guild interaction.
    base.member = undefined;
    base.user = {
      id: '100000000000000009',
      username: pick(HOSTILE).slice(0, 32),
      discriminator: '0',
      avatar: null,
      global_name: null,
    };
  } else if (r < 0.2) {
    base.guild_id = null;
    base.member = undefined;
    base.user = { id: '100000000000000008', username: 'dm-user', discriminator: '0', avatar: null, global_name: null };
  }
  const kind = rand();
  if (kind < 0.7) {
    return {
      ...base,
      type: InteractionType.ApplicationCommand,
      data: { id: '1', name: pick(COMMAND_NAMES).slice(0, 100), type: 1, options },
    };
  }
  if (kind < 0.85) {
    const customId = pick([
      'medals:p:2:,,,',
      'medals:p:-5:x,y,z,w',
      'quote:a:',
      'quote:a:@everyone',
      'timeline:p:99:',
      'about:t',
      'nope',
      '',
      pick(HOSTILE).slice(0, 100),
    ]);
    return {
      ...base,
      type: InteractionType.MessageComponent,
      data: { custom_id: customId, component_type: 2 },
      message: {
        id: '1',
        channel_id: guild.channelId,
        content: '',
        embeds: [],
        components: [],
        attachments: [],
        author: { id: fake.bot.id, username: 'bot', discriminator: '0', avatar: null, global_name: null },
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: [],
        mention_roles: [],
        pinned: false,
        type: 0,
        flags: 0,
      },
    };
  }
  const focused = {
    name: pick(OPTION_NAMES),
    type: ApplicationCommandOptionType.String,
    value: String(randomValue(rand)).slice(0, 200),
    focused: true,
  };
  return {
    ...base,
    type: InteractionType.ApplicationCommandAutocomplete,
    data: { id: '1', name: pick(COMMAND_NAMES).slice(0, 100), type: 1, options: [focused] },
  };
}

describe.each(MODES)(`fuzz: ${TOTAL} random, oversized, unknown and malformed interactions (%s mode)`, (mode) => {
  let fake: FakeDiscord;
  let bot: BotProcess;

  beforeAll(async () => {
    fake = await FakeDiscord.start({ responseDeadlineMs: 3000 });
    const dataFile = join(tempDir(), 'leerdam.json');
    copyFileSync(REAL_DATA, dataFile);
    ({ bot } = await startBot(mode, fake, { DATA_FILE: dataFile }));
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
  });

  it('answers every one, never pings, never crashes', { timeout: 240_000 }, async () => {
    const rand = seededRandom(2026);
    let sent = 0;
    let answered = 0;
    const unanswered: string[] = [];
    const worker = async () => {
      while (sent < TOTAL) {
        sent += 1;
        const { id } = await fake.dispatchInteraction(randomInteraction(rand, fake));
        try {
          await fake.waitForCallback(id, 5000);
          answered += 1;
        } catch (error) {
          unanswered.push((error as Error).message);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    process.stdout.write(
      `fuzz (${mode} mode): sent ${sent}, answered ${answered}, violations ${fake.violations.length}\n`,
    );
    expect(unanswered.slice(0, 5)).toEqual([]);
    expect(answered).toBe(sent);
    expect(sent).toBeGreaterThanOrEqual(TOTAL);
    expect(fake.violations.slice(0, 5)).toEqual([]);
    for (const r of fake.requests) {
      const body = r.body as { type?: number; data?: { allowed_mentions?: unknown; content?: string } } | undefined;
      if (!r.path.endsWith('/callback') || !body?.data || body.type === 8) continue;
      expect(body.data.allowed_mentions).toEqual({ parse: [] });
    }
    expect(bot.stderr).not.toMatch(/unhandled rejection|uncaught|failed to answer/i);
    expect(bot.exited).toBeDefined();
  });
});
