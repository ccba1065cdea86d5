import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
} from 'discord-api-types/v10';
import { COLOURS, message, userError } from '../src/core/reply.ts';
import { rankChoices } from '../src/core/autocomplete.ts';
import { isModerator } from '../src/core/permissions.ts';
import type { CommandModule, CommandRequest, HandlerContext, Reply } from '../src/core/types.ts';
import type { AuditRecord, EditResult } from '../src/data/editor.ts';
import { seasonOf } from '../src/data/integrity.ts';
import { formatDataErrors } from '../src/data/load.ts';
import { rowIds } from '../src/data/sections.ts';
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
  medal: ['medaille', 'Medaille'],
  year: ['jaar', 'Jaar'],
  venue: ['plaats', 'Plaats (Engels), bv. "Milan, Italy"'],
  result: ['resultaat', 'Tijd of punten, Engelse notatie: 1:12.31'],
  venue_nl: ['plaats_nl', 'Plaats in het Nederlands (standaard de Engelse tekst)'],
  id: ['id', 'Id van de rij'],
  field: ['veld', "Veld, bv. result, venue.nl, sources (lijst met komma's), topics"],
  snapshot: ['momentopname', 'Momentopname uit history/ (leeg: de laatste goede gegevens die de bot gebruikt)'],
  value: ['waarde', "Nieuwe waarde (tekst, getal, lijst met komma's of JSON)"],
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

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

function uniqueId(base: string, ctx: HandlerContext): string {
  const taken = new Set(rowIds(ctx.data.dataset).map((r) => r.id));
  let id = base.slice(0, 60);
  for (let n = 2; taken.has(id); n += 1) id = `${base.slice(0, 56)}-${n}`;
  return id;
}

function describeRecord(r: AuditRecord): string {
  const what =
    r.op === 'undo'
      ? `undo of #${r.undoes}`
      : r.op === 'restore'
        ? `restore of ${r.restoredFrom ?? '?'}`
        : `${r.op} ${r.id ?? ''}${r.field ? `.${r.field}` : ''}`;
  return `#${r.seq} · <t:${Math.floor(Date.parse(r.at) / 1000)}:f> · <@${r.userId}> · ${what} · ${r.fromVersion} → ${r.toVersion}`;
}

function resultReply(result: EditResult, success: string, ctx: HandlerContext, lang: Lang): Reply {
  const m = t(lang).moderation;
  if (!result.ok) {
    const text =
      result.reason === 'invalid'
        ? `${m.refusedInvalid}\n\`\`\`\n${formatDataErrors(result.errors).slice(0, 3500)}\n\`\`\``
        : m.refusal[result.reason](result.params);
    return message([{ title: m.refusedTitle, description: text, color: COLOURS.error }], { ephemeral: true });
  }
  // The log channel is shared by moderators of any language; it stays in English.
  ctx.moderation?.notify(t('en').moderation.notice(`<@${result.record.userId}>`, describeRecord(result.record)));
  const pruned = result.prunedForUndo > 0 ? `\n${m.prunedForUndo(result.prunedForUndo)}` : '';
  return message(
    [
      {
        title: m.updatedTitle,
        description: `${success}\n${describeRecord(result.record)}\n${m.nowServing(result.record.toVersion)}${pruned}`,
        color: COLOURS.brand,
      },
    ],
    { ephemeral: true },
  );
}

