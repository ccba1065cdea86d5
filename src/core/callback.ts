/**
 * A reply as Discord's interaction callback body: the one wire form that the discord.js adapter,
 * the HTTP endpoint and the CLI's --json all send, encoded once per cached reply.
 */
import {
  InteractionResponseType,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type { Reply } from './types.ts';

/**
 * The exact body POSTed to /interactions/{id}/{token}/callback for a reply: what the discord.js
 * adapter sends and what the CLI prints with --json. Mentions are always off, and each uploaded
 * file is announced in `attachments` (on an update that also drops the attachments it replaces).
 */
export function toCallbackBody(reply: Reply): APIInteractionResponse {
  if (reply.kind === 'modal' && reply.modal) return { type: InteractionResponseType.Modal, data: reply.modal };
  const data: APIInteractionResponseCallbackData = { ...reply.data, allowed_mentions: { parse: [] } };
  if (reply.files?.length) data.attachments = reply.files.map((f, i) => ({ id: String(i), filename: f.name }));
  return reply.kind === 'update'
    ? { type: InteractionResponseType.UpdateMessage, data }
    : { type: InteractionResponseType.ChannelMessageWithSource, data };
}

// A cached reply is the same object on every hit, so its JSON is built once, not once per
// interaction; replies that are not cached are collected together with their bytes.
const encoded = new WeakMap<Reply, Partial<Record<Reply['kind'], Buffer>>>();

/** toCallbackBody as UTF-8 JSON, answered as `kind` (a slash command can only get a new message). */
export function encodeCallbackBody(reply: Reply, kind: Reply['kind']): Buffer {
  let entry = encoded.get(reply);
  if (!entry) encoded.set(reply, (entry = {}));
  return (entry[kind] ??= Buffer.from(
    JSON.stringify(toCallbackBody(reply.kind === kind ? reply : { ...reply, kind })),
  ));
}
