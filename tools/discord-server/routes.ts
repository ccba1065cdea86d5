/**
 * What each REST route of the fake does, as Discord does it: interaction callbacks and webhook
 * messages, commands, the application and the gateway, with Discord's error codes.
 */
import { InteractionType, type APIMessage, type APIUser } from 'discord-api-types/v10';
import { messageFrom, textChannel, type FakeGuild } from './entities.ts';
import type { InteractionRecord, Store } from './store.ts';
import { isObject, type RecordedFile, type RecordedRequest } from './types.ts';

interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  files: RecordedFile[];
  record: RecordedRequest;
}

export interface RouteResult {
  status: number;
  body?: unknown;
}

/** What route handlers need from the fake; kept narrow so handlers stay about Discord semantics. */
export interface RouteHost {
  store: Store;
  bot: APIUser;
  application: { id: string; name: string; flags: number };
  guilds: readonly FakeGuild[];
  gatewayUrl(): string;
  origin(): string;
  shards: number;
  maxConcurrency: number;
  identifyCount(): number;
  /** Calls later than this after dispatch get 10062, as Discord's 3 s window does; null = no limit. */
  responseDeadlineMs: number | null;
  violation(message: string): void;
  /** The application's public key (verify_key), 64 hex characters. */
  verifyKey: string;
  /** Where interactions go instead of the gateway; null: over the gateway. */
  interactionsEndpoint(): string | null;
  /** Discord's check of a new endpoint URL: a signed PING must get PONG and a forged one 401. */
  setInteractionsEndpoint(url: string | null): Promise<boolean>;
}

interface Route {
  method: string;
  /** OpenAPI path template; also the key for validation. */
  spec: string;
  /** Interaction callbacks and webhook routes are authorised by their token, not the bot token. */
  auth: boolean;
  handle(ctx: RouteContext, host: RouteHost): RouteResult | Promise<RouteResult>;
}

const error = (status: number, code: number, message: string): RouteResult => ({ status, body: { message, code } });
const UNKNOWN_APPLICATION = error(404, 10002, 'Unknown Application');
const UNKNOWN_CHANNEL = error(404, 10003, 'Unknown Channel');
const UNKNOWN_MESSAGE = error(404, 10008, 'Unknown Message');
const UNKNOWN_WEBHOOK = error(404, 10015, 'Unknown Webhook');
const UNKNOWN_INTERACTION = error(404, 10062, 'Unknown interaction');
const ALREADY_ACKNOWLEDGED = error(400, 40060, 'Interaction has already been acknowledged.');
const INVALID_FORM = error(400, 50035, 'Invalid Form Body');

// Which callback types Discord accepts for which interaction type.
const CALLBACKS_FOR: Record<number, number[]> = {
  [InteractionType.Ping]: [1],
  [InteractionType.ApplicationCommand]: [4, 5, 9, 10, 12],
  [InteractionType.MessageComponent]: [4, 5, 6, 7, 9, 10, 12],
  [InteractionType.ApplicationCommandAutocomplete]: [8],
  [InteractionType.ModalSubmit]: [4, 5, 6, 7, 10],
};

function commandsScope(ctx: RouteContext, host: RouteHost): { guildId: string | null } | RouteResult {
  if (ctx.params.application_id !== host.application.id) return UNKNOWN_APPLICATION;
  return { guildId: ctx.params.guild_id ?? null };
}

function webhookRecord(ctx: RouteContext, host: RouteHost): InteractionRecord | RouteResult {
  if (ctx.params.webhook_id !== host.application.id) return UNKNOWN_WEBHOOK;
  return host.store.byToken(ctx.params.webhook_token ?? '') ?? UNKNOWN_WEBHOOK;
}

function isResult(value: unknown): value is RouteResult {
  return isObject(value) && typeof value.status === 'number';
}

function sourceMessage(record: InteractionRecord): APIMessage | null {
  return 'message' in record.payload && record.payload.message ? record.payload.message : null;
}

function invoker(record: InteractionRecord): APIUser {
  const p = record.payload;
  return (p.member?.user ?? p.user) as APIUser;
}

