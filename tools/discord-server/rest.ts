/**
 * The fake's REST API under /api/v10: each request recorded and validated first, then faults, auth
 * and the route's Discord semantics; an endpoint's HTTP response in HTTP mode is taken the same
 * way.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseBody, readBody } from './body.ts';
import type { Faults } from './faults.ts';
import { checkLimits } from './limits.ts';
import type { OpenApiValidator } from './openapi.ts';
import { matchRoute, type RouteHost, type RouteResult } from './routes.ts';
import type { RecordedRequest } from './types.ts';

const PREFIX = '/api/v10';

export interface RestDeps {
  routes: RouteHost;
  faults: Faults;
  /** null when OpenAPI validation is switched off. */
  openapi: OpenApiValidator | null;
  limits: boolean;
  tokenAccepted(token: string): boolean;
  record(request: RecordedRequest): void;
}

/**
 * The HTTP side: record and validate every body first, so even requests that are then failed
 * on purpose are visible to tests; then faults, auth, and the route's Discord semantics.
 */
export function createRestHandler(deps: RestDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(deps, req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { message: `fake discord: ${(error as Error).message}`, code: 0 });
      else res.destroy();
    });
  };
}

async function handle(deps: RestDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://fake.invalid');
  const method = (req.method ?? 'GET').toUpperCase();
  const raw = await readBody(req);
  const parsed = await parseBody(raw, req.headers['content-type']);
  // discord.js percent-encodes some segments (GET …/messages/%40original) but not others.
  const pathname = safeDecode(url.pathname);
  const path = pathname.startsWith(`${PREFIX}/`) ? pathname.slice(PREFIX.length) : pathname;
  const match = pathname.startsWith(`${PREFIX}/`) ? matchRoute(method, path) : { route: null, pathKnown: false };
  const record: RecordedRequest = {
    method,
    path,
    query: Object.fromEntries(url.searchParams),
    body: parsed.body,
    files: parsed.files,
    at: performance.timeOrigin + performance.now(),
    status: 0,
    route: match.route?.spec ?? null,
  };
  deps.record(record);
  if (parsed.error) deps.routes.violation(`${method} ${path}: ${parsed.error}`);
  else if (match.route && parsed.body !== undefined) validate(deps, record, match.route.spec);

  const respond = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
    record.status = status;
    send(res, status, body, { ...rateLimitHeaders(`${method} ${record.route ?? path}`, 49, 1), ...headers });
  };

  const delay = deps.faults.delayFor(method, path);
  if (delay > 0) await sleep(delay);
  const failure = deps.faults.take(method, path);
  if (failure?.status === 429) {
    const retry = failure.retryAfterSeconds;
    respond(
      429,
      { message: 'You are being rate limited.', retry_after: retry, global: false },
      {
        ...rateLimitHeaders(`${method} ${record.route ?? path}`, 0, retry),
        'Retry-After': String(retry),
        'X-RateLimit-Scope': 'user',
      },
    );
    return;
  }
  if (failure?.status === 500) {
    respond(500, { message: '500: Internal Server Error', code: 0 });
    return;
  }

  if (!match.route) {
    if (match.pathKnown) respond(405, { message: '405: Method Not Allowed', code: 0 });
    else respond(404, { message: '404: Not Found', code: 0 });
    return;
  }
  if (parsed.error) {
    respond(400, { message: parsed.error, code: 50109 });
    return;
  }
  if (match.route.auth) {
    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bot ') ? auth.slice(4) : null;
    if (token === null || !deps.tokenAccepted(token)) {
      respond(401, { message: '401: Unauthorized', code: 0 });
      return;
    }
  }
  const handled = match.route.handle(
    {
      params: 'params' in match ? match.params : {},
      query: url.searchParams,
      body: parsed.body,
      files: parsed.files,
      record,
    },
    deps.routes,
  );
  // Synchronous routes answer in the same tick as they record, so a waiter sees the status at once.
  const result: RouteResult = handled instanceof Promise ? await handled : handled;
  respond(result.status, result.body);
}

/**
 * An interactions endpoint's HTTP response, taken as the callback it stands for: recorded like a
 * request to POST /interactions/{id}/{token}/callback, validated against the same limits and
 * OpenAPI schema, and given the same Discord semantics (the response deadline included).
 */
export async function acceptEndpointResponse(
  deps: RestDeps,
  target: { id: string; token: string },
  answer: { body: Buffer; contentType: string | undefined; at: number },
): Promise<void> {
  const parsed = await parseBody(answer.body, answer.contentType);
  const path = `/interactions/${target.id}/${target.token}/callback`;
  const match = matchRoute('POST', path);
  const record: RecordedRequest = {
    method: 'POST',
    path,
    query: {},
    body: parsed.body,
    files: parsed.files,
    at: answer.at,
    status: 0,
    route: match.route?.spec ?? null,
  };
  deps.record(record);
  if (parsed.error || parsed.body === undefined || !match.route || !('params' in match)) {
    deps.routes.violation(`${path}: endpoint response ${parsed.error ?? 'has no body'}`);
    record.status = 400;
    return;
  }
  validate(deps, record, match.route.spec);
  const result = await match.route.handle(
    { params: match.params, query: new URLSearchParams(), body: parsed.body, files: parsed.files, record },
    deps.routes,
  );
  record.status = result.status;
}

function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

function validate(deps: RestDeps, record: RecordedRequest, spec: string): void {
  const problems = [
    ...(deps.limits ? checkLimits(spec, record.method, record.body, record.files.length) : []),
    ...(deps.openapi ? deps.openapi.validate(spec, record.method, record.body) : []),
  ];
  for (const problem of problems) deps.routes.violation(`${record.method} ${record.path}: ${problem}`);
}

/** Plenty of headroom, so discord.js never throttles itself unless a test injects a 429. */
function rateLimitHeaders(bucketKey: string, remaining: number, resetAfter: number): Record<string, string> {
  return {
    'X-RateLimit-Limit': '50',
    'X-RateLimit-Remaining': String(remaining),
    'X-RateLimit-Reset': (Date.now() / 1000 + resetAfter).toFixed(3),
    'X-RateLimit-Reset-After': String(resetAfter),
    'X-RateLimit-Bucket': createHash('sha1').update(bucketKey).digest('hex').slice(0, 16),
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  if (status === 204 || body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  const json = JSON.stringify(body);
  res
    .writeHead(status, { ...headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(json) })
    .end(json);
}
