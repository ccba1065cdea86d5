import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateSync } from 'node:zlib';
import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  InteractionType,
  LabelBuilder,
  ModalBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
  type Interaction,
} from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { importPublicKey, verifySignature } from '../src/http/verify.ts';
import { FakeDiscord } from '../tools/discord-server/index.ts';

const TOKEN = 'fake-token';

function formModal(): ModalBuilder {
  return new ModalBuilder()
    .setCustomId('form:1')
    .setTitle('A form')
    .addLabelComponents(
      new LabelBuilder()
        .setLabel('Words')
        .setTextInputComponent(new TextInputBuilder().setCustomId('words').setStyle(TextInputStyle.Paragraph)),
      new LabelBuilder()
        .setLabel('Colour')
        .setStringSelectMenuComponent(
          new StringSelectMenuBuilder()
            .setCustomId('colour')
            .addOptions({ label: 'Orange', value: 'orange' }, { label: 'Blue', value: 'blue' }),
        ),
    );
}

/** A tiny bot exercising each response kind the fake must understand. */
function attachBot(client: Client, errors: unknown[]): void {
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    void respond(interaction).catch((error: unknown) => errors.push(error));
  });
}

async function respond(i: Interaction): Promise<void> {
  if (i.isAutocomplete()) {
    await i.respond([{ name: `Jutta (${i.options.getFocused()})`, value: 'jutta' }]);
    return;
  }
  if (i.isModalSubmit()) {
    const picked = i.fields.getStringSelectValues('colour').join(',');
    await i.reply({ content: `${i.fields.getTextInputValue('words')} / ${picked} / ${i.customId}`, flags: 64 });
    return;
  }
  if (i.isButton() && i.customId === 'open') {
    await i.showModal(formModal());
    return;
  }
  if (i.isButton()) {
    await i.update({ content: `clicked ${i.customId}`, embeds: [], components: [] });
    return;
  }
  if (!i.isChatInputCommand()) return;
  switch (i.commandName) {
    case 'hello': {
      const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId('again').setLabel('Again').setStyle(ButtonStyle.Primary),
      );
      await i.reply({
        embeds: [{ title: `Hello ${i.options.getString('who') ?? 'world'}`, description: `locale ${i.locale}` }],
        components: [row],
      });
      return;
    }
    case 'slow': {
      await i.deferReply();
      await i.editReply({ content: `done ${i.options.getSubcommand()}` });
      return;
    }
    case 'file':
      await i.reply({ content: 'see file', files: [{ attachment: Buffer.from('hello bytes'), name: 'hello.txt' }] });
      return;
    case 'roundtrip': {
      // with_response, GET/DELETE @original and a follow-up: discord.js builds Message objects
      // from what the fake returns, so this proves those shapes are complete enough.
      const response = await i.reply({ content: 'first', withResponse: true });
      const fetched = await i.fetchReply();
      await i.followUp({ content: `same ${response.resource?.message?.id === fetched.id}` });
      await i.deleteReply();
      return;
    }
    case 'form':
      await i.showModal(formModal());
      return;
    case 'long':
      // Raw objects bypass discord.js's builders, which is how an over-long title reaches Discord.
      await i.reply({ embeds: [{ title: 'x'.repeat(300) }] });
      return;
  }
}

