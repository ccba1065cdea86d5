/**
 * The HTTP adapter: checks the signature of each interaction Discord POSTs, hands it to the
 * responder and answers in the HTTP response, or acknowledges at once and edits the reply in when
 * it is slow.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import { encodeCallbackBody, toCallbackBody } from '../core/callback.ts';
import { DEFER_AFTER_MS } from '../core/limits.ts';
import { outcomeOf } from '../core/reply.ts';
import type { Responder } from '../core/responder.ts';
import type { Reply } from '../core/types.ts';
import type { Logger } from '../log.ts';
import type { InteractionKind, InteractionObserver, Outcome } from '../observe/metrics.ts';
import type { WebhookEditor } from './webhook.ts';
import { baseRequestFromPayload, commandData, componentData, modalData } from './interaction-request.ts';
import { multipartBody } from './multipart.ts';
import { verifySignature } from './verify.ts';

/** Discord's interaction payloads are a few KiB; a component's message with ten full embeds stays well below this. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface EndpointDeps {
  publicKey: CryptoKey;
  log: Logger;
  webhooks: WebhookEditor;
  observer?: InteractionObserver | undefined;
  deferAfterMs?: number;
  maxBodyBytes?: number;
}

export interface InteractionEndpoint {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Until this is called (the data is still loading) only PING is answered; everything else gets 503. */
  serve(responder: Responder): void;
  /** Resolves when every interaction received so far is answered, including deferred edits. */
  drain(timeoutMs: number): Promise<void>;
  inFlight(): number;
  /** Replies from now on close their connection, so a load balancer moves on to another instance. */
  stopAccepting(): void;
}

type Json = Record<string, unknown>;

class TooLarge extends Error {}

/** How much of an oversized body is still read (and thrown away) after the 413, and for how long. */
const LINGER_BYTES = 8 * 1024 * 1024;
const LINGER_MS = 2000;

/**
 * Closing a connection while the client is still sending makes the kernel reset it, and the client
 * then sees EPIPE or ECONNRESET instead of the 413. So the rest of the body is read and discarded
 * (nginx's "lingering close"), within a bound: past it the connection is cut.
 */
function discardRest(req: IncomingMessage): void {
  if (req.complete) return;
  let discarded = 0;
  const cut = (): void => {
    req.socket.destroy();
  };
  const timer = setTimeout(cut, LINGER_MS);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > LINGER_BYTES) cut();
  });
  req.once('end', () => {
    clearTimeout(timer);
  });
  req.once('close', () => {
    clearTimeout(timer);
  });
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new TooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

