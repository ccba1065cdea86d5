/**
 * The fake's gateway: Discord's protocol for a bot's connection (identify, heartbeats, resume with
 * replay), and the drops and reconnect requests a bot must survive.
 */
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayDispatchEvents, GatewayOpcodes, type APIUser } from 'discord-api-types/v10';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { Connection } from './connection.ts';
import type { FakeGuild } from './entities.ts';
import { sessionId, shardOf } from './ids.ts';
import { isObject } from './types.ts';

const GUILDS_INTENT = 1 << 0;

export interface GatewayConfig {
  heartbeatIntervalMs: number;
  /**
   * Discord sends GUILD_CREATE only to clients with the GUILDS intent ('intents'); 'always'
   * and 'never' override that for tests that want a populated or an empty guild cache.
   */
  guildCreate: 'intents' | 'always' | 'never';
  /** Dispatches kept per session for RESUME; older ones force a fresh IDENTIFY, as on Discord. */
  resumeBufferSize: number;
  /** Shard count for routing before any client has identified (the gateway/bot recommendation). */
  shardCount: number;
}

export interface GatewayHost {
  /** ws://127.0.0.1:PORT, given as resume_gateway_url. */
  url(): string;
  tokenAccepted(token: string): boolean;
  bot: APIUser;
  application: { id: string; flags: number };
  guilds: readonly FakeGuild[];
  guildCreate(guild: FakeGuild): unknown;
}

export interface IdentifyRecord {
  shard: [number, number];
  intents: number;
  compress: boolean;
  properties: unknown;
  largeThreshold: number | null;
  presence: unknown;
  at: number;
}

export interface DispatchPayload {
  op: 0;
  s: number;
  t: string;
  d: unknown;
}

export interface GatewaySession {
  id: string;
  shard: [number, number];
  intents: number;
  seq: number;
  /** Dispatches sent (or queued while disconnected), replayed on RESUME. */
  events: DispatchPayload[];
  connection: Connection | null;
}

const CLOSE = {
  UnknownError: 4000,
  UnknownOpcode: 4001,
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidShard: 4010,
} as const;

/**
 * Discord's gateway protocol for one fake: HELLO, IDENTIFY/READY, heartbeats, RESUME with
 * replay of missed dispatches, and the faults a bot must survive (drops, op 7, op 9).
 */
export class Gateway extends EventEmitter {
  readonly identifies: IdentifyRecord[] = [];
  /** Request URL of every gateway connection, e.g. `/?v=10&encoding=json`. */
  readonly connectionUrls: string[] = [];
  resumeCount = 0;
  heartbeatCount = 0;
  readonly sessions = new Map<string, GatewaySession>();
  readonly #connections = new Set<Connection>();
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #host: GatewayHost;
  readonly #config: GatewayConfig;

  constructor(host: GatewayHost, config: GatewayConfig) {
    super();
    // Every concurrent waiter (one per in-flight test interaction) listens here; dozens at once are expected.
    this.setMaxListeners(0);
    this.#host = host;
    this.#config = config;
  }

  get identifyCount(): number {
    return this.identifies.length;
  }

