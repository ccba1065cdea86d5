import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDataset, versionOf } from '../src/data/load.ts';
import { medalsOf } from '../src/data/medals.ts';
import { MINI_DATA, replyText, request, tempDir } from './helpers.ts';
import { AppProcess } from './support/app-client.ts';

const MOD = { permissions: PermissionFlagsBits.ManageGuild, roleIds: [] as string[] };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, ms = 8000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await sleep(100);
  }
}

function copyOf(source: string, edit?: (data: Record<string, unknown[]>) => void): string {
  const file = join(tempDir(), 'leerdam.json');
  if (!edit) copyFileSync(source, file);
  else {
    const data = JSON.parse(readFileSync(source, 'utf8')) as Record<string, unknown[]>;
    edit(data);
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  }
  return file;
}

const medalCount = (file: string) => {
  const parsed = parseDataset(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} is invalid`);
  return medalsOf(parsed.dataset.results).length;
};

let running: AppProcess[] = [];
afterEach(async () => {
  await Promise.all(running.map((p) => p.stop()));
  running = [];
});

async function start(files: string[], namespace: string): Promise<AppProcess[]> {
  const env = {
    CACHE_URL: 'redis://127.0.0.1:6379',
    NAMESPACE: namespace,
    CACHE_TIMEOUT_MS: '2000',
    LOG_LEVEL: 'warn',
  };
  const started: AppProcess[] = [];
  // One after the other, as hosts come up: the first publishes, the second finds it there.
  for (const file of files) started.push(await AppProcess.start({ ...env, DATA_FILE: file }));
  running.push(...started);
  return started;
}

const uniqueNamespace = (what: string) => `${what}-${process.pid}-${Date.now()}`;

describe('a restore wins over the cross-host sync', () => {
  it('a snapshot copied over the file by hand is published to the other host and stays', async () => {
    const fileA = copyOf(MINI_DATA);
    const fileB = copyOf(MINI_DATA);
    const [a, b] = await start([fileA, fileB], uniqueNamespace('hand-restore'));
    const removed = await a!.command(request('data', { id: 'medal-0' }, { subcommand: 'remove', member: MOD }));
    expect(replyText(removed.data)).toMatch(/Removed `medal-0`/);
    await eventually(() => (medalCount(fileB) === 10 ? true : undefined), 'host B has the removal');
    // The README's restore procedure: copy the snapshot taken before the change over the file.
    const historyDir = join(fileA, '..', 'history');
    const snapshot = readdirSync(historyDir).find((name) => name.endsWith('.json') && !name.startsWith('sync'));
    copyFileSync(join(historyDir, snapshot!), fileA);
    const restored = versionOf(readFileSync(fileA, 'utf8'));
    await eventually(async () => ((await b!.version()) === restored ? true : undefined), 'host B serving the restore');
    // Well past the sync interval: nothing reverts it on either host.
    await sleep(2000);
    expect(versionOf(readFileSync(fileA, 'utf8'))).toBe(restored);
    expect(versionOf(readFileSync(fileB, 'utf8'))).toBe(restored);
    expect(await a!.version()).toBe(restored);
    expect(medalCount(fileA)).toBe(11);
  });

  it('/data restore brings back a named snapshot on every host, audited', async () => {
    const fileA = copyOf(MINI_DATA);
    const fileB = copyOf(MINI_DATA);
    const [a, b] = await start([fileA, fileB], uniqueNamespace('command-restore'));
    const original = versionOf(readFileSync(fileA, 'utf8'));
    await a!.command(request('data', { id: 'medal-0' }, { subcommand: 'remove', member: MOD }));
    await a!.command(request('data', { id: 'medal-1' }, { subcommand: 'remove', member: MOD }));
    await eventually(() => (medalCount(fileB) === 9 ? true : undefined), 'host B has both removals');
    const historyDir = join(fileA, '..', 'history');
    const first = readdirSync(historyDir)
      .filter((name) => name.endsWith(`-${original}.json`))
      .sort()[0];
    expect(first).toBeDefined();
    // Restored through the other host: it finds the snapshot in its own history, which the sync keeps too.
    const reply = await a!.command(request('data', { snapshot: first! }, { subcommand: 'restore', member: MOD }));
    expect(replyText(reply.data)).toMatch(/Restored/);
    await eventually(async () => ((await b!.version()) === original ? true : undefined), 'host B serving the restore');
    await sleep(1500);
    expect(medalCount(fileA)).toBe(11);
    expect(medalCount(fileB)).toBe(11);
    const history = await a!.command(request('data', {}, { subcommand: 'history', member: MOD }));
    expect(replyText(history.data)).toMatch(/#3 .*restore/);
  });
});

describe('two deployments with different data files on one Redis', () => {
  it('neither loses its data, the second refuses the unrelated revision loudly and tells its moderators', async () => {
    const production = copyOf(MINI_DATA);
    const other = copyOf(MINI_DATA, (data) => {
      data.results = data.results!.slice(0, 3);
    });
    const productionBefore = readFileSync(production, 'utf8');
    const otherBefore = readFileSync(other, 'utf8');
    const [a, b] = await start([production, other], uniqueNamespace('lineage'));
    await eventually(() => (b!.notices.length > 0 ? true : undefined), 'a moderator notice on the second bot');
    expect(b!.notices[0]).toMatch(/not descend|unrelated|lineage/i);
    expect(b!.stderr).toMatch(/"level":50.*(lineage|unrelated)/);
    // An edit on the production host is published; the other deployment still keeps its own file.
    const edit = await a!.command(
      request('data', { id: 'medal-5', field: 'result', value: '1:11.11' }, { subcommand: 'edit', member: MOD }),
    );
    expect(replyText(edit.data)).toMatch(/Edited/);
    await sleep(2000);
    expect(readFileSync(other, 'utf8')).toBe(otherBefore);
    expect(medalCount(production)).toBe(11);
    expect(readFileSync(production, 'utf8')).not.toBe(productionBefore);
    expect(medalCount(other)).toBe(3);
  });

  it('with different DEPLOYMENT_IDs they do not even see each other', async () => {
    const production = copyOf(MINI_DATA);
    const other = copyOf(MINI_DATA, (data) => {
      data.results = data.results!.slice(0, 3);
    });
    const namespace = uniqueNamespace('deployments');
    const env = { CACHE_URL: 'redis://127.0.0.1:6379', NAMESPACE: namespace, LOG_LEVEL: 'warn' };
    const a = await AppProcess.start({ ...env, DATA_FILE: production, DEPLOYMENT_ID: 'production' });
    const b = await AppProcess.start({ ...env, DATA_FILE: other, DEPLOYMENT_ID: 'staging' });
    running.push(a, b);
    await sleep(1500);
    expect(b.notices).toEqual([]);
    expect(medalCount(production)).toBe(11);
    expect(medalCount(other)).toBe(3);
  });
});
