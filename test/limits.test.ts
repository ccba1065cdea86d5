import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { createLogger } from '../src/log.ts';
import { MINI_DATA, replyText, request, silentLog, tempDir } from './helpers.ts';

const MOD = { permissions: PermissionFlagsBits.ManageGuild, roleIds: [] as string[] };

let apps: App[] = [];
afterEach(async () => {
  await Promise.all(apps.map((app) => app.close()));
  apps = [];
});

function dataFile(): string {
  const file = join(tempDir(), 'leerdam.json');
  copyFileSync(MINI_DATA, file);
  return file;
}

async function eventually<T>(probe: () => T | undefined, what: string, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const mini = () => JSON.parse(readFileSync(MINI_DATA, 'utf8')) as { quotes: object[]; results: object[] };

describe('the data file size limit', () => {
  it('a valid file over DATA_FILE_MAX_BYTES is refused: the last good data keeps being served', async () => {
    const file = dataFile();
    const app = await createApp({ dataFile: file, log: silentLog, watch: true, maxFileBytes: 64 * 1024 });
    apps.push(app);
    const notices: string[] = [];
    app.setNotifier((text) => notices.push(text));
    const good = app.data.current().version;
    const big = mini();
    for (let i = 0; i < 80; i += 1)
      big.quotes.push({
        id: `quote-big-${i}`,
        text: 'words '.repeat(160),
        language: 'en',
        occasion: { en: 'o', nl: 'o' },
        date: '2026-03-01',
        topics: ['big'],
        sources: ['https://example.org/big'],
      });
    writeFileSync(file, JSON.stringify(big));
    const notice = await eventually(() => notices[0], 'a refusal notice');
    expect(notice).toMatch(/more than DATA_FILE_MAX_BYTES \(65536\)/);
    expect(app.data.current().version).toBe(good);
    await expect(createApp({ dataFile: file, log: silentLog, maxFileBytes: 64 * 1024 })).rejects.toThrow(
      /more than DATA_FILE_MAX_BYTES/,
    );
  });

  it('a refused file with thousands of errors costs a bounded number of log lines and one short notice', async () => {
    const file = dataFile();
    const lines: string[] = [];
    const log = createLogger(
      'info',
      [],
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(...chunk.toString().split('\n').filter(Boolean));
          done();
        },
      }),
    );
    const app = await createApp({ dataFile: file, log, watch: true });
    apps.push(app);
    const notices: string[] = [];
    app.setNotifier((text) => notices.push(text));
    const bad = mini();
    bad.results = Array.from({ length: 3000 }, (_, i) => ({ id: `m-${i}`, place: 'first' }));
    writeFileSync(file, JSON.stringify(bad));
    await eventually(() => notices[0], 'a refusal notice');
    const refusedLines = lines.filter((line) => line.includes('data file change refused'));
    expect(refusedLines.length).toBeLessThanOrEqual(21);
    expect(refusedLines.at(-1)).toMatch(/"more":\d{4}/);
    expect(notices[0]!.length).toBeLessThanOrEqual(2000);
    expect(notices[0]).toMatch(/was refused \(\d{4,} errors\)/);
  });
});

describe('history pruning', () => {
  it('keeps the newest HISTORY_KEEP snapshots, says when undo loses reach, and undo says where it stops', async () => {
    const app = await createApp({ dataFile: dataFile(), log: silentLog, historyKeep: 3 });
    apps.push(app);
    const replies: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const reply = await app.responder.command(
        request('data', { id: `medal-${i}` }, { subcommand: 'remove', member: MOD }),
      );
      replies.push(replyText(reply.data));
    }
    expect(replies.slice(0, 3).every((text) => !text.includes('history limit'))).toBe(true);
    expect(replies[3]).toMatch(/1 older snapshot was removed by the history limit/);
    expect(await app.editor.snapshots()).toHaveLength(3);
    const undo = () => app.responder.command(request('data', {}, { subcommand: 'undo', member: MOD }));
    for (let i = 0; i < 3; i += 1) expect(replyText((await undo()).data)).toMatch(/Reverted/);
    expect(replyText((await undo()).data)).toMatch(
      /snapshot `.*` that this needs is missing .*removed by the history limit/,
    );
  });
});
