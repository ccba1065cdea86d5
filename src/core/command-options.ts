/**
 * The types that tie a handler to its own definition: from a `const` definition, the options (per
 * subcommand, the required ones too) that its `run` receives.
 */
import type {
  ApplicationCommandOptionType,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { CommandRequest } from './types.ts';

type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A slash command as registered with Discord; read-only, so a definition can be declared `const`. */
export type CommandDefinition = DeepReadonly<RESTPostAPIChatInputApplicationCommandsJSONBody>;

type ValueOf<Option> = Option extends {
  type: ApplicationCommandOptionType.String;
  choices: readonly { value: infer Value }[];
}
  ? Value
  : Option extends { type: ApplicationCommandOptionType.String }
    ? string
    : Option extends { type: ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number }
      ? number
      : Option extends { type: ApplicationCommandOptionType.Boolean }
        ? boolean
        : never;

type Leaves<Option> = Option extends {
  type: ApplicationCommandOptionType.Subcommand | ApplicationCommandOptionType.SubcommandGroup;
  options?: readonly (infer Inner)[];
}
  ? Leaves<Inner>
  : Option;

/**
 * The options a handler receives, derived from its definition (as discord-utils-bot's
 * `ArgumentsOf`): the responder has already checked every value against the definition
 * (`validateOptions`), so a string option with choices arrives as one of them. A subcommand's
 * options are merged in: which ones apply is the handler's `req.subcommand`.
 */
export type OptionsOf<Definition> = CommandDefinition extends Definition
  ? Readonly<Record<string, string | number | boolean>>
  : Definition extends { options: readonly (infer Option)[] }
    ? { readonly [O in Leaves<Option> as O extends { name: infer Name extends string } ? Name : never]?: ValueOf<O> }
    : Readonly<Record<string, never>>;

/** One subcommand's options: those it marks `required` are always present (the responder checks them). */
type SubcommandOptions<Option> = {
  readonly [O in Option as O extends { required: true; name: infer Name extends string } ? Name : never]: ValueOf<O>;
} & {
  readonly [
    O in Option as O extends { required: true } ? never : O extends { name: infer Name extends string } ? Name : never
  ]?: ValueOf<O>;
};

type SubcommandRequest<Sub> = Sub extends { name: infer Name extends string }
  ? Omit<
      CommandRequest<
        Sub extends { options: readonly (infer Option)[] } ? SubcommandOptions<Option> : Readonly<Record<string, never>>
      >,
      'subcommand'
    > & {
      subcommand: Name;
    }
  : never;

type Subcommands<Definition> = Definition extends { options: readonly (infer Option)[] }
  ? Extract<Option, { type: ApplicationCommandOptionType.Subcommand }>
  : never;

/**
 * The request a handler receives. For a command with subcommands it is a union by `subcommand`,
 * so `switch (req.subcommand)` narrows `req.options` to that subcommand's own options.
 */
export type RequestOf<Definition> = CommandDefinition extends Definition
  ? CommandRequest
  : [Subcommands<Definition>] extends [never]
    ? CommandRequest<OptionsOf<Definition>>
    : SubcommandRequest<Subcommands<Definition>>;

/** Declares a definition with its literal names and choices kept, so `OptionsOf` can read them. */
export function defineCommand<const Definition extends CommandDefinition>(definition: Definition): Definition {
  return definition;
}
