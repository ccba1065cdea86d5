import { spawn, type ChildProcess } from 'node:child_process';

/**
 * `npm run demo` without npm in between (the build is test/global-setup.ts's job): the demo's own
 * process, which starts the local Discord server, the built bot and the page.
 */
export class DemoProcess {
  stdout = '';
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout!.on('data', (b: Buffer) => (this.stdout += b.toString()));
    child.stderr!.on('data', (b: Buffer) => (this.stderr += b.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** The page's address, as the demo prints it. */
  get url(): string {
    return /Demo ready: (http:\/\/127\.0\.0\.1:\d+)/.exec(this.stdout)![1]!;
  }

  /** The bot's pid, as the demo prints it. */
  get botPid(): number {
    return Number(/bot pid (\d+)/.exec(this.stdout)![1]);
  }

  /** `detached` puts the demo in its own process group, as a terminal does, so Ctrl-C can be sent to the group. */
  static async start(env: Record<string, string>, detached = false): Promise<DemoProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/demo/main.ts'], {
      env: { ...process.env, DEMO_PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached,
    });
    const demo = new DemoProcess(child);
    const deadline = Date.now() + 60_000;
    while (!/Demo ready: /.test(demo.stdout)) {
      if (child.exitCode !== null) throw new Error(`the demo exited (${child.exitCode}):\n${demo.stderr}`);
      if (Date.now() > deadline) throw new Error(`the demo never got ready:\n${demo.stdout}\n${demo.stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return demo;
  }

  /** Ctrl-C in a terminal: SIGINT to the whole process group. */
  interruptGroup(): void {
    process.kill(-this.child.pid!, 'SIGINT');
  }

  signal(sig: NodeJS.Signals): void {
    this.child.kill(sig);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(timer);
  }
}

/** Whether a process with this pid still exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
