import { InteractionResponseType, type APIInteractionResponse } from 'discord-api-types/v10';
import type { Reply } from './types.ts';

/** The exact body POSTed to /interactions/{id}/{token}/callback for a reply. */
export function toCallbackBody(reply: Reply): APIInteractionResponse {
  return reply.kind === 'update'
    ? { type: InteractionResponseType.UpdateMessage, data: reply.data }
    : { type: InteractionResponseType.ChannelMessageWithSource, data: reply.data };
}
