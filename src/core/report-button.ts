/**
 * The "Report a mistake" button on replies that show facts, pointing at the page or row it sits on;
 * commands/report.ts answers it.
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
import { withButton } from './row-buttons.ts';

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
  return withButton(rows, {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: t(lang).report.button,
    emoji: { name: '🚩' },
    custom_id: reportCustomId(target),
  });
}
