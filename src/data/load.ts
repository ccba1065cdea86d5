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
}

export type LoadResult =
  | { ok: true; dataset: Dataset; version: string; text: string }
  | { ok: false; errors: DataError[] };

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
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
function locateJsonError(text: string, error: SyntaxError): string {
  // Loaded on the rare bad file only; it is not needed to serve.
  const { parse: parseJsonc, printParseErrorCode } = createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return `invalid JSON: ${error.message}`;
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const empty = text.trim() === '' ? ' (the file is empty)' : '';
  return `invalid JSON at line ${line}, column ${column}: ${printParseErrorCode(first.error)}${empty}`;
}

export function parseDataset(text: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '(file)', message: locateJsonError(text, error as SyntaxError) }] };
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
    const issues: { path: PropertyKey[]; message: string }[] = [];
    for (const issue of result.error.issues) {
      if (issue.code !== 'unrecognized_keys') issues.push(issue);
      else {
        const lines = issue.message.split('\n');
        issue.keys.forEach((key, i) => issues.push({ path: [...issue.path, key], message: lines[i] ?? issue.message }));
      }
    }
    issues.push(...integrityIssues(json));
    const seen = new Set<string>();
    const errors: DataError[] = [];
    for (const i of issues) {
      const e = { path: formatPath(i.path), message: i.message };
      const key = `${e.path}\u0000${e.message}`;
      if (!seen.has(key)) errors.push(e);
      seen.add(key);
    }
    return { ok: false, errors };
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
