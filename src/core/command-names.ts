/**
 * A command as the member sees it in their language (`/gegevens herstel` for `/data restore`), for
 * replies that tell them what to type.
 */
import type { Lang } from '../i18n/locale.ts';
import type { CommandDefinition } from './types.ts';

type Named = { name: string; name_localizations?: Partial<Record<string, string | null>> | null | undefined };

const localName = (item: Named, lang: Lang) => (lang === 'nl' ? (item.name_localizations?.nl ?? item.name) : item.name);

/**
 * A command as the user sees it in their language, from its definition: `/data restore` is
 * `/gegevens herstel` for Dutch users. Options given as `name: value` pairs get their local names.
 */
export function slashName(
  definition: CommandDefinition,
  lang: Lang,
  subcommand?: string,
  options: Record<string, string> = {},
): string {
  const parts = [`/${localName(definition, lang)}`];
  let optionDefs: readonly Named[] = definition.options ?? [];
  if (subcommand) {
    const sub = (definition.options ?? []).find((o) => o.name === subcommand) as
      (Named & { options?: readonly Named[] }) | undefined;
    parts.push(sub ? localName(sub, lang) : subcommand);
    optionDefs = sub?.options ?? [];
  }
  for (const [name, value] of Object.entries(options)) {
    const def = optionDefs.find((o) => o.name === name);
    parts.push(`${def ? localName(def, lang) : name}:${value}`);
  }
  return parts.join(' ');
}
