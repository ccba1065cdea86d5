import type { FakeDiscord } from '../../tools/discord-server/index.ts';
import { mixed } from './interaction-mix.ts';

/**
 * Steady traffic for fault tests: an interaction every `everyMs`, each awaited to its reply.
 * Dispatch waits while the shard has no session (as Discord queues for a resuming client).
 */
export class SteadyLoad {
  sent = 0;
  answered = 0;
  readonly failures: string[] = [];
  private readonly pending = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly fake: FakeDiscord,
    private readonly everyMs = 40,
  ) {}

  start(): void {
    let i = 0;
    this.timer = setInterval(() => {
      const { command: name, options, locale } = mixed(i++);
      this.sent += 1;
      const task = (async () => {
        try {
          const { id } = await this.fake.command(name, options, { locale });
          const r = await this.fake.waitForResponse(id, 10_000);
          if (!r.data?.embeds?.length) throw new Error(`reply without embed for ${name}`);
          this.answered += 1;
        } catch (error) {
          this.failures.push(`${name}: ${(error as Error).message}`);
        }
      })();
      this.pending.add(task);
      void task.finally(() => this.pending.delete(task));
    }, this.everyMs);
  }

  /** Stops sending and waits for every interaction already sent. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([...this.pending]);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
