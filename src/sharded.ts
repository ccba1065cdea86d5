/**
 * `npm run start:sharded`: the gateway bot as several shard processes (discord.js's
 * ShardingManager), each running src/main.ts.
 */
import 'dotenv/config';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import { needsToken, readConfig } from './entry-config.ts';
import { createLogger } from './log.ts';

/**
 * Runs the bot as several shard processes. SHARD_COUNT fixes the total (over all hosts);
 * SHARD_IDS picks the shards this host runs. With neither, Discord's recommendation is used.
 * Shards share work through CACHE_URL=redis://… (replies, quote rotation, data revision).
 */
async function run(): Promise<number> {
  const config = readConfig(process.env, needsToken);
  if (!config?.DISCORD_TOKEN) return 1;
  const log = createLogger(config.LOG_LEVEL, [config.DISCORD_TOKEN]);
  if (!config.CACHE_URL) log.warn('CACHE_URL is not set: each shard keeps its own cache and quote rotation');
  let totalShards = config.SHARD_COUNT;
  if (totalShards === undefined) {
    // discord.js's own "auto" always asks discord.com; ask the configured API instead.
    const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
    const gateway = (await rest.get(Routes.gatewayBot())) as { shards: number };
    totalShards = gateway.shards;
  }
  // Built (dist/src/sharded.js) the shards run the built main.js on plain node; from source, through tsx.
  const built = import.meta.url.endsWith('.js');
  const manager = new ShardingManager(fileURLToPath(new URL(built ? './main.js' : './main.ts', import.meta.url)), {
    token: config.DISCORD_TOKEN,
    totalShards,
    shardList: config.SHARD_IDS ?? 'auto',
    execArgv: built ? [] : ['--import', 'tsx'],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => log.info({ shard: shard.id, totalShards }, 'shard launched'));
  const stop = async (signal: NodeJS.Signals) => {
    log.info({ signal }, 'stopping shards');
    // Each shard drains its own in-flight replies on SIGTERM; wait for them to exit.
    await Promise.all(
      [...manager.shards.values()].map(
        (shard) =>
          new Promise<void>((resolve) => {
            const child = shard.process;
            if (!child || child.exitCode !== null) {
              resolve();
              return;
            }
            shard.removeAllListeners('death');
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  await manager.spawn({ timeout: 60_000 });
  return 0;
}

run().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`Could not start shards: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
