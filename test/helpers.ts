import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRegistry } from '../commands/index.ts';
import { createReplyCache, createRotationStore } from '../src/cache/reply-cache.ts';
import { createCacheStore } from '../src/cache/store.ts';
import { createResponder } from '../src/core/responder.ts';
import type { CommandRequest, HandlerContext, RotationStore } from '../src/core/types.ts';
import { parseDataset } from '../src/data/load.ts';
import type { Dataset } from '../src/data/schema.ts';
import { buildView, type DataView } from '../src/data/view.ts';
import { createLogger } from '../src/log.ts';

export const REAL_DATA = 'data/leerdam.json';
export const MINI_DATA = 'test/fixtures/mini.json';
export const silentLog = createLogger('silent');

export function loadView(file: string): DataView {
  const result = parseDataset(readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(`fixture ${file} invalid: ${JSON.stringify(result.errors)}`);
  return buildView(result.dataset, result.version);
}

export function rawJson(file: string): Dataset {
  return JSON.parse(readFileSync(file, 'utf8')) as Dataset;
}

function memoryRotation(): RotationStore & { map: Map<string, string[]> } {
  const map = new Map<string, string[]>();
  return {
    map,
    seen: async (k) => map.get(k) ?? [],
    remember: async (k, ids) => {
      map.set(k, ids);
    },
  };
}

/** Deterministic sequence so random picks are reproducible. */
export function seededRandom(seed = 42): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

export function ctxFor(view: DataView, random = seededRandom()): HandlerContext {
  return { data: view, rotation: memoryRotation(), random };
}

export function request(
  command: string,
  options: CommandRequest['options'] = {},
  extra: Partial<CommandRequest> = {},
): CommandRequest {
  return {
    command,
    options,
    locale: 'en-US',
    member: { permissions: 0n, roleIds: [] },
    userId: '200000000000000001',
    channelId: '300000000000000001',
    guildId: '400000000000000001',
    guildInstall: true,
    ...extra,
  };
}

export async function responderFor(view: DataView | (() => DataView), cacheUrl?: string) {
  const store = await createCacheStore(
    cacheUrl,
    silentLog,
    `test-${process.pid}-${Math.random().toString(36).slice(2)}`,
  );
  const registry = createRegistry();
  const responder = createResponder({
    registry,
    data: typeof view === 'function' ? view : () => view,
    cache: createReplyCache(store.keyv, silentLog),
    rotation: createRotationStore(store.keyv, silentLog),
    log: silentLog,
    random: seededRandom(),
  });
  return { responder, registry, store };
}

const tempDirs: string[] = [];

/** A fresh directory under the OS temp dir, removed after the test file (see test/setup.ts). */
export function tempDir(prefix = 'leerdam-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Every text part of a reply, for "does it say X" and "does it ping" checks. */
export function replyText(data: {
  content?: string;
  embeds?: {
    title?: string;
    description?: string;
    footer?: { text: string };
    fields?: { name: string; value: string }[];
  }[];
}): string {
  const parts: string[] = [data.content ?? ''];
  for (const e of data.embeds ?? []) {
    parts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '');
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
  }
  return parts.join('\n');
}