  /** Sessions that currently have an open socket. */
  get connectedSessions(): GatewaySession[] {
    return [...this.sessions.values()].filter((s) => s.connection?.open);
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'ws://fake.invalid');
    if (url.pathname !== '/') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    this.connectionUrls.push(req.url ?? '/');
    this.#wss.handleUpgrade(req, socket, head, (ws) => this.#accept(ws, url.searchParams));
  }

  #accept(ws: WebSocket, params: URLSearchParams): void {
    const conn = new Connection(ws, params.get('compress'));
    this.#connections.add(conn);
    ws.on('message', (raw, isBinary) => this.#onMessage(conn, raw, isBinary));
    ws.on('close', (code) => this.#onClose(conn, code));
    ws.on('error', () => conn.terminate());
    if ((params.get('encoding') ?? 'json') !== 'json') {
      conn.close(CLOSE.DecodeError, 'only encoding=json is supported');
      return;
    }
    conn.send({
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.#config.heartbeatIntervalMs, _trace: ['["fake-gateway",{}]'] },
      s: null,
      t: null,
    });
  }

  #sessionOf(conn: Connection): GatewaySession | undefined {
    for (const session of this.sessions.values()) if (session.connection === conn) return session;
    return undefined;
  }

  #onClose(conn: Connection, code: number): void {
    this.#connections.delete(conn);
    const session = this.#sessionOf(conn);
    if (!session) return;
    session.connection = null;
    // A client closing with 1000/1001 ends its session on Discord; 4xxx and 1006 keep it resumable.
    if (code === 1000 || code === 1001) this.sessions.delete(session.id);
    this.emit('disconnect', session, code);
  }

  #onMessage(conn: Connection, raw: RawData, isBinary: boolean): void {
    let payload: unknown;
    try {
      payload = isBinary ? null : JSON.parse(Buffer.isBuffer(raw) ? raw.toString() : '');
    } catch {
      payload = null;
    }
    if (!isObject(payload) || typeof payload.op !== 'number') {
      conn.close(CLOSE.DecodeError, 'Error while decoding payload.');
      return;
    }
    const d = isObject(payload.d) ? payload.d : {};
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.heartbeatCount++;
        conn.send({ op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
        return;
      case GatewayOpcodes.Identify:
        this.#identify(conn, d);
        return;
      case GatewayOpcodes.Resume:
        this.#resume(conn, d);
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (!this.#sessionOf(conn)) conn.close(CLOSE.NotAuthenticated, 'Not authenticated.');
        return;
      default:
        conn.close(CLOSE.UnknownOpcode, 'Unknown opcode.');
    }
  }

  #identify(conn: Connection, d: Record<string, unknown>): void {
    if (this.#sessionOf(conn)) {
      conn.close(CLOSE.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    if (typeof d.token !== 'string' || !this.#host.tokenAccepted(d.token)) {
      conn.close(CLOSE.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    const shard: [number, number] =
      Array.isArray(d.shard) && d.shard.length === 2 ? [Number(d.shard[0]), Number(d.shard[1])] : [0, 1];
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
      conn.close(CLOSE.InvalidShard, 'Invalid shard.');
      return;
    }
    const intents = typeof d.intents === 'number' ? d.intents : 0;
    if (d.compress === true) conn.enablePerMessageCompression();
    this.identifies.push({
      shard,
      intents,
      compress: d.compress === true,
      properties: d.properties,
      largeThreshold: typeof d.large_threshold === 'number' ? d.large_threshold : null,
      presence: d.presence ?? null,
      at: performance.timeOrigin + performance.now(),
    });
    // A shard that identifies again replaces its old session; routing must follow the new one.
    for (const old of this.sessions.values()) if (old.shard[0] === shard[0]) this.sessions.delete(old.id);
    const session: GatewaySession = { id: sessionId(), shard, intents, seq: 0, events: [], connection: conn };
    this.sessions.set(session.id, session);
    const guilds = this.#host.guilds.filter((g) => shardOf(g.id, shard[1]) === shard[0]);
    this.#dispatch(session, GatewayDispatchEvents.Ready, {
      v: 10,
      user: this.#host.bot,
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.#host.url(),
      shard,
      application: this.#host.application,
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      _trace: ['["fake-gateway",{}]'],
    });
    const sendGuilds =
      this.#config.guildCreate === 'always' ||
      (this.#config.guildCreate === 'intents' && (intents & GUILDS_INTENT) !== 0);
    if (sendGuilds)
      for (const g of guilds) this.#dispatch(session, GatewayDispatchEvents.GuildCreate, this.#host.guildCreate(g));
    this.emit('identify', session);
    this.emit('session', session);
  }

  #resume(conn: Connection, d: Record<string, unknown>): void {
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    const seq = typeof d.seq === 'number' ? d.seq : 0;
    const oldest = session?.events[0]?.s ?? (session ? session.seq + 1 : 0);
    if (
      !session ||
      typeof d.token !== 'string' ||
      !this.#host.tokenAccepted(d.token) ||
      seq < oldest - 1 ||
      seq > session.seq
    ) {
      if (session) this.sessions.delete(session.id);
      conn.send({ op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (session.connection && session.connection !== conn) session.connection.terminate();
    session.connection = conn;
    for (const event of session.events) if (event.s > seq) conn.send(event);
    this.resumeCount++;
    this.#dispatch(session, GatewayDispatchEvents.Resumed, { _trace: ['["fake-gateway",{}]'] });
    this.emit('resume', session);
    this.emit('session', session);
  }

  #dispatch(session: GatewaySession, t: string, d: unknown): DispatchPayload {
    const payload: DispatchPayload = { op: 0, s: ++session.seq, t, d };
    session.events.push(payload);
    if (session.events.length > this.#config.resumeBufferSize) session.events.shift();
    session.connection?.send(payload);
    return payload;
  }

  /** The shard Discord would route a guild's events to, given the shard count clients identified with. */
  shardFor(guildId: string | null): number {
    if (guildId === null) return 0;
    const count = [...this.sessions.values()][0]?.shard[1] ?? this.#config.shardCount;
    return shardOf(guildId, count);
  }

  sessionFor(shardId: number): GatewaySession | undefined {
    return [...this.sessions.values()].find((s) => s.shard[0] === shardId);
  }

  /**
   * Sends a dispatch to a shard's session. While the socket is down the event is only buffered,
   * so a client that resumes receives it in the replay, as it would from Discord.
   */
  dispatch(shardId: number, t: string, d: unknown): DispatchPayload {
    const session = this.sessionFor(shardId);
    if (!session) throw new Error(`no gateway session for shard ${shardId}`);
    return this.#dispatch(session, t, d);
  }

  /** Resolves once the shard has an identified (or resumed) session. */
  async waitForSession(shardId: number, timeoutMs: number): Promise<GatewaySession> {
    const existing = this.sessionFor(shardId);
    if (existing) return existing;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('session', onSession);
        reject(new Error(`no gateway session for shard ${shardId} within ${timeoutMs} ms`));
      }, timeoutMs);
      const onSession = (session: GatewaySession) => {
        if (session.shard[0] !== shardId) return;
        clearTimeout(timer);
        this.off('session', onSession);
        resolve(session);
      };
      this.on('session', onSession);
    });
  }

  #targets(shardId?: number): Connection[] {
    return [...this.sessions.values()]
      .filter((s) => shardId === undefined || s.shard[0] === shardId)
      .flatMap((s) => (s.connection ? [s.connection] : []));
  }

  /** Kills sockets without a close frame; sessions stay resumable. */
  dropConnections(shardId?: number): void {
    const conns = shardId === undefined ? [...this.#connections] : this.#targets(shardId);
    for (const conn of conns) conn.terminate();
  }

  sendReconnect(shardId?: number): void {
    for (const conn of this.#targets(shardId)) conn.send({ op: GatewayOpcodes.Reconnect, d: null, s: null, t: null });
  }

  /** op 9. When not resumable the session is forgotten, so a RESUME attempt fails too. */
  sendInvalidSession(resumable: boolean, shardId?: number): void {
    for (const session of [...this.sessions.values()]) {
      if (shardId !== undefined && session.shard[0] !== shardId) continue;
      if (!resumable) this.sessions.delete(session.id);
      session.connection?.send({ op: GatewayOpcodes.InvalidSession, d: resumable, s: null, t: null });
    }
  }

  close(): void {
    for (const conn of this.#connections) conn.terminate();
    this.#connections.clear();
    this.#wss.close();
  }
}
