import type { createClient as CreateClient } from '@redis/client';
import { redisClientOptions } from '../cache/store.ts';
import type { Logger } from '../log.ts';

/**
 * The dataset as last written through any shard or host, kept in Redis so every process serves
 * the same data within seconds. Writes are compare-and-set on the version a change was based on,
 * so two moderators on two hosts can never overwrite each other's change.
 */
const PUBLISH = `
local current = redis.call('HGET', KEYS[1], 'version')
if current and current ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'version', ARGV[2], 'text', ARGV[3])
redis.call('HINCRBY', KEYS[1], 'rev', 1)
redis.call('LPUSH', KEYS[2], ARGV[2])
redis.call('LTRIM', KEYS[2], 0, 499)
return 1`;

export interface SharedState {
  version: string;
  text: string;
}

export class SharedRevision {
  private readonly key: string;
  private readonly historyKey: string;

  /** The Redis client library is loaded only by processes that use Redis. */
  static async create(url: string, namespace: string, log: Logger): Promise<SharedRevision> {
    const { createClient } = await import('@redis/client');
    return new SharedRevision(createClient(redisClientOptions(url)), namespace, log);
  }

  private constructor(
    private readonly client: ReturnType<typeof CreateClient>,
    namespace: string,
    private readonly log: Logger,
  ) {
    this.client.on('error', (error: unknown) => log.debug({ err: error }, 'shared revision: redis error'));
    this.key = `${namespace}:data:current`;
    this.historyKey = `${namespace}:data:versions`;
  }

  async connect(): Promise<void> {
    if (!this.client.isOpen) await this.client.connect();
  }

  async version(): Promise<string | undefined> {
    await this.connect();
    return (await this.client.hGet(this.key, 'version')) ?? undefined;
  }

  async fetch(): Promise<SharedState | undefined> {
    await this.connect();
    const [version, text] = await this.client.hmGet(this.key, ['version', 'text']);
    return version && text ? { version, text } : undefined;
  }

  /** Has this version ever been the shared one? Then a file at that version is merely behind. */
  async isKnown(version: string): Promise<boolean> {
    await this.connect();
    return (await this.client.lPos(this.historyKey, version)) !== null;
  }

  /** Publishes `text` if the shared version is still `basedOn` (or nothing is shared yet). */
  async publish(basedOn: string, version: string, text: string): Promise<boolean> {
    await this.connect();
    const result = await this.client.eval(PUBLISH, { keys: [this.key, this.historyKey], arguments: [basedOn, version, text] });
    return result === 1;
  }

  async close(): Promise<void> {
    try {
      if (this.client.isOpen) await this.client.quit();
    } catch (error) {
      this.log.debug({ err: error }, 'shared revision: close failed');
    }
  }
}
