import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
} from 'discord-api-types/v10';
import { t } from '../i18n/messages.ts';
import type { Lang } from '../i18n/locale.ts';
import { LIMITS } from './limits.ts';

export function pageCount(items: number, perPage: number): number {
  return Math.max(1, Math.ceil(items / perPage));
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
  const m = t(lang);
  const id = (target: number) => `${command}:p:${target}:${state}`.slice(0, LIMITS.customId);
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: `◀ ${m.previous}`,
          custom_id: id(page - 1),
          disabled: page <= 1,
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: m.page(page, pages),
          custom_id: `${command}:noop:${page}`,
          disabled: true,
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: `${m.next} ▶`,
          custom_id: id(page + 1),
          disabled: page >= pages,
        },
      ],
    },
  ];
}
