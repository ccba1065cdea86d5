/**
 * The forms for adding a row of each kind from Discord (at most five inputs, as a modal allows)
 * and the row built from what was typed. The schema still validates every row on write; this
 * only shapes the input and says what was filled in for the moderator (a Dutch text left empty).
 */
import type { FormField } from '../core/modal.ts';
import type { ModalFields } from '../core/types.ts';
import { pickedField, textField } from '../core/modal.ts';
import { t } from '../i18n/messages.ts';
import type { Lang } from '../i18n/locale.ts';
import { seasonOf } from './integrity.ts';
import { slug, uniqueId } from './row-ids.ts';
import { AboutTopic, Competition } from './schema.ts';

export const ROW_KINDS = ['result', 'record', 'quote', 'timeline', 'background', 'social'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/** Where rows of each kind live in the file. */
const SECTION_OF: Record<RowKind, string> = {
  result: 'results',
  record: 'records',
  quote: 'quotes',
  timeline: 'timeline',
  background: 'background',
  social: 'profile.social',
};

/** What the form needs from the slash command (Discord puts at most five inputs in a modal). */
export const NEEDS: Record<RowKind, { date: 'required' | 'optional'; event: boolean }> = {
  result: { date: 'required', event: true },
  record: { date: 'required', event: true },
  quote: { date: 'required', event: false },
  timeline: { date: 'required', event: false },
  background: { date: 'optional', event: false },
  social: { date: 'required', event: false },
};

const RESULT_COMPETITIONS = [...Competition.options, 'world-cup'] as const;
const RECORD_KINDS = ['world', 'olympic', 'dutch', 'track', 'junior', 'other'] as const;
const RECORD_STATUSES = ['current', 'former', 'unknown'] as const;
const PLATFORMS = ['instagram', 'tiktok', 'youtube', 'x', 'other'] as const;

export function formFields(rowKind: RowKind, lang: Lang): FormField[] {
  const formText = t(lang).moderation.form;
  const messages = t(lang);
  const sources: FormField = {
    id: 'sources',
    label: formText.sources,
    description: formText.sourcesHint,
    style: 'paragraph',
    maxLength: 2000,
  };
  const localized = (id: string, label: string, required = true, maxLength = 1500): FormField => ({
    id,
    label,
    description: formText.twoLanguages,
    style: 'paragraph',
    required,
    maxLength: maxLength * 2 + 1,
  });
  switch (rowKind) {
    case 'result':
      return [
        {
          id: 'competition',
          label: formText.competition,
          options: RESULT_COMPETITIONS.map((competition) => ({
            label: messages.competition[competition],
            value: competition,
          })),
        },
        {
          id: 'place',
          label: formText.place,
          description: formText.placeHint,
          style: 'short',
          required: false,
          maxLength: 3,
        },
        {
          id: 'time',
          label: formText.time,
          description: formText.timeHint,
          style: 'short',
          required: false,
          maxLength: 12,
        },
        localized('venue', formText.venue, true, 200),
        sources,
      ];
    case 'record':
      return [
        {
          id: 'record',
          label: formText.recordKind,
          options: RECORD_KINDS.flatMap((recordKind) =>
            RECORD_STATUSES.map((status) => ({
              label: `${messages.recordKind[recordKind]} (${messages.recordStatus[status]})`,
              value: `${recordKind}:${status}`,
            })),
          ),
        },
        { id: 'result', label: formText.result, style: 'short', maxLength: 60 },
        localized('venue', formText.venue, true, 200),
        localized('description', formText.description),
        sources,
      ];
    case 'quote':
      return [
        {
          id: 'text',
          label: formText.quoteText,
          description: formText.quoteTextHint,
          style: 'paragraph',
          maxLength: 1000,
        },
        {
          id: 'translation',
          label: formText.translation,
          description: formText.translationHint,
          style: 'paragraph',
          required: false,
          maxLength: 1000,
        },
        localized('occasion', formText.occasion, true, 300),
        { id: 'topics', label: formText.topics, description: formText.topicsHint, style: 'short', maxLength: 200 },
        sources,
      ];
    case 'timeline':
      return [
        localized('text', formText.text),
        localized('dateLabel', formText.dateLabel, false, 100),
        {
          id: 'tags',
          label: formText.tags,
          description: formText.topicsHint,
          style: 'short',
          required: false,
          maxLength: 200,
        },
        sources,
      ];
    case 'background':
      return [
        {
          id: 'topic',
          label: formText.topic,
          options: AboutTopic.options.map((topic) => ({ label: messages.aboutTopic[topic], value: topic })),
        },
        localized('text', formText.text),
        sources,
      ];
    case 'social':
      return [
        {
          id: 'platform',
          label: formText.platform,
          options: PLATFORMS.map((platform) => ({ label: messages.platform[platform], value: platform })),
        },
        {
          id: 'followers',
          label: formText.followers,
          description: formText.followersHint,
          style: 'short',
          maxLength: 12,
        },
        localized('approx', formText.approx, false, 100),
        sources,
      ];
  }
}

/** Something filled in for the moderator that they should look at. */
export interface RowWarning {
  field: string;
}

export type BuiltRow =
  | { ok: true; section: string; row: Record<string, unknown> & { id: string }; warnings: RowWarning[] }
  | { ok: false; problem: 'no-date' | 'no-event' | 'bad-number'; field: string };

/** English on the first line, Dutch on the next; Dutch left empty takes the English text, with a warning. */
function localizedText(
  fields: ModalFields,
  id: string,
  warnings: RowWarning[],
): { en: string; nl: string } | undefined {
  const raw = textField(fields, id);
  if (!raw) return undefined;
  const at = raw.indexOf('\n');
  const en = (at < 0 ? raw : raw.slice(0, at)).trim();
  const nl = at < 0 ? '' : raw.slice(at + 1).trim();
  if (!nl) warnings.push({ field: `${id}.nl` });
  return { en, nl: nl || en };
}

const listOf = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter(Boolean);

const sourced = (fields: ModalFields) => {
  const sources = listOf(textField(fields, 'sources'));
  return { sources, confidence: sources.length > 1 ? 'confirmed' : 'single-source' };
};

/** The row a submitted form describes, with a fresh id; the schema validates it on write. */
export function buildRow(
  rowKind: RowKind,
  input: { date?: string | undefined; event?: string | undefined },
  fields: ModalFields,
  dataset: unknown,
): BuiltRow {
  const warnings: RowWarning[] = [];
  const date = input.date ?? '';
  const needs = NEEDS[rowKind];
  if (needs.date === 'required' && !date) return { ok: false, problem: 'no-date', field: 'date' };
  if (needs.event && !input.event) return { ok: false, problem: 'no-event', field: 'event' };
  const year = date.slice(0, 4);
  const done = (base: string, row: Record<string, unknown>): BuiltRow => ({
    ok: true,
    section: SECTION_OF[rowKind],
    row: { id: uniqueId(base, dataset), ...row },
    warnings,
  });
  switch (rowKind) {
    case 'result': {
      const competition = pickedField(fields, 'competition');
      const placeText = textField(fields, 'place');
      if (placeText && !/^\d{1,3}$/.test(placeText)) return { ok: false, problem: 'bad-number', field: 'place' };
      const time = textField(fields, 'time');
      return done(`${competition}-${year}-${input.event}`, {
        competition,
        season: /^\d{4}/.test(date) ? seasonOf(date) : date,
        date,
        venue: localizedText(fields, 'venue', warnings),
        event: input.event,
        ...(placeText ? { place: Number(placeText) } : {}),
        ...(time ? { result: time } : {}),
        ...sourced(fields),
      });
    }
    case 'record': {
      const [recordKind, status] = pickedField(fields, 'record').split(':');
      return done(`record-${recordKind}-${input.event}-${year}`, {
        kind: recordKind,
        status,
        event: input.event,
        result: textField(fields, 'result'),
        date,
        venue: localizedText(fields, 'venue', warnings),
        description: localizedText(fields, 'description', warnings),
        ...sourced(fields),
      });
    }
    case 'quote': {
      const text = textField(fields, 'text');
      const translation = textField(fields, 'translation');
      return done(`quote-${year}-${slug(text, 30)}`, {
        text,
        // A translation is only asked of Dutch quotes, so giving one says the quote is Dutch.
        language: translation ? 'nl' : 'en',
        ...(translation ? { translation } : {}),
        occasion: localizedText(fields, 'occasion', warnings),
        date,
        topics: listOf(textField(fields, 'topics')).map((topic) => slug(topic)),
        ...sourced(fields),
      });
    }
    case 'timeline': {
      const text = localizedText(fields, 'text', warnings);
      const label = localizedText(fields, 'dateLabel', warnings);
      return done(`${year}-${slug(text?.en ?? '', 40)}`, {
        date,
        ...(label ? { dateLabel: label } : {}),
        text,
        tags: listOf(textField(fields, 'tags')).map((tag) => slug(tag)),
        ...sourced(fields),
      });
    }
    case 'background': {
      const topic = pickedField(fields, 'topic');
      const text = localizedText(fields, 'text', warnings);
      return done(`${topic}-${slug(text?.en ?? '', 40)}`, {
        topic,
        text,
        ...(date ? { asOf: date } : {}),
        ...sourced(fields),
      });
    }
    case 'social': {
      const platform = pickedField(fields, 'platform');
      const followers = textField(fields, 'followers').replace(/[\s.,_]/g, '');
      if (!/^\d{1,12}$/.test(followers)) return { ok: false, problem: 'bad-number', field: 'followers' };
      const approx = localizedText(fields, 'approx', warnings);
      return done(`social-${platform}-${date}`, {
        platform,
        followers: Number(followers),
        ...(approx ? { approx } : {}),
        asOf: date,
        ...sourced(fields),
      });
    }
  }
}
