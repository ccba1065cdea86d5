/**
 * Request bodies as the fake reads them: JSON, or the multipart uploads @discordjs/rest sends, with
 * their files kept for tests to inspect.
 */
import type { IncomingMessage } from 'node:http';
import type { RecordedFile } from './types.ts';

export interface ParsedBody {
  body: unknown;
  files: RecordedFile[];
  /** Set when the bytes could not be understood; the request is then answered 400. */
  error: string | null;
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * JSON, or multipart/form-data as @discordjs/rest sends uploads: `payload_json` plus
 * `files[n]` parts. The WHATWG Request parser handles the multipart framing.
 */
export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return { body: undefined, files: [], error: null };
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) return parseMultipart(raw, contentType ?? '');
  try {
    return { body: JSON.parse(raw.toString('utf8')), files: [], error: null };
  } catch {
    return { body: raw.toString('utf8'), files: [], error: `body is not valid JSON (content-type ${type || 'none'})` };
  }
}

async function parseMultipart(raw: Buffer, contentType: string): Promise<ParsedBody> {
  let form: FormData;
  try {
    form = await new Request('http://fake.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(raw),
    }).formData();
  } catch (error) {
    return { body: undefined, files: [], error: `unreadable multipart body: ${(error as Error).message}` };
  }
  let body: unknown;
  const files: RecordedFile[] = [];
  let error: string | null = null;
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') {
        try {
          body = JSON.parse(value);
        } catch {
          error = 'payload_json is not valid JSON';
        }
      }
      continue;
    }
    files.push({ field, name: value.name, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) });
  }
  return { body, files, error };
}
