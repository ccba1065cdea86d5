import { spawn, type ChildProcess } from 'node:child_process';
import { Spawned } from './spawned.ts';

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
export class BotProcess extends Spawned {
  private constructor(child: ChildProcess) {
    super(child, 'bot', 8000);
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
}
