/**
 * Paging for long replies: whole entries packed into pages that fit an embed, and the previous/next
 * buttons that carry the page and its state in their custom_id.
 */
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
} from 'discord-api-types/v10';
import { t } from '../i18n/messages.ts';
import type { Lang } from '../i18n/locale.ts';
import { LIMITS } from './limits.ts';

/** Room for the lines of one page in an embed description (4096), with the header lines above them. */
const PAGE_CHARS = 3600;

/** One line (or block) of a reply and the dataset rows it shows; headings show none. */
export interface Entry {
  text: string;
  rows?: readonly string[] | undefined;
}

export interface Page {
  lines: string[];
  /** Ids of the rows this page shows, in order, each once: what "Report a mistake" offers. */
  rows: string[];
}

/**
 * Whole entries per page, as many as fit in `maxChars`: pages instead of an embed that Discord (or
 * the clamp before it) would cut off. An entry longer than a page is split at its line breaks.
 */
export function packEntries(entries: readonly (Entry | string)[], maxChars = PAGE_CHARS): Page[] {
  const pieces = entries.flatMap((raw): Entry[] => {
    const entry = typeof raw === 'string' ? { text: raw } : raw;
    if (entry.text.length <= maxChars) return [entry];
    const parts: string[] = [];
    for (const line of entry.text.split('\n')) {
      const last = parts.at(-1);
      if (last !== undefined && last.length + line.length + 1 <= maxChars) parts[parts.length - 1] = `${last}\n${line}`;
      else parts.push(line);
    }
    return parts.map((text) => ({ text, rows: entry.rows }));
  });
  const pages: Page[] = [];
  let size = 0;
  for (const piece of pieces) {
    let page = pages.at(-1);
    if (page && size + piece.text.length + 1 <= maxChars) size += piece.text.length + 1;
    else {
      page = { lines: [], rows: [] };
      pages.push(page);
      size = piece.text.length;
    }
    page.lines.push(piece.text);
    for (const id of piece.rows ?? []) if (!page.rows.includes(id)) page.rows.push(id);
  }
  return pages.length ? pages : [{ lines: [], rows: [] }];
}

export function clampPage(page: number, pages: number): number {
  return Number.isInteger(page) ? Math.min(Math.max(page, 1), pages) : 1;
}

/**
 * Prev/next buttons whose custom_id carries the whole state (`cmd:p:<page>:<state>`),
 * so any process or shard can serve the click without remembering anything.
 */
export function pagerRow(
  command: string,
  page: number,
  pages: number,
  state: string,
  lang: Lang,
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  if (pages <= 1) return [];
  const text = t(lang);
  const id = (target: number) => `${command}:p:${target}:${state}`.slice(0, LIMITS.customId);
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: `◀ ${text.previous}`,
          custom_id: id(page - 1),
          disabled: page <= 1,
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: text.page(page, pages),
          custom_id: `${command}:noop:${page}`,
          disabled: true,
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: `${text.next} ▶`,
          custom_id: id(page + 1),
          disabled: page >= pages,
        },
      ],
    },
  ];
}
