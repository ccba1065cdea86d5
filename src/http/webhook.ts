/**
 * Finishing a slow reply in HTTP mode (the deferred response replaced through the interaction
 * webhook), and the REST client that posts to the moderator log channel.
 */
import { REST } from '@discordjs/rest';
import { Routes, type RESTPatchAPIWebhookWithTokenMessageJSONBody } from 'discord-api-types/v10';
import { toCallbackBody } from '../core/callback.ts';
import type { Reply } from '../core/types.ts';

export interface WebhookEditor {
  /** Replaces the acknowledged (deferred) response with the real reply. */
  editOriginal(applicationId: string, token: string, reply: Reply): Promise<void>;
  /** The REST client, for bot-token calls (the moderator log channel). */
  readonly rest: REST;
}

/**
 * Completes deferred interactions through @discordjs/rest (rate limits, retries, multipart), the
 * client discord.js itself uses. Imported at start-up, not on first use: vega (loaded for the first
 * chart) adds Set.prototype.toJSON, and the inspect module @discordjs/rest bundles fails to load after that.
 */
export function createWebhookEditor(options: {
  apiUrl?: string | undefined;
  token?: string | undefined;
}): WebhookEditor {
  // 5xx retries are immediate and the edit must land before the user gives up, so a few more are cheap.
  const created = new REST({ retries: 6, ...(options.apiUrl ? { api: options.apiUrl } : {}) });
  const rest = options.token ? created.setToken(options.token) : created;
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
      await rest.patch(Routes.webhookMessage(applicationId, token), {
        body: data,
        ...(files ? { files } : {}),
        auth: false,
      });
    },
  };
}