function responseMessage(
  host: RouteHost,
  record: InteractionRecord,
  body: unknown,
  files: RecordedFile[],
  extra: { previous?: APIMessage; loading?: boolean } = {},
): APIMessage {
  return messageFrom({
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- Discord still sends both; accept either
    channelId: record.payload.channel?.id ?? record.payload.channel_id ?? '0',
    author: host.bot,
    body,
    files,
    origin: host.origin(),
    applicationId: host.application.id,
    webhook: true,
    interaction: { id: record.id, type: record.payload.type, user: invoker(record) },
    ...extra,
  });
}

function callback(ctx: RouteContext, host: RouteHost): RouteResult {
  const record = host.store.interactions.get(ctx.params.interaction_id ?? '');
  if (!record || record.token !== ctx.params.interaction_token) return UNKNOWN_INTERACTION;
  const label = `interaction ${record.id}`;
  const elapsed = Date.now() - record.dispatchedAt;
  if (host.responseDeadlineMs !== null && elapsed > host.responseDeadlineMs) {
    host.violation(`${label}: callback ${elapsed} ms after dispatch (limit ${host.responseDeadlineMs} ms)`);
    return UNKNOWN_INTERACTION;
  }
  if (record.callback) {
    host.violation(`${label}: acknowledged twice`);
    return ALREADY_ACKNOWLEDGED;
  }
  if (!isObject(ctx.body) || typeof ctx.body.type !== 'number') return INVALID_FORM;
  const type = ctx.body.type;
  if (!(CALLBACKS_FOR[record.payload.type] ?? []).includes(type)) {
    host.violation(`${label}: callback type ${type} is not valid for interaction type ${record.payload.type}`);
  }
  record.callback = ctx.record;
  const data = ctx.body.data;
  const source = sourceMessage(record);
  if (type === 4) record.original = responseMessage(host, record, data, ctx.files);
  else if (type === 5)
    record.original = responseMessage(host, record, { flags: isObject(data) ? data.flags : 0 }, [], { loading: true });
  else if (type === 6) record.original = source;
  else if (type === 7 && source)
    record.original = messageFrom({
      channelId: source.channel_id,
      author: source.author,
      body: data,
      files: ctx.files,
      origin: host.origin(),
      previous: source,
    });
  host.store.touched(record);
  if (ctx.query.get('with_response') !== 'true') return { status: 204 };
  const message = record.original;
  return {
    status: 200,
    body: {
      interaction: {
        id: record.id,
        type: record.payload.type,
        activity_instance_id: null,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: type === 5,
              response_message_ephemeral: ((message.flags ?? 0) & 64) !== 0,
            }
          : {}),
      },
      resource: { type, ...(message && type !== 6 ? { message } : {}) },
    },
  };
}

function messageTarget(
  record: InteractionRecord,
  messageId: string,
): { kind: 'original' | 'followup'; message: APIMessage } | null {
  if (record.original && (messageId === '@original' || messageId === record.original.id))
    return { kind: 'original', message: record.original };
  const followUp = record.messages.get(messageId);
  return followUp ? { kind: 'followup', message: followUp } : null;
}

function getMessage(ctx: RouteContext, host: RouteHost): RouteResult {
  const record = webhookRecord(ctx, host);
  if (isResult(record)) return record;
  const target = messageTarget(record, ctx.params.message_id ?? '@original');
  return target ? { status: 200, body: target.message } : UNKNOWN_MESSAGE;
}

function editMessage(ctx: RouteContext, host: RouteHost): RouteResult {
  const record = webhookRecord(ctx, host);
  if (isResult(record)) return record;
  const target = messageTarget(record, ctx.params.message_id ?? '@original');
  if (!target) return UNKNOWN_MESSAGE;
  const updated = messageFrom({
    channelId: target.message.channel_id,
    author: target.message.author,
    body: ctx.body,
    files: ctx.files,
    origin: host.origin(),
    previous: target.message,
  });
  if (target.kind === 'original') {
    record.original = updated;
    record.edits.push(ctx.record);
  } else {
    record.messages.set(updated.id, updated);
  }
  host.store.touched(record);
  return { status: 200, body: updated };
}

