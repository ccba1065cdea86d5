/**
 * Validation errors in a moderator's words: "medal og-2026-1000m: `date` must be a date like
 * 2026-02-09", in their language, naming the row by its id and the field by its name, never the
 * validator's own text or list positions (`results[12]`).
 */
import { t } from '../i18n/messages.ts';
import type { Lang } from '../i18n/locale.ts';
import type { DataError, Problem } from './load.ts';
import { rowLists } from './sections.ts';

type FormatHint = 'date' | 'time' | 'season' | 'id' | 'decimal' | 'country' | 'url' | 'slug' | 'other';

/** What a format error means, by the field it is in (the schema gives each of these one format). */
function formatHint(field: string, format: string): FormatHint {
  if (format === 'url') return 'url';
  const last =
    field
      .split('.')
      .at(-1)
      ?.replace(/ #\d+$/, '') ?? '';
  if (['date', 'asOf', 'from', 'to', 'before'].includes(last)) return 'date';
  if (last === 'result') return 'time';
  if (last === 'season') return 'season';
  if (['id', 'race', 'partOf'].includes(last)) return 'id';
  if (last === 'value') return 'decimal';
  if (last === 'country') return 'country';
  if (last === 'sources') return 'url';
  if (last === 'tags' || last === 'topics') return 'slug';
  return 'other';
}

function problemText(problem: Problem | undefined, field: string, fallback: string, lang: Lang): string {
  const problemWords = t(lang).moderation.problem;
  if (!problem) return problemWords.other(fallback);
  switch (problem.kind) {
    case 'missing':
      return problemWords.missing;
    case 'wrong-type':
      return problemWords.wrongType(
        (problemWords.typeName as Record<string, string | undefined>)[problem.expected] ?? problem.expected,
      );
    case 'not-one-of':
      return problemWords.notOneOf(problem.allowed.join(', '));
    case 'bad-format':
      return problemWords.format[formatHint(field, problem.format)];
    case 'too-short':
      return problem.of === 'array'
        ? problemWords.tooFew(problem.minimum)
        : problem.of === 'number'
          ? problemWords.atLeast(problem.minimum)
          : problemWords.empty;
    case 'too-long':
      return problem.of === 'array'
        ? problemWords.tooMany(problem.maximum)
        : problem.of === 'number'
          ? problemWords.atMost(problem.maximum)
          : problemWords.tooLong(problem.maximum);
    case 'unknown-field':
      return problemWords.unknownField(problem.suggestion);
    case 'not-a-real-date':
      return problemWords.notRealDate;
    case 'dutch-quote-needs-translation':
      return problemWords.needsTranslation;
    case 'json':
      return problemWords.json(problem.line, problem.column);
    case 'integrity':
      return problemWords.integrity[problem.check](problem.params);
  }
}

/** "results[12].sources[1]" → ["results", 12, "sources", 1]. */
function pathParts(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] !== undefined ? Number(match[2]) : match[1]!,
  );
}

/** A field below a row as a moderator names it in `/data edit`: `venue.nl`, `sources #2`. */
function fieldName(parts: readonly (string | number)[]): string {
  return parts.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name} #${part + 1}` : name ? `${name}.${part}` : part),
    '',
  );
}

/** One error in plain words, naming the row (by id) when the path is inside one. */
function plainDataError(error: DataError, data: unknown, lang: Lang): string {
  const text = t(lang).moderation;
  const parts = pathParts(error.path);
  for (const list of rowLists(data)) {
    const index = parts[list.path.length];
    if (list.path.some((key, i) => parts[i] !== key) || typeof index !== 'number') continue;
    const row = list.rows[index] as { id?: unknown } | undefined;
    const id = typeof row?.id === 'string' ? row.id : `#${index + 1}`;
    const field = fieldName(parts.slice(list.path.length + 1));
    const rowKindName = (text.rowKind as Record<string, string | undefined>)[list.section] ?? list.section;
    const problem = problemText(error.problem, field, error.message, lang);
    return field ? text.rowField(rowKindName, id, field, problem) : text.rowProblem(rowKindName, id, problem);
  }
  if (error.path === '(file)') return problemText(error.problem, '', error.message, lang);
  if (error.path === '(root)') return text.wholeFile(problemText(error.problem, '', error.message, lang));
  const field = fieldName(parts);
  return text.fileField(field, problemText(error.problem, field, error.message, lang));
}

/** The first `max` errors in plain words, one a line, and how many more there are. */
export function plainDataErrors(errors: readonly DataError[], data: unknown, lang: Lang, max = 15): string {
  const lines = errors.slice(0, max).map((error) => `• ${plainDataError(error, data, lang)}`);
  if (errors.length > max) lines.push(t(lang).moderation.moreErrors(errors.length - max));
  return lines.join('\n');
}
