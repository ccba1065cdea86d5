import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
} from 'discord-api-types/v10';
import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { rankChoices } from '../src/core/autocomplete.ts';
import { slashName } from '../src/core/command-names.ts';
import { LIMITS } from '../src/core/limits.ts';
import { modalReply, pickedField, textField } from '../src/core/modal.ts';
import { clampPage, packEntries, pagerRow } from '../src/core/paging.ts';
import { moderatorRefusal } from '../src/core/permissions.ts';
import { COLOURS, message, userError } from '../src/core/reply.ts';
import type { CommandModule, CommandRequest, HandlerContext, ModalFields, Reply } from '../src/core/types.ts';
import { describeChange, leaves, valueText } from '../src/data/audit-text.ts';
import type { EditResult } from '../src/data/editor.ts';
import { plainDataErrors } from '../src/data/error-text.ts';
import { seasonOf } from '../src/data/integrity.ts';
import type { DataError } from '../src/data/load.ts';
import { buildRow, formFields, NEEDS, ROW_KINDS, type RowWarning } from '../src/data/new-rows.ts';
import { refusalText } from '../src/data/refusal-text.ts';
import { openReports } from './report.ts';
import { slug, uniqueId } from '../src/data/row-ids.ts';
import { unlabelledTopics, unnamedTopicsOfChange } from '../src/data/quote-topics.ts';
import { findRow, rowIds } from '../src/data/sections.ts';
import { Competition, Event, MedalColour } from '../src/data/schema.ts';
import { langOf, type Lang } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';

const STRING = ApplicationCommandOptionType.String;
const INTEGER = ApplicationCommandOptionType.Integer;
const SUB = ApplicationCommandOptionType.Subcommand;

/** Dutch names and descriptions for every option: moderators see the command in their own language. */
const NL: Record<string, [string, string]> = {
  text: ['tekst', 'Het citaat, woord voor woord'],
  language: ['taal', 'Taal van het citaat'],
  occasion: ['gelegenheid', 'Waar of wanneer ze het zei (Engels)'],
  'date:quote': ['datum', 'Datum, JJJJ-MM-DD (of JJJJ-MM, JJJJ)'],
  'date:medal': ['datum', 'Datum, JJJJ-MM-DD'],
  topics: ['onderwerpen', "Onderwerpen met komma's ertussen, bv. olympics,pressure"],
  source: ['bron', 'Bron-URL'],
  translation: ['vertaling', 'Engelse vertaling (verplicht bij Nederlandse citaten)'],
  occasion_nl: ['gelegenheid_nl', 'Gelegenheid in het Nederlands (standaard de Engelse tekst)'],
  source2: ['bron2', 'Een tweede bron-URL'],
  version: ['versie', 'Weiger de wijziging als de gegevens niet meer op deze versie zijn (uit /gegevens controleer)'],
  competition: ['kampioenschap', 'Kampioenschap'],
  event: ['afstand', 'Afstand of onderdeel'],
  'event:add': ['afstand', 'Afstand of onderdeel (uitslagen en records)'],
  medal: ['medaille', 'Medaille'],
  year: ['jaar', 'Jaar'],
  venue: ['plaats', 'Plaats (Engels), bv. "Milan, Italy"'],
  result: ['resultaat', 'Tijd of punten, Engelse notatie: 1:12.31'],
  venue_nl: ['plaats_nl', 'Plaats in het Nederlands (standaard de Engelse tekst)'],
  id: ['id', 'Id van de rij'],
  'id:history': ['id', 'Alleen de wijzigingen van deze rij'],
  field: ['veld', "Veld, bv. result, venue.nl, sources (lijst met komma's), topics"],
  snapshot: ['momentopname', 'Momentopname uit history/ (leeg: de laatste goede gegevens die de bot gebruikt)'],
  value: ['waarde', "Nieuwe waarde (tekst, getal, lijst met komma's of JSON; null haalt een niet-verplicht veld weg)"],
  kind: ['soort', 'Wat je toevoegt'],
  'date:add': ['datum', 'Datum, JJJJ-MM-DD (of JJJJ-MM, JJJJ); "stand van" bij een achtergrondfeit of cijfer'],
};

