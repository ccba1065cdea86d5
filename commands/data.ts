/** `/data`: what moderators may do with the dataset. The definition and the dispatch; the work is in src/data/. */
import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import { rankChoices } from '../src/core/autocomplete.ts';
import { defineCommand } from '../src/core/command-options.ts';
import { localized } from '../src/core/command-text.ts';
import { modalReply, pickedField, textField } from '../src/core/modal.ts';
import { moderatorRefusal } from '../src/core/permissions.ts';
import { COLOURS, ephemeralEmbed, userError } from '../src/core/reply.ts';
import type { CommandModule, CommandRequest, HandlerContext, ModalFields, Reply } from '../src/core/types.ts';
import {
  editForm,
  editReply,
  historyReply,
  invalidFile,
  showRow,
  warningNotes,
} from '../src/data/moderator-replies.ts';
import { buildRow, formFields, NEEDS, ROW_KINDS } from '../src/data/new-rows.ts';
import { medalRow, quoteRow } from '../src/data/option-rows.ts';
import { unlabelledTopics } from '../src/data/quote-topics.ts';
import { rowIds, findRow } from '../src/data/sections.ts';
import { Competition, Event, MedalColour } from '../src/data/schema.ts';
import { langOf } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';
import { openReports } from './report.ts';

const STRING = ApplicationCommandOptionType.String;
const INTEGER = ApplicationCommandOptionType.Integer;
const SUB = ApplicationCommandOptionType.Subcommand;

const choicesOf = <const Value extends string>(values: readonly Value[]) =>
  values.map((value) => ({ name: value, value }));

const definition = defineCommand({
  ...localized('data'),
  // Only a default: servers may change it, so the handler checks permissions itself.
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  // Moderators of a server that added the bot, nowhere else (see the handler's own check).
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild],
  options: [
    { type: SUB, ...localized('data', 'validate') },
    { type: SUB, ...localized('data', 'reload') },
    {
      type: SUB,
      ...localized('data', 'show'),
      options: [
        { type: STRING, ...localized('data', 'show', 'id'), required: true, autocomplete: true, max_length: 64 },
      ],
    },
    {
      type: SUB,
      ...localized('data', 'add'),
      options: [
        {
          type: STRING,
          ...localized('data', 'add', 'kind'),
          required: true,
          choices: ROW_KINDS.map((rowKind) => ({
            name: t('en').moderation.form.kind[rowKind],
            name_localizations: { nl: t('nl').moderation.form.kind[rowKind] },
            value: rowKind,
          })),
        },
        { type: STRING, ...localized('data', 'add', 'date'), max_length: 10 },
        { type: STRING, ...localized('data', 'add', 'event'), choices: choicesOf(Event.options) },
      ],
    },
    {
      type: SUB,
      ...localized('data', 'add-quote'),
      options: [
        { type: STRING, ...localized('data', 'add-quote', 'text'), required: true, max_length: 1000 },
        {
          type: STRING,
          ...localized('data', 'add-quote', 'language'),
          required: true,
          choices: choicesOf(['en', 'nl']),
        },
        { type: STRING, ...localized('data', 'add-quote', 'occasion'), required: true, max_length: 300 },
        { type: STRING, ...localized('data', 'add-quote', 'date'), required: true, max_length: 10 },
        { type: STRING, ...localized('data', 'add-quote', 'topics'), required: true, max_length: 200 },
        { type: STRING, ...localized('data', 'add-quote', 'source'), required: true, max_length: 500 },
        { type: STRING, ...localized('data', 'add-quote', 'translation'), max_length: 1000 },
        { type: STRING, ...localized('data', 'add-quote', 'occasion_nl'), max_length: 300 },
        { type: STRING, ...localized('data', 'add-quote', 'source2'), max_length: 500 },
        { type: STRING, ...localized('data', 'add-quote', 'version'), max_length: 12 },
      ],
    },
    {
      type: SUB,
      ...localized('data', 'add-medal'),
      options: [
        {
          type: STRING,
          ...localized('data', 'add-medal', 'competition'),
          required: true,
          choices: choicesOf(Competition.options),
        },
        { type: STRING, ...localized('data', 'add-medal', 'event'), required: true, choices: choicesOf(Event.options) },
        {
          type: STRING,
          ...localized('data', 'add-medal', 'medal'),
          required: true,
          choices: choicesOf(MedalColour.options),
        },
        { type: INTEGER, ...localized('data', 'add-medal', 'year'), required: true, min_value: 2000, max_value: 2100 },
        { type: STRING, ...localized('data', 'add-medal', 'date'), required: true, max_length: 10 },
        { type: STRING, ...localized('data', 'add-medal', 'venue'), required: true, max_length: 200 },
        { type: STRING, ...localized('data', 'add-medal', 'source'), required: true, max_length: 500 },
        { type: STRING, ...localized('data', 'add-medal', 'result'), max_length: 60 },
        { type: STRING, ...localized('data', 'add-medal', 'venue_nl'), max_length: 200 },
        { type: STRING, ...localized('data', 'add-medal', 'source2'), max_length: 500 },
        { type: STRING, ...localized('data', 'add-medal', 'version'), max_length: 12 },
      ],
    },
    {
      type: SUB,
      ...localized('data', 'edit'),
      options: [
        { type: STRING, ...localized('data', 'edit', 'id'), required: true, autocomplete: true, max_length: 64 },
        { type: STRING, ...localized('data', 'edit', 'field'), required: true, max_length: 100 },
        { type: STRING, ...localized('data', 'edit', 'value'), required: true, max_length: 2000 },
        { type: STRING, ...localized('data', 'edit', 'version'), max_length: 12 },
      ],
    },
    {
      type: SUB,
      ...localized('data', 'remove'),
      options: [
        { type: STRING, ...localized('data', 'remove', 'id'), required: true, autocomplete: true, max_length: 64 },
        { type: STRING, ...localized('data', 'remove', 'version'), max_length: 12 },
      ],
    },
    {
      type: SUB,
      ...localized('data', 'history'),
      options: [{ type: STRING, ...localized('data', 'history', 'id'), autocomplete: true, max_length: 64 }],
    },
    { type: SUB, ...localized('data', 'reports') },
    {
      type: SUB,
      ...localized('data', 'undo'),
      options: [{ type: STRING, ...localized('data', 'undo', 'version'), max_length: 12 }],
    },
    {
      type: SUB,
      ...localized('data', 'restore'),
      options: [
        { type: STRING, ...localized('data', 'restore', 'snapshot'), autocomplete: true, max_length: 100 },
        { type: STRING, ...localized('data', 'restore', 'version'), max_length: 12 },
      ],
    },
  ],
});

