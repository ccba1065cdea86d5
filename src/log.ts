/**
 * The logger every process uses: pino, with secrets (tokens, Redis passwords) redacted by key and
 * scrubbed from every line written.
 */
import pino, { type Logger } from 'pino';

/**
 * Secrets must never reach logs: redact by key, and scrub token-shaped strings in messages,
 * because discord.js errors can echo request URLs that contain interaction tokens.
 */
const REDACT_PATHS = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'config.DISCORD_TOKEN',
];

const TOKEN_PATTERNS = [
  /[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g, // bot token shape
  /(\/(?:interactions|webhooks)\/\d+\/)[A-Za-z0-9_.-]{20,}/g, // interaction/webhook tokens in URLs
  /(Bot\s+)\S+/g,
  /(rediss?:\/\/[^:@/\s]*:)[^@\s]+@/g, // redis password
];

export function scrubSecrets(text: string, extraSecrets: readonly string[] = []): string {
  let out = text;
  for (const secret of extraSecrets) if (secret.length >= 8) out = out.split(secret).join('[redacted]');
  out = out.replace(TOKEN_PATTERNS[0]!, '[redacted]');
  out = out.replace(TOKEN_PATTERNS[1]!, '$1[redacted]');
  out = out.replace(TOKEN_PATTERNS[2]!, '$1[redacted]');
  out = out.replace(TOKEN_PATTERNS[3]!, '$1[redacted]@');
  return out;
}

export function createLogger(
  level: string,
  secrets: readonly string[] = [],
  destination?: pino.DestinationStream,
): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      hooks: {
        // Scrubbing the final line catches secrets in error messages and stacks as well as fields.
        streamWrite: (line) => scrubSecrets(line, secrets),
      },
    },
    destination ?? pino.destination({ dest: 2, sync: false }),
  );
}

export type { Logger };
