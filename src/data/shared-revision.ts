/**
 * The dataset as last written through any shard or host, kept in Redis so every process serves
 * the same data within seconds. Writes are compare-and-set on the version a change was based on,
 * so two moderators on two hosts can never overwrite each other's change, and each revision
 * records its parent; the list of versions is the lineage a host may fast-forward along.
 */
import type { createClient as CreateClient } from '@redis/client';
import { redisClientOptions, redisTarget } from '../cache/store.ts';
import type { Logger } from '../log.ts';
import { SharedStoreError } from './editor.ts';

const PUBLISH = `
local current = redis.call('HGET', KEYS[1], 'version')
if current and current ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'version', ARGV[2], 'text', ARGV[3], 'parent', ARGV[1])
redis.call('HINCRBY', KEYS[1], 'rev', 1)
redis.call('LPUSH', KEYS[2], ARGV[2])
redis.call('LTRIM', KEYS[2], 0, 999)
return 1`;

export interface SharedState {
  version: string;
  text: string;
}

export interface SharedRevisionOptions {
  /** Longest wait for one Redis call; past it the call fails as "unavailable". */
  callTimeoutMs: number;
  /** Called each time the connection becomes usable (again). */
  onReady?: () => void;
}

export class SharedRevision {
  private readonly key: string;
  private readonly historyKey: string;
  private lastError: string | undefined;

  /**
   * Starts connecting in the background and returns at once: a Redis that is down, frozen or
   * refuses us must never hold up start-up. The client keeps reconnecting by itself.
   * The Redis client library is loaded only by processes that use Redis.
   */
  static async create(
    url: string,
    namespace: string,
    log: Logger,
    options: SharedRevisionOptions,
  ): Promise<SharedRevision> {
    const { createClient } = await import('@redis/client');
    return new SharedRevision(createClient(redisClientOptions(url)), url, namespace, log, options);
  }

  private constructor(
    private readonly client: ReturnType<typeof CreateClient>,
    readonly url: string,
    namespace: string,
    private readonly log: Logger,
    private readonly options: SharedRevisionOptions,
  ) {
    this.client.on('error', (error: unknown) => {
      this.lastError = (error as Error).message;
      log.debug({ err: error }, 'shared revision: redis error');
    });
    this.client.on('ready', () => options.onReady?.());
    this.key = `${namespace}:data:current`;
    this.historyKey = `${namespace}:data:versions`;
    this.client.connect().catch((error: unknown) => {
      this.lastError = (error as Error).message;
    });
  }

  /** Why Redis is not usable, as far as the client knows; never holds the password. */
  get problem(): string {
    return `${redisTarget(this.url)}: ${this.lastError ?? 'no answer'}`;
  }

  /** Resolves true once connected, false if that takes longer than `ms`. */
  async waitUntilReady(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (!this.client.isReady) {
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return true;
  }

  /** One Redis call, failing fast while disconnected and bounded while connected. */
  private async call<T>(operation: () => Promise<T>): Promise<T> {
    if (!this.client.isReady) throw new SharedStoreError('unavailable');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SharedStoreError('unavailable')), this.options.callTimeoutMs);
    });
    try {
      return await Promise.race([operation(), timeout]);
    } catch (error) {
      if (error instanceof SharedStoreError) throw error;
      // maxmemory reached with a no-eviction policy: Redis is up but refuses writes.
      if (/\bOOM\b/.test((error as Error).message)) throw new SharedStoreError('redis-full', {}, { cause: error });
      throw new SharedStoreError('unavailable', {}, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  async version(): Promise<string | undefined> {
    return (await this.call(() => this.client.hGet(this.key, 'version'))) ?? undefined;
  }

  async fetch(): Promise<SharedState | undefined> {
    const [version, text] = await this.call(() => this.client.hmGet(this.key, ['version', 'text']));
    return version && text ? { version, text } : undefined;
  }

  /** Has this version been a shared revision (one of the last 1,000)? Then the current one descends from it. */
  async inLineage(version: string): Promise<boolean> {
    return (await this.call(() => this.client.lPos(this.historyKey, version))) !== null;
  }

  /** Publishes `text` if the shared version is still `basedOn` (or nothing is shared yet). */
  async publish(basedOn: string, version: string, text: string): Promise<boolean> {
    const result = await this.call(() =>
      this.client.eval(PUBLISH, { keys: [this.key, this.historyKey], arguments: [basedOn, version, text] }),
    );
    return result === 1;
  }

  /** Drops the connection at once: nothing is written through it that could be lost. */
  close(): Promise<void> {
    try {
      if (this.client.isOpen) this.client.destroy();
    } catch (error) {
      this.log.debug({ err: error }, 'shared revision: close failed');
    }
    return Promise.resolve();
  }
}
