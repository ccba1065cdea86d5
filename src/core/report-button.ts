import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
} from 'discord-api-types/v10';
import { t } from '../i18n/messages.ts';
import type { Lang } from '../i18n/locale.ts';
import { LIMITS } from './limits.ts';

type Rows = APIActionRowComponent<APIComponentInMessageActionRow>[];

/**
 * What a "Report a mistake" button points at: the view it sits on (`v:` and the custom_id that
 * renders that page again, so the report offers exactly the rows shown) or one row (`r:` and its id).
 */
export type ReportTarget = { view: string } | { row: string };

function reportCustomId(target: ReportTarget): string {
  return ('view' in target ? `report:v:${target.view}` : `report:r:${target.row}`).slice(0, LIMITS.customId);
}

/** Adds the button beside the page buttons when there is room, else on a row of its own. */
export function withReportButton(rows: Rows, target: ReportTarget, lang: Lang): Rows {
  const button = {
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    label: t(lang).report.button,
    emoji: { name: '🚩' },
    custom_id: reportCustomId(target),
  };
  const last = rows.at(-1);
  if (last && last.components.length < 5 && last.components.every((c) => c.type === ComponentType.Button))
    return [...rows.slice(0, -1), { ...last, components: [...last.components, button] }];
  if (rows.length >= 5) return rows;
  return [...rows, { type: ComponentType.ActionRow, components: [button] }];
}
