/**
 * Members' reports of mistakes, waiting for a moderator: in a file beside the data, or in Redis
 * when CACHE_URL is set, so every process and host sees one queue. A report never changes data:
 * only a moderator's apply does, through the editor like any other change.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { createClient as CreateClient } from '@redis/client';
import { redisClientOptions } from '../cache/store.ts';
import { writeFileAtomic } from '../data/atomic-write.ts';
import { withFileLock } from '../data/file-lock.ts';
import type { Logger } from '../log.ts';

export interface Report {
  /** `r1`, `r2`, … in the order they came in. */
  id: string;
  rowId: string;
  reporterId: string;
  /** What is wrong, the correct value and the page that shows it, as the member typed them. */
  wrong: string;
  correct: string;
  source: string;
  at: string;
  status: 'open' | 'applied' | 'rejected' | 'duplicate';
  closedBy?: string | undefined;
  reason?: string | undefined;
  duplicateOf?: string | undefined;
}

export type NewReport = Pick<Report, 'rowId' | 'reporterId' | 'wrong' | 'correct' | 'source'>;
export type Closing = Pick<Report, 'status' | 'closedBy' | 'reason' | 'duplicateOf'>;

export interface ReportQueue {
  add(report: NewReport): Promise<Report>;
  get(id: string): Promise<Report | undefined>;
  all(): Promise<Report[]>;
  /** Closes an open report; undefined when it is not open (another moderator was first). */
  close(id: string, closing: Closing): Promise<Report | undefined>;
  shutdown(): Promise<void>;
}

/** The shared queue did not answer in time (Redis down or frozen): the report was not stored. */
export class ReportStoreUnavailable extends Error {
  constructor(cause: unknown) {
    super('the report queue is not reachable', { cause });
    this.name = 'ReportStoreUnavailable';
  }
}

/**
 * A Redis call may take this long. Opening a form and answering a button must happen within
 * Discord's three seconds, so a frozen server fails the call in time to say so politely.
 */
const REDIS_CALL_MS = 1500;

async function withinTime<T>(operation: () => Promise<T>, ms = REDIS_CALL_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReportStoreUnavailable(new Error(`no answer in ${ms} ms`))), ms);
    timer.unref();
  });
  try {
    return await Promise.race([operation(), timeout]);
  } catch (error) {
    throw error instanceof ReportStoreUnavailable ? error : new ReportStoreUnavailable(error);
  } finally {
    clearTimeout(timer);
  }
}

const byNumber = (a: Report, b: Report) => Number(a.id.slice(1)) - Number(b.id.slice(1));

/** `reports.json` beside the data file, changed under a lock so processes on one host share it. */
export class FileReportQueue implements ReportQueue {
  constructor(private readonly file: string) {}

  private async read(): Promise<Report[]> {
    const text = await readFile(this.file, 'utf8').catch(() => '[]');
    try {
      const value: unknown = JSON.parse(text);
      return Array.isArray(value) ? (value as Report[]) : [];
    } catch {
      return [];
    }
  }

  private async change<T>(fn: (reports: Report[]) => T): Promise<T> {
    // The lock is taken on the file itself, which must exist first.
    await writeFile(this.file, '[]\n', { flag: 'wx' }).catch(() => undefined);
    return withFileLock(this.file, async () => {
      const reports = await this.read();
      const result = fn(reports);
      await writeFileAtomic(this.file, `${JSON.stringify(reports, null, 2)}\n`);
      return result;
    });
  }

  add(report: NewReport): Promise<Report> {
    return this.change((reports) => {
      const next = Math.max(0, ...reports.map((r) => Number(r.id.slice(1)) || 0)) + 1;
      const full: Report = { ...report, id: `r${next}`, at: new Date().toISOString(), status: 'open' };
      reports.push(full);
      return full;
    });
  }

  async get(id: string): Promise<Report | undefined> {
    return (await this.read()).find((r) => r.id === id);
  }

  async all(): Promise<Report[]> {
    return (await this.read()).sort(byNumber);
  }

  close(id: string, closing: Closing): Promise<Report | undefined> {
    return this.change((reports) => {
      const report = reports.find((r) => r.id === id);
      if (report?.status !== 'open') return undefined;
      Object.assign(report, closing);
      return { ...report };
    });
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/** Only when the stored report is still the one read, so two moderators never both close it. */
const CLOSE = `if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then redis.call('HSET', KEYS[1], ARGV[1], ARGV[3]) return 1 end return 0`;

/** One hash of reports and a counter for their ids, in the deployment's namespace. */
export class RedisReportQueue implements ReportQueue {
  private readonly key: string;
  private readonly seq: string;

  private constructor(
    private readonly client: ReturnType<typeof CreateClient>,
    namespace: string,
  ) {
    this.key = `${namespace}:reports`;
    this.seq = `${namespace}:reports:seq`;
  }

  static async create(url: string, namespace: string, log: Logger): Promise<RedisReportQueue> {
    const { createClient } = await import('@redis/client');
    const queue = new RedisReportQueue(createClient(redisClientOptions(url)), namespace);
    queue.client.on('error', (error: unknown) => log.debug({ err: error }, 'report queue: redis error'));
    // Never waited for: start-up does not hang on Redis; the client joins when it answers.
    queue.client.connect().catch((error: unknown) => log.warn({ err: error }, 'report queue: redis not reachable yet'));
    return queue;
  }

  async add(report: NewReport): Promise<Report> {
    const next = await withinTime(() => this.client.incr(this.seq));
    const full: Report = { ...report, id: `r${next}`, at: new Date().toISOString(), status: 'open' };
    await withinTime(() => this.client.hSet(this.key, full.id, JSON.stringify(full)));
    return full;
  }

  async get(id: string): Promise<Report | undefined> {
    const text = await withinTime(() => this.client.hGet(this.key, id));
    return text ? (JSON.parse(text) as Report) : undefined;
  }

  async all(): Promise<Report[]> {
    const values = Object.values(await withinTime(() => this.client.hGetAll(this.key)));
    return values.map((text) => JSON.parse(text) as Report).sort(byNumber);
  }

  async close(id: string, closing: Closing): Promise<Report | undefined> {
    const text = await withinTime(() => this.client.hGet(this.key, id));
    if (!text) return undefined;
    const report = JSON.parse(text) as Report;
    if (report.status !== 'open') return undefined;
    const closed = { ...report, ...closing };
    const done = await withinTime(() =>
      this.client.eval(CLOSE, { keys: [this.key], arguments: [id, text, JSON.stringify(closed)] }),
    );
    return done === 1 ? closed : undefined;
  }

  shutdown(): Promise<void> {
    if (this.client.isOpen) this.client.destroy();
    return Promise.resolve();
  }
}
