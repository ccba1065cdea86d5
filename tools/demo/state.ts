/**
 * What the demo page shows, followed from the local Discord server: the messages the bot's replies
 * become, the requests it sent with the problems found in them, and the forms it opened.
 */
import { EventEmitter } from 'node:events';
import type { APIMessage } from 'discord-api-types/v10';
import type { FakeDiscord, InteractionRecord, RecordedRequest } from '../discord-server/index.ts';

/** A channel of the demo server; the quote rotation and the moderator log are per channel. */
export interface DemoChannel {
  id: string;
  name: string;
}

/** A message as the page draws it: Discord's message, and for a command reply, what was typed. */
export interface DemoMessage {
  id: string;
  channelId: string;
  /** Arrival order; edits keep it. */
  order: number;
  invocation: { user: string; text: string } | null;
  message: APIMessage;
}

/** One request the bot sent, with what the local server's validators found in it. */
export interface DemoRequest {
  seq: number;
  method: string;
  path: string;
  route: string | null;
  /** For interaction callbacks, what the callback type means ("reply", "autocomplete", …). */
  label: string | null;
  status: number;
  at: number;
  body: string;
  files: { name: string; size: number }[];
  problems: string[];
}

interface DemoModal {
  interactionId: string;
  channelId: string;
  data: unknown;
}

const CALLBACK_TYPES: Record<number, string> = {
  1: 'pong',
  4: 'reply',
  5: 'deferred reply',
  6: 'deferred update',
  7: 'update message',
  8: 'autocomplete choices',
  9: 'open modal',
};

function labelOf(request: RecordedRequest): string | null {
  const type = (request.body as { type?: unknown } | undefined)?.type;
  if (request.route?.endsWith('/callback') && typeof type === 'number') return CALLBACK_TYPES[type] ?? `type ${type}`;
  if (request.route === '/webhooks/{webhook_id}/{webhook_token}/messages/@original') return 'edit the reply';
  if (request.route === '/webhooks/{webhook_id}/{webhook_token}') return 'follow-up';
  if (request.route === '/channels/{channel_id}/messages') return 'channel message';
  return null;
}

const MAX_REQUESTS = 300;
const MAX_BODY_CHARS = 20_000;
const MAX_FILES_KEPT = 40;
const MAX_ATTACHMENTS = 200;

/**
 * Follows the local Discord server: the messages the bot's answers become, the requests it sent and
 * the problems found in them, the modals it opened. The page gets each change as an event.
 */
export class DemoState extends EventEmitter {
  readonly #messages = new Map<string, DemoMessage>();
  readonly #requests: DemoRequest[] = [];
  readonly #byRequest = new Map<RecordedRequest, DemoRequest>();
  readonly #pending = new Set<DemoRequest>();
  readonly #files: RecordedRequest['files'] = [];
  readonly #attachments = new Map<string, { contentType: string; data: Buffer }>();
  readonly #invocations = new Map<string, { user: string; text: string }>();
  readonly #modalsShown = new Set<string>();
  readonly #originalOf = new Map<string, string>();
  readonly #general: string[] = [];
  #order = 0;
  #seq = 0;
  #flushTimer: NodeJS.Timeout | null = null;

