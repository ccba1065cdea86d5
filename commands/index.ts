/**
 * The command registry: every command module by name, each offered in servers, DMs and user
 * installs unless it names its own surfaces, and the definitions Discord is told to register.
 */
import { ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';
import type { CommandDefinition, CommandModule, Registry } from '../src/core/types.ts';
import { about } from './about.ts';
import { askCommand } from './ask.ts';
import { conflict } from './conflict.ts';
import { data } from './data.ts';
import { createHelp } from './help.ts';
import { medals } from './medals.ts';
import { progression } from './progression.ts';
import { quote } from './quote.ts';
import { records } from './records.ts';
import { report } from './report.ts';
import { results } from './results.ts';
import { timeline } from './timeline.ts';

/**
 * Where a member command may be used: installed by a server or by a user to their own account,
 * and run in a server, in a DM with the bot, or in a group DM. A definition that names its own
 * (`/data`: guild installs in servers only) keeps them.
 */
const MEMBER_SURFACES = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
} satisfies Pick<CommandDefinition, 'integration_types' | 'contexts'>;

/**
 * Each handler is typed by its own definition (`OptionsOf`); the registry holds them by name
 * alone. Sound because the responder checks every option against that definition before `run`.
 */
function withSurfaces<Definition extends CommandDefinition>(module: CommandModule<Definition>): CommandModule {
  const erased = module as unknown as CommandModule;
  return { ...erased, definition: { ...MEMBER_SURFACES, ...erased.definition } };
}

export function createRegistry(): Registry {
  const map = new Map<string, CommandModule>();
  const help = createHelp(() => definitions(map));
  const modules = [
    withSurfaces(medals),
    withSurfaces(results),
    withSurfaces(quote),
    withSurfaces(about),
    withSurfaces(records),
    withSurfaces(timeline),
    withSurfaces(askCommand),
    withSurfaces(progression),
    withSurfaces(data),
    withSurfaces(help),
    withSurfaces(report),
    withSurfaces(conflict),
  ];
  for (const module of modules) map.set(module.definition.name, module);
  return map;
}

/** The slash commands to register: every module but those that only answer buttons and forms. */
export function definitions(registry: Registry): CommandDefinition[] {
  return [...registry.values()].filter((c) => !c.componentsOnly).map((c) => c.definition);
}
