/**
 * Puts a button on a reply's last row of buttons when there is room, else on a new row; the report
 * and conflict buttons share it.
 */
import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIComponentInMessageActionRow,
} from 'discord-api-types/v10';
import { ComponentType } from 'discord-api-types/v10';

type Rows = APIActionRowComponent<APIComponentInMessageActionRow>[];

/** Adds a button beside the page buttons when there is room, else on a row of its own. */
export function withButton(rows: Rows, button: APIButtonComponentWithCustomId): Rows {
  const last = rows.at(-1);
  if (last && last.components.length < 5 && last.components.every((c) => c.type === ComponentType.Button))
    return [...rows.slice(0, -1), { ...last, components: [...last.components, button] }];
  if (rows.length >= 5) return rows;
  return [...rows, { type: ComponentType.ActionRow, components: [button] }];
}
