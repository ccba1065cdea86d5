/**
 * The gateway adapter: turns discord.js interactions into responder requests and sends the reply
 * (acknowledging first when it is slow), answering each interaction once and counting it for the
 * metrics.
 */
import {
  DiscordAPIError,
  RESTJSONErrorCodes,
  type Client,
  type Interaction,
  type RepliableInteraction,
} from 'discord.js';
import { LRUCache } from 'lru-cache';
import { DEFER_AFTER_MS } from '../core/limits.ts';
import { outcomeOf } from '../core/reply.ts';
import type { Responder } from '../core/responder.ts';
import type { Reply } from '../core/types.ts';
import type { Logger } from '../log.ts';
import type { InteractionKind, InteractionObserver, Outcome } from '../observe/metrics.ts';
import { flattenOptions } from '../core/interaction-options.ts';
import { baseRequest } from './interaction-request.ts';
import { sendCallback, toDiscordJs } from './send.ts';

export interface InteractionRouter {
  /** Resolves when every interaction already received has been answered (or has failed). */
  drain(timeoutMs: number): Promise<void>;
  inFlight(): number;
  stopAccepting(): void;
}

/** Sends the reply; says whether it was deferred (acknowledged first, edited in). */
async function answer(
  interaction: RepliableInteraction,
  compute: Promise<Reply>,
  log: Logger,
): Promise<{ reply: Reply; deferred: boolean }> {
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
    return { reply, deferred: false };
  }
  await deferred;
  // A form cannot follow an acknowledgement; handlers that open one do no slow work first.
  if (reply.kind === 'modal') throw new Error('a modal reply came after the deferral threshold');
  await interaction.editReply(toDiscordJs(reply));
  return { reply, deferred: true };
}

export function attachInteractionHandler(
  client: Client,
  responder: Responder,
  log: Logger,
  observer?: InteractionObserver,
): InteractionRouter {
  const pending = new Set<Promise<void>>();
  let accepting = true;

  /** What the interaction is, as far as known, so that even a failure is counted under the right labels. */
  interface Seen {
    kind: InteractionKind;
    command: string;
    started: number;
  }
  const observe = (seen: Seen, outcome: Outcome, deferred = false) => {
    const seconds = (performance.now() - seen.started) / 1000;
    observer?.interaction({ kind: seen.kind, command: seen.command, outcome, seconds, deferred });
  };

  const handle = async (interaction: Interaction, seen: Seen): Promise<void> => {
    const base = baseRequest(interaction);
    if (interaction.isAutocomplete()) {
      Object.assign(seen, { kind: 'autocomplete', command: interaction.commandName });
      const focused = interaction.options.getFocused(true);
      const { subcommand, options } = flattenOptions(interaction.options.data);
      const choices = responder.autocomplete(
        { ...base, command: interaction.commandName, subcommand, options },
        { name: focused.name, value: focused.value },
      );
      await interaction.respond(choices);
      observe(seen, 'ok');
      return;
    }
    if (interaction.isChatInputCommand()) {
      const { subcommand, options } = flattenOptions(interaction.options.data);
      const command = interaction.commandName;
      Object.assign(seen, { kind: 'command', command });
      const sent = await answer(interaction, responder.command({ ...base, command, subcommand, options }), log);
      observe(seen, outcomeOf(sent.reply), sent.deferred);
      return;
    }
    if (interaction.isModalSubmit()) {
      const command = interaction.customId.split(':')[0] ?? '';
      Object.assign(seen, { kind: 'modal', command });
      const fields: Record<string, string | readonly string[]> = {};
      for (const [customId, field] of interaction.fields.fields) {
        if ('value' in field && typeof field.value === 'string') fields[customId] = field.value;
        else if ('values' in field && Array.isArray(field.values)) fields[customId] = field.values as string[];
      }
      const sent = await answer(
        interaction,
        responder.modal(interaction.customId, { ...base, command, options: {} }, fields),
        log,
      );
      observe(seen, outcomeOf(sent.reply), sent.deferred);
      return;
    }
    if (interaction.isButton() || interaction.isStringSelectMenu()) {
      const values = interaction.isStringSelectMenu() ? interaction.values : undefined;
      const command = interaction.customId.split(':')[0] ?? '';
      Object.assign(seen, { kind: 'component', command });
      const sent = await answer(
        interaction,
        responder.component(interaction.customId, { ...base, command, options: {} }, values),
        log,
      );
      observe(seen, outcomeOf(sent.reply), sent.deferred);
    }
  };

  // A gateway RESUME replays the dispatches after the sequence the client reports; one the bot had
  // already handled just before the session broke can arrive again. An interaction is answered once.
  const handled = new LRUCache<string, true>({ max: 10_000 });
  client.on('interactionCreate', (interaction) => {
    if (!accepting) return;
    if (handled.has(interaction.id)) {
      log.debug({ id: interaction.id }, 'interaction delivered again (gateway replay): already answered');
      return;
    }
    handled.set(interaction.id, true);
    const seen: Seen = { kind: 'command', command: '', started: performance.now() };
    const task = handle(interaction, seen)
      .catch((error: unknown) => {
        // A retried callback whose first attempt did reach Discord: the user has the reply.
        if (
          error instanceof DiscordAPIError &&
          error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged
        ) {
          log.debug({ id: interaction.id }, 'interaction was already acknowledged');
          return;
        }
        observe(seen, 'failed');
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
