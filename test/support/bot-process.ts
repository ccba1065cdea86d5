import { spawn, type ChildProcess } from 'node:child_process';

export const FAKE_TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GfAkEt.e2eTokenThatMustNeverAppearInLogs0123';

/**
 * Loaded into every bot process: prints each process warning (Node's deprecations, and
 * discord.js's, which it emits as plain warnings) as one marked line, so tests can fail on them.
 */
export const WARNING_HOOK = `data:text/javascript,${encodeURIComponent(
  "process.on('warning', (w) => process.stderr.write('PROCESS WARNING ' + JSON.stringify({ name: w.name, message: w.message }) + '\\n'));",
)}`;

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

  /** Every process warning the bot emitted so far (see WARNING_HOOK), as "Name: message". */
  get warnings(): string[] {
    return [...this.stderr.matchAll(/^PROCESS WARNING (.*)$/gm)].map((match) => {
      const warning = JSON.parse(match[1]!) as { name: string; message: string };
      return `${warning.name}: ${warning.message}`;
    });
  }

  static async start(
    env: Record<string, string>,
    entry = 'dist/src/main.js',
    readyPattern = /"msg":"ready"/,
    nodeOptions: string[] = [],
  ): Promise<BotProcess> {
    const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
    const child = spawn(process.execPath, [...nodeOptions, '--import', WARNING_HOOK, ...loader, entry], {
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
