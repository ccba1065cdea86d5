/**
 * `npm run cli`: runs a slash command or presses a button offline, with the bot's own handlers and
 * data, and prints the reply as text or as the exact JSON Discord would receive.
 */
import 'dotenv/config';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { createApp } from './app.ts';
import { toCallbackBody } from './core/callback.ts';
import { optionSpecs } from './core/options.ts';
import { renderReplyText } from './core/render-text.ts';
import type { CommandRequest, OptionValue, Reply, RotationStore } from './core/types.ts';
import { outcomeOf } from './core/reply.ts';
import { definitions } from '../commands/index.ts';
import { DataLoadError } from './data/store.ts';
import { createLogger } from './log.ts';
import { slashName } from './core/command-names.ts';
import { langOf } from './i18n/locale.ts';
import { t } from './i18n/messages.ts';

const USAGE = `Usage: npm run --silent cli -- <command> [subcommand] [option:value ...] [--locale nl] [--json]
       npm run --silent cli -- --press <custom_id> [--value <choice>] [--locale nl] [--json]

Runs a slash command offline with the same handlers as the bot and prints the reply.
  --locale <locale>   Discord locale of the user (default en-US; nl gives Dutch replies)
  --json              print the exact interaction callback body Discord would receive
  --press <id>        press a button or select menu by its custom_id (shown under a reply)
  --value <choice>    the chosen value for a select menu
  --moderator         act as a member with Manage Server permission
  --channel <id>      channel id (quote rotation is per channel, kept between runs in .cli-rotation.json beside the data)
  --out <dir>         save the reply's files (chart images) into this directory
Examples:
  npm run --silent cli -- medals competition:olympics
  npm run --silent cli -- quote topic:olympics --locale nl
  npm run --silent cli -- medailles kampioenschap:olympics --locale nl
  npm run --silent cli -- progression distance:1000m --out /tmp
  npm run --silent cli -- help`;

export class UsageError extends Error {}

const MANAGE_GUILD = 1n << 5n;

