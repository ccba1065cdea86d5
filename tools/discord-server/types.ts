/**
 * Types shared across the fake: a request as the bot sent it, recorded for tests to inspect, and
 * plain JSON objects.
 */

/** One file part of a multipart body, bytes kept so tests can inspect rendered images. */
export interface RecordedFile {
  /** Form field, e.g. `files[0]`. */
  field: string;
  name: string;
  contentType: string;
  data: Buffer;
}

/** One HTTP request as the bot sent it. */
export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, without the query, e.g. `/interactions/1/abc/callback`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON (or `payload_json` of a multipart body); undefined when there was no body. */
  body: unknown;
  files: RecordedFile[];
  /** Epoch ms (sub-millisecond: performance.timeOrigin + performance.now()) when the body had been read. */
  at: number;
  /** Status the fake answered with; 0 while the request is still being handled. */
  status: number;
  /** OpenAPI path template the request matched, when it matched one. */
  route: string | null;
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
