import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Dataset } from './schema.ts';

export interface DataError {
  /** JSON path like `medals[3].sources[0]`, or `(file)` when the file itself is unreadable. */
  path: string;
  message: string;
}

export type LoadResult =
  | { ok: true; dataset: Dataset; version: string }
  | { ok: false; errors: DataError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/** The version is a content hash so every process derives the same version from the same data. */
export function versionOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

function locateJsonError(text: string, error: SyntaxError): string {
  const m = /position (\d+)/.exec(error.message);
  if (!m) return error.message;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `invalid JSON at line ${line}, column ${column}: ${error.message}`;
}

export function parseDataset(text: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '(file)', message: locateJsonError(text, error as SyntaxError) }] };
  }
  const result = Dataset.safeParse(json);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  }
  return { ok: true, dataset: result.data, version: versionOf(text) };
}

export async function loadDatasetFile(file: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, errors: [{ path: '(file)', message: `cannot read ${file}: ${(error as Error).message}` }] };
  }
  return parseDataset(text);
}

export function formatDataErrors(errors: readonly DataError[]): string {
  return errors.map((e) => `${e.path}: ${e.message}`).join('\n');
}
