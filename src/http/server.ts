/**
 * The HTTP server of each process: the interactions endpoint in HTTP mode, and /healthz and
 * /metrics in both modes.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.ts';
import type { Health } from '../observe/health.ts';
import type { Metrics } from '../observe/metrics.ts';

export interface ServerRoutes {
  /** POST /interactions: Discord's interactions endpoint (HTTP mode only). */
  interactions?: (req: IncomingMessage, res: ServerResponse) => void;
  /** GET /healthz and GET /metrics. */
  observe?: { health: Health; metrics: Metrics };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': bytes.length }).end(bytes);
}

/**
 * One small node:http server for every route the bot serves: the interactions endpoint in HTTP
 * mode, and health and metrics in both modes. Anything else is 404, a wrong method 405.
 */
export function createBotServer(routes: ServerRoutes, log: Logger): Server {
  const observe = routes.observe;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const known =
      (path === '/interactions' && routes.interactions) || ((path === '/healthz' || path === '/metrics') && observe);
    if (!known) {
      req.resume();
      sendJson(res, 404, { error: 'not found' });
      return;
    }
    if (path === '/interactions' && routes.interactions) {
      if (req.method !== 'POST') {
        req.resume();
        res.setHeader('Allow', 'POST');
        sendJson(res, 405, { error: 'method not allowed' });
        return;
      }
      routes.interactions(req, res);
      return;
    }
    req.resume();
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET');
      sendJson(res, 405, { error: 'method not allowed' });
      return;
    }
    if (!observe) return;
    if (path === '/healthz') {
      void observe.health.report().then((report) => sendJson(res, report.ready ? 200 : 503, report.body));
      return;
    }
    observe.metrics.text().then(
      (text) => {
        res.writeHead(200, { 'Content-Type': observe.metrics.contentType }).end(text);
      },
      (error: unknown) => {
        log.error({ err: error }, 'could not collect metrics');
        sendJson(res, 500, { error: 'metrics unavailable' });
      },
    );
  });
  // Discord and load balancers keep connections open; a slow or silent client must not hold one forever.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.keepAliveTimeout = 65_000;
  return server;
}

export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}