describe('FakeDiscord with a real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;
  const errors: unknown[] = [];

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    client = new Client({ intents: [], rest: { api: fake.apiUrl } });
    attachBot(client, errors);
    const ready = once(client, Events.ClientReady);
    await client.login(TOKEN);
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.stop();
  });

  afterEach(() => {
    expect(errors).toEqual([]);
  });

  it('serves gateway/bot and accepts IDENTIFY with the client intents', () => {
    const gatewayBot = fake.requests.find((r) => r.path === '/gateway/bot');
    expect(gatewayBot?.status).toBe(200);
    // discord.js 14.28 defaults: JSON, no compression (zlib-sync is not installed).
    expect(fake.gatewayConnectionUrls).toEqual(['/?v=10&encoding=json']);
    expect(fake.identifyCount).toBe(1);
    expect(fake.identifies[0]).toMatchObject({ shard: [0, 1], intents: 0 });
    expect(client.user?.id).toBe(fake.bot.id);
    expect(client.application?.id).toBe(fake.applicationId);
  });

  it('stores commands registered with commands.set and returns them with ids', async () => {
    const registered = await client.application!.commands.set([
      {
        name: 'hello',
        description: 'Say hello',
        options: [{ type: 3, name: 'who', description: 'Who to greet', autocomplete: true }],
      },
      {
        name: 'slow',
        description: 'A deferred reply',
        options: [{ type: 1, name: 'run', description: 'Run it' }],
      },
      { name: 'file', description: 'Upload a file' },
      { name: 'roundtrip', description: 'Reply, fetch, follow up, delete' },
      { name: 'long', description: 'Reply with an over-long title' },
      { name: 'form', description: 'Open a modal' },
    ]);
    expect(registered.size).toBe(6);
    expect(fake.commands.map((c) => c.name)).toEqual(['hello', 'slow', 'file', 'roundtrip', 'long', 'form']);
    expect(fake.commands.map((c) => c.id).sort()).toEqual([...registered.keys()].sort());
    fake.expectNoViolations();
  });

  it('delivers a chat-input command and records the embed reply', async () => {
    const { id } = await fake.command('hello', { who: 'Jutta' }, { locale: 'nl' });
    const reply = await fake.waitForResponse(id);
    expect(reply.type).toBe(4);
    expect(reply.data.embeds[0].title).toBe('Hello Jutta');
    expect(reply.data.embeds[0].description).toBe('locale nl');
    expect(fake.interaction(id)?.original?.components).toHaveLength(1);
    fake.expectNoViolations();
  });

  it('answers autocomplete with choices', async () => {
    const { id } = await fake.autocomplete('hello', { who: 'jut' }, 'who');
    const reply = await fake.waitForResponse(id);
    expect(reply.type).toBe(8);
    expect(reply.data.choices).toEqual([{ name: 'Jutta (jut)', value: 'jutta' }]);
    fake.expectNoViolations();
  });

  it('clicks the button on the bot message and records the update', async () => {
    const { id, payload } = await fake.button('again');
    expect('message' in payload && payload.message?.embeds[0]?.title).toBe('Hello Jutta');
    const reply = await fake.waitForResponse(id);
    expect(reply.type).toBe(7);
    expect(reply.data.content).toBe('clicked again');
    expect(fake.interaction(id)?.original?.content).toBe('clicked again');
    fake.expectNoViolations();
  });

  it('records a modal (type 9) and delivers its submit (type 5) with Label components to discord.js', async () => {
    const { id } = await fake.command('form', {}, { locale: 'nl' });
    const opened = await fake.waitForResponse(id);
    expect(opened.type).toBe(9);
    expect(opened.data.components[0]).toMatchObject({ type: 18, label: 'Words', component: { custom_id: 'words' } });
    const { id: submitId, payload } = await fake.submitModal(id, { words: 'hello\nthere', colour: 'blue' });
    expect(payload.type).toBe(InteractionType.ModalSubmit);
    expect('locale' in payload && payload.locale).toBe('nl');
    const reply = await fake.waitForResponse(submitId);
    expect(reply.type).toBe(4);
    expect(reply.data.content).toBe('hello\nthere / blue / form:1');
    fake.expectNoViolations();
  });

  it('refuses to submit a modal without its required input or with an option it does not have', async () => {
    const { id } = await fake.command('form');
    await fake.waitForResponse(id);
    expect(() => fake.submitModal(id, { colour: 'blue' })).toThrow(/words is required/);
    expect(() => fake.submitModal(id, { words: 'x', colour: 'green' })).toThrow(/no option green/);
    expect(() => fake.submitModal(id, { words: 'x', colour: 'blue', extra: 'y' })).toThrow(/no inputs extra/);
  });

  it('carries the message of the button that opened a modal into its submit', async () => {
    const { id: helloId } = await fake.command('hello', { who: 'Modal' });
    await fake.waitForResponse(helloId);
    const { id } = await fake.button('open', {
      message: fake.interaction(helloId)!.original!,
    });
    await fake.waitForResponse(id);
    const { payload } = await fake.submitModal(id, { words: 'w', colour: 'orange' });
    expect('message' in payload && payload.message?.embeds[0]?.title).toBe('Hello Modal');
  });

  it('flags a modal that breaks Discord limits', async () => {
    const before = fake.violations.length;
    // A command the test bot does not answer, so the callback below is the only one.
    const { id } = await fake.command('unanswered');
    const modal = {
      custom_id: 'x',
      title: 't',
      components: [{ type: 18, label: 'L'.repeat(50), component: { type: 4, custom_id: 'a', style: 3 } }],
    };
    await fetch(`${fake.apiUrl}/v10/interactions/${id}/${fake.interaction(id)!.token}/callback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 9, data: modal }),
    });
    expect(fake.violations.slice(before).join('\n')).toMatch(/label[\s\S]*style must be/);
    fake.clearViolations();
  });

  it('completes a deferred reply with the @original edit (subcommand)', async () => {
    const { id } = await fake.command('slow run');
    const reply = await fake.waitForResponse(id);
    expect(reply.type).toBe(5);
    expect(reply.edit?.method).toBe('PATCH');
    expect(reply.data.content).toBe('done run');
    fake.expectNoViolations();
  });

  it('keeps the bytes of multipart uploads', async () => {
    const { id } = await fake.command('file');
    const reply = await fake.waitForResponse(id);
    expect(reply.data.content).toBe('see file');
    expect(reply.files).toHaveLength(1);
    expect(reply.files[0]).toMatchObject({ field: 'files[0]', name: 'hello.txt' });
    expect(reply.files[0]!.data.toString()).toBe('hello bytes');
    expect(fake.interaction(id)?.original?.attachments[0]?.filename).toBe('hello.txt');
    fake.expectNoViolations();
  });

  it('supports with_response, fetching, follow-ups and deleting the reply', async () => {
    const { id } = await fake.command('roundtrip');
    const reply = await fake.waitForResponse(id);
    expect(reply.callback.query.with_response).toBe('true');
    await fake.waitUntil(() => fake.interaction(id)?.original === null, 5_000, 'deleteReply');
    const record = fake.interaction(id)!;
    expect(record.followUps.map((r) => r.body)).toMatchObject([{ content: 'same true' }]);
    expect(
      fake
        .requestsTo(new RegExp(`/messages/@original$`))
        .filter((r) => r.path.includes(record.token))
        .map((r) => `${r.method} ${r.status}`),
    ).toEqual(['GET 200', 'DELETE 204']);
    fake.expectNoViolations();
  });

  it('dispatches a hand-built interaction payload', async () => {
    const hello = fake.commands.find((c) => c.name === 'hello')!;
    const { id } = await fake.dispatchInteraction({
      type: InteractionType.ApplicationCommand,
      data: {
        id: hello.id,
        name: 'hello',
        type: ApplicationCommandType.ChatInput,
        options: [{ type: ApplicationCommandOptionType.String, name: 'who', value: 'raw' }],
      },
    });
    expect((await fake.waitForResponse(id)).data.embeds[0].title).toBe('Hello raw');
  });

  it('resumes after dropped connections and replays what was dispatched meanwhile', async () => {
    const identifies = fake.identifyCount;
    fake.dropConnections();
    // Dispatched while the socket is down: buffered, then delivered in the RESUME replay.
    const { id } = await fake.command('hello', { who: 'again' });
    const reply = await fake.waitForResponse(id, 15_000);
    expect(reply.data.embeds[0].title).toBe('Hello again');
    expect(fake.resumeCount).toBe(1);
    expect(fake.identifyCount).toBe(identifies);
  });

  it('resumes after op 7 RECONNECT', async () => {
    const resumes = fake.resumeCount;
    fake.sendReconnect();
    await fake.waitUntil(() => fake.resumeCount === resumes + 1, 15_000, 'resume after op 7');
    const { id } = await fake.command('hello');
    expect((await fake.waitForResponse(id)).type).toBe(4);
  });

  it('resumes on the same socket after a resumable INVALID_SESSION', async () => {
    const { resumeCount, identifyCount } = fake;
    fake.sendInvalidSession(true);
    await fake.waitUntil(() => fake.resumeCount === resumeCount + 1, 15_000, 'resume after op 9 (true)');
    expect(fake.identifyCount).toBe(identifyCount);
  });

  it('re-identifies after a non-resumable INVALID_SESSION', async () => {
    const identifies = fake.identifyCount;
    fake.sendInvalidSession(false);
    // @discordjs/ws waits for its identify throttle (up to ~6.5 s after the previous IDENTIFY).
    await fake.waitUntil(() => fake.identifyCount === identifies + 1, 20_000, 're-identify');
    const { id } = await fake.command('hello', { who: 'fresh' });
    expect((await fake.waitForResponse(id)).data.embeds[0].title).toBe('Hello fresh');
  });

  it('retries a callback that failed with 500', async () => {
    fake.failNext(/\/callback$/, 500);
    const { id } = await fake.command('hello', { who: 'retry' });
    const reply = await fake.waitForResponse(id);
    expect(reply.data.embeds[0].title).toBe('Hello retry');
    // Observed: @discordjs/rest retries any 5xx, POST included, up to `retries` (3) times,
    // so a transient 500 is invisible to the bot. (Discord may have acted on the first one.)
    const attempts = fake.requestsTo(new RegExp(`^/interactions/${id}/`));
    expect(attempts.map((r) => r.status)).toEqual([500, 204]);
    expect(errors).toEqual([]);
  });

  it('waits out a 429 and retries the callback', async () => {
    fake.failNext(/\/callback$/, 429, 1, 0.2);
    const { id } = await fake.command('hello', { who: 'later' });
    const reply = await fake.waitForResponse(id);
    expect(reply.data.embeds[0].title).toBe('Hello later');
    const attempts = fake.requestsTo(new RegExp(`^/interactions/${id}/`));
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(errors).toEqual([]);
    fake.expectNoViolations();
  });

  it('holds requests matching setDelay before answering them', async () => {
    fake.setDelay(/\/callback$/, 1_000);
    const { id } = await fake.command('hello', { who: 'patient' });
    const attempts = () => fake.requestsTo(new RegExp(`^/interactions/${id}/`));
    await fake.waitUntil(() => attempts().length === 1, 5_000, 'the callback to arrive');
    // Recorded on arrival (status 0 = not answered yet); acknowledged only once the delay is over.
    expect(attempts()[0]!.status).toBe(0);
    expect(fake.interaction(id)!.callback).toBeNull();
    const reply = await fake.waitForResponse(id);
    expect(reply.callback.status).toBe(204);
    fake.setDelay(/\/callback$/, 0);
  });

  it('reports an over-long embed title as a violation, from both the limits and the spec', async () => {
    const { id } = await fake.command('long');
    await fake.waitForResponse(id);
    expect(fake.violations.some((v) => v.includes('embeds[0].title is 300 characters (max 256)'))).toBe(true);
    expect(
      fake.violations.some((v) => v.includes('openapi: data.embeds.0.title must NOT have more than 256 characters')),
    ).toBe(true);
    expect(() => fake.expectNoViolations()).toThrow(/title/);
    fake.clearViolations();
  });
});

describe('FakeDiscord without a client', () => {
  let fake: FakeDiscord;

  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: TOKEN });
  });

  afterAll(async () => {
    await fake?.stop();
  });

  const api = (path: string, init: RequestInit = {}) => fetch(`${fake.apiUrl}/v10${path}`, init);

  it('answers unknown routes with 404 JSON and checks the bot token', async () => {
    const unknown = await api('/nope', { headers: { Authorization: `Bot ${TOKEN}` } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ message: '404: Not Found', code: 0 });
    expect((await api('/users/@me')).status).toBe(401);
    expect((await api('/users/@me', { headers: { Authorization: 'Bot wrong' } })).status).toBe(401);
    const me = await api('/users/@me', { headers: { Authorization: `Bot ${TOKEN}` } });
    expect(((await me.json()) as { bot: boolean }).bot).toBe(true);
  });

  it('reports command definitions Discord would refuse', async () => {
    const res = await api(`/applications/${fake.applicationId}/commands`, {
      method: 'PUT',
      headers: { Authorization: `Bot ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify([
        {
          name: 'Hello',
          description: 'ok',
          options: [
            {
              type: 3,
              name: 'pick',
              description: 'p',
              choices: Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `${i}` })),
            },
          ],
        },
      ]),
    });
    expect(res.status).toBe(200);
    expect(fake.violations).toEqual(
      expect.arrayContaining([
        expect.stringContaining('[0].name "Hello" must be lowercase'),
        expect.stringContaining('[0].options[0].choices has 26 items (max 25)'),
        expect.stringContaining('openapi: 0.options.0.choices must NOT have more than 25 items'),
      ]),
    );
    fake.clearViolations();
  });

  it('speaks zlib-stream to clients that ask for it', async () => {
    const ws = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
    const [data] = (await once(ws, 'message')) as [Buffer];
    ws.terminate();
    // First message of a zlib stream: header + sync-flushed HELLO, inflatable on its own.
    const hello = JSON.parse(inflateSync(data, { finishFlush: 2 /* Z_SYNC_FLUSH */ }).toString()) as {
      op: number;
      d: { heartbeat_interval: number };
    };
    expect(hello).toMatchObject({ op: 10, d: { heartbeat_interval: 41_250 } });
  });
});

