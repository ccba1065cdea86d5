/**
 * The local Discord server (FakeDiscord) the demo, the end-to-end tests and the benchmark run the
 * bot against: REST, gateway and interaction delivery in one process (see README.md beside it).
 */
import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  GatewayDispatchEvents,
  InteractionType,
  type APIApplicationCommand,
  type APIInteraction,
  type APIMessage,
  type APIUser,
} from 'discord-api-types/v10';
import { guildCreate, makeGuilds, makeUser, messageFrom, type FakeGuild } from './entities.ts';
import { Faults } from './faults.ts';
import { Gateway, type GatewaySession, type IdentifyRecord } from './gateway.ts';
import { interactionToken, snowflake } from './ids.ts';
import {
  MEMBER_PERMISSIONS,
  buildAutocomplete,
  buildBase,
  buildButton,
  buildCommand,
  buildSelect,
  buildModalSubmit,
  type ModalValues,
  type BuildEnv,
  type BuiltInteraction,
  type ComponentInput,
  type InteractionContext,
  type OptionInput,
} from './interactions.ts';
import { EndpointDelivery, type EndpointAnswer, type PostOptions } from './delivery.ts';
import { openApiValidator } from './openapi.ts';
import { acceptEndpointResponse, createRestHandler, type RestDeps } from './rest.ts';
import { createSigningKey, type SigningKey } from './signing.ts';
import type { RouteHost } from './routes.ts';
import { Store, type InteractionRecord } from './store.ts';
import type { RecordedFile, RecordedRequest } from './types.ts';

export type { FakeGuild } from './entities.ts';
export type { IdentifyRecord, GatewaySession } from './gateway.ts';
export type { InteractionContext, OptionInput, ComponentInput } from './interactions.ts';
export type { InteractionRecord } from './store.ts';
export type { RecordedRequest } from './types.ts';
export type { EndpointAnswer, PostOptions } from './delivery.ts';

export interface FakeDiscordOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** When set, REST and gateway accept only this token; otherwise any non-empty token. */
  token?: string;
  /** `shards` in GET /gateway/bot. Default 1. */
  shards?: number;
  /** session_start_limit.max_concurrency; raise it so several shards identify without the 5 s stagger. Default 1. */
  maxConcurrency?: number;
  /** HELLO heartbeat_interval. Default 41250. */
  heartbeatIntervalMs?: number;
  /** Guilds the bot is in (READY lists them unavailable). Default 1. */
  guildCount?: number;
  /** See GatewayConfig.guildCreate. Default 'intents' (as Discord: only with the GUILDS intent). */
  guildCreate?: 'intents' | 'always' | 'never';
  botUser?: { id?: string; username?: string };
  /** Application id; defaults to the bot user's id, as for every bot created since 2020. */
  applicationId?: string;
  applicationFlags?: number;
  /** Reject callbacks arriving later than this after dispatch (Discord: 3000). Off by default: CI machines are slow. */
  responseDeadlineMs?: number;
  /** Both on by default. */
  validate?: { openapi?: boolean; limits?: boolean };
  /** Override the location of Discord's openapi.json. */
  specPath?: string;
  /**
   * Deliver interactions as signed POSTs to this URL instead of over the gateway, as Discord does
   * for an app with an interactions endpoint URL. Also set by PATCH /applications/@me.
   */
  interactionsEndpointUrl?: string;
}

/** A command built and signed ahead of its delivery (see prepareCommand). */
export interface PreparedInteraction {
  built: BuiltInteraction;
  body: Buffer;
  timestamp: string;
  signature: string;
}

export interface DispatchedInteraction {
  id: string;
  token: string;
  shardId: number;
  payload: APIInteraction;
}

