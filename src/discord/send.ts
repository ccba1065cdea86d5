import type { BaseMessageOptions, InteractionReplyOptions, InteractionUpdateOptions } from 'discord.js';
import type { Reply } from '../core/types.ts';

/** discord.js takes camelCase allowedMentions and its own file objects; everything else is raw API JSON. */
export function toDiscordJs(reply: Reply): InteractionReplyOptions & InteractionUpdateOptions & BaseMessageOptions {
  const d = reply.data;
  return {
    ...(d.content !== undefined ? { content: d.content } : {}),
    embeds: d.embeds ?? [],
    components: (d.components ?? []) as InteractionReplyOptions['components'],
    allowedMentions: { parse: [] },
    ...(d.flags !== undefined ? { flags: d.flags as InteractionReplyOptions['flags'] } : {}),
    ...(reply.files ? { files: reply.files.map((f) => ({ attachment: f.data, name: f.name, contentType: f.contentType })) } : {}),
  } as InteractionReplyOptions & InteractionUpdateOptions;
}