describe('FakeDiscord with several shards', () => {
  let fake: FakeDiscord;
  let client: Client;
  const errors: unknown[] = [];

  beforeAll(async () => {
    // max_concurrency 2 lets both shards identify at once instead of 5 s apart.
    fake = await FakeDiscord.start({ shards: 2, maxConcurrency: 2, guildCount: 4, heartbeatIntervalMs: 100 });
    client = new Client({ intents: [], shards: 'auto', rest: { api: fake.apiUrl } });
    attachBot(client, errors);
    const ready = once(client, Events.ClientReady);
    await client.login(TOKEN);
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.stop();
  });

  it('routes each guild interaction to the shard that owns the guild', async () => {
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const seen = new Map<string, number>();
    client.on(Events.Raw, (packet: { t?: string; d?: { id?: string } }, shardId: number) => {
      if (packet.t === 'INTERACTION_CREATE' && packet.d?.id) seen.set(packet.d.id, shardId);
    });
    for (const guild of fake.guilds) {
      const sent = await fake.command('hello', {}, { guildId: guild.id });
      expect(sent.shardId).toBe(Number((BigInt(guild.id) >> 22n) % 2n));
      await fake.waitForResponse(sent.id);
      expect(seen.get(sent.id)).toBe(sent.shardId);
    }
    expect(new Set(seen.values())).toEqual(new Set([0, 1]));
    expect(errors).toEqual([]);
    fake.expectNoViolations();
  });

  it('acknowledges heartbeats', async () => {
    await fake.waitUntil(() => fake.heartbeatCount >= 4, 5_000, 'heartbeats');
    await fake.waitUntil(() => client.ws.ping >= 0, 5_000, 'a measured ping');
    expect(fake.identifyCount).toBe(2);
  });
});

