/**
 * The real bot for the demo: registered and started as its own process from the build, as `npm
 * start` runs it, against the local Discord server, with its log lines read back.
 */
import { spawn, type ChildProcess } from 'node:child_process';

/** A token-shaped placeholder: the local server accepts any token, and this one can never log in anywhere. */
const DEMO_TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GdEmO0.demoTokenThatOnlyTheLocalServerAccepts00';

/** Settings a developer's shell or .env may hold that must not leak into the demo (no Redis, no metrics port, no sharding). */
const CLEARED = [
  'CACHE_URL',
  'METRICS_PORT',
  'SHARD_COUNT',
  'SHARD_IDS',
  'SHARDS',
  'DISCORD_GUILD_ID',
  'DISCORD_INTERACTIONS_URL',
  'DISCORD_PUBLIC_KEY',
  'MODERATOR_ROLE_IDS',
  'REDIS_REQUIRED',
];

export interface BotEnv {
  apiUrl: string;
  applicationId: string;
  dataFile: string;
  moderatorLogChannelId: string;
}

/** The environment `npm start` gets from .env in production, here pointed at the local server. */
function botEnv(env: BotEnv): NodeJS.ProcessEnv {
  // Left out, not emptied: discord.js itself reads SHARD_COUNT and SHARDS from the environment.
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !CLEARED.includes(name)));
  return {
    ...base,
    // A developer's real .env must not be read: its token and Redis are not for the demo.
    DOTENV_CONFIG_PATH: '/nonexistent/.env',
    DISCORD_TOKEN: DEMO_TOKEN,
    DISCORD_CLIENT_ID: env.applicationId,
    DISCORD_API_URL: env.apiUrl,
    DATA_FILE: env.dataFile,
    MODERATOR_LOG_CHANNEL_ID: env.moderatorLogChannelId,
    LOG_LEVEL: 'info',
  };
}

/** `npm run deploy`, built: registers the commands on the local server as on Discord. */
export function registerCommands(env: BotEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/src/deploy.js'], {
      env: botEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(output.trim()) : reject(new Error(`command registration failed:\n${output}`)),
    );
  });
}

/** One log line of the bot (pino JSON on stderr), as much of it as the demo reads. */
export interface BotLogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/**
 * The built bot (dist/src/main.js) on plain node in its own process, exactly as `npm start` runs it,
 * so the demo shows what production does, not a second implementation.
 */
export class DemoBot {
  readonly exited: Promise<number | null>;
  #tail = '';
  #buffer = '';
  #ready = false;

  private constructor(
    private readonly child: ChildProcess,
    onLog: (line: BotLogLine) => void,
  ) {
    const take = (b: Buffer) => {
      this.#tail = (this.#tail + b.toString()).slice(-4000);
      this.#buffer += b.toString();
      let newline;
      while ((newline = this.#buffer.indexOf('\n')) >= 0) {
        const line = this.#buffer.slice(0, newline);
        this.#buffer = this.#buffer.slice(newline + 1);
        try {
          const parsed = JSON.parse(line) as BotLogLine;
          if (parsed.msg === 'ready') this.#ready = true;
          if (typeof parsed.msg === 'string') onLog(parsed);
        } catch {
          // Not a log line (a start-up message on plain stderr): only the tail keeps it.
        }
      }
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** The last few KB the bot printed, for an error message when it dies. */
  get tail(): string {
    return this.#tail;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the bot; `ready()` waits for its "ready" log line. Returned at once, so a Ctrl-C during start-up can stop it. */
  static spawn(env: BotEnv, onLog: (line: BotLogLine) => void): DemoBot {
    const child = spawn(process.execPath, ['dist/src/main.js'], {
      env: botEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new DemoBot(child, onLog);
  }

  async ready(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.#ready) {
      if (!this.running) throw new Error(`the bot exited before it was ready:\n${this.tail}`);
      if (Date.now() > deadline) throw new Error(`the bot was not ready within ${timeoutMs / 1000} s:\n${this.tail}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** SIGTERM (the bot drains in-flight interactions), SIGKILL if it has not exited after 8 s. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 8000);
    await this.exited;
    clearTimeout(timer);
  }

  /** Last resort on process exit, when nothing can be awaited any more. */
  killNow(): void {
    if (this.running) this.child.kill('SIGKILL');
  }
}