function parse(body: Buffer): Json | undefined {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Discord's interactions endpoint: every request's signature is checked, then the reply is the
 * HTTP response itself (JSON, or multipart with `payload_json` when a chart is attached). A reply
 * that takes longer than DEFER_AFTER_MS is acknowledged in the response (type 5, or 6 for a
 * button) and completed by editing @original through the webhook, as the gateway bot does.
 * The body is never logged: it holds the interaction token.
 */
export function createInteractionEndpoint(deps: EndpointDeps): InteractionEndpoint {
  const { log } = deps;
  const deferAfterMs = deps.deferAfterMs ?? DEFER_AFTER_MS;
  const limit = deps.maxBodyBytes ?? MAX_BODY_BYTES;
  const pending = new Set<Promise<void>>();
  let responder: Responder | undefined;
  let closing = false;

  const send = (res: ServerResponse, status: number, body: Buffer | string, type = 'application/json') => {
    if (res.headersSent || res.destroyed) return;
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': bytes.length,
      ...(closing ? { Connection: 'close' } : {}),
    });
    res.end(bytes);
  };
  const refuse = (res: ServerResponse, status: number, error: string) => {
    send(res, status, JSON.stringify({ error }));
  };

  const observe = (kind: InteractionKind, command: string, outcome: Outcome, started: number, deferred = false) => {
    deps.observer?.interaction({ kind, command, outcome, seconds: (performance.now() - started) / 1000, deferred });
  };

  async function sendReply(res: ServerResponse, reply: Reply, kind: Reply['kind']): Promise<void> {
    if (reply.files?.length) {
      const form = await multipartBody(toCallbackBody({ ...reply, kind }), reply.files);
      send(res, 200, form.body, form.contentType);
      return;
    }
    send(res, 200, encodeCallbackBody(reply, kind));
  }

  /** Answers in the response, or acknowledges at the deferral threshold and edits the reply in later. */
  async function answer(
    res: ServerResponse,
    payload: Json,
    compute: Promise<Reply>,
    meta: { kind: 'command' | 'component' | 'modal'; command: string; started: number },
  ): Promise<void> {
    // Only a button or menu press can update the message it sits on; anything else gets a new message.
    const component = meta.kind === 'component';
    let deferred = false;
    const timer = setTimeout(() => {
      deferred = true;
      log.debug({ id: payload.id }, 'slow reply: deferring');
      const type = component
        ? InteractionResponseType.DeferredMessageUpdate
        : InteractionResponseType.DeferredChannelMessageWithSource;
      send(res, 200, JSON.stringify({ type }));
    }, deferAfterMs);
    let reply: Reply;
    try {
      reply = await compute;
    } finally {
      clearTimeout(timer);
    }
    const kind = reply.kind === 'modal' || component ? reply.kind : 'message';
    // `deferred` is set by the timer while the reply was computed; TS cannot see that.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (!deferred) {
      await sendReply(res, reply, kind);
      observe(meta.kind, meta.command, outcomeOf(reply), meta.started);
      return;
    }
    try {
      // A form cannot follow an acknowledgement; handlers that open one do no slow work first.
      if (reply.kind === 'modal') throw new Error('a modal reply came after the deferral threshold');
      await deps.webhooks.editOriginal(String(payload.application_id), String(payload.token), reply);
      observe(meta.kind, meta.command, outcomeOf(reply), meta.started, true);
    } catch (error) {
      log.error({ err: error, id: payload.id }, 'failed to complete a deferred interaction');
      observe(meta.kind, meta.command, 'failed', meta.started, true);
    }
  }

  async function dispatch(req: IncomingMessage, res: ServerResponse, started: number): Promise<void> {
    let body: Buffer;
    try {
      body = await readBody(req, limit);
    } catch (error) {
      if (error instanceof TooLarge) {
        discardRest(req);
        refuse(res, 413, 'body too large');
        return;
      }
      throw error;
    }
    const signature = req.headers['x-signature-ed25519'];
    const timestamp = req.headers['x-signature-timestamp'];
    const check = await verifySignature(
      deps.publicKey,
      typeof signature === 'string' ? signature : undefined,
      typeof timestamp === 'string' ? timestamp : undefined,
      body,
    );
    if (!check.ok) {
      // Discord itself tests that a bad signature is refused; anything else sending here is not Discord.
      log.debug({ reason: check.reason }, 'interaction refused: signature');
      refuse(res, 401, 'invalid request signature');
      return;
    }
    const payload = parse(body);
    if (!payload) {
      refuse(res, 400, 'body is not a JSON object');
      return;
    }
    const type = payload.type;
    if (type === InteractionType.Ping) {
      send(res, 200, JSON.stringify({ type: InteractionResponseType.Pong }));
      observe('ping', '', 'ok', started);
      return;
    }
    if (!responder) {
      refuse(res, 503, 'starting: the data is not loaded yet');
      return;
    }
    const base = baseRequestFromPayload(payload);
    if (type === InteractionType.ApplicationCommandAutocomplete) {
      const { command, subcommand, options, focused } = commandData(payload);
      const choices = focused ? responder.autocomplete({ ...base, command, subcommand, options }, focused) : [];
      send(
        res,
        200,
        JSON.stringify({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } }),
      );
      observe('autocomplete', command, 'ok', started);
      return;
    }
    if (type === InteractionType.ApplicationCommand) {
      const { command, subcommand, options } = commandData(payload);
      await answer(res, payload, responder.command({ ...base, command, subcommand, options }), {
        kind: 'command',
        command,
        started,
      });
      return;
    }
    if (type === InteractionType.MessageComponent) {
      const { customId, values } = componentData(payload);
      const command = customId.split(':')[0] ?? '';
      await answer(res, payload, responder.component(customId, { ...base, command, options: {} }, values), {
        kind: 'component',
        command,
        started,
      });
      return;
    }
    if (type === InteractionType.ModalSubmit) {
      const { customId, fields } = modalData(payload);
      const command = customId.split(':')[0] ?? '';
      await answer(res, payload, responder.modal(customId, { ...base, command, options: {} }, fields), {
        kind: 'modal',
        command,
        started,
      });
      return;
    }
    refuse(res, 400, 'unsupported interaction type');
  }

  return {
    handle(req, res) {
      const started = performance.now();
      const task = dispatch(req, res, started)
        .catch((error: unknown) => {
          log.error({ err: error }, 'failed to answer an interaction');
          if (!res.headersSent) refuse(res, 500, 'internal error');
        })
        .finally(() => pending.delete(task));
      pending.add(task);
    },
    serve(ready) {
      responder = ready;
    },
    inFlight: () => pending.size,
    stopAccepting() {
      closing = true;
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
