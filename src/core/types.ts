/**
 * The contract between the adapters and the command modules: the request a handler gets, the reply
 * it returns and what a module may define, with no discord.js objects, so the CLI and tests can
 * build them.
 */
import type {
  APIActionRowComponent,
  APIApplicationCommandOptionChoice,
  APIComponentInMessageActionRow,
  APIInteractionResponseCallbackData,
  APIModalInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type { DataEditor } from '../data/editor.ts';
import type { DataError } from '../data/load.ts';
import type { DataView } from '../data/view.ts';
import type { CommandDefinition, RequestOf } from './command-options.ts';

export type { CommandDefinition } from './command-options.ts';

export type OptionValue = string | number | boolean;

/** What a member typed (text inputs) or picked (selects) in a modal, by each input's custom_id. */
export type ModalFields = Readonly<Record<string, string | readonly string[]>>;

export interface MemberInfo {
  /** Resolved permission bits in the channel, as Discord sends them; null when unknown. */
  permissions: bigint | null;
  roleIds: readonly string[];
}

/** Everything a handler may look at: no discord.js objects, so the CLI and tests can build one. */
export interface CommandRequest<Options = Readonly<Record<string, OptionValue>>> {
  command: string;
  subcommand?: string | undefined;
  options: Options;
  locale: string;
  /** Null outside a server (DMs) or when Discord sent no member. */
  member: MemberInfo | null;
  userId: string;
  channelId: string | null;
  guildId: string | null;
  /**
   * True only when the server it runs in installed the app (a guild install). False in DMs, group
   * DMs and servers where only the invoking user installed it (a user install), where the server's
   * moderators never agreed to the bot.
   */
  guildInstall: boolean;
}

interface ReplyFile {
  name: string;
  data: Buffer;
  contentType: string;
}

/**
 * `message` answers with a new message; `update` edits the message a button sits on; `modal`
 * opens `modal` (a form) instead of answering, and `data` is then empty.
 */
export interface Reply {
  kind: 'message' | 'update' | 'modal';
  data: APIInteractionResponseCallbackData;
  modal?: APIModalInteractionResponseCallbackData;
  files?: ReplyFile[];
  /** Ids of the dataset rows this reply shows (never sent): what "Report a mistake" offers. */
  rows?: readonly string[];
}

export interface RotationStore {
  /** Ids already shown for this key (channel + filter), oldest first. */
  seen(key: string): Promise<string[]>;
  remember(key: string, ids: string[]): Promise<void>;
}

/** What moderator commands may do; absent where the data cannot be edited. */
export interface ModerationContext {
  editor: DataEditor;
  moderatorRoleIds: readonly string[];
  /** Re-reads the data file now (the watcher does this by itself within 2 s). */
  reload(): Promise<
    { ok: true; changed: boolean; version: string; view: DataView } | { ok: false; errors: DataError[]; json?: unknown }
  >;
  /** Tells moderators in the log channel, when one is configured (with buttons, for a report). */
  notify(text: string, components?: ActionRows): void;
  /** Members' reports of mistakes; absent where there is nowhere to keep them. */
  reports?: ReportsContext | undefined;
}

export type ActionRows = APIActionRowComponent<APIComponentInMessageActionRow>[];

interface ReportsContext {
  queue: import('../reports/queue.ts').ReportQueue;
  /** Reports one member may send per hour. */
  perHour: number;
}

export interface HandlerContext {
  data: DataView;
  rotation: RotationStore;
  random: () => number;
  moderation?: ModerationContext | undefined;
  /** The rows a view shows, by the custom_id that renders it (a page button's): what a report offers. */
  rowsOf?: ((customId: string, req: CommandRequest) => Promise<readonly string[]>) | undefined;
}

export interface CommandModule<Definition extends CommandDefinition = CommandDefinition> {
  definition: Definition;
  /** Buttons and forms only (the report flow): not registered as a slash command, not in /help. */
  componentsOnly?: true;
  /** Deterministic replies are cached; replies with randomness or side effects are not. */
  cacheable: boolean;
  run(req: RequestOf<Definition>, ctx: HandlerContext): Reply | Promise<Reply>;
  /**
   * The options a cached reply is keyed on, resolved to what the handler uses (a competition's
   * id, not the text typed for it), so spellings of one value share one entry. Undefined: the
   * options resolve to nothing (an error reply), which is not cached.
   */
  cacheOptions?(
    options: Readonly<Record<string, OptionValue>>,
    data: DataView,
  ): Record<string, OptionValue> | undefined;
  /** Whether a reply draws a chart: a cache miss then counts against the member's chart rate limit. */
  drawsChart?(input: { options: Readonly<Record<string, OptionValue>> } | { state: readonly string[] }): boolean;
  /** Buttons: custom_id is `<command>:<state...>`; state arrives split on ':'. */
  component?(
    state: string[],
    req: CommandRequest,
    ctx: HandlerContext,
    values?: readonly string[],
  ): Reply | Promise<Reply>;
  /** A modal this command opened was submitted: custom_id `<command>:<state...>`, values by input id. */
  modal?(state: string[], req: CommandRequest, ctx: HandlerContext, fields: ModalFields): Reply | Promise<Reply>;
  autocomplete?(
    focused: { name: string; value: string },
    req: CommandRequest,
    ctx: HandlerContext,
  ): APIApplicationCommandOptionChoice[];
}

/** The bot's commands by name, as the dispatcher and the definitions read them. */
export type Registry = ReadonlyMap<string, CommandModule>;
