/**
 * What the fake remembers: the registered commands, every dispatched interaction with what the bot
 * did with it, and the messages posted to channels.
 */
import { EventEmitter } from 'node:events';
import type { APIApplicationCommand, APIInteraction, APIMessage } from 'discord-api-types/v10';
import { snowflake } from './ids.ts';
import { hasComponent } from './interactions.ts';
import { isObject, type RecordedRequest } from './types.ts';

/** Everything Discord knows about one dispatched interaction and what the bot did with it. */
export interface InteractionRecord {
  id: string;
  token: string;
  payload: APIInteraction;
  shardId: number;
  dispatchedAt: number;
  /** The first callback Discord accepted; later ones are rejected with 40060. */
  callback: RecordedRequest | null;
  /** PATCHes of @original, in order. */
  edits: RecordedRequest[];
  followUps: RecordedRequest[];
  /** The response message as it stands; null before a message callback or after DELETE. */
  original: APIMessage | null;
  /** Follow-up messages by id. */
  messages: Map<string, APIMessage>;
}

/** State shared by the REST routes and the test-facing helpers. */
export class Store extends EventEmitter {
  readonly interactions = new Map<string, InteractionRecord>();
  readonly #byToken = new Map<string, InteractionRecord>();
  readonly globalCommands: APIApplicationCommand[] = [];
  readonly guildCommands = new Map<string, APIApplicationCommand[]>();
  /** Messages posted with POST /channels/:id/messages, per channel, oldest first. */
  readonly channelMessages = new Map<string, APIMessage[]>();
  readonly #applicationId: string;

  constructor(applicationId: string) {
    super();
    // Every concurrent waiter (one per in-flight test interaction) listens here; dozens at once are expected.
    this.setMaxListeners(0);
    this.#applicationId = applicationId;
  }

  addInteraction(record: InteractionRecord): void {
    this.interactions.set(record.id, record);
    this.#byToken.set(record.token, record);
  }

  byToken(token: string): InteractionRecord | undefined {
    return this.#byToken.get(token);
  }

  /** Tell waiters that a record changed (callback, edit, follow-up). */
  touched(record: InteractionRecord): void {
    this.emit('interaction', record);
  }

  commandsFor(guildId: string | null): APIApplicationCommand[] {
    if (guildId === null) return this.globalCommands;
    let list = this.guildCommands.get(guildId);
    if (!list) this.guildCommands.set(guildId, (list = []));
    return list;
  }

  /** Bulk overwrite keeps the id of a command whose name and type survive, as Discord does. */
  overwrite(guildId: string | null, bodies: unknown[]): APIApplicationCommand[] {
    const list = this.commandsFor(guildId);
    const next = bodies.filter(isObject).map((body) => this.#command(guildId, body, list));
    list.splice(0, list.length, ...next);
    return next;
  }

  upsert(guildId: string | null, body: Record<string, unknown>): { command: APIApplicationCommand; created: boolean } {
    const list = this.commandsFor(guildId);
    const command = this.#command(guildId, body, list);
    const index = list.findIndex((c) => c.id === command.id);
    if (index >= 0) list[index] = command;
    else list.push(command);
    return { command, created: index < 0 };
  }

  #command(
    guildId: string | null,
    body: Record<string, unknown>,
    existing: APIApplicationCommand[],
  ): APIApplicationCommand {
    const type = typeof body.type === 'number' ? body.type : 1;
    const same = existing.find((c) => c.name === body.name && (c.type ?? 1) === type);
    return {
      default_member_permissions: null,
      nsfw: false,
      contexts: null,
      integration_types: [0],
      ...body,
      id: same?.id ?? snowflake(),
      application_id: this.#applicationId,
      version: snowflake(),
      type,
      description: typeof body.description === 'string' ? body.description : '',
      ...(guildId ? { guild_id: guildId } : {}),
    } as APIApplicationCommand;
  }

  /** Guild commands shadow global ones of the same name, as in the Discord client. */
  findCommand(name: string, guildId: string | null): APIApplicationCommand | undefined {
    const inGuild = guildId
      ? this.guildCommands.get(guildId)?.find((c) => c.name === name && (c.type ?? 1) === 1)
      : undefined;
    return inGuild ?? this.globalCommands.find((c) => c.name === name && (c.type ?? 1) === 1);
  }

  addChannelMessage(message: APIMessage): void {
    const list = this.channelMessages.get(message.channel_id) ?? [];
    list.push(message);
    this.channelMessages.set(message.channel_id, list);
  }

  /**
   * The newest message the bot sent that carries a component with this custom_id. Ties on id
   * go to the later record, which holds the more recent edit of a shared message.
   */
  latestMessageWith(customId: string): APIMessage | undefined {
    let best: APIMessage | undefined;
    const consider = (m: APIMessage | null | undefined) => {
      if (m && hasComponent(m.components, customId) && (!best || BigInt(m.id) >= BigInt(best.id))) best = m;
    };
    for (const record of this.interactions.values()) {
      consider(record.original);
      for (const m of record.messages.values()) consider(m);
    }
    for (const list of this.channelMessages.values()) for (const m of list) consider(m);
    return best;
  }
}