type DataRequest = Parameters<CommandModule<typeof definition>['run']>[0];

async function run(req: DataRequest, ctx: HandlerContext): Promise<Reply> {
  const lang = langOf(req.locale);
  const text = t(lang).moderation;
  const refused = moderatorRefusal(req, ctx.moderation);
  if (refused) return userError(lang, text[refused]);
  const moderation = ctx.moderation!;
  const apply = { userId: req.userId, expectedVersion: 'version' in req.options ? req.options.version : undefined };
  // Kept for direct callers: the responder refuses an unknown subcommand before `run`.
  const subcommand: string = req.subcommand;
  switch (req.subcommand) {
    case 'validate': {
      const reloaded = await moderation.reload();
      if (!reloaded.ok)
        return invalidFile(
          text.invalidTitle,
          text.keepsServing(ctx.data.version),
          reloaded.errors,
          reloaded.json,
          lang,
        );
      // The counts of the version just loaded, not of the view this interaction started with.
      const dataset = reloaded.view.dataset;
      return ephemeralEmbed(
        text.validTitle,
        text.validBody(
          reloaded.version,
          dataset.results.length,
          reloaded.view.medalsNewestFirst.length,
          dataset.quotes.length,
          dataset.timeline.length,
          dataset.background.length,
        ) +
          unlabelledTopics(dataset)
            .map((topic) => `\n${text.form.unnamedTopic(topic)}`)
            .join(''),
        COLOURS.brand,
      );
    }
    case 'reload': {
      const reloaded = await moderation.reload();
      if (!reloaded.ok)
        return invalidFile(
          text.reloadRefused,
          text.stillServing(ctx.data.version),
          reloaded.errors,
          reloaded.json,
          lang,
        );
      return ephemeralEmbed(
        reloaded.changed ? text.reloaded : text.upToDate,
        text.serving(reloaded.version),
        COLOURS.brand,
      );
    }
    case 'show':
      return showRow(req.options.id, 1, ctx, lang, 'message');
    case 'add': {
      const { kind: rowKind, event = '' } = req.options;
      const formText = text.form;
      const date = req.options.date?.trim() ?? '';
      if (NEEDS[rowKind].date === 'required' && !date) return userError(lang, formText.noDate(formText.kind[rowKind]));
      if (NEEDS[rowKind].event && !event) return userError(lang, formText.noEvent(formText.kind[rowKind]));
      if (date.includes(':')) return userError(lang, text.problem.format.date);
      return modalReply(
        `data:add:${rowKind}:${date}:${event}`,
        formText.title(formText.kind[rowKind]),
        formFields(rowKind, lang),
      );
    }
    case 'add-quote': {
      const options = req.options;
      const { row, warnings } = quoteRow({ ...options, occasionNl: options.occasion_nl }, ctx.data.dataset);
      const result = await moderation.editor.apply({ op: 'add', section: 'quotes', row }, apply);
      return editReply(result, text.added(text.quoteWord, row.id), ctx, lang, warningNotes(warnings, row.id, lang));
    }
    case 'add-medal': {
      const options = req.options;
      const built = medalRow({ ...options, venueNl: options.venue_nl }, ctx.data.dataset);
      if ('dateNotInYear' in built) return userError(lang, text.dateNotInYear(options.date, options.year));
      const result = await moderation.editor.apply({ op: 'add', section: 'results', row: built.row }, apply);
      const notes = warningNotes(built.warnings, built.row.id, lang);
      return editReply(result, text.added(text.medalWord, built.row.id), ctx, lang, notes);
    }
    case 'edit': {
      const { id, field, value } = req.options;
      return editReply(
        await moderation.editor.apply({ op: 'edit', id, field, value }, apply),
        text.edited(id, field),
        ctx,
        lang,
      );
    }
    case 'remove': {
      const { id } = req.options;
      return editReply(await moderation.editor.apply({ op: 'remove', id }, apply), text.removed(id), ctx, lang);
    }
    case 'undo':
      return editReply(await moderation.editor.apply({ op: 'undo' }, apply), text.reverted, ctx, lang);
    case 'restore': {
      const { snapshot } = req.options;
      return editReply(
        await moderation.editor.apply({ op: 'restore', snapshot }, apply),
        text.restored(snapshot ? `\`${snapshot}\`` : text.lastGood),
        ctx,
        lang,
      );
    }
    case 'history':
      return historyReply(moderation.editor, lang, req.options.id);
    case 'reports':
      return openReports(ctx, lang);
    default:
      return userError(lang, t(lang).unknownOption(subcommand, 'data'));
  }
}

