/** One gateway socket of the fake, with whichever payload compression discord.js asks for. */
import { constants, createDeflate, deflateSync, type Deflate } from 'node:zlib';
import { WebSocket } from 'ws';

const SYNC_FLUSH_SUFFIX = Buffer.from([0x00, 0x00, 0xff, 0xff]);

/**
 * One gateway socket and how its payloads are encoded. discord.js only asks for
 * `compress=zlib-stream` when the optional zlib-sync package is installed, and @discordjs/ws
 * falls back to identify compression when it is asked to compress without zlib-sync; both are
 * supported so the fake works whatever is installed.
 */
export class Connection {
  readonly ws: WebSocket;
  #stream: Deflate | null = null;
  #perMessage = false;

  constructor(ws: WebSocket, compress: string | null) {
    this.ws = ws;
    if (compress === 'zlib-stream') {
      this.#stream = createDeflate({ chunkSize: 64 * 1024 });
      // Discord frames one payload per websocket message ending in the SYNC_FLUSH marker;
      // zlib may emit a payload in several chunks, so gather them up to the marker.
      let pending: Buffer[] = [];
      this.#stream.on('data', (chunk: Buffer) => {
        pending.push(chunk);
        if (!chunk.subarray(-4).equals(SYNC_FLUSH_SUFFIX)) return;
        const frame = Buffer.concat(pending);
        pending = [];
        if (this.open) this.ws.send(frame, { binary: true });
      });
      this.#stream.on('error', () => this.ws.terminate());
    }
  }

  get open(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /** IDENTIFY with `compress: true`: every later payload is its own zlib message. */
  enablePerMessageCompression(): void {
    if (!this.#stream) this.#perMessage = true;
  }

  send(payload: unknown): void {
    if (!this.open) return;
    const json = JSON.stringify(payload);
    if (this.#stream) {
      this.#stream.write(json);
      this.#stream.flush(constants.Z_SYNC_FLUSH);
    } else if (this.#perMessage) {
      this.ws.send(deflateSync(json), { binary: true });
    } else {
      this.ws.send(json);
    }
  }

  close(code: number, reason: string): void {
    if (this.open) this.ws.close(code, reason);
    this.#stream?.destroy();
  }

  /** Abrupt loss, as a network drop looks to the client: no close frame (code 1006). */
  terminate(): void {
    this.ws.terminate();
    this.#stream?.destroy();
  }
}
