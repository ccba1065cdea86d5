/**
 * What moderators are shown by `/data` and by applying a report: a change's outcome, a row field
 * by field, the edit form, the history and a file that does not validate.
 */
import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { slashText } from '../core/command-text.ts';
import { LIMITS } from '../core/limits.ts';
import { modalReply } from '../core/modal.ts';
import { clampPage, packEntries, pagerRow } from '../core/paging.ts';
import { COLOURS, ephemeralEmbed, message, userError } from '../core/reply.ts';
import type { HandlerContext, Reply } from '../core/types.ts';
import type { Lang } from '../i18n/locale.ts';
import { t } from '../i18n/messages.ts';
import { describeChange, leaves, valueText } from './audit-text.ts';
import type { DataEditor, EditResult } from './editor.ts';
import { plainDataErrors } from './error-text.ts';
import type { DataError } from './load.ts';
import type { RowWarning } from './new-rows.ts';
import { unnamedTopicsOfChange } from './quote-topics.ts';
import { refusalText } from './refusal-text.ts';
import { findRow } from './sections.ts';

/** The outcome of a change: the refusal in plain words, or what changed (also told to the log channel). */
export function editReply(
  result: EditResult,
  success: string,
  ctx: HandlerContext,
  lang: Lang,
  notes: string[] = [],
): Reply {
  const text = t(lang).moderation;
  if (!result.ok)
    return ephemeralEmbed(
      text.refusedTitle,
      refusalText(result, lang, { restore: slashText(lang, ['data', 'restore']) }),
      COLOURS.error,
    );
  // The log channel is shared by moderators of any language; it stays in English.
  ctx.moderation?.notify(t('en').moderation.notice(`<@${result.record.userId}>`, describeChange(result.record, 'en')));
  const pruned = result.prunedForUndo > 0 ? [text.prunedForUndo(result.prunedForUndo)] : [];
  const unnamed = unnamedTopicsOfChange(result.record, ctx.data.dataset).map((topic) => text.form.unnamedTopic(topic));
  return ephemeralEmbed(
    text.updatedTitle,
    [
      success,
      describeChange(result.record, lang),
      text.nowServing(result.record.toVersion),
      ...notes,
      ...unnamed,
      ...pruned,
    ].join('\n'),
    COLOURS.brand,
  );
}

/** A data file that does not validate: what the bot keeps serving, and each problem in plain words. */
export function invalidFile(title: string, keeps: string, errors: DataError[], json: unknown, lang: Lang): Reply {
  return ephemeralEmbed(title, `${keeps}\n${plainDataErrors(errors, json, lang)}`, COLOURS.error);
}

/** The row with every field and its value, as `/data edit` names them, paged when long. */
export function showRow(id: string, page: number, ctx: HandlerContext, lang: Lang, replyKind: Reply['kind']): Reply {
  const text = t(lang).moderation;
  const found = findRow(ctx.data.dataset, id);
  if (!found) return userError(lang, text.refusal['not-found']({ id }));
  const lines = [...leaves(found.row)].map(([field, value]) => `\`${field}\`: ${valueText(value)}`);
  const pages = packEntries(lines);
  const current = clampPage(page, pages.length);
  const rowKindName = (text.rowKind as Record<string, string | undefined>)[found.section] ?? found.section;
  const edit = {
    type: ComponentType.Button as const,
    style: ButtonStyle.Primary as const,
    label: text.showEdit,
    custom_id: `data:e:${id}`.slice(0, LIMITS.customId),
  };
  const pager = pagerRow('data', current, pages.length, `s,${id}`, lang);
  const components = pager.length
    ? [{ ...pager[0]!, components: [...pager[0]!.components, edit] }]
    : [{ type: ComponentType.ActionRow as const, components: [edit] }];
  return message(
    [
      {
        title: text.showTitle(rowKindName, id),
        description: `${pages[current - 1]!.lines.join('\n')}\n\n${text.showHint(slashText(lang, ['data', 'edit'], { id, field: '…' }))}`,
        color: COLOURS.info,
        footer: {
          text: `${pages.length > 1 ? `${t(lang).page(current, pages.length)} · ` : ''}${text.serving(ctx.data.version)}`,
        },
      },
    ],
    { ephemeral: true, components, kind: replyKind },
  );
}

/** The edit form for a row: which field (the row's own, at most 25) and the new value. */
export function editForm(
  customId: string,
  row: Record<string, unknown>,
  id: string,
  lang: Lang,
  prefill: { field?: string | undefined; value?: string | undefined } = {},
): Reply {
  const formText = t(lang).moderation.form;
  const fields = [...leaves(row).keys()].filter((field) => field !== 'id');
  const options = fields
    .slice(0, 25)
    .map((field) => ({ label: field, value: field, default: field === prefill.field }));
  return modalReply(customId, formText.editTitle(id), [
    { id: 'field', label: formText.field, description: formText.fieldHint, options },
    {
      id: 'value',
      label: formText.value,
      description: formText.valueHint,
      style: 'paragraph',
      maxLength: 2000,
      value: prefill.value,
    },
  ]);
}

/** `venue.nl` left empty was filled with the English text: say so, with the command that sets it. */
export const warningNotes = (warnings: readonly RowWarning[], id: string, lang: Lang) =>
  warnings.map((warning) =>
    t(lang).moderation.form.noDutch(warning.field, slashText(lang, ['data', 'edit'], { id, field: warning.field })),
  );

/** The newest changes (or those of one row), each value old → new, and where the history lives. */
export async function historyReply(
  editor: Pick<DataEditor, 'records' | 'historyDir'>,
  lang: Lang,
  id: string | undefined,
): Promise<Reply> {
  const text = t(lang).moderation;
  const { records, damaged } = await editor.records(id ? 500 : 10);
  const shown = (id ? records.filter((record) => record.id === id) : records).slice(0, 10);
  const entries = shown.length ? shown.map((record) => describeChange(record, lang)) : [text.noHistory];
  const pages = packEntries(entries);
  const body = [
    pages[0]!.lines.join('\n'),
    damaged > 0 ? text.auditDamaged(damaged) : '',
    text.historyWhere(editor.historyDir),
  ]
    .filter(Boolean)
    .join('\n\n');
  return ephemeralEmbed(id ? text.historyOfTitle(id) : text.historyTitle, body, COLOURS.info);
}