async function run(req: CommandRequest, ctx: HandlerContext): Promise<Reply> {
  const lang = langOf(req.locale);
  const m = t(lang).moderation;
  const mod = ctx.moderation;
  if (!mod) return userError(lang, m.notAvailable);
  // Discord hides /data outside guild installs, but a stale registration or a forged request must not reach it.
  if (!req.guildId || !req.guildInstall) return userError(lang, m.guildOnly);
  // Checked on every call: the command's default permission is only a convenience servers can change.
  if (!isModerator(req.member, mod.moderatorRoleIds)) return userError(lang, m.onlyModerators);
  const o = req.options as Record<string, string | number | undefined>;
  const apply = { userId: req.userId, expectedVersion: typeof o.version === 'string' ? o.version : undefined };
  switch (req.subcommand) {
    case 'validate': {
      const r = await mod.reload();
      if (!r.ok)
        return message(
          [
            {
              title: m.invalidTitle,
              description: `${m.keepsServing(ctx.data.version)}\n\`\`\`\n${formatDataErrors(r.errors).slice(0, 3800)}\n\`\`\``,
              color: COLOURS.error,
            },
          ],
          { ephemeral: true },
        );
      // The counts of the version just loaded, not of the view this interaction started with.
      const d = r.view.dataset;
      return message(
        [
          {
            title: m.validTitle,
            description: m.validBody(
              r.version,
              d.results.length,
              r.view.medalsNewestFirst.length,
              d.quotes.length,
              d.timeline.length,
              d.background.length,
            ),
            color: COLOURS.brand,
          },
        ],
        { ephemeral: true },
      );
    }
    case 'reload': {
      const r = await mod.reload();
      if (!r.ok)
        return message(
          [
            {
              title: m.reloadRefused,
              description: `${m.stillServing(ctx.data.version)}\n\`\`\`\n${formatDataErrors(r.errors).slice(0, 3800)}\n\`\`\``,
              color: COLOURS.error,
            },
          ],
          { ephemeral: true },
        );
      return message(
        [{ title: r.changed ? m.reloaded : m.upToDate, description: m.serving(r.version), color: COLOURS.brand }],
        { ephemeral: true },
      );
    }
    case 'add-quote': {
      const text = String(o.text);
      const row = {
        id: uniqueId(`quote-${String(o.date).slice(0, 4)}-${slug(text).slice(0, 30)}`, ctx),
        text,
        language: o.language,
        ...(o.translation ? { translation: o.translation } : {}),
        occasion: { en: o.occasion, nl: o.occasion_nl ?? o.occasion },
        date: o.date,
        topics: String(o.topics)
          .split(',')
          .map((s) => slug(s))
          .filter(Boolean),
        sources: [o.source, o.source2].filter(Boolean),
        confidence: o.source2 ? 'confirmed' : 'single-source',
      };
      return resultReply(
        await mod.editor.apply({ op: 'add', section: 'quotes', row }, apply),
        m.added(m.quoteWord, row.id),
        ctx,
        lang,
      );
    }
    case 'add-medal': {
      // A medal is a championship result with place 1–3: it goes into the results table.
      const date = String(o.date);
      if (!date.startsWith(String(o.year))) return userError(lang, m.dateNotInYear(date, Number(o.year)));
      const row = {
        id: uniqueId(`${o.competition}-${o.year}-${o.event}-${o.medal}`, ctx),
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
      return resultReply(
        await mod.editor.apply({ op: 'add', section: 'results', row }, apply),
        m.added(m.medalWord, row.id),
        ctx,
        lang,
      );
    }
    case 'edit':
      return resultReply(
        await mod.editor.apply({ op: 'edit', id: String(o.id), field: String(o.field), value: String(o.value) }, apply),
        m.edited(String(o.id), String(o.field)),
        ctx,
        lang,
      );
    case 'remove':
      return resultReply(
        await mod.editor.apply({ op: 'remove', id: String(o.id) }, apply),
        m.removed(String(o.id)),
        ctx,
        lang,
      );
    case 'undo':
      return resultReply(await mod.editor.apply({ op: 'undo' }, apply), m.reverted, ctx, lang);
    case 'restore': {
      const snapshot = typeof o.snapshot === 'string' ? o.snapshot : undefined;
      return resultReply(
        await mod.editor.apply({ op: 'restore', snapshot }, apply),
        m.restored(snapshot ? `\`${snapshot}\`` : m.lastGood),
        ctx,
        lang,
      );
    }
    case 'history': {
      const { records, damaged } = await mod.editor.records(10);
      const list = records.length ? records.map(describeRecord).join('\n') : m.noHistory;
      const text = damaged > 0 ? `${list}\n\n${m.auditDamaged(damaged)}` : list;
      return message(
        [
          {
            title: m.historyTitle,
            description: `${text}\n\n${m.historyWhere(mod.editor.historyDir)}`,
            color: COLOURS.info,
          },
        ],
        { ephemeral: true },
      );
    }
    default:
      return userError(lang, t(lang).unknownOption(String(req.subcommand), 'data'));
  }
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
        opt(STRING, 'value', 'New value (text, number, comma list, or JSON)', { required: true, max_length: 2000 }),
        versionOpt,
      ]),
      sub('remove', 'verwijder', 'Remove a row, by id', 'Verwijder een rij, op id', [
        opt(STRING, 'id', 'Row id', { required: true, autocomplete: true, max_length: 64 }),
        versionOpt,
      ]),
      sub('history', 'geschiedenis', 'Recent changes: who, when, what', 'Recente wijzigingen: wie, wanneer, wat'),
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
  autocomplete(focused, req, ctx) {
    if (
      !ctx.moderation ||
      !req.guildId ||
      !req.guildInstall ||
      !isModerator(req.member, ctx.moderation.moderatorRoleIds)
    )
      return [];
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
