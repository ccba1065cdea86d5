/** A reply as plain text for a terminal: the offline CLI and the /ask evaluation print replies this way. */
import { ComponentType, type APIEmbed } from 'discord-api-types/v10';
import type { Reply } from './types.ts';
import { t } from '../i18n/messages.ts';
import type { Lang } from '../i18n/locale.ts';

/** Markdown links as "label <url>" so a terminal shows where each fact comes from. */
function plain(markdown: string): string {
  return markdown.replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 <$2>');
}

function embedText(e: APIEmbed, lang: Lang): string {
  const out: string[] = [];
  if (e.title) out.push(`== ${e.title} ==`);
  if (e.description) out.push(plain(e.description));
  for (const f of e.fields ?? []) out.push(`\n-- ${f.name} --\n${plain(f.value)}`);
  if (e.image?.url) out.push(t(lang).cli.image(e.image.url));
  if (e.footer) out.push(`\n(${e.footer.text})`);
  return out.join('\n');
}

/** A readable rendering of a reply for the offline CLI, with Discord's own labels in the user's language. */
export function renderReplyText(reply: Reply, lang: Lang = 'en'): string {
  const cli = t(lang).cli;
  const parts = (reply.data.embeds ?? []).map((embed) => embedText(embed, lang));
  if (reply.data.content) parts.unshift(reply.data.content);
  const controls: string[] = [];
  for (const row of reply.data.components ?? []) {
    if (row.type !== ComponentType.ActionRow) continue;
    for (const c of row.components) {
      if (c.type === ComponentType.Button && 'custom_id' in c)
        controls.push(
          `[${c.label ?? ''}${c.disabled ? ` (${cli.disabled})` : ''}] ${c.disabled ? '' : `--press ${c.custom_id}`}`.trim(),
        );
      if (c.type === ComponentType.StringSelect)
        controls.push(
          `[${c.placeholder ?? cli.select}: ${c.options.map((o) => o.value).join(' | ')}] --press ${c.custom_id} --value <choice>`,
        );
    }
  }
  if (controls.length) parts.push(controls.join('\n'));
  for (const f of reply.files ?? []) parts.push(cli.file(f.name, f.data.length));
  if (reply.data.flags) parts.push(cli.onlyYou);
  return parts.join('\n\n');
}