/** A form was submitted: a new row (`add:<rowKind>:<date>:<event>`) or an edit (`e:<id>`). */
async function submitted(
  state: string[],
  req: CommandRequest,
  ctx: HandlerContext,
  fields: ModalFields,
): Promise<Reply> {
  const lang = langOf(req.locale);
  const text = t(lang).moderation;
  const refused = moderatorRefusal(req, ctx.moderation);
  if (refused) return userError(lang, text[refused]);
  const editor = ctx.moderation!.editor;
  const [action, ...rest] = state;
  if (action === 'e') {
    const id = rest.join(':');
    const field = pickedField(fields, 'field');
    const value = textField(fields, 'value');
    return editReply(
      await editor.apply({ op: 'edit', id, field, value }, { userId: req.userId }),
      text.edited(id, field),
      ctx,
      lang,
    );
  }
  const rowKind = ROW_KINDS.find((known) => known === rest[0]);
  if (action !== 'add' || !rowKind) return userError(lang, t(lang).expiredButton);
  const built = buildRow(
    rowKind,
    { date: rest[1] || undefined, event: rest[2] || undefined },
    fields,
    ctx.data.dataset,
  );
  const formText = text.form;
  if (!built.ok)
    return userError(
      lang,
      built.problem === 'no-date'
        ? formText.noDate(formText.kind[rowKind])
        : built.problem === 'no-event'
          ? formText.noEvent(formText.kind[rowKind])
          : formText.badNumber(built.field),
    );
  const { id } = built.row;
  const result = await editor.apply({ op: 'add', section: built.section, row: built.row }, { userId: req.userId });
  return editReply(result, text.added(formText.kind[rowKind], id), ctx, lang, warningNotes(built.warnings, id, lang));
}

function pressed(state: string[], req: CommandRequest, ctx: HandlerContext): Reply {
  const lang = langOf(req.locale);
  const text = t(lang).moderation;
  const refused = moderatorRefusal(req, ctx.moderation);
  if (refused) return userError(lang, text[refused]);
  const [action, page, ...rest] = state;
  if (action === 'p' && rest.join(':').startsWith('s,'))
    return showRow(rest.join(':').slice(2), Number(page), ctx, lang, 'update');
  if (action === 'e') {
    const id = [page, ...rest].join(':');
    const found = findRow(ctx.data.dataset, id);
    if (!found) return userError(lang, text.refusal['not-found']({ id }));
    return editForm(`data:e:${id}`, found.row, id, lang);
  }
  return userError(lang, t(lang).expiredButton);
}

export const data: CommandModule<typeof definition> = {
  cacheable: false,
  definition,
  run,
  component: pressed,
  modal: submitted,
  autocomplete(focused, req, ctx) {
    if (moderatorRefusal(req, ctx.moderation) || !ctx.moderation) return [];
    if (focused.name === 'snapshot')
      // Newest first, from the editor's list (kept up to date by the editor: autocomplete does no I/O).
      return rankChoices(
        focused.value,
        [...ctx.moderation.editor.knownSnapshots()].reverse().map((name) => ({ value: name, name })),
      );
    if (focused.name !== 'id') return [];
    const rows = rowIds(ctx.data.dataset).map((row) => ({ value: row.id, name: `${row.id} (${row.section})` }));
    return rankChoices(focused.value, rows);
  },
};