  constructor(private readonly fake: FakeDiscord) {
    super();
    this.setMaxListeners(0);
    fake.store.on('interaction', (record: InteractionRecord) => this.#syncRecord(record));
    fake.on('request', (request: RecordedRequest) => this.#onRequest(request));
    fake.on('violation', (message: string) => this.#onViolation(message));
  }

  /** Remembered so the reply shows "tester used /medals …" as Discord does. */
  invoked(interactionId: string, user: string, text: string): void {
    this.#invocations.set(interactionId, { user, text });
  }

  messages(): DemoMessage[] {
    return [...this.#messages.values()].sort((a, b) => a.order - b.order);
  }

  /** The message as the server holds it (for component interactions, which carry their message). */
  rawMessage(id: string): APIMessage | undefined {
    return this.#messages.get(id)?.message;
  }

  requests(): DemoRequest[] {
    return this.#requests;
  }

  /** Problems that belong to no single request (an interaction acknowledged twice, say). */
  generalProblems(): string[] {
    return this.#general;
  }

  attachment(id: string): { contentType: string; data: Buffer } | undefined {
    return this.#attachments.get(id);
  }

  /** Announces something the bot logged that the page should show (a reload, a refused file). */
  notice(text: string, level: 'info' | 'error'): void {
    this.emit('event', 'notice', { text, level, at: Date.now() });
  }

  #syncRecord(record: InteractionRecord): void {
    const callbackBody = record.callback?.body as { type?: number; data?: unknown } | undefined;
    if (callbackBody?.type === 9 && !this.#modalsShown.has(record.id)) {
      this.#modalsShown.add(record.id);
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- Discord still sends both; accept either
      const channelId = record.payload.channel?.id ?? record.payload.channel_id ?? '';
      const modal: DemoModal = { interactionId: record.id, channelId, data: callbackBody.data };
      this.emit('event', 'modal', modal);
    }
    const previous = this.#originalOf.get(record.id);
    if (record.original) {
      this.#originalOf.set(record.id, record.original.id);
      this.#upsert(record.original, this.#invocations.get(record.id) ?? null);
    } else if (previous !== undefined) {
      this.#originalOf.delete(record.id);
      this.#remove(previous);
    }
    for (const message of record.messages.values()) this.#upsert(message, null);
  }

  #syncChannels(): void {
    for (const [channelId, list] of this.fake.store.channelMessages) {
      for (const message of list)
        if (!this.#messages.has(message.id)) this.#upsert({ ...message, channel_id: channelId }, null);
    }
  }

  #upsert(message: APIMessage, invocation: DemoMessage['invocation']): void {
    for (const attachment of message.attachments) {
      if (this.#attachments.has(attachment.id)) continue;
      // The server names uploads but keeps no bytes at their URL: match the upload by name and size.
      const file = [...this.#files]
        .reverse()
        .find((f) => f.name === attachment.filename && f.data.length === attachment.size);
      if (file) this.#attachments.set(attachment.id, { contentType: file.contentType, data: file.data });
      // Charts are ~100 KB each: the oldest go once many are kept (their messages show "[image]").
      if (this.#attachments.size > MAX_ATTACHMENTS) this.#attachments.delete(this.#attachments.keys().next().value!);
    }
    const existing = this.#messages.get(message.id);
    const entry: DemoMessage = {
      id: message.id,
      channelId: message.channel_id,
      order: existing?.order ?? ++this.#order,
      invocation: existing?.invocation ?? invocation,
      message,
    };
    this.#messages.set(message.id, entry);
    this.emit('event', 'message', entry);
  }

  #remove(id: string): void {
    if (this.#messages.delete(id)) this.emit('event', 'delete', { id });
  }

  #onRequest(request: RecordedRequest): void {
    for (const file of request.files) this.#files.push(file);
    this.#files.splice(0, Math.max(0, this.#files.length - MAX_FILES_KEPT));
    let body = request.body === undefined ? '' : JSON.stringify(request.body, null, 2);
    if (body.length > MAX_BODY_CHARS) body = `${body.slice(0, MAX_BODY_CHARS)}\n… (${body.length} characters)`;
    const entry: DemoRequest = {
      seq: ++this.#seq,
      method: request.method,
      path: request.path,
      route: request.route,
      label: labelOf(request),
      status: request.status,
      at: request.at,
      body,
      files: request.files.map((f) => ({ name: f.name, size: f.data.length })),
      problems: [],
    };
    this.#requests.push(entry);
    this.#byRequest.set(request, entry);
    if (this.#requests.length > MAX_REQUESTS) {
      const dropped = this.#requests.shift();
      for (const [raw, kept] of this.#byRequest) if (kept === dropped) this.#byRequest.delete(raw);
    }
    this.#pending.add(entry);
    this.#scheduleFlush();
  }

  #onViolation(message: string): void {
    // The server prefixes a problem with its request's method and path.
    const owner = [...this.#requests].reverse().find((r) => message.startsWith(`${r.method} ${r.path}:`));
    if (owner) {
      owner.problems.push(message.slice(`${owner.method} ${owner.path}: `.length));
      this.#pending.add(owner);
    } else {
      this.#general.push(message);
      this.emit('event', 'problem', { text: message });
    }
    this.#scheduleFlush();
  }

  /** Requests are announced a moment after they arrive, with the status the server answered. */
  #scheduleFlush(): void {
    if (this.#flushTimer) return;
    this.#flushTimer = setTimeout(() => {
      this.#flushTimer = null;
      this.#syncChannels();
      const ready: DemoRequest[] = [];
      for (const [raw, entry] of this.#byRequest) {
        if (!this.#pending.has(entry)) continue;
        entry.status = raw.status;
        ready.push(entry);
        if (raw.status !== 0) this.#pending.delete(entry);
      }
      if (ready.length > 0) this.emit('event', 'requests', ready);
      if (this.#pending.size > 0) this.#scheduleFlush();
    }, 40);
  }

  close(): void {
    if (this.#flushTimer) clearTimeout(this.#flushTimer);
  }
}
