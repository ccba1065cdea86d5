/**
 * Reporting a mistake (no slash command of its own): the member's form behind a reply's "Report a
 * mistake" button, and the moderators' list of open reports with apply, reject and duplicate.
 */
import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { localized } from '../src/core/command-text.ts';
import { LIMITS, truncate } from '../src/core/limits.ts';
import { modalReply, pickedField, textField } from '../src/core/modal.ts';
import { moderatorRefusal } from '../src/core/permissions.ts';
import { COLOURS, message, userError } from '../src/core/reply.ts';
import type {
  ActionRows,
  CommandModule,
  CommandRequest,
  HandlerContext,
  ModalFields,
  Reply,
} from '../src/core/types.ts';
import { findRow } from '../src/data/sections.ts';
import { langOf, type Lang } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';
import { ReportStoreUnavailable, type Report } from '../src/reports/queue.ts';
import { editForm, editReply } from '../src/data/moderator-replies.ts';

const HOUR_MS = 60 * 60 * 1000;

/** A row as a member recognises it in a list: its kind, a few words of it, and its id. */
function rowLabel(ctx: HandlerContext, id: string, lang: Lang): string {
  const found = findRow(ctx.data.dataset, id);
  if (!found) return id;
  const row = found.row;
  const local = (value: unknown) =>
    typeof value === 'string'
      ? value
      : typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[lang]
        : undefined;
  const words = [row.text, row.question, row.description, row.name, row.detail, row.venue]
    .map(local)
    .find((v): v is string => typeof v === 'string');
  const when = typeof row.date === 'string' ? row.date : typeof row.asOf === 'string' ? row.asOf : '';
  return truncate([when, words, `(${id})`].filter(Boolean).join(' · '), 100);
}

/** http(s) only: a source a moderator can open, never `javascript:` or a bare word. */
function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The moderator buttons on a report: apply (opens the edit), reject (with a reason), duplicate. */
function moderatorButtons(report: Report, lang: Lang): ActionRows {
  const reportMessages = t(lang).report;
  const button = (
    action: string,
    label: string,
    style: ButtonStyle.Success | ButtonStyle.Danger | ButtonStyle.Secondary,
  ) => ({
    type: ComponentType.Button as const,
    style,
    label: `${label} ${report.id}`,
    custom_id: `report:${action}:${report.id}`,
  });
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        button('a', reportMessages.apply, ButtonStyle.Success),
        button('x', reportMessages.reject, ButtonStyle.Danger),
        button('d', reportMessages.duplicate, ButtonStyle.Secondary),
      ],
    },
  ];
}

/** A report as moderators read it: the row, the claim, the source, who sent it. */
function reportText(report: Report, ctx: HandlerContext, lang: Lang): string {
  const reportMessages = t(lang).report;
  return reportMessages.summary(
    report.id,
    rowLabel(ctx, report.rowId, lang),
    report.wrong,
    report.correct,
    report.source,
    `<@${report.reporterId}>`,
  );
}

/** `/data reports`: every open report, with the buttons of the first few. */
export function openReports(ctx: HandlerContext, lang: Lang): Promise<Reply> {
  return politeWhenStoreDown(lang, () => listOpenReports(ctx, lang));
}

async function listOpenReports(ctx: HandlerContext, lang: Lang): Promise<Reply> {
  const reportMessages = t(lang).report;
  const reports = ctx.moderation?.reports;
  if (!reports) return userError(lang, reportMessages.notAvailable);
  const open = (await reports.queue.all()).filter((r) => r.status === 'open');
  if (open.length === 0)
    return message([{ title: reportMessages.listTitle(0), description: reportMessages.none, color: COLOURS.info }], {
      ephemeral: true,
    });
  const shown = open.slice(0, 10);
  const more = open.length > shown.length ? `\n\n${reportMessages.more(open.length - shown.length)}` : '';
  return message(
    [
      {
        title: reportMessages.listTitle(open.length),
        description: shown.map((r) => reportText(r, ctx, lang)).join('\n\n') + more,
        color: COLOURS.info,
      },
    ],
    { ephemeral: true, components: shown.slice(0, 5).flatMap((r) => moderatorButtons(r, lang)) },
  );
}

