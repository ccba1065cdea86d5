import { spawn, execFileSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { DataEditor } from '../src/data/editor.ts';
import { t } from '../src/i18n/messages.ts';
import type { CommandRequest } from '../src/core/types.ts';
import { parseDataset, versionOf } from '../src/data/load.ts';
import { MINI_DATA, replyText, request, silentLog, tempDir } from './helpers.ts';
import { runCommand } from './support/run.ts';

const MOD = { permissions: PermissionFlagsBits.ManageGuild, roleIds: [] as string[] };

let apps: App[] = [];
afterEach(async () => {
  await Promise.all(apps.map((app) => app.close()));
  apps = [];
});

function dataIn(dir: string): string {
  const file = join(dir, 'leerdam.json');
  copyFileSync(MINI_DATA, file);
  return file;
}

async function appFor(file: string, extra: Partial<Parameters<typeof createApp>[0]> = {}): Promise<App> {
  const app = await createApp({ dataFile: file, log: silentLog, ...extra });
  apps.push(app);
  return app;
}

/** Fails instead of hanging when a reply takes longer than `ms` (a blocked lock, a hang). */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, guard]);
  } finally {
    clearTimeout(timer);
  }
}

const data = (app: App, subcommand: string, options: CommandRequest['options'] = {}, locale = 'en-US') =>
  within(
    8000,
    `/data ${subcommand}`,
    app.responder.command(request('data', options, { subcommand, member: MOD, locale })),
  );

const removeMedal = (app: App, id = 'medal-0', locale = 'en-US') => data(app, 'remove', { id }, locale);

const tempFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.tmp')) : []);

/** The editor in a child process of its own (node itself, not npx, so a signal reaches the editor). */
const editProcess = (args: string[], stdout: 'pipe' | 'ignore' = 'pipe') =>
  spawn(process.execPath, ['--import', 'tsx', 'test/support/edit-process.ts', ...args], {
    stdio: ['ignore', stdout, 'inherit'],
  });

describe('a damaged audit log', () => {
  it('skips bad lines with a warning; history and undo still work', async () => {
    const file = dataIn(tempDir());
    const app = await appFor(file);
    expect(replyText((await removeMedal(app)).data)).toMatch(/Removed `medal-0`/);
    appendFileSync(join(file, '..', 'history', 'audit.jsonl'), '{"seq": 2, "op": "edi\nnot json at all\nnull\n[1,2]\n');
    const history = await data(app, 'history');
    expect(replyText(history.data)).toMatch(/#1 .*removed medal-0/);
    expect(replyText(history.data)).toMatch(/4 damaged lines? in the audit log (were|was) skipped/);
    const undo = await data(app, 'undo');
    expect(replyText(undo.data)).toMatch(/Reverted/);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(MINI_DATA, 'utf8'));
  });
});

describe('locks that nobody holds any more', () => {
  /** A real crash: a child process SIGKILLs itself while it holds the lock, just before its rename. */
  async function crashWhileLocked(file: string) {
    const crashed = await runCommand('npx', ['tsx', 'test/support/edit-process.ts', file, '1', 'crashed', 'crash']);
    expect(crashed.code).not.toBe(0);
    expect(existsSync(`${file}.lock`)).toBe(true);
  }

  it('a lock left by a crashed editor is recovered at once, and its temp file removed', async () => {
    const file = dataIn(tempDir());
    await crashWhileLocked(file);
    const app = await appFor(file);
    expect(replyText((await removeMedal(app)).data)).toMatch(/Removed `medal-0`/);
    expect(tempFiles(join(file, '..'))).toEqual([]);
  });

  it('a crashed lock with a timestamp in the future does not block', async () => {
    const file = dataIn(tempDir());
    await crashWhileLocked(file);
    const future = new Date(Date.now() + 24 * 3600 * 1000);
    utimesSync(`${file}.lock`, future, future);
    const app = await appFor(file);
    expect(replyText((await removeMedal(app)).data)).toMatch(/Removed `medal-0`/);
  });

  it('a stray directory or file of the lock name, dated in the future, does not block', async () => {
    const future = new Date(Date.now() + 24 * 3600 * 1000);
    const dirFile = dataIn(tempDir());
    mkdirSync(`${dirFile}.lock`);
    utimesSync(`${dirFile}.lock`, future, future);
    expect(replyText((await removeMedal(await appFor(dirFile))).data)).toMatch(/Removed `medal-0`/);
    const plainFile = dataIn(tempDir());
    writeFileSync(`${plainFile}.lock`, 'garbage');
    utimesSync(`${plainFile}.lock`, future, future);
    expect(replyText((await removeMedal(await appFor(plainFile))).data)).toMatch(/Removed `medal-0`/);
  });
});

