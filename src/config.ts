/**
 * The environment the bot reads, validated in one place: each setting with its default and bounds,
 * and every bad value reported at once in words a self-hoster can act on.
 */
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');
const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const idList = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : v,
  z.array(snowflake),
);

const port = z.coerce.number().int().min(1, 'must be a TCP port, 1–65535').max(65535, 'must be a TCP port, 1–65535');
const flag = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
    .transform((v) => ['true', '1', 'yes'].includes(v)),
);

const ConfigSchema = z.object({
  DISCORD_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(20, 'looks too short to be a bot token').optional()),
  DISCORD_CLIENT_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
  DISCORD_API_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  CACHE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^rediss?:\/\/.+/, 'must be unset (in-memory cache) or a redis:// or rediss:// URL')
      .optional(),
  ),
  // Past this a cache call is skipped so a slow Redis never holds a reply up; raise it for a distant Redis.
  CACHE_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(10).max(10_000).default(200)),
  // Start-up waits at most this long for Redis, then serves from memory and joins Redis when it answers.
  CACHE_CONNECT_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(100).max(60_000).default(2000)),
  // Part of every Redis key: deployments sharing one Redis never see each other's data or cache.
  DEPLOYMENT_ID: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, - and _ (at most 40)')
      .optional(),
  ),
  REPLY_CACHE_MAX_BYTES: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number()
      .int()
      .min(1024 * 1024)
      .max(4 * 1024 ** 3)
      .default(32 * 1024 * 1024),
  ),
  CHARTS_PER_MINUTE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1000).default(6)),
  REPORTS_PER_HOUR: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1000).default(5)),
  DATA_FILE: z.preprocess(emptyAsUndefined, z.string().default('data/leerdam.json')),
  DATA_FILE_MAX_BYTES: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number()
      .int()
      .min(64 * 1024)
      .max(1024 ** 3)
      .default(5 * 1024 * 1024),
  ),
  HISTORY_KEEP: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1_000_000).default(500)),
  HISTORY_MAX_BYTES: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number()
      .int()
      .min(1024 * 1024)
      .default(200 * 1024 * 1024),
  ),
  MODERATOR_ROLE_IDS: z.preprocess(emptyAsUndefined, idList.default([])),
  MODERATOR_LOG_CHANNEL_ID: z.preprocess(emptyAsUndefined, snowflake.optional()),
  SHARD_COUNT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(10_000).optional()),
  SHARD_IDS: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.split(',').map((s) => Number(s.trim())) : undefined),
    z.array(z.number().int().min(0, 'shard ids are whole numbers from 0')).optional(),
  ),
  // HTTP mode (npm run start:http): Discord's signature key, and where the endpoint listens.
  DISCORD_PUBLIC_KEY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, "must be the application's public key: 64 hex characters (General Information)")
      .optional(),
  ),
  DISCORD_INTERACTIONS_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  HTTP_PORT: z.preprocess(emptyAsUndefined, port.default(8080)),
  HTTP_HOST: z.preprocess(emptyAsUndefined, z.string().default('0.0.0.0')),
  // Health and metrics: the gateway bot serves them here; in HTTP mode it moves them off the public port.
  METRICS_PORT: z.preprocess(emptyAsUndefined, port.optional()),
  REDIS_REQUIRED: z.preprocess(emptyAsUndefined, flag.default(false)),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads configuration from an environment object; every bad value is reported, not just the first. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = result.data;
  if (c.REDIS_REQUIRED && !c.CACHE_URL)
    throw new ConfigError(['REDIS_REQUIRED: needs CACHE_URL (the Redis to require)']);
  if (c.SHARD_IDS && c.SHARD_COUNT === undefined)
    throw new ConfigError(['SHARD_IDS: needs SHARD_COUNT (the total over all hosts)']);
  if (c.SHARD_IDS && c.SHARD_COUNT !== undefined && c.SHARD_IDS.some((id) => id >= c.SHARD_COUNT!)) {
    throw new ConfigError([`SHARD_IDS: every id must be below SHARD_COUNT (${c.SHARD_COUNT})`]);
  }
  return c;
}

export const TOKEN_HELP = [
  'DISCORD_TOKEN is not set, so the bot cannot connect to Discord.',
  'Get a token: https://discord.com/developers/applications → New Application → Bot → Reset Token,',
  'then put it in .env (copy .env.example) as DISCORD_TOKEN=... together with DISCORD_CLIENT_ID.',
  'To try the bot offline without a token: npm run --silent cli -- medals competition:olympics',
].join('\n');

export const PUBLIC_KEY_HELP = [
  'DISCORD_PUBLIC_KEY is not set, so the interactions endpoint cannot check that requests come from Discord.',
  'Copy it from https://discord.com/developers/applications → your application → General Information → Public Key,',
  'then put it in .env as DISCORD_PUBLIC_KEY=... (64 hex characters).',
].join('\n');
