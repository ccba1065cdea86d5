import { request, type Server } from 'node:http';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { InteractionResponseType, InteractionType, MessageFlags } from 'discord-api-types/v10';
import { REST } from '@discordjs/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistry } from '../commands/index.ts';
import { createApp, type App } from '../src/app.ts';
import type { Reply } from '../src/core/types.ts';
import { createInteractionEndpoint, MAX_BODY_BYTES, type InteractionEndpoint } from '../src/http/endpoint.ts';
import { createBotServer, listen } from '../src/http/server.ts';
import { importPublicKey, MAX_SIGNATURE_AGE_SECONDS, verifySignature } from '../src/http/verify.ts';
import type { WebhookEditor } from '../src/http/webhook.ts';
import { createLogger } from '../src/log.ts';
import { Health } from '../src/observe/health.ts';
import { Metrics } from '../src/observe/metrics.ts';
import { t } from '../src/i18n/messages.ts';
import { loadView, MINI_DATA, replyText } from './helpers.ts';
import { createSigningKey, type SigningKey } from '../tools/discord-server/signing.ts';

const TOKEN = 'aW50ZXJhY3Rpb246MTIzOnNlY3JldC10b2tlbi10aGF0LW11c3QtbmV2ZXItYmUtbG9nZ2Vk';

/** A running endpoint on 127.0.0.1: real node:http, real WebCrypto, the real app on the mini dataset. */
async function startEndpoint(options: { deferAfterMs?: number; serve?: boolean; slowMs?: number } = {}) {
  const key = await createSigningKey();
  let logged = '';
  const log = createLogger(
    'debug',
    [],
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logged += chunk.toString();
        done();
      },
    }),
  );
  const edits: { applicationId: string; token: string; reply: Reply }[] = [];
  const webhooks: WebhookEditor = {
    editOriginal: async (applicationId, token, reply) => {
      edits.push({ applicationId, token, reply });
    },
    rest: new REST(),
  };
  const metrics = new Metrics({ mode: 'http', commands: createRegistry().keys(), defaultMetrics: false });
  const health = new Health();
  const endpoint = createInteractionEndpoint({
    publicKey: await importPublicKey(key.publicKeyHex),
    log,
    webhooks,
    observer: metrics,
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
  });
  const app = await createApp({ dataFile: MINI_DATA, log, onCacheLookup: (hit) => metrics.cacheLookup(hit) });
  const slow = options.slowMs;
  if (options.serve ?? true) {
    // A slow reply for the deferral test; the e2e suite makes replies slow for real (a frozen Redis).
    endpoint.serve(
      slow === undefined
        ? app.responder
        : {
            ...app.responder,
            command: async (req) => (await sleep(slow), app.responder.command(req)),
            component: async (...args) => (await sleep(slow), app.responder.component(...args)),
          },
    );
    health.dataLoaded(() => app.data.current().version);
  }
  health.discordReady('listening');
  metrics.setDataVersion(() => app.data.current().version);
  const server = createBotServer(
    { interactions: (req, res) => endpoint.handle(req, res), observe: { health, metrics } },
    log,
  );
  const port = await listen(server, 0, '127.0.0.1');
  return { key, app, endpoint, server, url: `http://127.0.0.1:${port}`, edits, metrics, logged: () => logged };
}

interface Started {
  key: SigningKey;
  app: App;
  endpoint: InteractionEndpoint;
  server: Server;
  url: string;
  edits: { applicationId: string; token: string; reply: Reply }[];
  metrics: Metrics;
  logged(): string;
}

async function post(
  s: Started,
  payload: unknown,
  headers: { signature?: string | null; timestamp?: string; raw?: Buffer } = {},
): Promise<Response> {
  const body = headers.raw ?? Buffer.from(JSON.stringify(payload));
  const timestamp = headers.timestamp ?? String(Math.floor(Date.now() / 1000));
  const signature = headers.signature === undefined ? await s.key.sign(timestamp, body) : headers.signature;
  return fetch(`${s.url}/interactions`, {
    method: 'POST',
    body: new Uint8Array(body),
    headers: {
      'Content-Type': 'application/json',
      'X-Signature-Timestamp': timestamp,
      ...(signature === null ? {} : { 'X-Signature-Ed25519': signature }),
    },
  });
}

let n = 0;
function interaction(type: InteractionType, data: object, extra: object = {}) {
  n += 1;
  return {
    id: `90000000000000${String(n).padStart(4, '0')}`,
    application_id: '200000000000000002',
    type,
    token: TOKEN,
    version: 1,
    locale: 'en-US',
    guild_id: '400000000000000001',
    channel: { id: '300000000000000001', type: 0 },
    channel_id: '300000000000000001',
    member: { user: { id: '100000000000000001' }, roles: [], permissions: '0' },
    authorizing_integration_owners: { '0': '400000000000000001' },
    data,
    ...extra,
  };
}