function deleteMessage(ctx: RouteContext, host: RouteHost): RouteResult {
  const record = webhookRecord(ctx, host);
  if (isResult(record)) return record;
  const target = messageTarget(record, ctx.params.message_id ?? '@original');
  if (!target) return UNKNOWN_MESSAGE;
  if (target.kind === 'original') record.original = null;
  else record.messages.delete(target.message.id);
  host.store.touched(record);
  return { status: 204 };
}

function followUp(ctx: RouteContext, host: RouteHost): RouteResult {
  const record = webhookRecord(ctx, host);
  if (isResult(record)) return record;
  // The interaction webhook only exists once the interaction has been acknowledged.
  if (!record.callback) return UNKNOWN_WEBHOOK;
  const message = responseMessage(host, record, ctx.body, ctx.files);
  record.messages.set(message.id, message);
  record.followUps.push(ctx.record);
  host.store.touched(record);
  return ctx.query.get('wait') === 'true' ? { status: 200, body: message } : { status: 204 };
}

function applicationObject(host: RouteHost) {
  return {
    id: host.application.id,
    name: host.application.name,
    icon: null,
    description: '',
    summary: '',
    type: null,
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: host.verifyKey,
    interactions_endpoint_url: host.interactionsEndpoint(),
    flags: host.application.flags,
    owner: { ...host.bot, bot: false, username: 'owner', id: host.guilds[0]?.ownerId ?? host.bot.id },
    team: null,
    bot: host.bot,
    integration_types_config: { '0': {}, '1': {} },
    install_params: { scopes: ['bot', 'applications.commands'], permissions: '0' },
  };
}

function gatewayBot(host: RouteHost) {
  return {
    url: host.gatewayUrl(),
    shards: host.shards,
    session_start_limit: {
      total: 1000,
      remaining: Math.max(0, 1000 - host.identifyCount()),
      reset_after: 86_400_000,
      max_concurrency: host.maxConcurrency,
    },
  };
}

/** PATCH /applications/@me: the one field the bot sets is the interactions endpoint URL, which Discord verifies first. */
async function editApplication(ctx: RouteContext, host: RouteHost): Promise<RouteResult> {
  if (!isObject(ctx.body)) return INVALID_FORM;
  const url = ctx.body.interactions_endpoint_url;
  if (url !== undefined) {
    const target = typeof url === 'string' && url !== '' ? url : null;
    if (!(await host.setInteractionsEndpoint(target))) {
      return {
        status: 400,
        body: {
          message: 'Invalid Form Body',
          code: 50035,
          errors: {
            interactions_endpoint_url: {
              _errors: [
                {
                  code: 'APPLICATION_INTERACTIONS_ENDPOINT_URL_INVALID',
                  message: 'The specified interactions endpoint url could not be verified.',
                },
              ],
            },
          },
        },
      };
    }
  }
  return { status: 200, body: applicationObject(host) };
}

const listCommands = (ctx: RouteContext, host: RouteHost): RouteResult => {
  const scope = commandsScope(ctx, host);
  return isResult(scope) ? scope : { status: 200, body: host.store.commandsFor(scope.guildId) };
};

const overwriteCommands = (ctx: RouteContext, host: RouteHost): RouteResult => {
  const scope = commandsScope(ctx, host);
  if (isResult(scope)) return scope;
  if (!Array.isArray(ctx.body)) return INVALID_FORM;
  return { status: 200, body: host.store.overwrite(scope.guildId, ctx.body) };
};

const createCommand = (ctx: RouteContext, host: RouteHost): RouteResult => {
  const scope = commandsScope(ctx, host);
  if (isResult(scope)) return scope;
  if (!isObject(ctx.body)) return INVALID_FORM;
  const { command, created } = host.store.upsert(scope.guildId, ctx.body);
  return { status: created ? 201 : 200, body: command };
};