export interface InteractionResponse {
  interactionId: string;
  /** Callback type: 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete, 9 modal. */
  type: number;
  // `any` on purpose: tests drill into Discord JSON (data.embeds[0].title) and assert the values.
  /** The callback body as sent: `{ type, data }`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: { type: number; data?: any };
  /** What the user ends up seeing: the callback's data, or for deferred callbacks the first edit (or follow-up). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: any;
  files: RecordedFile[];
  callback: RecordedRequest;
  /** The request that completed a deferred response; null otherwise. */
  edit: RecordedRequest | null;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** Discord's check when an endpoint URL is saved: a signed PING must get PONG, a forged one 401. */
async function verifyEndpoint(delivery: EndpointDelivery, url: string): Promise<boolean> {
  const ping = Buffer.from(JSON.stringify({ type: InteractionType.Ping, id: '0', application_id: '0', token: 'x' }));
  try {
    const good = await delivery.post(url, ping);
    const forged = await delivery.post(url, ping, { signature: '0'.repeat(128) });
    const pong = good.status === 200 && (JSON.parse(good.body.toString('utf8')) as { type?: unknown }).type === 1;
    return pong && forged.status === 401;
  } catch {
    return false;
  }
}

/**
 * A Discord stand-in on 127.0.0.1 for end-to-end tests of a discord.js bot: REST under
 * `apiUrl`, the gateway on the same port, fault injection, and validation of everything the
 * bot sends against Discord's limits and OpenAPI spec.
 */
export class FakeDiscord extends EventEmitter {
  readonly port: number;
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly guilds: readonly FakeGuild[];
  readonly bot: APIUser;
  readonly applicationId: string;
  readonly store: Store;
  /** The application's public key, as the Developer Portal shows it: the bot's DISCORD_PUBLIC_KEY. */
  readonly publicKey: string;
  readonly #server: Server;
  readonly #gateway: Gateway;
  readonly #faults: Faults;
  readonly #rest: RestDeps;
  readonly #delivery: EndpointDelivery;
  readonly #endpoint: { url: string | null };
  readonly #key: SigningKey;
  #holdBodyMs = 0;

  private constructor(
    server: Server,
    gateway: Gateway,
    faults: Faults,
    parts: {
      port: number;
      guilds: FakeGuild[];
      bot: APIUser;
      applicationId: string;
      store: Store;
      key: SigningKey;
      rest: RestDeps;
      delivery: EndpointDelivery;
      endpoint: { url: string | null };
    },
  ) {
    super();
    this.#server = server;
    this.#gateway = gateway;
    this.#faults = faults;
    this.#rest = parts.rest;
    this.#delivery = parts.delivery;
    this.#endpoint = parts.endpoint;
    this.#key = parts.key;
    this.publicKey = parts.key.publicKeyHex;
    this.port = parts.port;
    this.apiUrl = `http://127.0.0.1:${parts.port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${parts.port}`;
    this.guilds = parts.guilds;
    this.bot = parts.bot;
    this.applicationId = parts.applicationId;
    this.store = parts.store;
  }

