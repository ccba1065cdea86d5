import { Agent, createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// Hop-by-hop headers belong to one connection and are not forwarded (RFC 9110 §7.6.1).
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
]);

function forwardable(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}

/**
 * A load balancer in miniature for tests and the benchmark, on 127.0.0.1: each request goes to the
 * next upstream in turn (per request, not per connection, as an HTTP load balancer does), with
 * bodies streamed both ways and keep-alive connections to every upstream.
 */
export class RoundRobinProxy {
  /** Requests sent to each upstream, in the order given. */
  readonly counts: number[];
  #next = 0;

  private constructor(
    private readonly server: Server,
    private readonly agent: Agent,
    readonly url: string,
    upstreams: number,
  ) {
    this.counts = new Array<number>(upstreams).fill(0);
  }

  static async start(upstreams: readonly string[], port = 0): Promise<RoundRobinProxy> {
    const agent = new Agent({ keepAlive: true, maxSockets: 256 });
    let proxy: RoundRobinProxy | undefined = undefined;
    const server = createServer((req, res) => {
      const index = proxy!.#pick();
      const upstream = new URL(req.url ?? '/', upstreams[index]);
      const outgoing = request(upstream, { method: req.method, headers: forwardable(req.headers), agent }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, forwardable(answer.headers));
        answer.pipe(res);
      });
      outgoing.once('error', () => {
        if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'application/json' });
        res.end('{"error":"upstream unreachable"}');
      });
      req.pipe(outgoing);
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    proxy = new RoundRobinProxy(server, agent, url, upstreams.length);
    return proxy;
  }

  #pick(): number {
    const index = this.#next;
    this.#next = (this.#next + 1) % this.counts.length;
    this.counts[index]! += 1;
    return index;
  }

  async stop(): Promise<void> {
    this.agent.destroy();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
