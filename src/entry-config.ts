/**
 * The first step of every entry point: the environment read and checked, plus the entry point's own
 * checks (a bot token, a public key).
 */
import { ConfigError, parseConfig, TOKEN_HELP, type Config } from './config.ts';

/** What an entry point needs beyond a valid environment; each returns the problems it finds. */
export type ConfigCheck = (config: Config) => string[];

export const needsToken: ConfigCheck = (config) => (config.DISCORD_TOKEN ? [] : [TOKEN_HELP]);

/**
 * The first step of `npm start`, `npm run start:http` and `npm run start:sharded`: read the
 * environment and run the entry point's own checks. On a problem it writes every one of them to
 * stderr, in words a self-hoster can act on, and returns undefined (the caller exits 1).
 */
export function readConfig(env: NodeJS.ProcessEnv, ...checks: ConfigCheck[]): Config | undefined {
  let config: Config;
  try {
    config = parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return undefined;
    }
    throw error;
  }
  const problems = checks.flatMap((check) => check(config));
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n`);
    return undefined;
  }
  return config;
}