  static async start(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const validateOpenApi = opts.validate?.openapi ?? true;
    const openapi = validateOpenApi ? openApiValidator(opts.specPath) : null;
    const bot = makeUser(opts.botUser?.id ?? '200000000000000002', opts.botUser?.username ?? 'fake-bot', true);
    const applicationId = opts.applicationId ?? bot.id;
    const guilds = makeGuilds(opts.guildCount ?? 1, '300000000000000003');
    const store = new Store(applicationId);
    const tokenAccepted = (token: string) => (opts.token === undefined ? token.length > 0 : token === opts.token);
    const application = { id: applicationId, name: bot.username, flags: opts.applicationFlags ?? 0 };
    // The fake is created after the port is known; these late-bound refs close that loop.
    let self: FakeDiscord | null = null;
    let port = 0;
    const key = await createSigningKey();
    const delivery = new EndpointDelivery(key);
    const endpoint = { url: opts.interactionsEndpointUrl ?? null };
    const gateway = new Gateway(
      {
        url: () => `ws://127.0.0.1:${port}`,
        tokenAccepted,
        bot,
        application,
        guilds,
        guildCreate: (g) => guildCreate(g, bot, MEMBER_PERMISSIONS),
      },
      {
        heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 41_250,
        guildCreate: opts.guildCreate ?? 'intents',
        resumeBufferSize: 10_000,
        shardCount: opts.shards ?? 1,
      },
    );
    const routes: RouteHost = {
      store,
      bot,
      application,
      guilds,
      gatewayUrl: () => `ws://127.0.0.1:${port}`,
      origin: () => `http://127.0.0.1:${port}`,
      shards: opts.shards ?? 1,
      maxConcurrency: opts.maxConcurrency ?? 1,
      identifyCount: () => gateway.identifyCount,
      responseDeadlineMs: opts.responseDeadlineMs ?? null,
      violation: (message) => {
        if (self) self.#violation(message);
      },
      verifyKey: key.publicKeyHex,
      interactionsEndpoint: () => endpoint.url,
      setInteractionsEndpoint: async (url) => {
        if (url !== null && !(await verifyEndpoint(delivery, url))) return false;
        endpoint.url = url;
        return true;
      },
    };
    const faults = new Faults();
    const rest: RestDeps = {
      routes,
      faults,
      openapi,
      limits: opts.validate?.limits ?? true,
      tokenAccepted,
      record: (r) => {
        if (self) self.#record(r);
      },
    };
    const server = createServer(createRestHandler(rest));
    server.on('upgrade', (req, socket, head) => gateway.handleUpgrade(req, socket, head));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
    });
    port = (server.address() as AddressInfo).port;
    self = new FakeDiscord(server, gateway, faults, {
      port,
      guilds,
      bot,
      applicationId,
      store,
      key,
      rest,
      delivery,
      endpoint,
    });
    return self;
  }

  /**
   * Sets the interactions endpoint URL as the Developer Portal (or PATCH /applications/@me) does:
   * only after the endpoint answers a signed PING with PONG and a forged one with 401. null goes
   * back to gateway delivery. Resolves false when the endpoint fails that check.
   */
  setInteractionsEndpoint(url: string | null): Promise<boolean> {
    return this.#rest.routes.setInteractionsEndpoint(url);
  }

  /** 'http' once an interactions endpoint URL is set (option or PATCH /applications/@me), else 'gateway'. */
  get deliveryMode(): 'gateway' | 'http' {
    return this.#endpoint.url === null ? 'gateway' : 'http';
  }

  get interactionsEndpointUrl(): string | null {
    return this.#endpoint.url;
  }

  /**
   * POSTs any payload to the interactions endpoint, signed unless told otherwise, and returns the
   * answer without recording it as a callback: for forged, stale and malformed requests.
   */
  postToEndpoint(payload: unknown, options: PostOptions = {}): Promise<EndpointAnswer> {
    const url = this.#endpoint.url;
    if (url === null) return Promise.reject(new Error('no interactions endpoint URL is set'));
    const body = Buffer.isBuffer(payload) ? payload : Buffer.from(JSON.stringify(payload));
    return this.#delivery.post(url, body, options);
  }

  /**
   * HTTP delivery in two steps, for the benchmark: build and sign a command now (Discord's own
   * work, kept out of the measured loop), deliver it later with `deliverPrepared`.
   */
  async prepareCommand(
    path: string,
    options: OptionInput = {},
    ctx: InteractionContext = {},
  ): Promise<PreparedInteraction> {
    const built = buildCommand(this.#env(), path, options, ctx);
    const body = Buffer.from(JSON.stringify(built.payload));
    const timestamp = String(Math.floor(Date.now() / 1000));
    return { built, body, timestamp, signature: await this.#key.sign(timestamp, body) };
  }

  deliverPrepared(prepared: PreparedInteraction): DispatchedInteraction {
    const url = this.#endpoint.url;
    if (url === null) throw new Error('no interactions endpoint URL is set');
    const { built } = prepared;
    this.store.addInteraction(this.#newRecord(built, 0));
    void this.#post(url, built, prepared);
    return { id: built.id, token: built.token, shardId: 0, payload: built.payload };
  }

  /** HTTP delivery: send each interaction's headers at once and the rest of its body `ms` later (0: off). */
  holdDeliveries(ms: number): void {
    this.#holdBodyMs = ms;
  }

  #record(request: RecordedRequest): void {
    this.requests.push(request);
    this.emit('request', request);
  }

  #violation(message: string): void {
    this.violations.push(message);
    this.emit('violation', message);
  }

  /** Throws listing every recorded violation; use after a flow that should be clean. */
  expectNoViolations(): void {
    if (this.violations.length > 0) {
      throw new Error(
        `Discord would have rejected or clipped ${this.violations.length} thing(s):\n- ${this.violations.join('\n- ')}`,
      );
    }
  }

  clearViolations(): void {
    this.violations.length = 0;
  }

  // --- Gateway state -------------------------------------------------------------------------

  get identifyCount(): number {
    return this.#gateway.identifyCount;
  }

  get resumeCount(): number {
    return this.#gateway.resumeCount;
  }

  get identifies(): readonly IdentifyRecord[] {
    return this.#gateway.identifies;
  }

  get heartbeatCount(): number {
    return this.#gateway.heartbeatCount;
  }

  /** Request URL of every gateway connection, e.g. `/?v=10&encoding=json`. */
  get gatewayConnectionUrls(): readonly string[] {
    return this.#gateway.connectionUrls;
  }

  /** Sessions with an open socket. */
  get connectedSessions(): GatewaySession[] {
    return this.#gateway.connectedSessions;
  }

  /** Resolves once shard `shardId` has identified or resumed. */
  waitForSession(shardId = 0, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<GatewaySession> {
    return this.#gateway.waitForSession(shardId, timeoutMs);
  }

  // --- Faults --------------------------------------------------------------------------------

  /** The next `count` requests matching fail with `status`; a 429 carries proper rate-limit headers. */
  failNext(routeMatcher: RegExp, status: 500 | 429, count = 1, retryAfterSeconds?: number): void {
    this.#faults.failNext(routeMatcher, status, count, retryAfterSeconds);
  }

  /** Hold matching requests for `ms` before answering; 0 removes the rule. */
  setDelay(routeMatcher: RegExp, ms: number): void {
    this.#faults.setDelay(routeMatcher, ms);
  }

  clearFaults(): void {
    this.#faults.clear();
  }

  dropConnections(shardId?: number): void {
    this.#gateway.dropConnections(shardId);
  }

  sendReconnect(shardId?: number): void {
    this.#gateway.sendReconnect(shardId);
  }

  sendInvalidSession(resumable: boolean, shardId?: number): void {
    this.#gateway.sendInvalidSession(resumable, shardId);
  }

  // --- Commands ------------------------------------------------------------------------------

  /** Global commands as registered (with ids). */
  get commands(): readonly APIApplicationCommand[] {
    return this.store.globalCommands;
  }

  guildCommands(guildId: string): readonly APIApplicationCommand[] {
    return this.store.guildCommands.get(guildId) ?? [];
  }

  // --- Interactions --------------------------------------------------------------------------

  #env(): BuildEnv {
    return {
      applicationId: this.applicationId,
      bot: this.bot,
      guilds: this.guilds,
      findCommand: (name, guildId) => this.store.findCommand(name, guildId),
    };
  }

  /**
   * Sends INTERACTION_CREATE built from `partial` over defaults for its `type` (default:
   * application command). Waits for the owning shard to have a session; while its socket is
   * down the event is buffered and arrives with the RESUME replay.
   */
  async dispatchInteraction(
    partial: Partial<APIInteraction> & Record<string, unknown> = {},
  ): Promise<DispatchedInteraction> {
    const type = partial.type ?? InteractionType.ApplicationCommand;
    const guildId =
      typeof partial.guild_id === 'string' ? partial.guild_id : partial.guild_id === null ? null : undefined;
    const base = buildBase(this.#env(), type, guildId === undefined ? {} : { guildId });
    const id = typeof partial.id === 'string' ? partial.id : base.id;
    const token =
      typeof partial.token === 'string' ? partial.token : id === base.id ? base.token : interactionToken(id);
    const payload = { ...base, ...partial, id, token } as unknown as APIInteraction;
    return this.#deliver({ id, token, guildId: payload.guild_id ?? null, payload });
  }

  /** A chat-input command; `path` may name a subcommand: `"data show"`, `"admin data reload"`. */
  command(path: string, options: OptionInput = {}, ctx: InteractionContext = {}): Promise<DispatchedInteraction> {
    return this.#deliver(buildCommand(this.#env(), path, options, ctx));
  }

  autocomplete(
    path: string,
    options: OptionInput,
    focused: string,
    ctx: InteractionContext = {},
  ): Promise<DispatchedInteraction> {
    return this.#deliver(buildAutocomplete(this.#env(), path, options, focused, ctx));
  }

  /** A button click on `ctx.message`, or by default on the newest bot message carrying that custom_id. */
  button(customId: string, ctx: ComponentInput = {}): Promise<DispatchedInteraction> {
    return this.#deliver(buildButton(this.#env(), customId, this.#componentMessage(customId, ctx, 'button'), ctx));
  }

  select(customId: string, values: string[], ctx: ComponentInput = {}): Promise<DispatchedInteraction> {
    return this.#deliver(
      buildSelect(this.#env(), customId, values, this.#componentMessage(customId, ctx, 'select'), ctx),
    );
  }

  /**
   * Submits the modal the bot opened in answer to `openedBy` (a callback of type 9), as the same
   * user in the same place, with `values` by input custom_id. Throws, as Discord's client would
   * refuse to submit, when a required input is empty or a value is not one of a select's options.
   */
  submitModal(openedBy: string, values: ModalValues, ctx: InteractionContext = {}): Promise<DispatchedInteraction> {
    const record = this.store.interactions.get(openedBy);
    const body = record?.callback?.body as { type?: unknown; data?: unknown } | undefined;
    if (!record || body?.type !== 9 || typeof body.data !== 'object' || body.data === null)
      throw new Error(`interaction ${openedBy} did not open a modal`);
    const message = 'message' in record.payload && record.payload.message ? record.payload.message : null;
    const opener = contextOf(record.payload);
    return this.#deliver(
      buildModalSubmit(this.#env(), body.data as Record<string, unknown>, values, message, { ...opener, ...ctx }),
    );
  }

  #componentMessage(customId: string, ctx: ComponentInput, kind: 'button' | 'select'): APIMessage {
    const found = ctx.message ?? this.store.latestMessageWith(customId);
    if (found) return found;
    // No bot message has it (the test clicks a component it never saw rendered): invent one.
    const component =
      kind === 'button'
        ? { type: 2, style: 1, custom_id: customId, label: 'Button' }
        : { type: 3, custom_id: customId, options: [{ label: 'Option', value: 'option' }] };
    return messageFrom({
      channelId: ctx.channelId ?? this.guilds[0]?.channelId ?? snowflake(),
      author: this.bot,
      body: { content: '', components: [{ type: 1, components: [component] }] },
      files: [],
      origin: `http://127.0.0.1:${this.port}`,
      applicationId: this.applicationId,
      webhook: true,
    });
  }

  #newRecord(built: BuiltInteraction, shardId: number): InteractionRecord {
    return {
      id: built.id,
      token: built.token,
      payload: built.payload,
      shardId,
      dispatchedAt: performance.timeOrigin + performance.now(),
      callback: null,
      edits: [],
      followUps: [],
      original: null,
      messages: new Map(),
    };
  }

  async #deliver(built: BuiltInteraction): Promise<DispatchedInteraction> {
    const http = this.#endpoint.url;
    const shardId = http === null ? this.#gateway.shardFor(built.guildId) : 0;
    if (http === null) await this.#gateway.waitForSession(shardId, DEFAULT_TIMEOUT_MS);
    this.store.addInteraction(this.#newRecord(built, shardId));
    if (http === null) this.#gateway.dispatch(shardId, GatewayDispatchEvents.InteractionCreate, built.payload);
    else void this.#post(http, built);
    return { id: built.id, token: built.token, shardId, payload: built.payload };
  }

  async #post(url: string, built: BuiltInteraction, prepared?: PreparedInteraction): Promise<void> {
    const label = `interaction ${built.id}`;
    try {
      const body = prepared?.body ?? Buffer.from(JSON.stringify(built.payload));
      const answer = await this.#delivery.post(url, body, {
        holdBodyMs: this.#holdBodyMs,
        ...(prepared ? { signature: prepared.signature, timestamp: prepared.timestamp } : {}),
      });
      if (answer.status !== 200) {
        this.#violation(`${label}: endpoint answered ${answer.status} ${answer.body.toString('utf8').slice(0, 200)}`);
        return;
      }
      await acceptEndpointResponse(this.#rest, built, answer);
    } catch (error) {
      this.#violation(`${label}: endpoint unreachable: ${(error as Error).message}`);
    }
  }

  interaction(id: string): InteractionRecord | undefined {
    return this.store.interactions.get(id);
  }

  /** Resolves with the first accepted callback, whatever its type. */
  waitForCallback(interactionId: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RecordedRequest> {
    return this.#waitOn(interactionId, timeoutMs, (r) => r.callback);
  }

  /**
   * Resolves with the bot's answer. For deferred callbacks (5, 6) it waits, within the same
   * timeout, for the edit of @original (or a follow-up) that carries the real content.
   */
  waitForResponse(interactionId: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<InteractionResponse> {
    return this.#waitOn(interactionId, timeoutMs, (r) => {
      const callback = r.callback;
      if (!callback) return null;
      const body = callback.body as InteractionResponse['body'];
      if (body.type !== 5 && body.type !== 6) {
        return { interactionId, type: body.type, body, data: body.data, files: callback.files, callback, edit: null };
      }
      const edit = r.edits[0] ?? r.followUps[0];
      if (!edit) return null;
      return { interactionId, type: body.type, body, data: edit.body, files: edit.files, callback, edit };
    });
  }

  #waitOn<T>(interactionId: string, timeoutMs: number, pick: (r: InteractionRecord) => T | null): Promise<T> {
    const record = this.store.interactions.get(interactionId);
    if (!record) return Promise.reject(new Error(`unknown interaction ${interactionId}`));
    const now = pick(record);
    if (now !== null) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.store.off('interaction', onChange);
        const cb = record.callback
          ? `callback type ${String((record.callback.body as { type?: unknown })?.type)}`
          : 'no callback';
        reject(
          new Error(
            `no response to interaction ${interactionId} within ${timeoutMs} ms (${cb}, ${record.edits.length} edits, ${record.followUps.length} follow-ups)`,
          ),
        );
      }, timeoutMs);
      const onChange = (changed: InteractionRecord) => {
        if (changed !== record) return;
        const value = pick(record);
        if (value === null) return;
        clearTimeout(timer);
        this.store.off('interaction', onChange);
        resolve(value);
      };
      this.store.on('interaction', onChange);
    });
  }

  /** Messages the bot posted to a channel with POST /channels/:id/messages. */
  channelMessages(channelId: string): readonly APIMessage[] {
    return this.store.channelMessages.get(channelId) ?? [];
  }

  /** Requests whose path matches, in arrival order (failed attempts included). */
  requestsTo(matcher: RegExp, method?: string): RecordedRequest[] {
    return this.requests.filter(
      (r) => (method === undefined || r.method === method) && ((matcher.lastIndex = 0), matcher.test(r.path)),
    );
  }

  /** Polls `predicate` until it holds; for state the fake exposes as counters. */
  async waitUntil(predicate: () => boolean, timeoutMs = DEFAULT_TIMEOUT_MS, what = 'condition'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await sleep(10);
    }
  }

  /** Closes every socket and the listener. Destroy discord.js clients first, or they will try to reconnect. */
  async stop(): Promise<void> {
    this.#gateway.close();
    this.#delivery.close();
    this.#faults.clear();
    await new Promise<void>((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
  }
}

/** Who, where and in which language an interaction happened, to send the next one as the same user. */
function contextOf(payload: APIInteraction): InteractionContext {
  const user = payload.member?.user ?? payload.user;
  return {
    guildId: payload.guild_id ?? null,
    ...(payload.channel?.id ? { channelId: payload.channel.id } : {}),
    locale: 'locale' in payload ? payload.locale : 'en-US',
    ...(user ? { user } : {}),
    ...(payload.member ? { member: { permissions: payload.member.permissions, roles: payload.member.roles } } : {}),
  };
}
