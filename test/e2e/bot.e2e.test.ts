import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { InteractionResponseType, MessageFlags, PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistry, definitions } from '../../commands/index.ts';
import { FakeDiscord } from '../../tools/discord-server/index.ts';
import { FAKE_TOKEN, type BotProcess } from '../support/bot-process.ts';
import { MODES, startBot } from '../support/modes.ts';
import { runCommand } from '../support/run.ts';
import { loadView, REAL_DATA, replyText, tempDir } from '../helpers.ts';

const MOD = { permissions: String(PermissionFlagsBits.ManageGuild) };

describe.each(MODES)('the real bot against a local Discord server (%s mode)', (mode) => {
  let fake: FakeDiscord;
  let bot: BotProcess;
  let endpointUrl: string | undefined;
  const view = loadView(REAL_DATA);

  const deploy = async (env: Record<string, string> = {}) => {
    const result = await runCommand(process.execPath, ['--import', 'tsx', 'src/deploy.ts'], {
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      ...env,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Registered \d+ commands globally/);
    return result;
  };

  beforeAll(async () => {
    fake = await FakeDiscord.start({ responseDeadlineMs: 3000, guildCount: 3 });
    const dataFile = join(tempDir(), 'leerdam.json');
    copyFileSync(REAL_DATA, dataFile);
    if (mode === 'gateway') await deploy();
    const started = await startBot(
      mode,
      fake,
      { DATA_FILE: dataFile, MODERATOR_LOG_CHANNEL_ID: '700000000000000001' },
      { setEndpoint: false },
    );
    bot = started.bot;
    if (mode === 'http') {
      // As an operator would: the endpoint runs first, then deploy points the application at it.
      endpointUrl = `${started.url!}/interactions`;
      const result = await deploy({ DISCORD_INTERACTIONS_URL: endpointUrl });
      expect(result.stdout).toContain(`Interactions endpoint set to ${endpointUrl}`);
    }
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
  });

  it('registers every command with a payload Discord accepts', () => {
    const names = fake.commands.map((c) => c.name).sort();
    expect(names).toEqual(
      definitions(createRegistry())
        .map((d) => d.name)
        .sort(),
    );
    const put = fake.requestsTo(/\/applications\/\d+\/commands$/, 'PUT');
    expect(put).toHaveLength(1);
    expect(fake.deliveryMode).toBe(mode);
    if (mode === 'http') {
      expect(fake.requestsTo(/^\/applications\/@me$/, 'PATCH').map((r) => r.body)).toEqual([
        { interactions_endpoint_url: endpointUrl },
      ]);
      expect(fake.interactionsEndpointUrl).toBe(endpointUrl);
    }
    fake.expectNoViolations();
  });

  it('answers /medals with the tally, the list and page buttons that work', async () => {
    const { id } = await fake.command('medals');
    const r = await fake.waitForResponse(id);
    expect(r.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(r.data.embeds[0].description).toContain(`— ${view.tally.total} in total`);
    expect(r.data.allowed_mentions).toEqual({ parse: [] });
    const next = r.data.components[0].components.find((b: { label: string }) => b.label.includes('Next'));
    const page2 = await fake.button(next.custom_id);
    const p2 = await fake.waitForResponse(page2.id);
    expect(p2.type).toBe(InteractionResponseType.UpdateMessage);
    expect(p2.data.embeds[0].footer.text).toMatch(/^Page 2\//);
  });

  it('answers /results with a page of races and a page button that works through discord.js', async () => {
    const { id } = await fake.command('results', { competition: 'world-cup' });
    const r = await fake.waitForResponse(id);
    const worldCup = view.resultsNewestFirst.filter((x) => x.competition === 'world-cup');
    const total = worldCup.length + view.dataset.worldCupStandings.length;
    expect(r.data.embeds[0].description).toContain(`**${total} results**`);
    expect(r.data.embeds[0].description).toContain(worldCup[0]!.sources[0]);
    const next = r.data.components[0].components.find((b: { label: string }) => b.label.includes('Next'));
    expect(next.custom_id).toBe('results:p:2:world-cup,,,');
    const page2 = await fake.waitForResponse((await fake.button(next.custom_id)).id);
    expect(page2.type).toBe(InteractionResponseType.UpdateMessage);
    expect(page2.data.embeds[0].footer.text).toMatch(/^Page 2\//);
    expect(page2.data.embeds[0].description).not.toBe(r.data.embeds[0].description);
    expect(page2.data.allowed_mentions).toEqual({ parse: [] });
    fake.expectNoViolations();
  });

  it('answers every command and option kind, in English and in Dutch', async () => {
    const calls: [string, Record<string, string | number>, string][] = [
      ['medals', { competition: 'olympics', medal: 'gold' }, 'medals'],
      ['quote', {}, 'said'],
      ['about', { topic: 'career' }, 'Career'],
      ['records', {}, 'personal bests'],
      ['records', { distance: '500m' }, '500 m personal bests'],
      ['results', { season: '2025/26' }, 'results'],
      ['timeline', { year: view.timelineYears.at(-1)! }, String(view.timelineYears.at(-1))],
      ['help', {}, 'help'],
      ['ask', { question: 'When did she win Olympic gold?' }, 'When did she win Olympic gold?'],
    ];
    for (const [name, options, expected] of calls) {
      const { id } = await fake.command(name, options);
      const r = await fake.waitForResponse(id);
      expect(r.data.flags ?? 0, name).toBe(0);
      expect(r.data.embeds[0].title, name).toContain(expected);
    }
    const nl = await fake.command('medals', {}, { locale: 'nl' });
    expect((await fake.waitForResponse(nl.id)).data.embeds[0].title).toBe('Jutta Leerdam — medailles');
    fake.expectNoViolations();
  });

  it('uploads chart PNGs: /progression and /medals chart:true, and a page click replaces the chart instead of adding one', async () => {
    const png = (data: Buffer) =>
      data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // The files a reply announces in `attachments`, by name. A reply that was deferred (a slow chart
    // on a busy machine) is edited in by discord.js, which names each file in its multipart part only.
    const announced = (r: { data: { attachments: { id: string; filename?: string }[] }; files: { name: string }[] }) =>
      r.data.attachments.map((a) => a.filename ?? r.files[Number(a.id)]?.name);
    const prog = await fake.waitForResponse((await fake.command('progression', { distance: '1000m' })).id);
    expect(prog.files.map((f) => f.name)).toEqual(['progression-1000m.png']);
    expect(png(prog.files[0]!.data)).toBe(true);
    expect(prog.data.embeds[0].image.url).toBe('attachment://progression-1000m.png');
    expect(announced(prog)).toEqual(['progression-1000m.png']);

    const charted = await fake.waitForResponse((await fake.command('medals', { chart: true })).id);
    expect(charted.files.map((f) => f.name)).toEqual(['medals-timeline.png']);
    const next = charted.data.components[0].components.find((b: { label: string }) => b.label.includes('Next'));
    const page2 = await fake.waitForResponse((await fake.button(next.custom_id)).id);
    expect(page2.type).toBe(InteractionResponseType.UpdateMessage);
    expect(page2.files.map((f) => f.name)).toEqual(['medals-timeline.png']);
    expect(page2.data.embeds[0].image.url).toBe('attachment://medals-timeline.png');
    // Listing only the new upload tells Discord to drop the old one: one chart on the message, not two.
    expect(announced(page2)).toEqual(['medals-timeline.png']);
    fake.expectNoViolations();
  });

  // Only the gateway replays dispatches; an HTTP delivery is one request and its response.
  if (mode === 'gateway')
    it('answers an interaction once when the gateway delivers it twice (as a RESUME replay can)', async () => {
      const first = await fake.command('medals');
      await fake.waitForResponse(first.id);
      await fake.dispatchInteraction(first.payload as never);
      // Dispatches are handled in order: once a later one is answered, the repeat has been seen.
      const later = await fake.command('help');
      await fake.waitForResponse(later.id);
      const answers = fake.requests.filter((r) => r.path.startsWith(`/interactions/${first.id}/`));
      expect(answers.map((r) => r.path)).toEqual([`/interactions/${first.id}/${first.token}/callback`]);
      fake.expectNoViolations();
    });

  it('"Another quote" and the /about topic menu work through discord.js', async () => {
    const { id } = await fake.command('quote');
    const first = await fake.waitForResponse(id);
    const again = await fake.button(first.data.components[0].components[0].custom_id);
    const second = await fake.waitForResponse(again.id);
    expect(second.data.embeds[0].description).not.toBe(first.data.embeds[0].description);
    const about = await fake.command('about');
    await fake.waitForResponse(about.id);
    const picked = await fake.select('about:t', ['personal-life']);
    const updated = await fake.waitForResponse(picked.id);
    expect(updated.type).toBe(InteractionResponseType.UpdateMessage);
    expect(updated.data.embeds[0].title).toContain('Personal life');
  });

  it('autocompletes from the data', async () => {
    const { id } = await fake.autocomplete('medals', { competition: 'olymp' }, 'competition');
    const r = await fake.waitForCallback(id);
    expect((r.body as { type: number }).type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = (r.body as { data: { choices: { value: string }[] } }).data.choices;
    expect(choices[0]!.value).toBe('olympics');
    const years = await fake.autocomplete('timeline', { year: '20' }, 'year');
    const y = (await fake.waitForCallback(years.id)).body as { data: { choices: unknown[] } };
    expect(y.data.choices.length).toBeGreaterThan(0);
    expect(y.data.choices.length).toBeLessThanOrEqual(25);
  });

  it('refuses /data to a plain member and serves it to a moderator, logging changes to the channel', async () => {
    const plain = await fake.command('data validate', {}, { member: { permissions: '0' } });
    const refused = await fake.waitForResponse(plain.id);
    expect(refused.data.flags).toBe(MessageFlags.Ephemeral);
    expect(replyText(refused.data)).toMatch(/Only moderators/);
    const mod = await fake.command(
      'data add-quote',
      {
        text: 'E2E words',
        language: 'en',
        occasion: 'e2e',
        date: '2026-03-01',
        topics: 'e2e',
        source: 'https://example.org/e2e',
      },
      { member: MOD },
    );
    const added = await fake.waitForResponse(mod.id);
    expect(replyText(added.data)).toMatch(/Added quote/);
    await fake.waitUntil(() => fake.channelMessages('700000000000000001').length > 0, 5000, 'moderator log message');
    expect(fake.channelMessages('700000000000000001')[0]!.content).toMatch(/Data change by/);
    const q = await fake.command('quote', { topic: 'e2e' });
    expect(replyText((await fake.waitForResponse(q.id)).data)).toContain('E2E words');
  });

  it('never sends a body that breaks Discord limits or the OpenAPI spec, and never logs the token', () => {
    fake.expectNoViolations();
    for (const r of fake.requests) {
      const body = r.body as { data?: { allowed_mentions?: unknown } } | undefined;
      if (r.path.includes('/callback') && body?.data && 'embeds' in body.data)
        expect(body.data.allowed_mentions).toEqual({ parse: [] });
    }
    expect(bot.stderr + bot.stdout).not.toContain(FAKE_TOKEN);
    expect(bot.stderr + bot.stdout).not.toContain(FAKE_TOKEN.split('.')[2]!);
    // Nor an interaction token: in HTTP mode every request body carries one.
    for (const record of fake.store.interactions.values()) expect(bot.stderr + bot.stdout).not.toContain(record.token);
    expect(bot.warnings).toEqual([]);
  });
});