describe('FakeDiscord delivering to an interactions endpoint', () => {
  let fake: FakeDiscord;
  let server: Server;
  let url: string;
  /** What the tiny endpoint below answers next, after checking the signature with the bot's own code. */
  let answer: (payload: { type: number }) => { status: number; body: unknown } = () => ({
    status: 200,
    body: { type: 1 },
  });
  let checkSignatures = true;
  const received: { type: number; guild_id?: string; context?: number; channel?: { type: number } }[] = [];

  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: TOKEN });
    const key = await importPublicKey(fake.publicKey);
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        void verifySignature(
          key,
          req.headers['x-signature-ed25519'] as string | undefined,
          req.headers['x-signature-timestamp'] as string | undefined,
          body,
        ).then((check) => {
          if (checkSignatures && !check.ok) {
            res.writeHead(401).end();
            return;
          }
          const payload = JSON.parse(body.toString()) as { type: number };
          received.push(payload);
          const reply = payload.type === 1 ? { status: 200, body: { type: 1 } } : answer(payload);
          res.writeHead(reply.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(reply.body));
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions`;
  });

  afterAll(async () => {
    await fake?.stop();
    server?.close();
  });

  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${fake.apiUrl}/v10${path}`, {
      ...init,
      headers: { Authorization: `Bot ${TOKEN}`, 'Content-Type': 'application/json' },
    });

  it('sets the endpoint through PATCH /applications/@me only after the URL passes Discord-style checks', async () => {
    checkSignatures = false;
    const lax = await api('/applications/@me', {
      method: 'PATCH',
      body: JSON.stringify({ interactions_endpoint_url: url }),
    });
    expect(lax.status).toBe(400);
    expect(JSON.stringify(await lax.json())).toContain('APPLICATION_INTERACTIONS_ENDPOINT_URL_INVALID');
    expect(fake.deliveryMode).toBe('gateway');
    checkSignatures = true;
    const ok = await api('/applications/@me', {
      method: 'PATCH',
      body: JSON.stringify({ interactions_endpoint_url: url }),
    });
    expect(ok.status).toBe(200);
    const app = (await (await api('/applications/@me')).json()) as {
      verify_key: string;
      interactions_endpoint_url: string;
    };
    expect(app).toMatchObject({ verify_key: fake.publicKey, interactions_endpoint_url: url });
    expect(fake.deliveryMode).toBe('http');
    fake.expectNoViolations();
  });

  it('signs every delivery and records the response as the callback, validated like one', async () => {
    answer = () => ({ status: 200, body: { type: 4, data: { content: 'hi', allowed_mentions: { parse: [] } } } });
    const { id } = await fake.command('hello');
    const r = await fake.waitForResponse(id);
    expect(r.type).toBe(4);
    expect(r.data.content).toBe('hi');
    expect(r.callback.path).toMatch(/^\/interactions\/\d+\/[\w-]+\/callback$/);
    fake.expectNoViolations();
    answer = () => ({ status: 200, body: { type: 4, data: { embeds: [{ title: 'x'.repeat(300) }] } } });
    await fake.waitForCallback((await fake.command('hello')).id);
    expect(fake.violations.join('\n')).toMatch(/title/);
    fake.clearViolations();
    answer = () => ({ status: 503, body: { error: 'starting' } });
    const failed = await fake.command('hello');
    await fake.waitUntil(() => fake.violations.length > 0, 2000, 'a violation');
    expect(fake.violations).toEqual([
      expect.stringMatching(new RegExp(`interaction ${failed.id}: endpoint answered 503`)),
    ]);
    fake.clearViolations();
  });

  it('builds DMs, group DMs and user installs as Discord sends them', async () => {
    answer = () => ({ status: 200, body: { type: 4, data: { content: 'ok', allowed_mentions: { parse: [] } } } });
    const shapes = [
      await fake.command('hello', {}, { surface: 'private-channel' }),
      await fake.command('hello', {}, { surface: 'guild', install: 'user' }),
      await fake.command('hello', {}, { surface: 'bot-dm' }),
    ].map((d) => d.payload as unknown as Record<string, unknown>);
    expect(shapes[0]).toMatchObject({
      context: 2,
      channel: { type: 3 },
      authorizing_integration_owners: { '1': '100000000000000001' },
    });
    expect(shapes[0]).not.toHaveProperty('guild_id');
    expect(shapes[0]).not.toHaveProperty('member');
    expect(shapes[1]).toMatchObject({
      context: 0,
      guild_id: fake.guilds[0]!.id,
      authorizing_integration_owners: { '1': '100000000000000001' },
    });
    expect(shapes[1]!.authorizing_integration_owners).not.toHaveProperty('0');
    expect(shapes[1]).toHaveProperty('member');
    expect(shapes[2]).toMatchObject({ context: 1, channel: { type: 1 }, authorizing_integration_owners: { '0': '0' } });
    expect(await fake.setInteractionsEndpoint(null)).toBe(true);
    expect(fake.deliveryMode).toBe('gateway');
  });
});
