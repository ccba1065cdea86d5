/**
 * Reading and validating the data file: the dataset and its content-hash version, or every error at
 * once, each with its JSON path and a kind a moderator can be told in their language.
 */
import type { IntegrityIssue } from './integrity-issue.ts';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ParseError } from 'jsonc-parser';
import { integrityIssues } from './integrity.ts';
import { Dataset } from './schema.ts';
import { unknownKeyMessage } from './unknown-keys.ts';

export interface DataError {
  /** JSON path like `medals[3].sources[0]`, or `(file)` when the file itself is unreadable. */
  path: string;
  message: string;
  /** What kind of problem, for plain wording in the moderator's language (error-text.ts). */
  problem?: Problem | undefined;
}

/** The validator's finding, reduced to what a moderator needs to be told. */
export type Problem =
  | { kind: 'missing' }
  | { kind: 'wrong-type'; expected: string }
  | { kind: 'not-one-of'; allowed: string[] }
  | { kind: 'bad-format'; format: string }
  | { kind: 'too-short'; minimum: number; of: string }
  | { kind: 'too-long'; maximum: number; of: string }
  | { kind: 'unknown-field'; key: string; suggestion?: string | undefined }
  | { kind: 'not-a-real-date' }
  | { kind: 'dutch-quote-needs-translation' }
  | { kind: 'json'; line: number; column: number }
  | IntegrityIssue['problem'];

/** The zod issue as a Problem; undefined when nothing better than its own words is known. */
function problemOf(issue: Record<string, unknown>, message: string): Problem | undefined {
  const num = (v: unknown) => (typeof v === 'number' ? v : Number(v));
  switch (issue.code) {
    case 'invalid_type':
      return / received undefined$/.test(message)
        ? { kind: 'missing' }
        : { kind: 'wrong-type', expected: String(issue.expected) };
    case 'invalid_value':
      return { kind: 'not-one-of', allowed: (issue.values as unknown[]).map(String) };
    case 'invalid_format':
      return { kind: 'bad-format', format: String(issue.format) };
    case 'too_small':
      return { kind: 'too-short', minimum: num(issue.minimum), of: String(issue.origin) };
    case 'too_big':
      return { kind: 'too-long', maximum: num(issue.maximum), of: String(issue.origin) };
    case 'unrecognized_keys': {
      const suggestion = /did you mean `([^`]+)`/.exec(message)?.[1];
      return { kind: 'unknown-field', key: String(issue.key), suggestion };
    }
    case 'custom': {
      // The cross-row checks send their finding along (schema.ts), so it can be worded per language.
      const sent = (issue.params as { problem?: IntegrityIssue['problem'] } | undefined)?.problem;
      if (sent?.kind === 'integrity') return sent;
      if (/is not a real date/.test(message)) return { kind: 'not-a-real-date' };
      if (/needs an English translation/.test(message)) return { kind: 'dutch-quote-needs-translation' };
      return undefined;
    }
    default:
      return undefined;
  }
}

export type LoadResult =
  { ok: true; dataset: Dataset; version: string; text: string } | { ok: false; errors: DataError[]; json?: unknown };

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** The keys a strict object schema knows (zod hands the schema to the error map). */
function shapeOf(schema: unknown): Record<string, unknown> {
  const def = (schema as { def?: { shape?: Record<string, unknown> } } | undefined)?.def;
  return def?.shape ?? {};
}

/** The version is a content hash so every process derives the same version from the same data. */
export function versionOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** JSON.parse on Node 20 gives no position; jsonc-parser (strict settings) does. */
export function locateJsonError(text: string, error: SyntaxError): DataError {
  // Loaded on the rare bad file only; it is not needed to serve.
  const { parse: parseJsonc, printParseErrorCode } = createRequire(import.meta.url)(
    'jsonc-parser',
  ) as typeof import('jsonc-parser');
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { path: '(file)', message: `invalid JSON: ${error.message}` };
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const empty = text.trim() === '' ? ' (the file is empty)' : '';
  return {
    path: '(file)',
    message: `invalid JSON at line ${line}, column ${column}: ${printParseErrorCode(first.error)}${empty}`,
    problem: { kind: 'json', line, column },
  };
}

export function parseDataset(text: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [locateJsonError(text, error as SyntaxError)] };
  }
  const result = Dataset.safeParse(json, {
    // One line per unknown key, naming the row and the field probably meant (split up below).
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys
            .map((key) => unknownKeyMessage(json, issue.path ?? [], key, Object.keys(shapeOf(issue.inst))))
            .join('\n')
        : undefined,
  });
  if (!result.success) {
    // zod skips refinements once the shape fails; run the integrity checks anyway so every error shows.
    const issues: { path: PropertyKey[]; message: string; problem?: Problem | undefined }[] = [];
    for (const issue of result.error.issues) {
      if (issue.code !== 'unrecognized_keys')
        issues.push({ ...issue, problem: problemOf(issue as unknown as Record<string, unknown>, issue.message) });
      else {
        const lines = issue.message.split('\n');
        issue.keys.forEach((key, i) => {
          const message = lines[i] ?? issue.message;
          issues.push({ path: [...issue.path, key], message, problem: problemOf({ code: issue.code, key }, message) });
        });
      }
    }
    issues.push(...integrityIssues(json));
    const seen = new Set<string>();
    const errors: DataError[] = [];
    for (const i of issues) {
      const e: DataError = {
        path: formatPath(i.path),
        message: i.message,
        ...(i.problem ? { problem: i.problem } : {}),
      };
      const key = `${e.path}\u0000${e.message}`;
      if (!seen.has(key)) errors.push(e);
      seen.add(key);
    }
    // The parsed file goes with the errors so they can name rows by id (error-text.ts).
    return { ok: false, errors, json };
  }
  return { ok: true, dataset: result.data, version: versionOf(text), text };
}

/** Past this size a file is refused unread: a huge valid file would make every reply miss Discord's 3 s. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export async function loadDatasetFile(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<LoadResult> {
  let text: string;
  try {
    const size = (await stat(file)).size;
    if (size > maxBytes)
      return {
        ok: false,
        errors: [{ path: '(file)', message: `the file is ${size} bytes, more than DATA_FILE_MAX_BYTES (${maxBytes})` }],
      };
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, errors: [{ path: '(file)', message: `cannot read ${file}: ${(error as Error).message}` }] };
  }
  return parseDataset(text);
}

/** At most this many errors are printed or logged for one refused file; the rest are counted. */
const MAX_REPORTED_ERRORS = 20;

export function formatDataErrors(errors: readonly DataError[], max = MAX_REPORTED_ERRORS): string {
  const shown = errors.slice(0, max).map((e) => `${e.path}: ${e.message.slice(0, 300)}`);
  if (errors.length > max) shown.push(`… and ${errors.length - max} more errors`);
  return shown.join('\n');
}
