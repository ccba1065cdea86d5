/**
 * The demo page's server on 127.0.0.1: the page's own files, the JSON API the page calls, and a
 * stream of every change for it to draw.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FakeDiscord } from '../discord-server/index.ts';
import { DemoActions, DemoInputError, LOCALES, type Viewer } from './actions.ts';
import type { DemoChannel, DemoState } from './state.ts';

const PAGE_DIR = join(import.meta.dirname, 'page');
/** Every file the page is made of; nothing else on disk is served. */
const STATIC: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/render.js': { file: 'render.js', type: 'text/javascript; charset=utf-8' },
  '/markdown.js': { file: 'markdown.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};
const MAX_BODY_BYTES = 64 * 1024;
// Scripts only from the page's own files: even a string that escaped escaping could not run.
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export interface WebOptions {
  fake: FakeDiscord;
  state: DemoState;
  channels: DemoChannel[];
  dataFile: string;
  guildName: string;
}

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8'): void {
  const payload = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': payload.length }).end(payload);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  // Only JSON: a cross-site form post cannot send it without a CORS preflight, which this server never answers.
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) throw new DemoInputError('expected JSON');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new DemoInputError('request too large');
    chunks.push(chunk);
  }
  const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new DemoInputError('expected an object');
  return parsed as Record<string, unknown>;
}

const text = (value: unknown, what: string): string => {
  if (typeof value !== 'string') throw new DemoInputError(`${what} must be text`);
  return value;
};

function stringRecord(value: unknown, what: string): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new DemoInputError(`${what} must be an object`);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, text(v, `${what}.${k}`)]));
}

function viewerOf(body: Record<string, unknown>, channels: DemoChannel[]): Viewer {
  const channelId = text(body.channelId, 'channelId');
  if (!channels.some((c) => c.id === channelId)) throw new DemoInputError('unknown channel');
  const locale = text(body.locale, 'locale');
  if (!(LOCALES as readonly string[]).includes(locale)) throw new DemoInputError('unknown locale');
  return { channelId, locale, moderator: body.moderator === true };
}

/**
 * The page and its API on 127.0.0.1 only. The Host header is checked too, so a web page elsewhere
 * cannot reach the demo through a DNS name that resolves to 127.0.0.1.
 */
export function createWebServer(options: WebOptions): Server {
  const actions = new DemoActions(options.fake, options.state);
  const streams = new Set<ServerResponse>();
  options.state.on('event', (name: string, data: unknown) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const res of streams) res.write(frame);
  });

  const api = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    const body = await readJson(req);
    const viewer = viewerOf(body, options.channels);
    if (path === '/api/command') {
      const { id } = await actions.command(viewer, {
        path: text(body.path, 'path'),
        options: stringRecord(body.options ?? {}, 'options'),
        text: text(body.text, 'text'),
      });
      send(res, 200, { id });
    } else if (path === '/api/autocomplete') {
      const choices = await actions.autocomplete(viewer, {
        path: text(body.path, 'path'),
        options: stringRecord(body.options ?? {}, 'options'),
        focused: text(body.focused, 'focused'),
        text: '',
      });
      send(res, 200, { choices });
    } else if (path === '/api/component') {
      const values = Array.isArray(body.values) ? body.values.map((v) => text(v, 'values[]')) : null;
      const { id } = await actions.component(
        viewer,
        text(body.messageId, 'messageId'),
        text(body.customId, 'customId'),
        values,
      );
      send(res, 200, { id });
    } else if (path === '/api/modal') {
      const raw = body.values;
      if (typeof raw !== 'object' || raw === null) throw new DemoInputError('values must be an object');
      const values = Object.fromEntries(
        Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => text(x, k)) : text(v, k)]),
      );
      const { id } = await actions.modal(viewer, text(body.openedBy, 'openedBy'), values);
      send(res, 200, { id });
    } else send(res, 404, { error: 'no such API' });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const port = (server.address() as AddressInfo).port;
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      send(res, 421, { error: 'this demo answers only on 127.0.0.1' });
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const path = url.pathname;
    if (req.method === 'POST' && path.startsWith('/api/')) return api(req, res, path);
    if (req.method !== 'GET') {
      send(res, 405, { error: 'method not allowed' });
      return;
    }
    const asset = STATIC[path];
    if (asset) {
      send(res, 200, readFileSync(join(PAGE_DIR, asset.file)), asset.type);
    } else if (path === '/api/state') {
      send(res, 200, {
        bot: { id: options.fake.bot.id, username: options.fake.bot.username },
        guild: options.guildName,
        channels: options.channels,
        commands: options.fake.commands,
        messages: options.state.messages(),
        requests: options.state.requests(),
        problems: options.state.generalProblems(),
        dataFile: options.dataFile,
      });
    } else if (path === '/api/events') {
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      req.once('close', () => streams.delete(res));
    } else if (path.startsWith('/attachments/')) {
      const found = options.state.attachment(path.slice('/attachments/'.length));
      if (found) send(res, 200, found.data, found.contentType);
      else send(res, 404, { error: 'no such attachment' });
    } else send(res, 404, { error: 'not found' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const known = error instanceof DemoInputError || error instanceof SyntaxError;
      send(res, known ? 400 : 500, { error: (error as Error).message });
    });
  });
  server.on('close', () => {
    for (const res of streams) res.end();
  });
  return server;
}

export function listenLocal(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
