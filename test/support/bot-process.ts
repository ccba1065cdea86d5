import { spawn, type ChildProcess } from 'node:child_process';

export const FAKE_TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GfAkEt.e2eTokenThatMustNeverAppearInLogs0123';

/**
 * The bot as in production: the built entry point (dist/src/main.js, which test/global-setup.ts
 * builds before any test) on plain node in its own process, pointed at the local Discord server
 * through DISCORD_API_URL. A `.ts` entry runs through `node --import tsx`; either way it is one
 * process, so signals reach the bot itself.
 */
export class BotProcess {
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

  static async start(
    env: Record<string, string>,
    entry = 'dist/src/main.js',
    readyPattern = /"msg":"ready"/,
  ): Promise<BotProcess> {
    const child = spawn(process.execPath, entry.endsWith('.ts') ? ['--import', 'tsx', entry] : [entry], {
      env: {
        ...process.env,
        DOTENV_CONFIG_PATH: '/nonexistent/.env',
        DISCORD_TOKEN: FAKE_TOKEN,
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const bot = new BotProcess(child);
    await bot.waitFor(readyPattern, 30_000);
    return bot;
  }

  async waitFor(pattern: RegExp, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.stdout + this.stderr)) {
      if (this.child.exitCode !== null)
        throw new Error(`bot exited (${this.child.exitCode}):\n${this.stderr.slice(-2000)}`);
      if (Date.now() > deadline) throw new Error(`bot never printed ${pattern}:\n${this.stderr.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  signal(sig: NodeJS.Signals): void {
    this.child.kill(sig);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 8000);
    await this.exited;
    clearTimeout(timer);
  }
}