const opt = (
  type: typeof STRING | typeof INTEGER,
  name: string,
  description: string,
  extra: Record<string, unknown> = {},
  nlKey = name,
) => {
  const [nlName, nlDescription] = NL[nlKey]!;
  return {
    type,
    name,
    name_localizations: { nl: nlName },
    description,
    description_localizations: { nl: nlDescription },
    ...extra,
  } as APIApplicationCommandBasicOption;
};

/** A subcommand with its Dutch name and description. */
const sub = (
  name: string,
  nlName: string,
  description: string,
  nlDescription: string,
  options?: APIApplicationCommandBasicOption[],
): APIApplicationCommandSubcommandOption => ({
  type: SUB,
  name,
  name_localizations: { nl: nlName },
  description,
  description_localizations: { nl: nlDescription },
  ...(options ? { options } : {}),
});
const choicesOf = (values: readonly string[]) => values.map((v) => ({ name: v, value: v }));
const versionOpt = opt(
  STRING,
  'version',
  'Refuse the change if the data is no longer at this version (from /data validate)',
  { max_length: 12 },
);

const reply = (title: string, description: string, color: number, extra: Partial<Parameters<typeof message>[1]> = {}) =>
  message([{ title, description, color }], { ephemeral: true, ...extra });

/** The local name of a /data subcommand, for messages that suggest one. */
const slashData = (lang: Lang, subcommand: string, options?: Record<string, string>) =>
  slashName(data.definition, lang, subcommand, options);

export function editReply(
  result: EditResult,
  success: string,
  ctx: HandlerContext,
  lang: Lang,
  notes: string[] = [],
): Reply {
  const m = t(lang).moderation;
  if (!result.ok)
    return reply(m.refusedTitle, refusalText(result, lang, { restore: slashData(lang, 'restore') }), COLOURS.error);
  // The log channel is shared by moderators of any language; it stays in English.
  ctx.moderation?.notify(t('en').moderation.notice(`<@${result.record.userId}>`, describeChange(result.record, 'en')));
  const pruned = result.prunedForUndo > 0 ? [m.prunedForUndo(result.prunedForUndo)] : [];
  const unnamed = unnamedTopicsOfChange(result.record, ctx.data.dataset).map((topic) => m.form.unnamedTopic(topic));
  return reply(
    m.updatedTitle,
    [
      success,
      describeChange(result.record, lang),
      m.nowServing(result.record.toVersion),
      ...notes,
      ...unnamed,
      ...pruned,
    ].join('\n'),
    COLOURS.brand,
  );
}

function invalidFile(title: string, keeps: string, errors: DataError[], json: unknown, lang: Lang): Reply {
  return reply(title, `${keeps}\n${plainDataErrors(errors, json, lang)}`, COLOURS.error);
}

