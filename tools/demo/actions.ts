/**
 * What the demo page's user does, sent to the local Discord server as the Discord client would send
 * it: commands, autocomplete, button and menu presses and form submits, as a member or a moderator.
 */
import {
  ApplicationCommandOptionType,
  PermissionFlagsBits,
  type APIApplicationCommand,
  type APIApplicationCommandOption,
} from 'discord-api-types/v10';
import type { DispatchedInteraction, FakeDiscord, InteractionContext } from '../discord-server/index.ts';
import { MEMBER_PERMISSIONS } from '../discord-server/interactions.ts';
import type { DemoState } from './state.ts';

/** Who is typing, where, in which language: the switches on the page. */
export interface Viewer {
  channelId: string;
  locale: string;
  moderator: boolean;
}

export const LOCALES = ['en-US', 'nl'] as const;
const USER = { id: '100000000000000001', username: 'tester' };

/** A mistake the page made or the user typed; shown to them, never a crash. */
export class DemoInputError extends Error {}

function context(viewer: Viewer): InteractionContext {
  const permissions = viewer.moderator
    ? (BigInt(MEMBER_PERMISSIONS) | PermissionFlagsBits.ManageGuild).toString()
    : MEMBER_PERMISSIONS;
  return { channelId: viewer.channelId, locale: viewer.locale, member: { permissions, user: USER } };
}

/** The options a command path (`data edit`) takes, from the command as the bot registered it. */
function leafOptions(command: APIApplicationCommand, nested: string[]): readonly APIApplicationCommandOption[] {
  let defs: readonly APIApplicationCommandOption[] = command.options ?? [];
  for (const part of nested) {
    const def = defs.find((d) => d.name === part);
    if (
      !def ||
      (def.type !== ApplicationCommandOptionType.Subcommand &&
        def.type !== ApplicationCommandOptionType.SubcommandGroup)
    )
      throw new DemoInputError(`/${command.name} has no subcommand ${part}`);
    defs = def.options ?? [];
  }
  if (
    defs.some(
      (d) =>
        d.type === ApplicationCommandOptionType.Subcommand || d.type === ApplicationCommandOptionType.SubcommandGroup,
    )
  )
    throw new DemoInputError(`/${[command.name, ...nested].join(' ')} needs a subcommand`);
  return defs;
}

/** Typed text values become what Discord sends for the option's type: numbers, booleans, strings. */
function typedOptions(
  defs: readonly APIApplicationCommandOption[],
  values: Record<string, string>,
  focused: string | null,
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [name, raw] of Object.entries(values)) {
    const def = defs.find((d) => d.name === name);
    if (!def) throw new DemoInputError(`unknown option ${name}`);
    if (name === focused) {
      out[name] = raw;
      continue;
    }
    if (def.type === ApplicationCommandOptionType.Integer || def.type === ApplicationCommandOptionType.Number) {
      const n = Number(raw);
      if (
        raw.trim() === '' ||
        !Number.isFinite(n) ||
        (def.type === ApplicationCommandOptionType.Integer && !Number.isInteger(n))
      )
        throw new DemoInputError(
          `${name} must be a ${def.type === ApplicationCommandOptionType.Integer ? 'whole number' : 'number'}`,
        );
      out[name] = n;
    } else if (def.type === ApplicationCommandOptionType.Boolean) {
      if (raw !== 'true' && raw !== 'false') throw new DemoInputError(`${name} must be true or false`);
      out[name] = raw === 'true';
    } else out[name] = raw;
  }
  return out;
}

export interface CommandInput {
  path: string;
  options: Record<string, string>;
  text: string;
}

/**
 * Turns what the page sends into interactions on the local server, as the Discord client would: the
 * same command ids, option types, locale and member permissions.
 */
export class DemoActions {
  constructor(
    private readonly fake: FakeDiscord,
    private readonly state: DemoState,
  ) {}

  #command(path: string): { command: APIApplicationCommand; defs: readonly APIApplicationCommandOption[] } {
    const [name = '', ...nested] = path.trim().split(/\s+/);
    const command = this.fake.commands.find((c) => c.name === name);
    if (!command) throw new DemoInputError(`/${name} is not a command of this bot`);
    return { command, defs: leafOptions(command, nested) };
  }

  async command(viewer: Viewer, input: CommandInput): Promise<DispatchedInteraction> {
    const { defs } = this.#command(input.path);
    const missing = defs.filter((d) => 'required' in d && d.required && !(d.name in input.options));
    if (missing.length > 0)
      throw new DemoInputError(`missing required option ${missing.map((d) => d.name).join(', ')}`);
    const options = typedOptions(defs, input.options, null);
    const dispatched = await this.fake.command(input.path, options, context(viewer));
    this.state.invoked(dispatched.id, USER.username, input.text);
    return dispatched;
  }

  /** A real autocomplete interaction; resolves with the choices the bot answered. */
  async autocomplete(viewer: Viewer, input: CommandInput & { focused: string }): Promise<unknown[]> {
    const { defs } = this.#command(input.path);
    const def = defs.find((d) => d.name === input.focused);
    if (!def || !('autocomplete' in def) || !def.autocomplete)
      throw new DemoInputError(`${input.focused} has no autocomplete`);
    const options = typedOptions(
      defs,
      { ...input.options, [input.focused]: input.options[input.focused] ?? '' },
      input.focused,
    );
    const { id } = await this.fake.autocomplete(input.path, options, input.focused, context(viewer));
    const callback = await this.fake.waitForCallback(id, 5000);
    const body = callback.body as { data?: { choices?: unknown[] } };
    return body.data?.choices ?? [];
  }

  component(
    viewer: Viewer,
    messageId: string,
    customId: string,
    values: string[] | null,
  ): Promise<DispatchedInteraction> {
    const message = this.state.rawMessage(messageId);
    if (!message) throw new DemoInputError('that message is gone');
    const ctx = { ...context(viewer), channelId: message.channel_id, message };
    return values === null ? this.fake.button(customId, ctx) : this.fake.select(customId, values, ctx);
  }

  modal(viewer: Viewer, openedBy: string, values: Record<string, string | string[]>): Promise<DispatchedInteraction> {
    // Modal submits arrive with the local server's MODAL_SUBMIT support; until then the page says so.
    const submit = (this.fake as unknown as { submitModal?: SubmitModal }).submitModal;
    if (!submit) throw new DemoInputError('this version of the local Discord server cannot submit modals yet');
    return submit.call(this.fake, openedBy, values, context(viewer));
  }
}

type SubmitModal = (
  openedBy: string,
  values: Record<string, string | string[]>,
  ctx: InteractionContext,
) => Promise<DispatchedInteraction>;
