/**
 * The "Sources disagree" button, added to a reply that holds a conflict with a rejected version;
 * commands/conflict.ts answers it.
 */
import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { APIActionRowComponent, APIComponentInMessageActionRow } from 'discord-api-types/v10';
import { conflictOf } from '../data/conflicts.ts';
import type { Dataset } from '../data/schema.ts';
import { t } from '../i18n/messages.ts';
import type { Lang } from '../i18n/locale.ts';
import { LIMITS } from './limits.ts';
import { withButton } from './row-buttons.ts';
import { hasRejected } from './sources.ts';

type Rows = APIActionRowComponent<APIComponentInMessageActionRow>[];

const PREFIX = 'conflict:v:';

/**
 * The "Sources disagree" button, on a reply that holds a conflict with a rejected version (which
 * the reply itself does not print): its custom_id names those rows, as many as fit.
 */
export function withConflictButton(rows: Rows, ids: readonly string[], dataset: Dataset, lang: Lang): Rows {
  const named: string[] = [];
  for (const id of new Set(ids)) {
    if (!hasRejected(conflictOf(dataset, id))) continue;
    if ((PREFIX + [...named, id].join(',')).length > LIMITS.customId) break;
    named.push(id);
  }
  if (named.length === 0) return rows;
  return withButton(rows, {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: t(lang).conflictButton,
    emoji: { name: '⚖️' },
    custom_id: PREFIX + named.join(','),
  });
}