/** A member pressed "Report a mistake": the form, offering exactly the rows that reply shows. */
async function openForm(target: string[], req: CommandRequest, ctx: HandlerContext, lang: Lang): Promise<Reply> {
  const reportMessages = t(lang).report;
  if (!ctx.moderation?.reports) return userError(lang, reportMessages.notAvailable);
  const [targetType, ...rest] = target;
  const view = rest.join(':');
  let rows: readonly string[] = [];
  if (targetType === 'r') rows = [view];
  // A view of facts only: never a moderator surface, never another report.
  else if (targetType === 'v' && ctx.rowsOf && !/^(report|data):/.test(view)) rows = await ctx.rowsOf(view, req);
  rows = rows.filter((id) => findRow(ctx.data.dataset, id));
  if (rows.length === 0) return userError(lang, t(lang).expiredButton);
  return modalReply('report:s', reportMessages.formTitle, [
    {
      id: 'row',
      label: reportMessages.whichFact,
      options: rows
        .slice(0, 25)
        .map((id) => ({ label: rowLabel(ctx, id, lang), value: id, default: rows.length === 1 })),
    },
    {
      id: 'wrong',
      label: reportMessages.whatWrong,
      description: reportMessages.whatWrongHint,
      style: 'paragraph',
      maxLength: 1000,
    },
    {
      id: 'correct',
      label: reportMessages.correctValue,
      description: reportMessages.correctValueHint,
      style: 'paragraph',
      maxLength: 1000,
    },
    {
      id: 'source',
      label: reportMessages.source,
      description: reportMessages.sourceHint,
      style: 'short',
      maxLength: 500,
      placeholder: 'https://',
    },
  ]);
}

async function submitReport(req: CommandRequest, ctx: HandlerContext, fields: ModalFields, lang: Lang): Promise<Reply> {
  const reportMessages = t(lang).report;
  const reports = ctx.moderation?.reports;
  if (!reports) return userError(lang, reportMessages.notAvailable);
  const source = textField(fields, 'source');
  if (!isWebLink(source)) return userError(lang, reportMessages.badSource);
  const rowId = pickedField(fields, 'row');
  if (!findRow(ctx.data.dataset, rowId)) return userError(lang, t(lang).expiredButton);
  const since = Date.now() - HOUR_MS;
  const recent = (await reports.queue.all()).filter((r) => r.reporterId === req.userId && Date.parse(r.at) > since);
  if (recent.length >= reports.perHour) return userError(lang, reportMessages.rateLimited(reports.perHour));
  const report = await reports.queue.add({
    rowId,
    reporterId: req.userId,
    wrong: textField(fields, 'wrong'),
    correct: textField(fields, 'correct'),
    source,
  });
  // The log channel is shared by moderators of any language; it stays in English.
  ctx.moderation!.notify(`${t('en').report.posted}\n${reportText(report, ctx, 'en')}`, moderatorButtons(report, 'en'));
  return message(
    [{ title: reportMessages.thanksTitle, description: reportMessages.thanks(report.id), color: COLOURS.brand }],
    {
      ephemeral: true,
    },
  );
}

