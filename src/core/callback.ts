import { InteractionResponseType, type APIInteractionResponse, type APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import type { Reply } from './types.ts';

/**
 * The exact body POSTed to /interactions/{id}/{token}/callback for a reply: what the discord.js
 * adapter sends and what the CLI prints with --json. Mentions are always off, and each uploaded
 * file is announced in `attachments` (on an update that also drops the attachments it replaces).
 */
export function toCallbackBody(reply: Reply): APIInteractionResponse {
  const data: APIInteractionResponseCallbackData = { ...reply.data, allowed_mentions: { parse: [] } };
  if (reply.files?.length) data.attachments = reply.files.map((f, i) => ({ id: String(i), filename: f.name }));
  return reply.kind === 'update' ? { type: InteractionResponseType.UpdateMessage, data } : { type: InteractionResponseType.ChannelMessageWithSource, data };
}