describe('missing snapshots', () => {
  it('undo says which snapshot is missing, in the moderator’s language, and changes nothing', async () => {
    const file = dataIn(tempDir());
    const app = await appFor(file);
    await removeMedal(app);
    const historyDir = join(file, '..', 'history');
    const snapshot = readdirSync(historyDir).find((name) => name.endsWith('.json') && !name.startsWith('sync'))!;
    rmSync(join(historyDir, snapshot));
    const before = readFileSync(file, 'utf8');
    const english = await data(app, 'undo');
    expect(replyText(english.data)).toContain(`The snapshot \`${snapshot}\` that this needs is missing`);
    const dutch = await data(app, 'undo', {}, 'nl');
    expect(replyText(dutch.data)).toContain(`De momentopname \`${snapshot}\` die hiervoor nodig is ontbreekt`);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

/**
 * A real small filesystem (tmpfs): the machine and CI run as root. Filled up to leave too little
 * room for a snapshot, and remounted read-only, so the errors are the kernel's own.
 */
describe('a full or read-only disk', () => {
  const mountPoint = tempDir('leerdam-tmpfs-');
  beforeAll(() => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint]);
  });
  afterAll(() => {
    // Lazily if something still has a file open there: the mount never outlives the test run.
    execFileSync('umount', ['-l', mountPoint]);
  });

  it('disk full: a precise reply in English and Dutch, the file untouched, no temp file left', async () => {
    const dir = join(mountPoint, 'full');
    mkdirSync(dir);
    const file = dataIn(dir);
    const app = await appFor(file);
    const before = readFileSync(file, 'utf8');
    // Leave less room than one copy of the file needs.
    const filler = join(mountPoint, 'filler');
    try {
      writeFileSync(filler, Buffer.alloc(512 * 1024));
    } catch {
      // ENOSPC: the disk is now as full as it gets.
    }
    try {
      const english = await removeMedal(app);
      expect(replyText(english.data)).toMatch(/disk .*is full.*nothing was changed/i);
      const dutch = await removeMedal(app, 'medal-0', 'nl');
      expect(replyText(dutch.data)).toMatch(/schijf .*is vol.*niets veranderd/i);
      expect(readFileSync(file, 'utf8')).toBe(before);
      expect(tempFiles(dir)).toEqual([]);
      expect(tempFiles(join(dir, 'history'))).toEqual([]);
    } finally {
      rmSync(filler, { force: true });
    }
    // Room again: the same edit now goes through.
    expect(replyText((await removeMedal(app)).data)).toMatch(/Removed `medal-0`/);
  });

  it('read-only: a precise reply, the file untouched', async () => {
    const dir = join(mountPoint, 'ro');
    mkdirSync(dir);
    const file = dataIn(dir);
    const app = await appFor(file);
    const before = readFileSync(file, 'utf8');
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    try {
      const english = await removeMedal(app);
      expect(replyText(english.data)).toMatch(/read-only.*nothing was changed/i);
      const dutch = await removeMedal(app, 'medal-0', 'nl');
      expect(replyText(dutch.data)).toMatch(/alleen-lezen.*niets veranderd/i);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('a hand edit saved while the bot edits', () => {
  it('is never overwritten: the bot refuses its own change and says why', async () => {
    const file = dataIn(tempDir());
    const child = editProcess([file, '1', 'bot', 'pause']);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    for (let i = 0; i < 300 && !output.includes('holding'); i += 1) await new Promise((r) => setTimeout(r, 50));
    expect(output).toContain('holding');
    // The moderator saves a hand edit while the bot's new file waits to be renamed.
    const hand = JSON.parse(readFileSync(file, 'utf8')) as { results: { id: string }[] };
    hand.results = hand.results.filter((medal) => medal.id !== 'medal-3');
    const handText = `${JSON.stringify(hand, null, 2)}\n`;
    writeFileSync(file, handText);
    await exited;
    expect(readFileSync(file, 'utf8')).toBe(handText);
    const result = JSON.parse(output.trim().split('\n').at(-1)!) as { ok: boolean; refusal?: { reason: string } };
    expect(result.ok).toBe(false);
    expect(result.refusal?.reason).toBe('changed-during-edit');
    expect(tempFiles(join(file, '..'))).toEqual([]);
  });
});

describe('a writer paused (SIGSTOP) while it holds the lock', () => {
  it('keeps its lock past the stale time: the other editor is refused, nothing is overwritten, nobody is told wrongly', async () => {
    const file = dataIn(tempDir());
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/support/edit-process.ts', file, '1', 'paused', 'pause'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, LOCK_STALE_MS: '5000' },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    for (let i = 0; i < 300 && !output.includes('holding'); i += 1) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGSTOP');
    try {
      // Waits 8 s for the lock, well past its 5 s stale time, while the holder is frozen.
      const other = new DataEditor({ file, lockStaleMs: 5000, lockWaitMs: 8000 });
      const refused = await other.apply({ op: 'remove', id: 'medal-0' }, { userId: 'other' });
      expect(refused).toMatchObject({ ok: false, reason: 'locked' });
      expect(
        replyText({
          content: t('en').moderation.refusal.locked((refused as { params: Record<string, string> }).params),
        }),
      ).toMatch(new RegExp(`process ${child.pid}@`));
    } finally {
      child.kill('SIGCONT');
    }
    await exited;
    const result = JSON.parse(output.trim().split('\n').at(-1)!) as { ok: boolean };
    const parsed = parseDataset(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error('the data file is broken');
    // Whatever the holder said is true: its row is there exactly when it reported success.
    expect(parsed.dataset.quotes.some((quote) => quote.id === 'quote-paused-0')).toBe(result.ok);
    expect(parsed.dataset.results.some((medal) => medal.id === 'medal-0')).toBe(true);
    // And the other editor goes ahead once the holder is done.
    const after = await new DataEditor({ file }).apply({ op: 'remove', id: 'medal-0' }, { userId: 'other' });
    expect(after.ok).toBe(true);
  }, 30_000);
});

describe('SIGKILL in the middle of edits', () => {
  it('never leaves a live edit without its audit line, a broken file or a blocked undo', async () => {
    const file = dataIn(tempDir());
    const kills = 40;
    for (let round = 0; round < kills; round += 1) {
      const child = editProcess([file, '50', `k${round}`]);
      let lines = 0;
      child.stdout!.on('data', (chunk: Buffer) => (lines += chunk.toString().split('\n').length - 1));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // Kill it at a different point of an edit each round: after a growing number of completed edits
      // plus a random delay, so the kill lands anywhere between the lock and the audit line.
      while (lines < 1 + (round % 3)) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, Math.random() * 25));
      child.kill('SIGKILL');
      await exited;
    }
    const app = await appFor(file);
    const parsed = parseDataset(readFileSync(file, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const added = parsed.dataset.quotes.map((quote) => quote.id).filter((id) => /^quote-k\d+-\d+$/.test(id));
    const audit = readFileSync(join(file, '..', 'history', 'audit.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { op: string; id?: string; toVersion: string; voids?: number; seq: number });
    const voided = new Set(audit.filter((record) => record.op === 'void').map((record) => record.voids));
    const live = audit
      .filter((record) => record.op === 'add' && !voided.has(record.seq))
      .map((record) => record.id ?? '');
    // Every row in the file has its audit line, and every audit line that counts is in the file.
    const missing = added.filter((id) => !live.includes(id));
    const extra = live.filter((id) => !added.includes(id));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    expect(live.length).toBe(added.length);
    expect(audit.filter((record) => record.op !== 'void').at(-1)?.toVersion).toBe(
      versionOf(readFileSync(file, 'utf8')),
    );
    const undo = await data(app, 'undo');
    expect(replyText(undo.data)).toMatch(/Reverted/);
    expect(tempFiles(join(file, '..'))).toEqual([]);
  }, 90_000);
});