/** Ordered: literal segments such as `@original` must win over `{message_id}`. */
const ROUTES: Route[] = [
  { method: 'GET', spec: '/gateway', auth: false, handle: (_c, h) => ({ status: 200, body: { url: h.gatewayUrl() } }) },
  { method: 'GET', spec: '/gateway/bot', auth: true, handle: (_c, h) => ({ status: 200, body: gatewayBot(h) }) },
  {
    method: 'GET',
    spec: '/users/@me',
    auth: true,
    handle: (_c, h) => ({ status: 200, body: { ...h.bot, verified: true, mfa_enabled: false, locale: 'en-US' } }),
  },
  {
    method: 'GET',
    spec: '/applications/@me',
    auth: true,
    handle: (_c, h) => ({ status: 200, body: applicationObject(h) }),
  },
  { method: 'PATCH', spec: '/applications/@me', auth: true, handle: editApplication },
  { method: 'GET', spec: '/applications/{application_id}/commands', auth: true, handle: listCommands },
  { method: 'PUT', spec: '/applications/{application_id}/commands', auth: true, handle: overwriteCommands },
  { method: 'POST', spec: '/applications/{application_id}/commands', auth: true, handle: createCommand },
  {
    method: 'GET',
    spec: '/applications/{application_id}/guilds/{guild_id}/commands',
    auth: true,
    handle: listCommands,
  },
  {
    method: 'PUT',
    spec: '/applications/{application_id}/guilds/{guild_id}/commands',
    auth: true,
    handle: overwriteCommands,
  },
  {
    method: 'POST',
    spec: '/applications/{application_id}/guilds/{guild_id}/commands',
    auth: true,
    handle: createCommand,
  },
  {
    method: 'POST',
    spec: '/interactions/{interaction_id}/{interaction_token}/callback',
    auth: false,
    handle: callback,
  },
  { method: 'GET', spec: '/webhooks/{webhook_id}/{webhook_token}/messages/@original', auth: false, handle: getMessage },
  {
    method: 'PATCH',
    spec: '/webhooks/{webhook_id}/{webhook_token}/messages/@original',
    auth: false,
    handle: editMessage,
  },
  {
    method: 'DELETE',
    spec: '/webhooks/{webhook_id}/{webhook_token}/messages/@original',
    auth: false,
    handle: deleteMessage,
  },
  {
    method: 'GET',
    spec: '/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}',
    auth: false,
    handle: getMessage,
  },
  {
    method: 'PATCH',
    spec: '/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}',
    auth: false,
    handle: editMessage,
  },
  {
    method: 'DELETE',
    spec: '/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}',
    auth: false,
    handle: deleteMessage,
  },
  { method: 'POST', spec: '/webhooks/{webhook_id}/{webhook_token}', auth: false, handle: followUp },
  {
    method: 'GET',
    spec: '/channels/{channel_id}',
    auth: true,
    handle: (c, h) => {
      const guild = h.guilds.find((g) => g.channelId === c.params.channel_id);
      return guild ? { status: 200, body: textChannel(guild) } : UNKNOWN_CHANNEL;
    },
  },
  {
    method: 'POST',
    spec: '/channels/{channel_id}/messages',
    auth: true,
    handle: (c, h) => {
      const message = messageFrom({
        channelId: c.params.channel_id ?? '0',
        author: h.bot,
        body: c.body,
        files: c.files,
        origin: h.origin(),
      });
      h.store.addChannelMessage(message);
      return { status: 200, body: message };
    },
  },
];

const compiled = ROUTES.map((route) => {
  const keys: string[] = [];
  const source = route.spec
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      keys.push(param[1]);
      return '([^/]+)';
    })
    .join('/');
  return { route, keys, regex: new RegExp(`^${source}$`) };
});

export type RouteMatch = { route: Route; params: Record<string, string> } | { route: null; pathKnown: boolean };

export function matchRoute(method: string, path: string): RouteMatch {
  let pathKnown = false;
  for (const { route, keys, regex } of compiled) {
    const m = regex.exec(path);
    if (!m) continue;
    pathKnown = true;
    if (route.method !== method) continue;
    const params: Record<string, string> = {};
    keys.forEach((key, i) => (params[key] = m[i + 1] ?? ''));
    return { route, params };
  }
  return { route: null, pathKnown };
}
