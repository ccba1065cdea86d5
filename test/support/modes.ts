import { BotProcess } from './bot-process.ts';
import type { FakeDiscord } from '../../tools/discord-server/index.ts';
import { freePort } from './redis-server.ts';

/** The two ways the bot reaches Discord; the e2e, fault and fuzz suites run against both. */
export type Mode = 'gateway' | 'http';
export const MODES: readonly Mode[] = ['gateway', 'http'];

export interface StartedBot {
  bot: BotProcess;
  /** HTTP mode: where the endpoint, /healthz and /metrics listen. */
  url?: string;
}

/**
 * The built bot as production runs it, against the local Discord server: `npm start` (gateway)
 * or `npm run start:http` with the fake delivering every interaction to its endpoint, signed with
 * the fake's key. With `setEndpoint: false` the URL is left for the test to set (through deploy).
 */
export async function startBot(
  mode: Mode,
  fake: FakeDiscord,
  env: Record<string, string>,
  options: { setEndpoint?: boolean; nodeOptions?: string[]; readyPattern?: RegExp | undefined } = {},
): Promise<StartedBot> {
  if (mode === 'gateway') {
    const bot = await BotProcess.start(
      { DISCORD_API_URL: fake.apiUrl, ...env },
      'dist/src/main.js',
      options.readyPattern ?? /"msg":"ready"/,
      options.nodeOptions,
    );
    return { bot };
  }
  const port = await freePort();
  const bot = await BotProcess.start(
    {
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_PUBLIC_KEY: fake.publicKey,
      HTTP_PORT: String(port),
      HTTP_HOST: '127.0.0.1',
      ...env,
    },
    'dist/src/main-http.js',
    options.readyPattern ?? /"msg":"ready"/,
    options.nodeOptions,
  );
  const url = `http://127.0.0.1:${port}`;
  if (options.setEndpoint ?? true) {
    if (!(await fake.setInteractionsEndpoint(`${url}/interactions`)))
      throw new Error(`the fake could not verify ${url}/interactions`);
  }
  return { bot, url };
}
