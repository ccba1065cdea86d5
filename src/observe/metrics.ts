/**
 * The Prometheus metrics /metrics serves: interactions by command and outcome, latency, deferrals,
 * cache hits, data reloads and shard state.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type InteractionKind = 'command' | 'component' | 'modal' | 'autocomplete' | 'ping';
/** ok: answered; user_error: a polite refusal; internal_error: our failure, said politely; failed: nothing reached the user. */
export type Outcome = 'ok' | 'user_error' | 'internal_error' | 'failed';

export interface InteractionEvent {
  kind: InteractionKind;
  /** The command (or the command a button belongs to) as the user sent it; unknown names are folded together. */
  command: string;
  outcome: Outcome;
  /** From receiving the interaction to its reply (for a deferred one: to the edit that completes it). */
  seconds: number;
  deferred: boolean;
}

/** What the adapters (gateway, HTTP) report; the metrics implement it, and a test or the CLI may pass nothing. */
export interface InteractionObserver {
  interaction(event: InteractionEvent): void;
}

export interface ShardState {
  id: number;
  ready: boolean;
  /** Heartbeat round trip; negative or NaN before the first one. */
  pingMs: number;
}

/** Every bucket a Discord reply can fall in: from a cached reply (~1 ms) to past the 3 s deadline. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 1.5, 2, 3, 5, 10];

/**
 * The bot's Prometheus metrics, in a registry of its own (tests run several apps in one process).
 * Names are listed with their meaning in the README (Health and metrics).
 */
export class Metrics implements InteractionObserver {
  readonly registry = new Registry();
  readonly #commands: ReadonlySet<string>;
  readonly #interactions: Counter<'command' | 'kind' | 'outcome'>;
  readonly #latency: Histogram<'kind'>;
  readonly #deferred: Counter<'kind'>;
  readonly #cache: Counter<'result'>;
  readonly #reloads: Counter;
  readonly #refused: Counter;
  #dataVersion: () => string | undefined = () => undefined;
  #shards: (() => readonly ShardState[]) | undefined;

  constructor(options: { mode: 'gateway' | 'http'; commands: Iterable<string>; defaultMetrics?: boolean }) {
    this.#commands = new Set(options.commands);
    const registers = [this.registry];
    this.registry.setDefaultLabels({ mode: options.mode });
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    this.#interactions = new Counter({
      name: 'leerdam_interactions_total',
      help: 'Interactions handled, by command, kind (command, component, autocomplete, ping) and outcome (ok, user_error, internal_error, failed).',
      labelNames: ['command', 'kind', 'outcome'],
      registers,
    });
    this.#latency = new Histogram({
      name: 'leerdam_reply_seconds',
      help: 'Time from receiving an interaction to its reply being sent (deferred ones: to the edit that completes them).',
      labelNames: ['kind'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.#deferred = new Counter({
      name: 'leerdam_interactions_deferred_total',
      help: 'Interactions acknowledged first and completed by an edit, because the reply took longer than 1.5 s.',
      labelNames: ['kind'],
      registers,
    });
    this.#cache = new Counter({
      name: 'leerdam_reply_cache_requests_total',
      help: 'Reply cache lookups, by result (hit, miss).',
      labelNames: ['result'],
      registers,
    });
    this.#reloads = new Counter({
      name: 'leerdam_data_reloads_total',
      help: 'Data file reloads that brought in a new version (file watcher, /data, sync from another host).',
      registers,
    });
    this.#refused = new Counter({
      name: 'leerdam_data_reloads_refused_total',
      help: 'Data file versions refused as invalid; the last good data is still served.',
      registers,
    });
    const version = () => this.#dataVersion();
    new Gauge({
      name: 'leerdam_data_info',
      help: 'The data version being served, as a label (1 while data is loaded).',
      labelNames: ['version'],
      registers,
      collect() {
        this.reset();
        const current = version();
        if (current) this.set({ version: current }, 1);
      },
    });
    if (options.mode === 'gateway') this.#registerShardGauges();
  }

  #registerShardGauges(): void {
    const shards = () => this.#shards?.() ?? [];
    new Gauge({
      name: 'leerdam_gateway_shard_ready',
      help: 'Per gateway shard: 1 while it is connected and ready, 0 otherwise (connecting, resuming, disconnected).',
      labelNames: ['shard'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const shard of shards()) this.set({ shard: String(shard.id) }, shard.ready ? 1 : 0);
      },
    });
    new Gauge({
      name: 'leerdam_gateway_shard_ping_seconds',
      help: 'Per gateway shard: the last heartbeat round trip.',
      labelNames: ['shard'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const shard of shards())
          if (Number.isFinite(shard.pingMs) && shard.pingMs >= 0)
            this.set({ shard: String(shard.id) }, shard.pingMs / 1000);
      },
    });
  }

  interaction(event: InteractionEvent): void {
    // Command names arrive from the network; only registered ones become label values.
    const command = event.kind === 'ping' ? '' : this.#commands.has(event.command) ? event.command : 'unknown';
    this.#interactions.inc({ command, kind: event.kind, outcome: event.outcome });
    if (event.kind !== 'ping') this.#latency.observe({ kind: event.kind }, event.seconds);
    if (event.deferred) this.#deferred.inc({ kind: event.kind });
  }

  cacheLookup(hit: boolean): void {
    this.#cache.inc({ result: hit ? 'hit' : 'miss' });
  }

  dataReload(result: { ok: true; changed: boolean } | { ok: false }): void {
    if (!result.ok) this.#refused.inc();
    else if (result.changed) this.#reloads.inc();
  }

  /** Read at every scrape, so it is always the version actually served. */
  setDataVersion(current: () => string | undefined): void {
    this.#dataVersion = current;
  }

  setShardSource(shards: () => readonly ShardState[]): void {
    this.#shards = shards;
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
