/** A definition's names and descriptions, English with the Dutch localization, read from the catalogue. */
import { commandTexts } from '../i18n/commands.ts';
import type { Lang } from '../i18n/locale.ts';

interface Entry {
  readonly name: string;
  readonly description: string;
  readonly options?: Readonly<Record<string, Entry>>;
}

type Tree = typeof commandTexts.en;

/** Every path through the catalogue: a command, then its subcommands and options by English name. */
type Paths<T> = {
  [K in keyof T & string]: readonly [K] | (T[K] extends { options: infer O } ? readonly [K, ...Paths<O>] : never);
}[keyof T & string];

type At<T, P> = P extends readonly [infer K extends keyof T]
  ? T[K]
  : P extends readonly [infer K extends keyof T, ...infer Rest]
    ? T[K] extends { options: infer O }
      ? At<O, Rest>
      : never
    : never;

export type TextPath = Paths<Tree>;

/** The entry at `path` in one language's tree; a wrong path is a type error, and throws for callers that cast. */
function entryAt(tree: Readonly<Record<string, Entry>>, path: readonly string[]): Entry {
  let level: Readonly<Record<string, Entry>> | undefined = tree;
  let entry: Entry | undefined;
  for (const key of path) {
    entry = level?.[key];
    if (!entry) throw new Error(`No catalogue entry for ${path.join(' ')}`);
    level = entry.options;
  }
  if (!entry) throw new Error('An empty catalogue path');
  return entry;
}

/**
 * `name`, `description` and their Dutch localizations for the command, subcommand or option at
 * `path`, to spread into a definition. The English name keeps its literal type, so `OptionsOf`
 * still reads it.
 */
export function localized<const P extends TextPath>(
  ...path: P
): {
  name: At<Tree, P> extends { name: infer Name extends string } ? Name : never;
  name_localizations: { nl: string };
  description: string;
  description_localizations: { nl: string };
} {
  const en = entryAt(commandTexts.en, path);
  const nl = entryAt(commandTexts.nl, path);
  return {
    name: en.name as At<Tree, P> extends { name: infer Name extends string } ? Name : never,
    name_localizations: { nl: nl.name },
    description: en.description,
    description_localizations: { nl: nl.description },
  };
}

/**
 * A command as a user of `lang` types it, from the same entries its definition is filled from:
 * `/data restore` is `/gegevens herstel` for Dutch users; options given as `name: value` pairs get
 * their local names.
 */
export function slashText(lang: Lang, path: TextPath, options: Record<string, string> = {}): string {
  const tree = commandTexts[lang];
  const names = path.map((_, i) => entryAt(tree, path.slice(0, i + 1)).name);
  const optionTexts = entryAt(tree, path).options ?? {};
  const pairs = Object.entries(options).map(([name, value]) => `${optionTexts[name]?.name ?? name}:${value}`);
  return [`/${names.join(' ')}`, ...pairs].join(' ');
}
