/**
 * Building replies: embeds clamped to Discord's limits with mentions off, the polite error and
 * no-results replies, and how each reply ended, for the metrics.
 */
import {
  MessageFlags,
  type APIEmbed,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
} from 'discord-api-types/v10';
import { t } from '../i18n/messages.ts';
import type { Lang } from '../i18n/locale.ts';
import { LIMITS, truncate } from './limits.ts';
import type { Reply } from './types.ts';

export const COLOURS = { brand: 0xff6f00, error: 0xd83c3e, gold: 0xd4af37, info: 0x3b82f6 } as const;

/** Replies never ping: no @everyone, no roles, no users, whatever text the data or the user supplied. */
const NO_MENTIONS = { parse: [] as never[] };

function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Clamps every part to Discord's limits so a long dataset row can never make a reply fail. */
function clampEmbed(e: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...e };
  if (out.title) out.title = truncate(out.title, LIMITS.embedTitle);
  if (out.description) out.description = truncate(out.description, LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, LIMITS.footerText) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, LIMITS.authorName) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.embedFields).map((f) => ({
      ...f,
      name: truncate(f.name || '\u200b', LIMITS.fieldName),
      value: truncate(f.value || '\u200b', LIMITS.fieldValue),
    }));
  }
  // Over the total: drop trailing fields first, then shorten the description.
  while (embedLength(out) > LIMITS.embedTotal && out.fields && out.fields.length > 0)
    out.fields = out.fields.slice(0, -1);
  const excess = embedLength(out) - LIMITS.embedTotal;
  if (excess > 0 && out.description)
    out.description = truncate(out.description, Math.max(1, out.description.length - excess));
  return out;
}

export function message(
  embeds: APIEmbed[],
  options: {
    components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
    ephemeral?: boolean;
    kind?: Reply['kind'];
    rows?: readonly string[];
  } = {},
): Reply {
  const clamped = embeds.slice(0, 10).map(clampEmbed);
  const reply: Reply = {
    kind: options.kind ?? 'message',
    ...(options.rows ? { rows: options.rows } : {}),
    data: {
      embeds: clamped,
      components: options.components ?? [],
      allowed_mentions: NO_MENTIONS,
      ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    },
  };
  if (embeds.length > 10 || clamped.some((e, i) => JSON.stringify(e) !== JSON.stringify(embeds[i]))) clipped.add(reply);
  return reply;
}

// Replies whose text had to be cut to fit Discord: a reply that shows facts must page instead.
const clipped = new WeakSet<Reply>();

/** Whether `message` had to cut this reply to fit Discord's limits (the paging test asserts it never does). */
export function wasClipped(reply: Reply): boolean {
  return clipped.has(reply);
}

/** One embed only the asker sees: every `/data` outcome, a user's mistake, "no results". */
export const ephemeralEmbed = (title: string, description: string, color: number): Reply =>
  message([{ title, description, color }], { ephemeral: true });

const withHint = (text: string, hint: string | undefined) => (hint ? `${text}\n\n${hint}` : text);

/** The user's own mistake: polite, ephemeral, never a stack trace. */
export function userError(lang: Lang, text: string, hint?: string): Reply {
  return ephemeralEmbed(t(lang).errorTitle, withHint(text, hint), COLOURS.error);
}

/** A valid question the dataset has no rows for: "No results", not an error. */
export function noResults(lang: Lang, text: string, hint?: string): Reply {
  return ephemeralEmbed(t(lang).noResultsTitle, withHint(text, hint), COLOURS.info);
}

// Replies that stand for a failure of ours, not the user's, so metrics can tell the two apart.
const internalErrors = new WeakSet<Reply>();

export function internalError(lang: Lang): Reply {
  const reply = message([{ title: t(lang).errorTitle, description: t(lang).internalError, color: COLOURS.error }], {
    ephemeral: true,
  });
  internalErrors.add(reply);
  return reply;
}

/** How a reply ended: an answer, a polite refusal (the user's mistake, ephemeral) or our own failure. */
export function outcomeOf(reply: Reply): 'ok' | 'user_error' | 'internal_error' {
  if (internalErrors.has(reply)) return 'internal_error';
  const ephemeral = ((reply.data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
  return ephemeral && reply.data.embeds?.[0]?.color === COLOURS.error ? 'user_error' : 'ok';
}
