/**
 * `npm run deploy`: registers the slash commands with Discord, in one server or globally, and in
 * HTTP mode points the application's interactions at our endpoint.
 */
import 'dotenv/config';
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { createRegistry, definitions } from '../commands/index.ts';
import { ConfigError, parseConfig, TOKEN_HELP } from './config.ts';

/** Registers the slash commands: in one guild (instant, for testing) or globally. */
async function deploy(): Promise<number> {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  if (!config.DISCORD_TOKEN) {
    process.stderr.write(`${TOKEN_HELP}\n`);
    return 1;
  }
  if (!config.DISCORD_CLIENT_ID) {
    process.stderr.write(
      'DISCORD_CLIENT_ID is not set: copy the Application ID from the Discord developer portal into .env.\n',
    );
    return 1;
  }
  const body = definitions(createRegistry());
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_CLIENT_ID);
  const result = (await rest.put(route, { body })) as unknown[];
  process.stdout.write(
    `Registered ${result.length} commands ${config.DISCORD_GUILD_ID ? `in guild ${config.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear)'}.\n`,
  );
  if (config.DISCORD_INTERACTIONS_URL) return setInteractionsEndpoint(rest, config.DISCORD_INTERACTIONS_URL);
  return 0;
}

/**
 * HTTP mode: points the application's interactions at our endpoint. Discord first checks the URL
 * (a signed PING must get PONG, a forged one 401), so the endpoint must already be running there.
 */
async function setInteractionsEndpoint(rest: REST, url: string): Promise<number> {
  try {
    await rest.patch(Routes.currentApplication(), { body: { interactions_endpoint_url: url } });
  } catch (error) {
    if (error instanceof DiscordAPIError && error.status === 400) {
      process.stderr.write(
        `Discord could not verify the interactions endpoint ${url}. It must already be running there (npm run start:http) ` +
          "with this application's DISCORD_PUBLIC_KEY, and be reachable from the internet over HTTPS.\n",
      );
      return 1;
    }
    throw error;
  }
  process.stdout.write(
    `Interactions endpoint set to ${url}: Discord now sends every interaction there instead of over the gateway.\n`,
  );
  return 0;
}

deploy().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Registration failed: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
