import { DiscordAPIError, RESTJSONErrorCodes, type Client, type Interaction } from 'discord.js';
import { DEFER_AFTER_MS } from '../core/limits.ts';
import type { Responder } from '../core/responder.ts';
import type { Reply } from '../core/types.ts';
import type { Logger } from '../log.ts';
import { flattenOptions } from '../core/interaction-options.ts';
import { baseRequest } from './interaction-request.ts';
import { sendCallback, toDiscordJs } from './send.ts';

export interface InteractionRouter {
  /** Resolves when every interaction already received has been answered (or has failed). */
  drain(timeoutMs: number): Promise<void>;
  inFlight(): number;
  stopAccepting(): void;
}

async function answer(interaction: Interaction, compute: Promise<Reply>, log: Logger): Promise<void> {
  if (!interaction.isRepliable()) return;
  // The timer starts the acknowledgement itself, so a fast reply (nearly all) costs one timer and no race.
  let deferred: Promise<unknown> | undefined;
  const timer = setTimeout(() => {
    log.debug({ id: interaction.id }, 'slow reply: deferring');
    deferred = interaction.isMessageComponent() ? interaction.deferUpdate() : interaction.deferReply();
    // Awaited below; this only keeps a failed acknowledgement from counting as unhandled meanwhile.
    deferred.catch(() => undefined);
  }, DEFER_AFTER_MS);
  let reply: Reply;
  try {
    reply = await compute;
  } finally {
    clearTimeout(timer);
  }
  if (!deferred) {
    await sendCallback(interaction, reply);
    return;
  }
  await deferred;
  await interaction.editReply(toDiscordJs(reply));
}

export function attachInteractionHandler(client: Client, responder: Responder, log: Logger): InteractionRouter {
  const pending = new Set<Promise<void>>();
  let accepting = true;

  const handle = async (interaction: Interaction): Promise<void> => {
    const base = baseRequest(interaction);
    if (interaction.isAutocomplete()) {
      const focused = interaction.options.getFocused(true);
      const { subcommand, options } = flattenOptions(interaction.options.data);
      const choices = responder.autocomplete(
        { ...base, command: interaction.commandName, subcommand, options },
        { name: focused.name, value: focused.value },
      );
      await interaction.respond(choices);
      return;
    }
    if (interaction.isChatInputCommand()) {
      const { subcommand, options } = flattenOptions(interaction.options.data);
      await answer(
        interaction,
        responder.command({ ...base, command: interaction.commandName, subcommand, options }),
        log,
      );
      return;
    }
    if (interaction.isButton() || interaction.isStringSelectMenu()) {
      const values = interaction.isStringSelectMenu() ? interaction.values : undefined;
      const command = interaction.customId.split(':')[0] ?? '';
      await answer(
        interaction,
        responder.component(interaction.customId, { ...base, command, options: {} }, values),
        log,
      );
    }
  };

  client.on('interactionCreate', (interaction) => {
    if (!accepting) return;
    const task = handle(interaction)
      .catch((error: unknown) => {
        // A retried callback whose first attempt did reach Discord: the user has the reply.
        if (
          error instanceof DiscordAPIError &&
          error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged
        ) {
          log.debug({ id: interaction.id }, 'interaction was already acknowledged');
          return;
        }
        log.error({ err: error, id: interaction.id }, 'failed to answer an interaction');
      })
      .finally(() => pending.delete(task));
    pending.add(task);
  });

  return {
    inFlight: () => pending.size,
    stopAccepting: () => {
      accepting = false;
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...pending]),
        new Promise((resolve) => {
          timer = setTimeout(resolve, timeoutMs);
        }),
      ]);
      clearTimeout(timer);
    },
  };
}