function parseValue(raw: string, type: ApplicationCommandOptionType | undefined): OptionValue {
  if (
    (type === ApplicationCommandOptionType.Integer || type === ApplicationCommandOptionType.Number) &&
    /^-?\d+(\.\d+)?$/.test(raw)
  )
    return Number(raw);
  if (type === ApplicationCommandOptionType.Boolean && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

export interface CliResult {
  exitCode: number;
  stdout: string;
}

/** Everything but process I/O, so tests can run the CLI in-process as well as via npm. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        locale: { type: 'string', default: 'en-US' },
        json: { type: 'boolean', default: false },
        press: { type: 'string' },
        value: { type: 'string', multiple: true },
        moderator: { type: 'boolean', default: false },
        channel: { type: 'string', default: '100000000000000001' },
        user: { type: 'string', default: '100000000000000002' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { exitCode: 0, stdout: USAGE };
  if (!values.press && positionals.length === 0) throw new UsageError(`No command given.\n\n${USAGE}`);

  const log = createLogger(env.LOG_LEVEL ?? 'silent');
  const app = await createApp({
    dataFile: env.DATA_FILE || 'data/leerdam.json',
    cacheUrl: undefined,
    log,
    moderatorRoleIds: [],
    // Each run is a new process: the rotation per --channel lives in a file, so quotes go on not repeating.
    rotation: fileRotation(join(dirname(env.DATA_FILE || 'data/leerdam.json'), '.cli-rotation.json')),
  });
  try {
    const base = {
      locale: values.locale,
      member: { permissions: values.moderator ? MANAGE_GUILD : 0n, roleIds: [] },
      userId: values.user,
      channelId: values.channel,
      guildId: '100000000000000003',
      // The CLI acts as a member of a server that added the bot.
      guildInstall: true,
    };
    const lang = langOf(values.locale);
    const cli = t(lang).cli;
    let reply: Reply;
    if (values.press) {
      reply = await app.responder.component(
        values.press,
        { ...base, command: values.press.split(':')[0] ?? '', options: {} },
        values.value,
      );
    } else {
      const [typed, ...rest] = positionals as [string, ...string[]];
      // English or Dutch names, as the user sees them in Discord: `gegevens toon id:…`.
      const module = [...app.registry.values()].find(
        (candidate) => !candidate.componentsOnly && named(candidate.definition, typed),
      );
      if (!module)
        throw new UsageError(
          cli.unknownCommand(
            typed,
            definitions(app.registry)
              .map((definition) => slashName(definition, lang).slice(1))
              .join(', '),
          ),
        );
      const command = module.definition.name;
      const typedSub = rest[0] && !rest[0].includes(':') ? rest.shift() : undefined;
      const subcommand = typedSub
        ? ((module.definition.options ?? []).find((o) => named(o, typedSub))?.name ?? typedSub)
        : undefined;
      const shown = slashName(module.definition, lang, subcommand);
      const specs = optionSpecs(module.definition, subcommand);
      if (!specs) throw new UsageError(cli.noSubcommand(slashName(module.definition, lang), typedSub ?? ''));
      const options: Record<string, OptionValue> = {};
      for (const pair of rest) {
        const at = pair.indexOf(':');
        if (at <= 0) throw new UsageError(cli.optionFormat(pair));
        const name = pair.slice(0, at);
        const spec = specs.find((s) => named(s, name));
        if (!spec) {
          const known = specs.map((s) => (lang === 'nl' ? (s.name_localizations?.nl ?? s.name) : s.name)).join(', ');
          throw new UsageError(cli.noOption(shown, name, known));
        }
        options[spec.name] = parseValue(pair.slice(at + 1), spec.type);
      }
      reply = await app.responder.command({ ...base, command, subcommand, options } satisfies CommandRequest);
    }
    let stdout = values.json ? JSON.stringify(toCallbackBody(reply), null, 2) : renderReplyText(reply, lang);
    if (values.out && reply.files?.length) {
      const saved = await saveFiles(reply, values.out);
      // With --json stdout must stay one JSON document, so the saved paths are listed only in the text form.
      if (!values.json) stdout += `\n\n${saved.map((f) => `saved ${f}`).join('\n')}`;
    }
    // An error reply (a refusal or our failure) exits 1; any answer, a moderator's ephemeral one too, exits 0.
    return { exitCode: outcomeOf(reply) === 'ok' ? 0 : 1, stdout };
  } finally {
    await app.close();
  }
}

/** Whether `item` is called `name` in English or in Dutch. */
function named(
  item: { name: string; name_localizations?: Partial<Record<string, string | null>> | null },
  name: string,
) {
  return item.name === name || item.name_localizations?.nl === name;
}

/** The quote rotation in a JSON file: what the bot keeps in Redis or memory, for one-shot runs. */
function fileRotation(file: string): RotationStore {
  const read = async () => {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as Record<string, string[]>;
    } catch {
      return {};
    }
  };
  return {
    seen: async (key) => (await read())[key] ?? [],
    remember: async (key, ids) => {
      const all = await read();
      all[key] = ids;
      await writeFile(file, JSON.stringify(all)).catch(() => undefined);
    },
  };
}

/** Only the base name of a reply file is used, so a file name can never write outside the directory. */
async function saveFiles(reply: Reply, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const saved: string[] = [];
  for (const f of reply.files ?? []) {
    const path = join(dir, basename(f.name));
    await writeFile(path, f.data);
    saved.push(path);
  }
  return saved;
}

const isMain = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  runCli(process.argv.slice(2)).then(
    (result) => {
      process.stdout.write(`${result.stdout}\n`);
      process.exitCode = result.exitCode;
    },
    (error: unknown) => {
      if (error instanceof UsageError || error instanceof DataLoadError) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
        process.exitCode = 1;
      }
    },
  );
}
