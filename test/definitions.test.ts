import {
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandOption,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../commands/index.ts';
import { slashName } from '../src/core/command-names.ts';
import { slashText } from '../src/core/command-text.ts';
import { commandTexts } from '../src/i18n/commands.ts';

// Discord's rule for command and option names (lower case where a script has case), and its lengths.
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

interface Entry {
  name: string;
  description: string;
  options?: Record<string, Entry>;
}

/** The catalogue entry for a path of English names, in one language. */
function entry(tree: Record<string, Entry>, path: readonly string[]): Entry | undefined {
  let level: Record<string, Entry> | undefined = tree;
  let found: Entry | undefined;
  for (const key of path) {
    found = level?.[key];
    level = found?.options;
  }
  return found;
}

function* catalogueKeys(tree: Record<string, Entry>, path: string[] = []): Generator<string> {
  for (const [key, inner] of Object.entries(tree)) {
    yield [...path, key].join(' ');
    if (inner.options) yield* catalogueKeys(inner.options, [...path, key]);
  }
}

interface Named {
  name: string;
  name_localizations?: Record<string, string | null> | null;
  description: string;
  description_localizations?: Record<string, string | null> | null;
  options?: APIApplicationCommandOption[];
}

function* walk(node: Named, path: string): Generator<{ node: Named; path: string; siblings: Named[] }> {
  const options = (node.options ?? []) as Named[];
  for (const o of options) {
    yield { node: o, path: `${path} ${o.name}`, siblings: options };
    yield* walk(o, `${path} ${o.name}`);
  }
}

describe('command definitions', () => {
  const registry = createRegistry();

  it("give every command, subcommand and option a Dutch name and description within Discord's rules", () => {
    let checked = 0;
    for (const [name, module] of registry) {
      if (module.componentsOnly) continue;
      const root = module.definition as unknown as Named;
      const all = [{ node: root, path: `/${name}`, siblings: [] as Named[] }, ...walk(root, `/${name}`)];
      for (const { node, path, siblings } of all) {
        const nl = node.name_localizations?.nl;
        expect(nl, `${path}: Dutch name`).toBeTruthy();
        expect(nl!, `${path}: Dutch name`).toMatch(NAME);
        expect(nl, `${path}: lower case`).toBe(nl!.toLowerCase());
        const description = node.description_localizations?.nl;
        expect(description, `${path}: Dutch description`).toBeTruthy();
        expect(description!.length, `${path}: Dutch description length`).toBeLessThanOrEqual(100);
        // Two options of one command must not share a Dutch name, or Discord refuses the whole set.
        expect(
          siblings.filter((s) => s.name_localizations?.nl === nl).length,
          `${path}: unique Dutch name`,
        ).toBeLessThanOrEqual(1);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('let members use every command but /data from a user install and in DMs and group DMs; /data stays in servers that added the bot', () => {
    const member = [...registry.values()].filter((c) => c.definition.name !== 'data');
    expect(member.length).toBeGreaterThan(5);
    for (const { definition } of member) {
      expect(definition.integration_types, definition.name).toEqual([
        ApplicationIntegrationType.GuildInstall,
        ApplicationIntegrationType.UserInstall,
      ]);
      expect(definition.contexts, definition.name).toEqual([
        InteractionContextType.Guild,
        InteractionContextType.BotDM,
        InteractionContextType.PrivateChannel,
      ]);
    }
    const data = registry.get('data')!.definition;
    expect(data.integration_types).toEqual([ApplicationIntegrationType.GuildInstall]);
    expect(data.contexts).toEqual([InteractionContextType.Guild]);
  });

  it('take every name and description, English and Dutch, from the catalogue, and the catalogue holds no other', () => {
    const used = new Set<string>();
    for (const [name, module] of registry) {
      const root = module.definition as unknown as Named;
      const all = [
        { node: root, path: [name] },
        ...[...walk(root, name)].map((w) => ({ node: w.node, path: w.path.split(' ') })),
      ];
      for (const { node, path } of all) {
        const en = entry(commandTexts.en, path);
        const nl = entry(commandTexts.nl, path);
        expect(en, `${path.join(' ')}: English entry`).toBeDefined();
        expect(nl, `${path.join(' ')}: Dutch entry`).toBeDefined();
        expect(node.name, path.join(' ')).toBe(en!.name);
        expect(node.description, path.join(' ')).toBe(en!.description);
        expect(node.name_localizations?.nl ?? null, path.join(' ')).toBe(nl!.name);
        expect(node.description_localizations?.nl ?? null, path.join(' ')).toBe(nl!.description);
        used.add(path.join(' '));
      }
    }
    expect([...catalogueKeys(commandTexts.en)].sort()).toEqual([...used].sort());
    expect([...catalogueKeys(commandTexts.nl)].sort()).toEqual([...used].sort());
  });

  it('write a command the same from the catalogue as from its definition, in both languages', () => {
    const data = registry.get('data')!.definition;
    for (const lang of ['en', 'nl'] as const) {
      expect(slashText(lang, ['data', 'edit'], { id: 'x', field: '…' })).toBe(
        slashName(data, lang, 'edit', { id: 'x', field: '…' }),
      );
      expect(slashText(lang, ['data', 'restore'])).toBe(slashName(data, lang, 'restore'));
      expect(slashText(lang, ['help'])).toBe(slashName(registry.get('help')!.definition, lang));
    }
    expect(slashText('nl', ['data', 'edit'], { id: 'x' })).toBe('/gegevens wijzig id:x');
  });
});
