import {
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandOption,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../commands/index.ts';

// Discord's rule for command and option names (lower case where a script has case), and its lengths.
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

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
});
