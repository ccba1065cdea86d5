import { Routes, type RESTPatchAPIWebhookWithTokenMessageJSONBody } from 'discord-api-types/v10';
import type { REST } from '@discordjs/rest';
import { toCallbackBody } from '../core/callback.ts';
import type { Reply } from '../core/types.ts';

export interface WebhookEditor {
  /** Replaces the acknowledged (deferred) response with the real reply. */
  editOriginal(applicationId: string, token: string, reply: Reply): Promise<void>;
  /** The REST client for bot-token calls (the moderator log channel); loaded on first use. */
  rest(): Promise<REST>;
}

/**
 * Completes deferred interactions through @discordjs/rest (rate limits, retries, multipart), the
 * client discord.js itself uses. Loaded on first use: most instances defer rarely, and an HTTP
 * instance that never defers never pays for it.
 */
export function createWebhookEditor(options: {
  apiUrl?: string | undefined;
  token?: string | undefined;
}): WebhookEditor {
  let client: Promise<REST> | undefined;
  const rest = () =>
    (client ??= import('@discordjs/rest').then(({ REST: Rest }) => {
      // 5xx retries are immediate and the edit must land before the user gives up, so a few more are cheap.
      const created = new Rest({ retries: 6, ...(options.apiUrl ? { api: options.apiUrl } : {}) });
      return options.token ? created.setToken(options.token) : created;
    }));
  return {
    rest,
    async editOriginal(applicationId, token, reply) {
      // A reply's callback is always type 4 or 7, both of which carry message data.
      const { data } = toCallbackBody(reply) as { data: RESTPatchAPIWebhookWithTokenMessageJSONBody };
      const files = reply.files?.map((file, index) => ({
        key: `files[${index}]`,
        name: file.name,
        data: file.data,
        contentType: file.contentType,
      }));
      await (
        await rest()
      ).patch(Routes.webhookMessage(applicationId, token), {
        body: data,
        ...(files ? { files } : {}),
        auth: false,
      });
    },
  };
}