/** The moderator's side: apply, reject or mark a duplicate, each through a form. */
async function moderate(
  action: string,
  id: string,
  req: CommandRequest,
  ctx: HandlerContext,
  lang: Lang,
  fields?: ModalFields,
): Promise<Reply> {
  const reportMessages = t(lang).report;
  const refused = moderatorRefusal(req, ctx.moderation);
  if (refused) return userError(lang, t(lang).moderation[refused]);
  const mod = ctx.moderation!;
  const reports = mod.reports;
  if (!reports) return userError(lang, reportMessages.notAvailable);
  const report = await reports.queue.get(id);
  if (!report) return userError(lang, reportMessages.unknown(id));
  if (report.status !== 'open')
    return userError(lang, reportMessages.alreadyClosed(id, reportMessages.status[report.status]));
  switch (action) {
    case 'a': {
      const found = findRow(ctx.data.dataset, report.rowId);
      if (!found) return userError(lang, t(lang).moderation.refusal['not-found']({ id: report.rowId }));
      return editForm(`report:A:${id}`, found.row, report.rowId, lang, { value: report.correct });
    }
    case 'x':
      return modalReply(`report:X:${id}`, reportMessages.rejectTitle(id), [
        { id: 'reason', label: reportMessages.reason, style: 'paragraph', maxLength: 500 },
      ]);
    case 'd':
      return modalReply(`report:D:${id}`, reportMessages.duplicateTitle(id), [
        { id: 'of', label: reportMessages.duplicateOf, style: 'short', maxLength: 12, placeholder: 'r1' },
      ]);
    case 'A': {
      const field = pickedField(fields ?? {}, 'field');
      const value = textField(fields ?? {}, 'value');
      const result = await mod.editor.apply(
        { op: 'edit', id: report.rowId, field, value },
        { userId: req.userId, report: { id, reporterId: report.reporterId } },
      );
      const reply = editReply(result, t(lang).moderation.edited(report.rowId, field), ctx, lang);
      if (result.ok) await reports.queue.close(id, { status: 'applied', closedBy: req.userId });
      return reply;
    }
    case 'X':
    case 'D': {
      const reason = textField(fields ?? {}, action === 'X' ? 'reason' : 'of');
      const closing =
        action === 'X'
          ? { status: 'rejected' as const, closedBy: req.userId, reason }
          : { status: 'duplicate' as const, closedBy: req.userId, duplicateOf: reason };
      const closed = await reports.queue.close(id, closing);
      if (!closed) return userError(lang, reportMessages.alreadyClosed(id, ''));
      mod.notify(t('en').report.closedNotice(id, t('en').report.status[closed.status], `<@${req.userId}>`, reason));
      return message(
        [
          {
            title: reportMessages.closedTitle(id),
            description: reportMessages.closed(reportMessages.status[closed.status], reason),
            color: COLOURS.brand,
          },
        ],
        {
          ephemeral: true,
        },
      );
    }
    default:
      return userError(lang, t(lang).expiredButton);
  }
}

/** The shared queue is down: say so in plain words instead of the generic error. */
async function politeWhenStoreDown(lang: Lang, answer: () => Promise<Reply>): Promise<Reply> {
  try {
    return await answer();
  } catch (error) {
    if (error instanceof ReportStoreUnavailable) return userError(lang, t(lang).report.storeDown);
    throw error;
  }
}

/** "Report a mistake": members send a claim with a source; only moderators change the data. */
export const report: CommandModule = {
  componentsOnly: true,
  cacheable: false,
  definition: localized('report'),
  run(req) {
    const lang = langOf(req.locale);
    return userError(lang, t(lang).expiredButton);
  },
  component(state, req, ctx) {
    const lang = langOf(req.locale);
    const [action = '', ...rest] = state;
    return politeWhenStoreDown(lang, () =>
      action === 'v' || action === 'r'
        ? openForm(state, req, ctx, lang)
        : moderate(action, rest.join(':').slice(0, LIMITS.customId), req, ctx, lang),
    );
  },
  modal(state, req, ctx, fields) {
    const lang = langOf(req.locale);
    const [action = '', ...rest] = state;
    return politeWhenStoreDown(lang, () =>
      action === 's' ? submitReport(req, ctx, fields, lang) : moderate(action, rest.join(':'), req, ctx, lang, fields),
    );
  },
};
