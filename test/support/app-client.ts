import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import type { CommandRequest, Reply } from '../../src/core/types.ts';

/** Drives one test/support/app-process.ts child. */
export class AppProcess {
  private next = 1;
  private readonly waiting = new Map<number, (value: unknown) => void>();
  readonly ready: Promise<void>;
  /** What the app posted to the moderator log channel. */
  readonly notices: string[] = [];
  /** The app's log lines (JSON, pino), on stderr. */
  stderr = '';

  private constructor(private readonly child: ChildProcessByStdio<Writable, Readable, Readable>) {
    let markReady: () => void;
    this.ready = new Promise((resolve) => (markReady = resolve));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const msg = JSON.parse(line) as { id?: number; ready?: boolean; reply?: unknown; notice?: string };
      if (msg.ready) markReady();
      else if (msg.notice !== undefined) this.notices.push(msg.notice);
      else if (msg.id !== undefined) this.waiting.get(msg.id)?.(msg.reply);
    });
  }

  static async start(env: Record<string, string>): Promise<AppProcess> {
    const child = spawn('npx', ['tsx', 'test/support/app-process.ts'], {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const p = new AppProcess(child);
    await p.ready;
    return p;
  }

  private call(payload: object): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.child.stdin.write(`${JSON.stringify({ id, ...payload })}\n`);
    });
  }

  command(req: CommandRequest): Promise<Reply> {
    const wire = {
      ...req,
      member: req.member ? { ...req.member, permissions: String(req.member.permissions ?? 0n) } : null,
    };
    return this.call({ req: wire }) as Promise<Reply>;
  }

  press(customId: string, req: CommandRequest): Promise<Reply> {
    return this.call({ req: this.wire(req), component: customId }) as Promise<Reply>;
  }

  submit(customId: string, req: CommandRequest, fields: Record<string, string | string[]>): Promise<Reply> {
    return this.call({ req: this.wire(req), modal: customId, fields }) as Promise<Reply>;
  }

  private wire(req: CommandRequest) {
    return { ...req, member: req.member ? { ...req.member, permissions: String(req.member.permissions ?? 0n) } : null };
  }

  async version(): Promise<string> {
    return ((await this.call({ version: true })) as { version: string }).version;
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin.end();
    await exited;
  }
}
