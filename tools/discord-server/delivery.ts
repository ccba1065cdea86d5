/**
 * Interactions delivered to an app's interactions endpoint as Discord does in HTTP mode: one signed
 * POST each, on kept-alive connections.
 */
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SigningKey } from './signing.ts';

export interface EndpointAnswer {
  status: number;
  contentType: string | undefined;
  body: Buffer;
  /** Epoch ms (sub-millisecond) when the whole response had arrived. */
  at: number;
}

export interface PostOptions {
  /** Replace the signature (a forged request); null sends none. */
  signature?: string | null;
  /** Unix seconds as sent in X-Signature-Timestamp; default now. */
  timestamp?: string;
  /** Send the headers and the first byte, then wait this long before the rest of the body. */
  holdBodyMs?: number;
  /** Sign the body, then send these bytes instead: a request changed on its way. */
  tamperedBody?: Buffer;
}

/**
 * How Discord reaches an app that has an interactions endpoint URL: a signed POST per
 * interaction (Ed25519 over timestamp + body), whose response is the interaction callback.
 * Connections are kept alive, as Discord's are.
 */
export class EndpointDelivery {
  readonly #agent = new Agent({ keepAlive: true, maxSockets: 256 });

  constructor(private readonly key: SigningKey) {}

  async post(url: string, body: Buffer, options: PostOptions = {}): Promise<EndpointAnswer> {
    const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
    const signature = options.signature === undefined ? await this.key.sign(timestamp, body) : options.signature;
    const sent = options.tamperedBody ?? body;
    return new Promise((resolve, reject) => {
      const req = request(url, {
        method: 'POST',
        agent: this.#agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': sent.length,
          'User-Agent': 'Discord-Interactions/1.0 (+https://discord.com)',
          'X-Signature-Timestamp': timestamp,
          ...(signature === null ? {} : { 'X-Signature-Ed25519': signature }),
        },
      });
      req.once('error', reject);
      req.once('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('error', reject);
        res.once('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: res.headers['content-type'],
            body: Buffer.concat(chunks),
            at: performance.timeOrigin + performance.now(),
          }),
        );
      });
      if (options.holdBodyMs && sent.length > 1) {
        req.write(sent.subarray(0, 1));
        void sleep(options.holdBodyMs).then(() => req.end(sent.subarray(1)));
      } else {
        req.end(sent);
      }
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}
