/**
 * Sending a reply through discord.js: the callback posted straight through its REST client
 * (pre-encoded when there are no files), and the options for a deferred reply's edit.
 */
import {
  Routes,
  type BaseMessageOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type RawFile,
  type RepliableInteraction,
} from 'discord.js';
import { encodeCallbackBody, toCallbackBody } from '../core/callback.ts';
import type { Reply } from '../core/types.ts';

/**
 * Answers straight through discord.js's REST client (same rate limits, retries and multipart
 * handling) instead of `interaction.reply`, which re-walks the whole payload to convert it from
 * camelCase: with full embeds that conversion cost more CPU per reply than the handler itself.
 * Bodies without files go out pre-encoded, so a cached reply costs no JSON work at all.
 */
export async function sendCallback(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  // Only a button or menu press can update the message it sits on; anything else gets a new message.
  const kind = reply.kind === 'modal' || interaction.isMessageComponent() ? reply.kind : 'message';
  const route = Routes.interactionCallback(interaction.id, interaction.token);
  if (reply.files?.length) {
    const files: RawFile[] = reply.files.map((f, i) => ({
      key: `files[${i}]`,
      name: f.name,
      data: f.data,
      contentType: f.contentType,
    }));
    await interaction.client.rest.post(route, { body: toCallbackBody({ ...reply, kind }), files, auth: false });
  } else {
    await interaction.client.rest.post(route, {
      body: encodeCallbackBody(reply, kind),
      passThroughBody: true,
      headers: { 'Content-Type': 'application/json' },
      auth: false,
    });
  }
  // Keep discord.js's own view of the interaction right, in case anything later edits or follows up.
  interaction.replied = true;
}

/** For the deferred path (edit the reply in later), discord.js's camelCase options. */
export function toDiscordJs(reply: Reply): InteractionReplyOptions & InteractionUpdateOptions & BaseMessageOptions {
  const d = reply.data;
  return {
    ...(d.content !== undefined ? { content: d.content } : {}),
    embeds: d.embeds ?? [],
    components: d.components ?? [],
    allowedMentions: { parse: [] },
    ...(d.flags !== undefined ? { flags: d.flags as InteractionReplyOptions['flags'] } : {}),
    ...(reply.files
      ? { files: reply.files.map((f) => ({ attachment: f.data, name: f.name, contentType: f.contentType })) }
      : {}),
  } as InteractionReplyOptions & InteractionUpdateOptions;
}
