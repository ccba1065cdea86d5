import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { InteractionResponseType, MessageFlags, PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages.ts';
import { loadView, REAL_DATA, replyText, tempDir } from '../helpers.ts';
import type { BotProcess } from '../support/bot-process.ts';
import { FakeDiscord, type InteractionContext } from '../../tools/discord-server/index.ts';
import { MODES, startBot } from '../support/modes.ts';

const MOD = { permissions: String(PermissionFlagsBits.ManageGuild) };

/** Every place a member can run the bot's commands since user installs, and whether /data belongs there. */
const SURFACES: { name: string; ctx: InteractionContext; dataAllowed: boolean }[] = [
  { name: 'a server that added the bot', ctx: { surface: 'guild', install: 'guild' }, dataAllowed: true },
  {
    name: 'a server where only the user installed the app (the bot is no member there)',
    ctx: { surface: 'guild', install: 'user' },
    dataAllowed: false,
  },
  { name: 'a DM with the bot', ctx: { surface: 'bot-dm', install: 'user' }, dataAllowed: false },
  { name: 'a group DM', ctx: { surface: 'private-channel', install: 'user' }, dataAllowed: false },
];

let channel = 0;
const freshChannel = () => `61000000000000${String((channel += 1)).padStart(4, '0')}`;

describe.each(MODES)('user installs: every surface (%s mode)', (mode) => {
  let fake: FakeDiscord;
  let bot: BotProcess;
  const view = loadView(REAL_DATA);
  const quotes = view.dataset.quotes.length;

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

  describe.each(SURFACES)('in $name', ({ ctx, dataAllowed }) => {
    it('answers /medals, /ask and autocomplete without a guild or member where there is none', async () => {
      const medals = await fake.waitForResponse((await fake.command('medals', {}, ctx)).id);
      expect(medals.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(medals.data.flags ?? 0).toBe(0);
      expect(medals.data.embeds[0].description).toContain(`— ${view.tally.total} in total`);
      expect(medals.data.allowed_mentions).toEqual({ parse: [] });
      const ask = await fake.waitForResponse(
        (await fake.command('ask', { question: 'Waar is ze geboren?' }, { ...ctx, locale: 'nl' })).id,
      );
      expect(ask.data.embeds[0].title).toContain('Waar is ze geboren?');
      expect(replyText(ask.data)).toContain(view.dataset.profile.birthplace.value.nl.split(' ')[0]!);
      const typed = await fake.waitForCallback((await fake.autocomplete('quote', { topic: 'oly' }, 'topic', ctx)).id);
      const choices = (typed.body as { data: { choices: { value: string }[] } }).data.choices;
      expect(choices.map((c) => c.value)).toContain('olympics');
      fake.expectNoViolations();
    });

    it("keys the quote rotation by this channel: no repeat, and the button goes on with the channel's rotation", async () => {
      const here = { ...ctx, channelId: freshChannel() };
      const first = await fake.waitForResponse((await fake.command('quote', {}, here)).id);
      const second = await fake.waitForResponse((await fake.command('quote', {}, here)).id);
      expect(first.data.embeds[0].footer.text).toContain(t('en').quoteCycle(1, quotes));
      expect(second.data.embeds[0].footer.text).toContain(t('en').quoteCycle(2, quotes));
      expect(second.data.embeds[0].description).not.toBe(first.data.embeds[0].description);
      const customId = second.data.components[0].components[0].custom_id as string;
      const third = await fake.waitForResponse((await fake.button(customId, here)).id);
      expect(third.data.embeds[0].footer.text).toContain(t('en').quoteCycle(3, quotes));
      const shown = [first, second, third].map((r) => r.data.embeds[0].description as string);
      expect(new Set(shown).size).toBe(3);
      fake.expectNoViolations();
    });

    it(
      dataAllowed
        ? 'serves /data to a moderator'
        : 'refuses /data politely, even to someone with Manage Server, in English and in Dutch',
      async () => {
        const r = await fake.waitForResponse((await fake.command('data validate', {}, { ...ctx, member: MOD })).id);
        expect(r.data.flags).toBe(MessageFlags.Ephemeral);
        if (dataAllowed) expect(replyText(r.data)).toContain(t('en').moderation.validTitle);
        else {
          expect(replyText(r.data)).toContain(t('en').moderation.guildOnly);
          const nl = await fake.waitForResponse(
            (await fake.command('data validate', {}, { ...ctx, member: MOD, locale: 'nl' })).id,
          );
          expect(replyText(nl.data)).toContain(t('nl').moderation.guildOnly);
        }
        fake.expectNoViolations();
      },
    );
  });

  it('never logged a warning or an unhandled error on any surface', () => {
    expect(bot.warnings).toEqual([]);
    expect(bot.stderr).not.toMatch(/unhandled rejection|failed to answer/i);
  });
});
