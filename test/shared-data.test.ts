import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDataset } from '../src/data/load.ts';
import { MINI_DATA, replyText, request, tempDir } from './helpers.ts';
import { AppProcess } from './support/app-client.ts';

const MOD = { permissions: PermissionFlagsBits.ManageGuild, roleIds: [] as string[] };

async function eventually<T>(probe: () => Promise<T | undefined>, what: string, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Two bot processes, each with its own copy of the data file (as on two hosts), one real Redis. */
describe('two bot processes sharing one Redis', () => {
  let a: AppProcess;
  let b: AppProcess;
  let fileA: string;
  let fileB: string;
  const namespace = `shared-${process.pid}-${Date.now()}`;

  beforeAll(async () => {
    fileA = join(tempDir(), 'leerdam.json');
    fileB = join(tempDir(), 'leerdam.json');
    copyFileSync(MINI_DATA, fileA);
    copyFileSync(MINI_DATA, fileB);
    // Generous cache bound: with the 200 ms default a loaded CI machine can skip a rotation read, and sharing is what is tested here.
    const env = { CACHE_URL: 'redis://127.0.0.1:6379', NAMESPACE: namespace, CACHE_TIMEOUT_MS: '2000' };
    [a, b] = await Promise.all([
      AppProcess.start({ ...env, DATA_FILE: fileA }),
      AppProcess.start({ ...env, DATA_FILE: fileB }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('a change made through one process is served by the other within 5 seconds', async () => {
    const add = await a.command(
      request(
        'data',
        {
          text: 'Shared words',
          language: 'en',
          occasion: 'Test',
          date: '2026-03-05',
          topics: 'shared',
          source: 'https://example.org/shared',
        },
        { subcommand: 'add-quote', member: MOD },
      ),
    );
    expect(replyText(add.data)).toMatch(/Added quote/);
    const served = await eventually(async () => {
      const r = await b.command(request('quote', { topic: 'shared' }));
      return r.data.flags ? undefined : r;
    }, 'process B serving the quote added through A');
    expect(replyText(served.data)).toContain('Shared words');
    expect(await b.version()).toBe(await a.version());
    expect(readFileSync(fileB, 'utf8')).toBe(readFileSync(fileA, 'utf8'));
  });

  it('simultaneous edits through both processes are all kept (no lost update)', async () => {
    const add = (p: AppProcess, tag: string, i: number) =>
      p.command(
        request(
          'data',
          {
            text: `Concurrent ${tag} ${i}`,
            language: 'en',
            occasion: 'Test',
            date: '2026-03-06',
            topics: 'concurrent',
            source: 'https://example.org/c',
          },
          { subcommand: 'add-quote', member: MOD, userId: tag === 'a' ? '200000000000000011' : '200000000000000012' },
        ),
      );
    const replies = await Promise.all([0, 1, 2, 3, 4].flatMap((i) => [add(a, 'a', i), add(b, 'b', i)]));
    for (const r of replies) expect(replyText(r.data)).toMatch(/Added quote/);
    await eventually(
      async () => ((await a.version()) === (await b.version()) ? true : undefined),
      'both processes on one version',
    );
    for (const file of [fileA, fileB]) {
      const parsed = parseDataset(readFileSync(file, 'utf8'));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      const texts = parsed.dataset.quotes.map((q) => q.text);
      for (const tag of ['a', 'b']) for (let i = 0; i < 5; i += 1) expect(texts).toContain(`Concurrent ${tag} ${i}`);
    }
  });

  it('shares the quote rotation: no repeat across processes in one channel until all were shown', async () => {
    const channelId = `3000000000000${Date.now() % 100000}`;
    const total = parseDataset(readFileSync(fileA, 'utf8'));
    if (!total.ok) throw new Error('invalid');
    const n = total.dataset.quotes.length;
    const shown: string[] = [];
    for (let i = 0; i < n; i += 1) {
      const r = await (i % 2 ? b : a).command(request('quote', {}, { channelId }));
      shown.push(r.data.embeds![0]!.description!);
    }
    expect(new Set(shown).size).toBe(n);
  });
});
