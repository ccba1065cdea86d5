/**
 * `npm run demo`: the built bot against the local Discord server, with a Discord-like page on
 * 127.0.0.1 to use it from a browser, no Discord account or token needed.
 */
import { resolve } from 'node:path';
import { FakeDiscord } from '../discord-server/index.ts';
import { DemoBot, registerCommands, type BotLogLine } from './bot.ts';
import { DemoState, type DemoChannel } from './state.ts';
import { createWebServer, listenLocal } from './web.ts';

const DEFAULT_PORT = 3210;

function demoPort(): number {
  const raw = process.env.DEMO_PORT?.trim() ?? '';
  if (raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`DEMO_PORT: must be a TCP port, 0–65535 (0 picks a free one), not "${raw}"\n`);
    process.exit(1);
  }
  return port;
}

/** What the page shows of the bot's log: the live reload and refused data files. */
function noticeFor(line: BotLogLine): { text: string; level: 'info' | 'error' } | null {
  if (line.msg === 'data file reloaded')
    return { text: `Data file reloaded: now serving version ${String(line.version)}`, level: 'info' };
  if (line.msg === 'data file change refused')
    return { text: `Data file change refused at ${String(line.path)}: ${String(line.reason)}`, level: 'error' };
  return null;
}

async function main(): Promise<void> {
  const port = demoPort();
  // The real file by default: a moderator previews their edit as members will see it (see docs/decisions.md).
  const dataFile = resolve(process.env.DATA_FILE?.trim() || 'data/leerdam.json');
  const fake = await FakeDiscord.start({ guildCount: 1, botUser: { username: 'Leerdam bot' } });
  const general = fake.guilds[0]!.channelId;
  const channels: DemoChannel[] = [
    { id: general, name: 'general' },
    { id: (BigInt(general) + 2n).toString(), name: 'skating-talk' },
    { id: (BigInt(general) + 3n).toString(), name: 'moderator-log' },
  ];
  const state = new DemoState(fake);
  const env = {
    apiUrl: fake.apiUrl,
    applicationId: fake.applicationId,
    dataFile,
    moderatorLogChannelId: channels[2]!.id,
  };

  let bot: DemoBot | null = null;
  const life = { stopping: false };
  const web = createWebServer({ fake, state, channels, dataFile, guildName: 'Leerdam fans (local demo)' });
  const stop = async (code: number) => {
    if (life.stopping) return;
    life.stopping = true;
    await bot?.stop();
    web.close();
    web.closeAllConnections();
    state.close();
    await fake.stop();
    process.stdout.write('Stopped the page, the bot and the local Discord server.\n');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  process.on('SIGHUP', () => void stop(0));
  // However this process ends, the bot must not outlive it.
  process.on('exit', () => bot?.killNow());

  // The page's port first: a port in use fails before the bot is started for nothing.
  const listening = await listenLocal(web, port).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new Error(`port ${port} is in use: set DEMO_PORT to another port (0 picks a free one)`);
  });
  process.stdout.write('Starting the local Discord server and the bot…\n');
  await registerCommands(env);
  const running = DemoBot.spawn(env, (line) => {
    const notice = noticeFor(line);
    if (notice) {
      state.notice(notice.text, notice.level);
      process.stdout.write(`${notice.text}\n`);
    }
  });
  bot = running;
  try {
    await running.ready();
  } catch (error) {
    // Stopped during start-up (Ctrl-C): stop() ends the process, with code 0.
    if (life.stopping) return;
    throw error;
  }
  void running.exited.then((code) => {
    if (life.stopping) return;
    process.stderr.write(`The bot stopped (exit code ${String(code)}):\n${running.tail}\n`);
    void stop(1);
  });
  process.stdout.write(
    [
      `Demo ready: http://127.0.0.1:${listening}`,
      `  bot pid ${String(running.pid)}, data file ${dataFile} (edit it to see the live reload)`,
      '  Ctrl-C stops the page, the bot and the local Discord server.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`The demo could not start: ${(error as Error).message}\n`);
  process.exit(1);
});