/** The row with every field and its value, as `/data edit` names them, paged when long. */
function showRow(id: string, page: number, ctx: HandlerContext, lang: Lang, kind: Reply['kind']): Reply {
  const m = t(lang).moderation;
  const found = findRow(ctx.data.dataset, id);
  if (!found) return userError(lang, m.refusal['not-found']({ id }));
  const lines = [...leaves(found.row)].map(([field, value]) => `\`${field}\`: ${valueText(value)}`);
  const pages = packEntries(lines);
  const current = clampPage(page, pages.length);
  const kindName = (m.rowKind as Record<string, string | undefined>)[found.section] ?? found.section;
  const edit = {
    type: ComponentType.Button as const,
    style: ButtonStyle.Primary as const,
    label: m.showEdit,
    custom_id: `data:e:${id}`.slice(0, LIMITS.customId),
  };
  const pager = pagerRow('data', current, pages.length, `s,${id}`, lang);
  const components = pager.length
    ? [{ ...pager[0]!, components: [...pager[0]!.components, edit] }]
    : [{ type: ComponentType.ActionRow as const, components: [edit] }];
  return message(
    [
      {
        title: m.showTitle(kindName, id),
        description: `${pages[current - 1]!.lines.join('\n')}\n\n${m.showHint(slashData(lang, 'edit', { id, field: '…' }))}`,
        color: COLOURS.info,
        footer: {
          text: `${pages.length > 1 ? `${t(lang).page(current, pages.length)} · ` : ''}${m.serving(ctx.data.version)}`,
        },
      },
    ],
    { ephemeral: true, components, kind },
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
  const f = t(lang).moderation.form;
  const fields = [...leaves(row).keys()].filter((field) => field !== 'id');
  const options = fields
    .slice(0, 25)
    .map((field) => ({ label: field, value: field, default: field === prefill.field }));
  return modalReply(customId, f.editTitle(id), [
    { id: 'field', label: f.field, description: f.fieldHint, options },
    {
      id: 'value',
      label: f.value,
      description: f.valueHint,
      style: 'paragraph',
      maxLength: 2000,
      value: prefill.value,
    },
  ]);
}

/** `venue.nl` left empty was filled with the English text: say so, with the command that sets it. */
const warningNotes = (warnings: readonly RowWarning[], id: string, lang: Lang) =>
  warnings.map((w) => t(lang).moderation.form.noDutch(w.field, slashData(lang, 'edit', { id, field: w.field })));

async function history(ctx: HandlerContext, lang: Lang, id: string | undefined): Promise<Reply> {
  const m = t(lang).moderation;
  const editor = ctx.moderation!.editor;
  const { records, damaged } = await editor.records(id ? 500 : 10);
  const shown = (id ? records.filter((r) => r.id === id) : records).slice(0, 10);
  const entries = shown.length ? shown.map((r) => describeChange(r, lang)) : [m.noHistory];
  const pages = packEntries(entries);
  const text = [
    pages[0]!.lines.join('\n'),
    damaged > 0 ? m.auditDamaged(damaged) : '',
    m.historyWhere(editor.historyDir),
  ]
    .filter(Boolean)
    .join('\n\n');
  return reply(id ? m.historyOfTitle(id) : m.historyTitle, text, COLOURS.info);
}

async function run(req: CommandRequest, ctx: HandlerContext): Promise<Reply> {
  const lang = langOf(req.locale);
  const m = t(lang).moderation;
  const refused = moderatorRefusal(req, ctx.moderation);
  if (refused) return userError(lang, m[refused]);
  const mod = ctx.moderation!;
  const o = req.options as Record<string, string | number | undefined>;
  const apply = { userId: req.userId, expectedVersion: typeof o.version === 'string' ? o.version : undefined };
  switch (req.subcommand) {
    case 'validate': {
      const r = await mod.reload();
      if (!r.ok) return invalidFile(m.invalidTitle, m.keepsServing(ctx.data.version), r.errors, r.json, lang);
      // The counts of the version just loaded, not of the view this interaction started with.
      const d = r.view.dataset;
      return reply(
        m.validTitle,
        m.validBody(
          r.version,
          d.results.length,
          r.view.medalsNewestFirst.length,
          d.quotes.length,
          d.timeline.length,
          d.background.length,
        ) +
          unlabelledTopics(d)
            .map((topic) => `\n${m.form.unnamedTopic(topic)}`)
            .join(''),
        COLOURS.brand,
      );
    }
    case 'reload': {
      const r = await mod.reload();
      if (!r.ok) return invalidFile(m.reloadRefused, m.stillServing(ctx.data.version), r.errors, r.json, lang);
      return reply(r.changed ? m.reloaded : m.upToDate, m.serving(r.version), COLOURS.brand);
    }
    case 'show':
      return showRow(String(o.id), 1, ctx, lang, 'message');
    case 'add': {
      const kind = ROW_KINDS.find((k) => k === o.kind);
      if (!kind) return userError(lang, t(lang).badOptionChoice('kind', ROW_KINDS.join(', ')));
      const f = m.form;
      const date = typeof o.date === 'string' ? o.date.trim() : '';
      const event = typeof o.event === 'string' ? o.event : '';
      if (NEEDS[kind].date === 'required' && !date) return userError(lang, f.noDate(f.kind[kind]));
      if (NEEDS[kind].event && !event) return userError(lang, f.noEvent(f.kind[kind]));
      if (date.includes(':')) return userError(lang, m.problem.format.date);
      return modalReply(`data:add:${kind}:${date}:${event}`, f.title(f.kind[kind]), formFields(kind, lang));
    }
    case 'add-quote': {
      const text = String(o.text);
      const warnings: RowWarning[] = o.occasion_nl ? [] : [{ field: 'occasion.nl' }];
      const row = {
        id: uniqueId(`quote-${String(o.date).slice(0, 4)}-${slug(text, 30)}`, ctx.data.dataset),
        text,
        language: o.language,
        ...(o.translation ? { translation: o.translation } : {}),
        occasion: { en: o.occasion, nl: o.occasion_nl ?? o.occasion },
        date: o.date,
        topics: String(o.topics)
          .split(',')
          .map((part) => slug(part))
          .filter(Boolean),
        sources: [o.source, o.source2].filter(Boolean),
        confidence: o.source2 ? 'confirmed' : 'single-source',
      };
      const result = await mod.editor.apply({ op: 'add', section: 'quotes', row }, apply);
      return editReply(result, m.added(m.quoteWord, row.id), ctx, lang, warningNotes(warnings, row.id, lang));
    }
    case 'add-medal': {
      // A medal is a championship result with place 1–3: it goes into the results table.
      const date = String(o.date);
      if (!date.startsWith(String(o.year))) return userError(lang, m.dateNotInYear(date, Number(o.year)));
      const warnings: RowWarning[] = o.venue_nl ? [] : [{ field: 'venue.nl' }];
      const row = {
        id: uniqueId(`${o.competition}-${o.year}-${o.event}-${o.medal}`, ctx.data.dataset),
        competition: o.competition,
        season: /^\d{4}/.test(date) ? seasonOf(date) : date,
        date,
        venue: { en: o.venue, nl: o.venue_nl ?? o.venue },
        event: o.event,
        place: { gold: 1, silver: 2, bronze: 3 }[String(o.medal)] ?? o.medal,
        ...(o.result ? { result: o.result } : {}),
        sources: [o.source, o.source2].filter(Boolean),
        confidence: o.source2 ? 'confirmed' : 'single-source',
      };
      const result = await mod.editor.apply({ op: 'add', section: 'results', row }, apply);
      return editReply(result, m.added(m.medalWord, row.id), ctx, lang, warningNotes(warnings, row.id, lang));
    }
    case 'edit':
      return editReply(
        await mod.editor.apply({ op: 'edit', id: String(o.id), field: String(o.field), value: String(o.value) }, apply),
        m.edited(String(o.id), String(o.field)),
        ctx,
        lang,
      );
    case 'remove':
      return editReply(
        await mod.editor.apply({ op: 'remove', id: String(o.id) }, apply),
        m.removed(String(o.id)),
        ctx,
        lang,
      );
    case 'undo':
      return editReply(await mod.editor.apply({ op: 'undo' }, apply), m.reverted, ctx, lang);
    case 'restore': {
      const snapshot = typeof o.snapshot === 'string' ? o.snapshot : undefined;
      return editReply(
        await mod.editor.apply({ op: 'restore', snapshot }, apply),
        m.restored(snapshot ? `\`${snapshot}\`` : m.lastGood),
        ctx,
        lang,
      );
    }
    case 'history':
      return history(ctx, lang, typeof o.id === 'string' ? o.id : undefined);
    case 'reports':
      return openReports(ctx, lang);
    default:
      return userError(lang, t(lang).unknownOption(String(req.subcommand), 'data'));
  }
}

/** A form was submitted: a new row (`add:<kind>:<date>:<event>`) or an edit (`e:<id>`). */
async function submitted(
  state: string[],
  req: CommandRequest,
  ctx: HandlerContext,
  fields: ModalFields,
): Promise<Reply> {
  const lang = langOf(req.locale);
  const m = t(lang).moderation;
  const refused = moderatorRefusal(req, ctx.moderation);
  if (refused) return userError(lang, m[refused]);
  const editor = ctx.moderation!.editor;
  const [action, ...rest] = state;
  if (action === 'e') {
    const id = rest.join(':');
    const field = pickedField(fields, 'field');
    const value = textField(fields, 'value');
    return editReply(
      await editor.apply({ op: 'edit', id, field, value }, { userId: req.userId }),
      m.edited(id, field),
      ctx,
      lang,
    );
  }
  const kind = ROW_KINDS.find((k) => k === rest[0]);
  if (action !== 'add' || !kind) return userError(lang, t(lang).expiredButton);
  const built = buildRow(kind, { date: rest[1] || undefined, event: rest[2] || undefined }, fields, ctx.data.dataset);
  const f = m.form;
  if (!built.ok)
    return userError(
      lang,
      built.problem === 'no-date'
        ? f.noDate(f.kind[kind])
        : built.problem === 'no-event'
          ? f.noEvent(f.kind[kind])
          : f.badNumber(built.field),
    );
  const id = String(built.row.id);
  const result = await editor.apply({ op: 'add', section: built.section, row: built.row }, { userId: req.userId });
  return editReply(result, m.added(f.kind[kind], id), ctx, lang, warningNotes(built.warnings, id, lang));
}

function pressed(state: string[], req: CommandRequest, ctx: HandlerContext): Reply {
  const lang = langOf(req.locale);
  const m = t(lang).moderation;
  const refused = moderatorRefusal(req, ctx.moderation);
  if (refused) return userError(lang, m[refused]);
  const [action, page, ...rest] = state;
  if (action === 'p' && rest.join(':').startsWith('s,'))
    return showRow(rest.join(':').slice(2), Number(page), ctx, lang, 'update');
  if (action === 'e') {
    const id = [page, ...rest].join(':');
    const found = findRow(ctx.data.dataset, id);
    if (!found) return userError(lang, m.refusal['not-found']({ id }));
    return editForm(`data:e:${id}`, found.row, id, lang);
  }
  return userError(lang, t(lang).expiredButton);
}

export const data: CommandModule = {
  cacheable: false,
  definition: {
    name: 'data',
    name_localizations: { nl: 'gegevens' },
    description: 'Moderators: check and edit the dataset',
    description_localizations: { nl: 'Moderators: de dataset controleren en bewerken' },
    // Only a default: servers may change it, so the handler checks permissions itself.
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    // Moderators of a server that added the bot, nowhere else (see the handler's own check).
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild],
    options: [
      sub(
        'validate',
        'controleer',
        'Check the data file and show its version',
        'Controleer het gegevensbestand en toon de versie',
      ),
      sub(
        'reload',
        'herlaad',
        'Load the data file now (changes are picked up by themselves within 2 s)',
        'Laad het gegevensbestand nu (wijzigingen komen binnen 2 s vanzelf door)',
      ),
      sub(
        'show',
        'toon',
        'Show a row with its field names and values',
        'Toon een rij met de namen en waarden van de velden',
        [opt(STRING, 'id', 'Row id', { required: true, autocomplete: true, max_length: 64 })],
      ),
      sub('add', 'toevoegen', 'Add a row of any kind, in a form', 'Voeg een rij van elke soort toe, in een formulier', [
        opt(STRING, 'kind', 'What to add', {
          required: true,
          choices: ROW_KINDS.map((k) => ({
            name: t('en').moderation.form.kind[k],
            name_localizations: { nl: t('nl').moderation.form.kind[k] },
            value: k,
          })),
        }),
        opt(
          STRING,
          'date',
          'Date, YYYY-MM-DD (or YYYY-MM, YYYY); "as of" for a background fact or figure',
          { max_length: 10 },
          'date:add',
        ),
        opt(
          STRING,
          'event',
          'Distance or event (results and records)',
          { choices: choicesOf(Event.options) },
          'event:add',
        ),
      ]),
      sub('add-quote', 'citaat-toevoegen', 'Add a quote', 'Voeg een citaat toe', [
        opt(STRING, 'text', 'The quote, word for word', { required: true, max_length: 1000 }),
        opt(STRING, 'language', 'Language of the quote', { required: true, choices: choicesOf(['en', 'nl']) }),
        opt(STRING, 'occasion', 'Where or when she said it (English)', { required: true, max_length: 300 }),
        opt(STRING, 'date', 'Date, YYYY-MM-DD (or YYYY-MM, YYYY)', { required: true, max_length: 10 }, 'date:quote'),
        opt(STRING, 'topics', 'Comma-separated topics, e.g. olympics,pressure', { required: true, max_length: 200 }),
        opt(STRING, 'source', 'Source URL', { required: true, max_length: 500 }),
        opt(STRING, 'translation', 'English translation (required for Dutch quotes)', { max_length: 1000 }),
        opt(STRING, 'occasion_nl', 'Occasion in Dutch (defaults to the English text)', { max_length: 300 }),
        opt(STRING, 'source2', 'A second source URL', { max_length: 500 }),
        versionOpt,
      ]),
      sub('add-medal', 'medaille-toevoegen', 'Add a medal', 'Voeg een medaille toe', [
        opt(STRING, 'competition', 'Competition', { required: true, choices: choicesOf(Competition.options) }),
        opt(STRING, 'event', 'Event', { required: true, choices: choicesOf(Event.options) }),
        opt(STRING, 'medal', 'Medal', { required: true, choices: choicesOf(MedalColour.options) }),
        opt(INTEGER, 'year', 'Year', { required: true, min_value: 2000, max_value: 2100 }),
        opt(STRING, 'date', 'Date, YYYY-MM-DD', { required: true, max_length: 10 }, 'date:medal'),
        opt(STRING, 'venue', 'Venue (English), e.g. "Milan, Italy"', { required: true, max_length: 200 }),
        opt(STRING, 'source', 'Source URL', { required: true, max_length: 500 }),
        opt(STRING, 'result', 'Time or points, English notation: 1:12.31', { max_length: 60 }),
        opt(STRING, 'venue_nl', 'Venue in Dutch (defaults to the English text)', { max_length: 200 }),
        opt(STRING, 'source2', 'A second source URL', { max_length: 500 }),
        versionOpt,
      ]),
      sub('edit', 'wijzig', 'Change one field of a row, by id', 'Wijzig één veld van een rij, op id', [
        opt(STRING, 'id', 'Row id', { required: true, autocomplete: true, max_length: 64 }),
        opt(STRING, 'field', 'Field, e.g. result, venue.nl, sources (comma list), topics', {
          required: true,
          max_length: 100,
        }),
        opt(STRING, 'value', 'New value (text, number, comma list, or JSON; null removes an optional field)', {
          required: true,
          max_length: 2000,
        }),
        versionOpt,
      ]),
      sub('remove', 'verwijder', 'Remove a row, by id', 'Verwijder een rij, op id', [
        opt(STRING, 'id', 'Row id', { required: true, autocomplete: true, max_length: 64 }),
        versionOpt,
      ]),
      sub(
        'history',
        'geschiedenis',
        'Recent changes: who, when, each value old → new',
        'Recente wijzigingen: wie, wanneer, elke waarde oud → nieuw',
        [opt(STRING, 'id', 'Only the changes of this row', { autocomplete: true, max_length: 64 }, 'id:history')],
      ),

      sub('reports', 'meldingen', 'Open reports of mistakes sent by members', 'Open meldingen van fouten, van leden'),
      sub('undo', 'ongedaan-maken', 'Revert the last change', 'Maak de laatste wijziging ongedaan', [versionOpt]),
      sub(
        'restore',
        'herstel',
        'Bring back a snapshot from history/ (or the last good data), on every host',
        'Zet een momentopname uit history/ (of de laatste goede gegevens) terug, op elke host',
        [
          opt(STRING, 'snapshot', 'Snapshot from history/ (empty: the last good data the bot serves)', {
            autocomplete: true,
            max_length: 100,
          }),
          versionOpt,
        ],
      ),
    ],
  },
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
    const rows = rowIds(ctx.data.dataset).map((r) => ({ value: r.id, name: `${r.id} (${r.section})` }));
    return rankChoices(focused.value, rows);
  },
};
