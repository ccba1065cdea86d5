/**
 * What /healthz answers: whether this instance is ready to serve (data loaded, Discord reachable,
 * Redis up when it is required).
 */
import type Keyv from 'keyv';
import { bounded } from '../cache/bounded.ts';

type DataState = 'loading' | 'loaded' | 'refused';

export interface HealthReport {
  ready: boolean;
  body: {
    status: 'ready' | 'not ready';
    data: DataState;
    /** The gateway (connecting → ready) or the HTTP endpoint (listening). */
    discord: 'connecting' | 'ready' | 'listening';
    redis?: 'up' | 'down';
    version?: string;
  };
}

/**
 * Readiness as a load balancer or orchestrator needs it: ready only once the data is loaded and
 * Discord can reach the bot (gateway ready, or the interactions endpoint listening). Nothing in the
 * answer comes from a request, and no file path or data error is shown (the endpoint may be public).
 */
export class Health {
  #data: DataState = 'loading';
  #discord: HealthReport['body']['discord'] = 'connecting';
  #version: (() => string) | undefined;
  #redis: (() => Promise<boolean>) | undefined;

  dataRefused(): void {
    this.#data = 'refused';
  }

  dataLoaded(version: () => string): void {
    this.#data = 'loaded';
    this.#version = version;
  }

  discordReady(how: 'ready' | 'listening'): void {
    this.#discord = how;
  }

  /** With REDIS_REQUIRED, an instance that cannot reach Redis reports itself not ready. */
  requireRedis(probe: () => Promise<boolean>): void {
    this.#redis = probe;
  }

  async report(): Promise<HealthReport> {
    const redis = this.#redis ? ((await this.#redis()) ? 'up' : 'down') : undefined;
    const ready = this.#data === 'loaded' && this.#discord !== 'connecting' && redis !== 'down';
    return {
      ready,
      body: {
        status: ready ? 'ready' : 'not ready',
        data: this.#data,
        discord: this.#discord,
        ...(redis ? { redis } : {}),
        ...(this.#version ? { version: this.#version() } : {}),
      },
    };
  }
}

/** One bounded round trip to the cache's Redis: any error or a wait past `timeoutMs` counts as down. */
export function redisProbe(keyv: Keyv, timeoutMs: number): () => Promise<boolean> {
  return async () => {
    let failed = false;
    await bounded(
      () => keyv.get('health:probe'),
      timeoutMs,
      undefined,
      () => {
        failed = true;
      },
    );
    return !failed;
  };
}
