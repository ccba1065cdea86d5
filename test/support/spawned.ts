import type { ChildProcess } from 'node:child_process';

/**
 * A child process the tests watch: its output captured as it comes, its exit as a promise, and a
 * stop that asks (SIGTERM) before it forces (SIGKILL). BotProcess and DemoProcess add how each starts.
 */
export class Spawned {
  stdout = '';
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  /** `name` is how failures refer to it; `killAfterMs` is how long stop() lets it shut down by itself. */
  protected constructor(
    protected readonly child: ChildProcess,
    private readonly name: string,
    private readonly killAfterMs: number,
  ) {
    child.stdout!.on('data', (b: Buffer) => (this.stdout += b.toString()));
    child.stderr!.on('data', (b: Buffer) => (this.stderr += b.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Waits until `pattern` shows in `output` (stdout and stderr by default); fails at once if the process exits. */
  async waitFor(
    pattern: RegExp,
    timeoutMs: number,
    output: () => string = () => this.stdout + this.stderr,
    pollMs = 25,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(output())) {
      if (this.child.exitCode !== null)
        throw new Error(`${this.name} exited (${this.child.exitCode}):\n${this.stderr.slice(-2000)}`);
      if (Date.now() > deadline)
        throw new Error(
          `${this.name} never printed ${pattern}:\n${this.stdout.slice(-2000)}\n${this.stderr.slice(-2000)}`,
        );
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  signal(sig: NodeJS.Signals): void {
    this.child.kill(sig);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), this.killAfterMs);
    await this.exited;
    clearTimeout(timer);
  }
}