describe('the HTTP interactions endpoint', () => {
  let s: Started;
  const view = loadView(MINI_DATA);

  beforeAll(async () => {
    s = await startEndpoint();
  });
  afterAll(async () => {
    s.server.close();
    await s.app.close();
  });

  it('answers PING with PONG', async () => {
    const response = await post(s, { type: InteractionType.Ping, id: '1', application_id: '2', token: 'x' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ type: InteractionResponseType.Pong });
  });

  it('refuses a missing, malformed, wrong, stale or future signature with 401', async () => {
    const ping = { type: InteractionType.Ping };
    const old = String(Math.floor(Date.now() / 1000) - MAX_SIGNATURE_AGE_SECONDS - 30);
    const future = String(Math.floor(Date.now() / 1000) + MAX_SIGNATURE_AGE_SECONDS + 30);
    const cases = {
      missing: await post(s, ping, { signature: null }),
      malformed: await post(s, ping, { signature: 'zz' }),
      wrong: await post(s, ping, { signature: '00'.repeat(64) }),
      // Signed correctly, but 5½ minutes ago: a captured request replayed later.
      stale: await post(s, ping, { timestamp: old }),
      future: await post(s, ping, { timestamp: future }),
    };
    for (const [what, response] of Object.entries(cases)) expect(response.status, what).toBe(401);
    // A body changed after signing fails too.
    const body = Buffer.from(JSON.stringify(ping));
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = await s.key.sign(timestamp, body);
    const tampered = Buffer.from(JSON.stringify({ type: 2 }));
    expect((await post(s, null, { raw: tampered, signature, timestamp })).status).toBe(401);
    const key = await importPublicKey(s.key.publicKeyHex);
    expect(await verifySignature(key, signature, timestamp, body)).toEqual({ ok: true });
    expect(await verifySignature(key, signature, old, body)).toEqual({ ok: false, reason: 'stale' });
  });

  it('refuses a body over the limit with 413 before reading it, and a non-object with 400', async () => {
    const big = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    const response = await post(s, null, { raw: big, signature: '00'.repeat(64) });
    expect(response.status).toBe(413);
    expect((await post(s, null, { raw: Buffer.from('[1,2]') })).status).toBe(400);
    expect((await post(s, null, { raw: Buffer.from('{not json') })).status).toBe(400);
  });

  it('an oversized body still being sent gets its 413, not a reset connection; a huge one is cut', async () => {
    // Raw node:http, kept alive, body written in pieces: the client is still sending when the 413 goes out.
    const send = (bytes: number) =>
      new Promise<number | string>((resolve) => {
        const req = request(`${s.url}/interactions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Content-Length': bytes, 'X-Signature-Timestamp': '1' },
        });
        req.once('response', (res) => {
          res.resume();
          res.once('end', () => resolve(res.statusCode ?? 0));
        });
        req.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
        const piece = Buffer.alloc(64 * 1024, 0x20);
        let left = bytes;
        const pump = (): void => {
          while (left > 0) {
            const part = piece.subarray(0, Math.min(piece.length, left));
            left -= part.length;
            if (left === 0) req.end(part);
            else if (!req.write(part)) {
              req.once('drain', pump);
              return;
            }
          }
        };
        pump();
      });
    const answers = await Promise.all(Array.from({ length: 20 }, () => send(3 * 1024 * 1024)));
    expect(new Set(answers)).toEqual(new Set([413]));
    // Past what the endpoint reads after a 413 the connection is cut; the client learns either way.
    expect([413, 'ECONNRESET', 'EPIPE']).toContain(await send(64 * 1024 * 1024));
    const ping = await post(s, { type: InteractionType.Ping, id: '1', application_id: '2', token: 'x' });
    expect(ping.status).toBe(200);
  });

  it('answers a command in the response (type 4), mentions off, with what the data says', async () => {
    const response = await post(s, interaction(InteractionType.ApplicationCommand, { name: 'medals', type: 1 }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { type: number; data: Reply['data'] };
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(body.data.embeds?.[0]?.description).toContain(`— ${view.tally.total} in total`);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers a button with an update (type 7) and autocomplete with choices (type 8)', async () => {
    const topic = view.dataset.background.at(-1)!.topic;
    const page = await post(
      s,
      interaction(InteractionType.MessageComponent, { custom_id: 'about:t', component_type: 3, values: [topic] }),
    );
    const update = (await page.json()) as { type: number; data: Reply['data'] };
    expect(update.type).toBe(InteractionResponseType.UpdateMessage);
    expect(update.data.embeds?.[0]?.title).toContain(t('en').aboutTopic[topic]);
    const typed = await post(
      s,
      interaction(InteractionType.ApplicationCommandAutocomplete, {
        name: 'medals',
        type: 1,
        options: [{ name: 'competition', type: 3, value: 'olymp', focused: true }],
      }),
    );
    const choices = (await typed.json()) as { type: number; data: { choices: { value: string }[] } };
    expect(choices.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(choices.data.choices[0]?.value).toBe('olympics');
  });

  it('sends a chart as multipart/form-data: payload_json and the PNG as files[0]', async () => {
    const distance = view.dataset.personalBests[0]!.event;
    const response = await post(
      s,
      interaction(InteractionType.ApplicationCommand, {
        name: 'progression',
        type: 1,
        options: [{ name: 'distance', type: 3, value: distance }],
      }),
    );
    expect(response.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const form = await response.formData();
    const payload = JSON.parse(form.get('payload_json') as string) as {
      type: number;
      data: { attachments: unknown[]; embeds: { image: { url: string } }[] };
    };
    const file = form.get('files[0]') as File;
    expect(payload.type).toBe(4);
    expect(payload.data.attachments).toEqual([{ id: '0', filename: file.name }]);
    expect(payload.data.embeds[0]!.image.url).toBe(`attachment://${file.name}`);
    const png = Buffer.from(await file.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('never logs a body or its token, and counts every interaction by command, kind and outcome', async () => {
    await post(s, interaction(InteractionType.ApplicationCommand, { name: 'nope', type: 1 }));
    expect(s.logged()).not.toContain(TOKEN);
    const text = await s.metrics.text();
    expect(text).toMatch(/leerdam_interactions_total\{command="medals",kind="command",outcome="ok",mode="http"\} 1/);
    expect(text).toMatch(
      /leerdam_interactions_total\{command="unknown",kind="command",outcome="user_error",mode="http"\} 1/,
    );
    expect(text).toMatch(/leerdam_interactions_total\{command="about",kind="component",outcome="ok",mode="http"\} 1/);
    expect(text).toMatch(
      /leerdam_interactions_total\{command="medals",kind="autocomplete",outcome="ok",mode="http"\} 1/,
    );
    expect(text).toMatch(/leerdam_reply_cache_requests_total\{result="miss",mode="http"\} [1-9]/);
    expect(text).toContain(`leerdam_data_info{version="${view.version}",mode="http"} 1`);
    const health = await fetch(`${s.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ready', data: 'loaded', version: view.version });
  });

  it('answers 404 elsewhere and 405 for a wrong method', async () => {
    expect((await fetch(`${s.url}/nope`)).status).toBe(404);
    expect((await fetch(`${s.url}/interactions`)).status).toBe(405);
    expect((await fetch(`${s.url}/metrics`, { method: 'POST' })).status).toBe(405);
  });
});

describe('the HTTP endpoint before the data is loaded, and when a reply is slow', () => {
  it('answers PING (Discord checks the URL with it) but 503 to everything else, and /healthz says why', async () => {
    const s = await startEndpoint({ serve: false });
    try {
      expect((await post(s, { type: InteractionType.Ping })).status).toBe(200);
      const command = await post(s, interaction(InteractionType.ApplicationCommand, { name: 'medals', type: 1 }));
      expect(command.status).toBe(503);
      const health = await fetch(`${s.url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'not ready', data: 'loading', discord: 'listening' });
    } finally {
      s.server.close();
      await s.app.close();
    }
  });

  it('defers past the threshold: type 5 for a command, 6 for a button, then edits @original with the reply', async () => {
    const s = await startEndpoint({ deferAfterMs: 20, slowMs: 100 });
    try {
      const command = interaction(InteractionType.ApplicationCommand, { name: 'records', type: 1 }, { locale: 'nl' });
      const response = await post(s, command);
      expect(await response.json()).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
      const button = interaction(InteractionType.MessageComponent, {
        custom_id: 'about:t',
        component_type: 3,
        values: ['overview'],
      });
      expect(await (await post(s, button)).json()).toEqual({ type: InteractionResponseType.DeferredMessageUpdate });
      await s.endpoint.drain(2000);
      expect(s.edits.map((e) => [e.applicationId, e.token])).toEqual([
        ['200000000000000002', TOKEN],
        ['200000000000000002', TOKEN],
      ]);
      expect(replyText(s.edits[0]!.reply.data)).toMatch(/persoonlijke records/i);
      expect(s.edits[1]!.reply.kind).toBe('update');
      expect(s.edits[0]!.reply.data.flags ?? 0).not.toBe(MessageFlags.Ephemeral);
      expect(await s.metrics.text()).toMatch(/leerdam_interactions_deferred_total\{kind="command",mode="http"\} 1/);
    } finally {
      s.server.close();
      await s.app.close();
    }
  });
});
