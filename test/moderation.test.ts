import { copyFileSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageFlags, PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { isModerator } from '../src/core/permissions.ts';
import { createApp, type App } from '../src/app.ts';
import { atomicWriteHooks } from '../src/data/atomic-write.ts';
import { DataEditor } from '../src/data/editor.ts';
import { parseDataset } from '../src/data/load.ts';
import { DataStore } from '../src/data/store.ts';
import { watchDataFile } from '../src/data/watch.ts';
import type { DataError } from '../src/data/load.ts';
import { MINI_DATA, REAL_DATA, replyText, request, silentLog, tempDir } from './helpers.ts';
import { runCommand } from './support/run.ts';

const MOD: { permissions: bigint; roleIds: string[] } = { permissions: PermissionFlagsBits.ManageGuild, roleIds: [] };
const PLAIN = { permissions: PermissionFlagsBits.SendMessages, roleIds: ['500000000000000001'] };

function tempData(): string {
  const file = join(tempDir(), 'leerdam.json');
  copyFileSync(MINI_DATA, file);
  return file;
}

async function eventually<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  what: string,
  tries = 60,
  everyMs = 100,
): Promise<T> {
  for (let i = 0; i < tries; i += 1) {
    const v = await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`never happened: ${what}`);
}

const withQuote = (file: string, id: string, text: string) => {
  const d = JSON.parse(readFileSync(file, 'utf8'));
  d.quotes.push({
    id,
    text,
    language: 'en',
    occasion: { en: 'o', nl: 'o' },
    date: '2026-03-01',
    topics: ['fresh'],
    sources: ['https://example.org/new'],
  });
  return JSON.stringify(d, null, 2);
};

let apps: App[] = [];
afterEach(async () => {
  await Promise.all(apps.map((a) => a.close()));
  apps = [];
  delete atomicWriteHooks.beforeRename;
});

describe('live reload', () => {
  it('serves a valid hand edit without a restart, and never the old cached reply', async () => {
    const file = tempData();
    const app = await createApp({ dataFile: file, log: silentLog, watch: true });
    apps.push(app);
    const before = await app.responder.command(request('quote', { topic: 'fresh' }));
    expect(before.data.flags).toBe(MessageFlags.Ephemeral);
    const medalsBefore = await app.responder.command(request('medals'));
    writeFileSync(file, withQuote(file, 'quote-fresh', 'Brand new words'));
    const after = await eventually(async () => {
      const r = await app.responder.command(request('quote', { topic: 'fresh' }));
      return r.data.flags ? undefined : r;
    }, 'the new quote being served');
    expect(replyText(after.data)).toContain('Brand new words');
    // Medals did not change, but the cache key moved with the version: a fresh computation, same content.
    const medalsAfter = await app.responder.command(request('medals'));
    expect(medalsAfter.data.embeds).toEqual(medalsBefore.data.embeds);
  });

  it('picks up a replace-by-rename (how editors and git write files)', async () => {
    const file = tempData();
    const app = await createApp({ dataFile: file, log: silentLog, watch: true });
    apps.push(app);
    const v0 = app.data.current().version;
    const temp = `${file}.new`;
    writeFileSync(temp, withQuote(file, 'quote-renamed', 'Renamed in'));
    (await import('node:fs')).renameSync(temp, file);
    await eventually(() => (app.data.current().version !== v0 ? true : undefined), 'reload after rename');
    expect(app.data.current().dataset.quotes.some((q) => q.id === 'quote-renamed')).toBe(true);
  });

  describe.each([
    ['bad JSON', (text: string) => text.replace('"results"', '"results" :: '), '(file)', /invalid JSON at line \d+/],
    [
      'a schema error',
      (text: string) => text.replace('"competition": "olympics"', '"competition": "curling"'),
      'results[',
      /Invalid option|expected one of/i,
    ],
    [
      'a missing source',
      (text: string) => text.replace('"sources": [\n        "https://example.org/source-10"\n      ]', '"sources": []'),
      'results[0].sources',
      /source/,
    ],
    [
      'a duplicate id',
      (text: string) => text.replace('"id": "medal-1"', '"id": "medal-0"'),
      'results[1].id',
      /duplicate id/,
    ],
    [
      'a misspelt field',
      (text: string) => text.replace('"result": "1:12.10"', '"reslut": "1:12.10"'),
      'results[0].reslut',
      /^`reslut` is not a field of a medal result medal-0; did you mean `result`\?$/,
    ],
    ['an empty file', () => '', '(file)', /invalid JSON/],
  ])('refusing %s', (_name, corrupt, path, reason) => {
    it('keeps serving the last good data and reports every error with its path', async () => {
      const file = tempData();
      const store = await DataStore.open(file);
      const refused: DataError[][] = [];
      const reloaded: string[] = [];
      const watcher = watchDataFile(store, { onRefused: (e) => refused.push(e), onReloaded: (v) => reloaded.push(v) });
      const good = store.current().version;
      const original = readFileSync(file, 'utf8');
      const bad = corrupt(original);
      expect(bad).not.toBe(original);
      writeFileSync(file, bad);
      await eventually(() => (refused.length > 0 ? true : undefined), 'refusal');
      watcher.close();
      expect(store.current().version).toBe(good);
      expect(reloaded).toEqual([]);
      const err = refused[0]!.find((e) => e.path.startsWith(path));
      expect(err, JSON.stringify(refused[0])).toBeDefined();
      expect(err!.message).toMatch(reason);
    });
  });

  it('reads each saved version once: a refused version is refused and counted once, however many events it raises', async () => {
    const file = tempData();
    const store = await DataStore.open(file);
    const outcomes: boolean[] = [];
    store.onReload((result) => outcomes.push(result.ok));
    const refused: DataError[][] = [];
    const watcher = watchDataFile(store, { onRefused: (e) => refused.push(e), onReloaded: () => undefined }, 50);
    // Saved as editors and git do: write beside, then rename (two watch events, plus the poll).
    const save = (text: string) => {
      writeFileSync(`${file}.tmp`, text);
      renameSync(`${file}.tmp`, file);
    };
    save('{ broken');
    await eventually(() => (refused.length > 0 ? true : undefined), 'refusal');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(outcomes).toEqual([false]);
    save('{ broken again');
    await eventually(() => (refused.length > 1 ? true : undefined), 'second refusal');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(outcomes).toEqual([false, false]);
    // An explicit check reads the file even when it looks unchanged.
    await watcher.check();
    expect(outcomes).toEqual([false, false, false]);
    watcher.close();
  });

  it('tells moderators through the notifier when a change is refused', async () => {
    const file = tempData();
    const app = await createApp({ dataFile: file, log: silentLog, watch: true });
    apps.push(app);
    const notices: string[] = [];
    app.setNotifier((t) => notices.push(t));
    writeFileSync(file, '{ "broken": ');
    await eventually(() => (notices.length ? true : undefined), 'notice');
    expect(notices[0]).toMatch(/was refused \(\d+ errors?\); still serving version/);
    const r = await app.responder.command(request('medals'));
    expect(r.data.flags).toBeUndefined();
  });
});

describe('moderator commands', () => {
  const data = async (
    sub: string,
    options: Record<string, string | number> = {},
    member: typeof MOD | null = MOD,
    app?: App,
  ) => {
    const a =
      app ?? (await createApp({ dataFile: tempData(), log: silentLog, moderatorRoleIds: ['600000000000000001'] }));
    if (!app) apps.push(a);
    return { app: a, reply: await a.responder.command(request('data', options, { subcommand: sub, member })) };
  };

  it('names line and column of a broken file and suggests /data restore, which brings back the good data', async () => {
    const { app } = await data('validate');
    const good = readFileSync(app.data.file, 'utf8');
    // A trailing comma after a hand edit.
    writeFileSync(app.data.file, good.replace(/\n {2}\]\n\}\n$/, ',\n  ]\n}\n'));
    const line = good.split('\n').length - 2;
    for (const [locale, restore] of [
      ['en-US', '/data restore'],
      ['nl', '/gegevens herstel'],
    ] as const) {
      const edit = await app.responder.command(
        request(
          'data',
          { id: 'medal-0', field: 'result', value: '1:11.11' },
          { subcommand: 'edit', member: MOD, locale },
        ),
      );
      expect(replyText(edit.data)).toContain(`\`${restore}\``);
      expect(replyText(edit.data)).toMatch(new RegExp(`(line|regel) ${line}, (column|kolom) \\d+`));
      expect(replyText(edit.data)).not.toMatch(/SyntaxError|went wrong/);
    }
    const restored = await data('restore', {}, MOD, app);
    expect(replyText(restored.reply.data)).toMatch(/Restored the last good data/);
    expect(readFileSync(app.data.file, 'utf8')).toBe(good);
  });

  it('records no change for an edit that sets the value a field already has', async () => {
    const { app } = await data('edit', { id: 'medal-0', field: 'result', value: '1:11.99' });
    const again = await data('edit', { id: 'medal-0', field: 'result', value: '1:11.99' }, MOD, app);
    expect(replyText(again.reply.data)).toMatch(
      /`result` of medal-0 already has that value; nothing was changed or recorded/,
    );
    expect((await app.editor.records(10)).records).toHaveLength(1);
    const show = await data('show', { id: 'medal-0' }, MOD, app);
    expect(replyText(show.reply.data)).toMatch(/`result`: 1:11.99/);
    expect(replyText(show.reply.data)).toMatch(/`venue.nl`: /);
    const history = await data('history', { id: 'medal-0' }, MOD, app);
    expect(replyText(history.reply.data)).toMatch(/`result`: .+ → 1:11.99/);
  });

  it('refuses plain members and DMs on the server side, for every subcommand', async () => {
    for (const sub of ['validate', 'reload', 'history', 'undo']) {
      const { reply, app } = await data(sub, {}, PLAIN);
      expect(reply.data.flags).toBe(MessageFlags.Ephemeral);
      expect(replyText(reply.data)).toMatch(/Only moderators/);
      expect((await app.editor.records()).records).toEqual([]);
    }
    const { reply } = await data('remove', { id: 'medal-0' }, null);
    expect(replyText(reply.data)).toMatch(/Only moderators/);
    const app = await createApp({ dataFile: tempData(), log: silentLog });
    apps.push(app);
    const dutch = await app.responder.command(
      request('data', {}, { subcommand: 'history', member: PLAIN, locale: 'nl' }),
    );
    expect(replyText(dutch.data)).toMatch(/Alleen moderators/);
    const dutchMod = await app.responder.command(
      request('data', { id: 'nope' }, { subcommand: 'remove', member: MOD, locale: 'nl' }),
    );
    expect(replyText(dutchMod.data)).toMatch(/Wijziging geweigerd[\s\S]*Er is geen rij met dat id/);
    expect(isModerator({ permissions: 0n, roleIds: ['600000000000000001'] }, ['600000000000000001'])).toBe(true);
    expect(isModerator({ permissions: PermissionFlagsBits.Administrator, roleIds: [] }, [])).toBe(true);
    expect(isModerator(PLAIN, ['600000000000000001'])).toBe(false);
  });

  it('refuses even a moderator outside a server that added the bot: DMs, group DMs, user installs', async () => {
    const app = await createApp({ dataFile: tempData(), log: silentLog });
    apps.push(app);
    const places = {
      'bot DM': { guildId: null, guildInstall: false, member: null },
      'group DM': { guildId: null, guildInstall: false, member: null },
      'server that only the user installed it in': { guildInstall: false, member: MOD },
    };
    for (const [place, where] of Object.entries(places)) {
      for (const sub of ['validate', 'remove']) {
        const reply = await app.responder.command(
          request('data', sub === 'remove' ? { id: 'medal-0' } : {}, { subcommand: sub, ...where }),
        );
        expect(reply.data.flags, place).toBe(MessageFlags.Ephemeral);
        expect(replyText(reply.data), place).toMatch(/works only in a server that has added the bot/);
      }
      const nl = await app.responder.command(request('data', {}, { subcommand: 'history', locale: 'nl', ...where }));
      expect(replyText(nl.data), place).toMatch(/werkt alleen in een server die de bot heeft toegevoegd/);
      const ids = app.responder.autocomplete(request('data', { id: 'medal' }, { subcommand: 'remove', ...where }), {
        name: 'id',
        value: 'medal',
      });
      expect(ids, place).toEqual([]);
    }
    expect((await app.editor.records()).records).toEqual([]);
    // The same moderator in a server that added the bot is served.
    const served = await app.responder.command(request('data', {}, { subcommand: 'validate', member: MOD }));
    expect(replyText(served.data)).toMatch(/valid/i);
    expect(
      app.responder.autocomplete(request('data', {}, { subcommand: 'remove', member: MOD }), {
        name: 'id',
        value: 'medal',
      }).length,
    ).toBeGreaterThan(0);
  });

  it('adds a quote: validated, written atomically, history kept, audit appended, served at once', async () => {
    const { app, reply } = await data('add-quote', {
      text: 'Ik ga ervoor',
      language: 'nl',
      translation: 'I am going for it',
      occasion: 'Interview',
      date: '2026-03-02',
      topics: 'motivation',
      source: 'https://example.org/interview',
    });
    expect(replyText(reply.data)).toMatch(/Added quote `quote-2026-ik-ga-ervoor`/);
    const onDisk = parseDataset(readFileSync(app.data.file, 'utf8'));
    expect(onDisk.ok && onDisk.dataset.quotes.some((q) => q.text === 'Ik ga ervoor')).toBe(true);
    expect(app.data.current().dataset.quotes.some((q) => q.text === 'Ik ga ervoor')).toBe(true);
    const [record] = (await app.editor.records()).records;
    expect(record).toMatchObject({
      seq: 1,
      op: 'add',
      userId: '200000000000000001',
      id: 'quote-2026-ik-ga-ervoor',
      section: 'quotes',
    });
    expect(readFileSync(join(app.editor.historyDir, record!.snapshot), 'utf8')).toBe(readFileSync(MINI_DATA, 'utf8'));
    const hist = await data('history', {}, MOD, app);
    expect(replyText(hist.reply.data)).toMatch(/#1 .* added quote-2026-ik-ga-ervoor .*\n {2}`text`: Ik ga ervoor/);
  });

  it('refuses an invalid change with the path and reason, leaving the file untouched', async () => {
    const medal = {
      competition: 'olympics',
      event: '500m',
      medal: 'gold',
      year: 2030,
      date: '2029-02-01',
      venue: 'X',
      source: 'https://example.org/x',
    };
    const { app, reply } = await data('add-medal', medal);
    expect(reply.data.flags).toBe(MessageFlags.Ephemeral);
    expect(replyText(reply.data)).toMatch(/The date 2029-02-01 is not in the year 2030/);
    // A medal is a result with place 1–3: the row goes to the results table, validated like any other.
    const badSource = await data('add-medal', { ...medal, date: '2030-02-01', source: 'not-a-url' }, MOD, app);
    expect(replyText(badSource.reply.data)).toMatch(
      /result olympics-2030-500m-gold: `sources #1` must be a web link starting with https:\/\/ or http:\/\//,
    );
    expect(readFileSync(app.data.file, 'utf8')).toBe(readFileSync(MINI_DATA, 'utf8'));
    const added = await data('add-medal', { ...medal, date: '2030-02-01' }, MOD, app);
    expect(replyText(added.reply.data)).toMatch(/Added medal `olympics-2030-500m-gold`/);
    const row = app.data.current().dataset.results.find((r) => r.id === 'olympics-2030-500m-gold')!;
    expect(row).toMatchObject({ place: 1, season: '2029/30', date: '2030-02-01', competition: 'olympics' });
    expect(app.data.current().medalsNewestFirst[0]).toMatchObject({ id: row.id, medal: 'gold', year: 2030 });
    await data('undo', {}, MOD, app);
    expect(readFileSync(app.data.file, 'utf8')).toBe(readFileSync(MINI_DATA, 'utf8'));
    const dutchNoTranslation = await data(
      'add-quote',
      { text: 'Hoi', language: 'nl', occasion: 'x', date: '2026', topics: 'a', source: 'https://example.org' },
      MOD,
      app,
    );
    expect(replyText(dutchNoTranslation.reply.data)).toMatch(
      /quote quote-2026-hoi: `translation` is required: a Dutch quote needs its English translation/,
    );
  });

  it('edits and removes by id, and undo reverts changes one by one back to the original bytes', async () => {
    const { app } = await data('edit', { id: 'medal-0', field: 'result', value: '1:11.99' });
    expect(app.data.current().dataset.results.find((m) => m.id === 'medal-0')!.result).toBe('1:11.99');
    await data('edit', { id: 'quote-a', field: 'topics', value: 'olympics, joy' }, MOD, app);
    expect(app.data.current().dataset.quotes.find((q) => q.id === 'quote-a')!.topics).toEqual(['olympics', 'joy']);
    await data('remove', { id: 'tl-gold' }, MOD, app);
    expect(app.data.current().dataset.timeline.some((e) => e.id === 'tl-gold')).toBe(false);
    const unknown = await data('remove', { id: 'nope' }, MOD, app);
    expect(replyText(unknown.reply.data)).toMatch(/No row has the id "nope"/);
    // A misspelt field is refused with the key, the row and the field probably meant: never saved as junk.
    const typo = await data('edit', { id: 'medal-0', field: 'reslut', value: '1:11.50' }, MOD, app);
    expect(replyText(typo.reply.data)).toMatch(
      /result medal-0: `reslut` is not a field of this row; did you mean `result`\?/,
    );
    expect(replyText(typo.reply.data)).toMatch(/Change refused/);
    // A time edit that leaves a worked-out margin behind is refused too, saying what the times give.
    const stale = await data('edit', { id: 'medal-2', field: 'result', value: '1:12.50' }, MOD, app);
    expect(replyText(stale.reply.data)).toMatch(
      /result medal-2: `margins #1.value` does not match the times: they give 0\.50/,
    );
    const badField = await data('edit', { id: 'medal-0', field: '__proto__.x', value: '1' }, MOD, app);
    expect(replyText(badField.reply.data)).toMatch(/not a field/);
    for (let i = 0; i < 3; i += 1) {
      const u = await data('undo', {}, MOD, app);
      expect(replyText(u.reply.data)).toMatch(/Reverted/);
    }
    expect(readFileSync(app.data.file, 'utf8')).toBe(readFileSync(MINI_DATA, 'utf8'));
    const nothing = await data('undo', {}, MOD, app);
    expect(replyText(nothing.reply.data)).toMatch(/no change left to undo/);
    expect((await app.editor.records(100)).records.map((r) => r.op)).toEqual([
      'undo',
      'undo',
      'undo',
      'remove',
      'edit',
      'edit',
    ]);
  });

  it('refuses to undo over a hand edit, and refuses an edit made against an older version', async () => {
    const { app } = await data('remove', { id: 'tl-gold' });
    const handEdited = withQuote(app.data.file, 'quote-hand', 'By hand');
    writeFileSync(app.data.file, handEdited);
    const u = await data('undo', {}, MOD, app);
    expect(replyText(u.reply.data)).toMatch(/changed after change #1/);
    expect(readFileSync(app.data.file, 'utf8')).toBe(handEdited);
    const old = (await app.editor.records()).records[0]!.fromVersion;
    const stale = await data('edit', { id: 'medal-0', field: 'result', value: '1:10.00', version: old }, MOD, app);
    expect(replyText(stale.reply.data)).toMatch(/The data changed since version/);
    expect(readFileSync(app.data.file, 'utf8')).toBe(handEdited);
  });

  it('validate and reload report the version, or the errors while the last good data stays', async () => {
    const { app, reply } = await data('validate');
    expect(replyText(reply.data)).toMatch(
      new RegExp(`Version \`${app.data.current().version}\`: 13 results \\(11 medals\\), 3 quotes`),
    );
    writeFileSync(app.data.file, '[]');
    const bad = await data('reload', {}, MOD, app);
    expect(replyText(bad.reply.data)).toMatch(/Reload refused/);
    expect(replyText(bad.reply.data)).toMatch(/The data file must be a group of fields/);
  });
});

describe('writes that never lose data', () => {
  it('a crash between write and rename leaves the old file whole and valid', async () => {
    const file = tempData();
    const before = readFileSync(file, 'utf8');
    const r = await runCommand('npx', ['tsx', 'test/support/edit-process.ts', file, '1', 'crash', 'crash']);
    expect(r.code).not.toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(parseDataset(readFileSync(file, 'utf8')).ok).toBe(true);
    // The crashed write left only an orphaned temp file, never a half-written data file.
    expect(readdirSync(join(file, '..')).filter((f) => f.endsWith('.tmp')).length).toBeLessThanOrEqual(1);
  });

  it('a failed rename in-process leaves the file untouched and removes the temp file', async () => {
    const file = tempData();
    const before = readFileSync(file, 'utf8');
    atomicWriteHooks.beforeRename = (temp) => {
      if (temp.includes('leerdam.json')) throw new Error('disk full');
    };
    const result = await new DataEditor({ file }).apply({ op: 'remove', id: 'medal-0' }, { userId: 'u' });
    expect(result).toMatchObject({ ok: false, reason: 'write-failed' });
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(join(file, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('concurrent edits from two processes and within one process are all kept', async () => {
    const file = tempData();
    const local = new DataEditor({ file });
    const [a, b] = await Promise.all([
      runCommand('npx', ['tsx', 'test/support/edit-process.ts', file, '8', 'p1']),
      runCommand('npx', ['tsx', 'test/support/edit-process.ts', file, '8', 'p2']),
      Promise.all(
        Array.from({ length: 8 }, (_, i) => local.apply({ op: 'remove', id: `medal-${i}` }, { userId: 'local' })),
      ),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const result = parseDataset(readFileSync(file, 'utf8'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ids = result.dataset.quotes.map((q) => q.id);
    for (const tag of ['p1', 'p2']) for (let i = 0; i < 8; i += 1) expect(ids).toContain(`quote-${tag}-${i}`);
    expect(result.dataset.results.filter((m) => m.id.startsWith('medal-')).map((m) => m.id)).toEqual([
      'medal-8',
      'medal-9',
      'medal-10',
    ]);
    const audit = (await local.records(100)).records;
    expect(audit).toHaveLength(24);
    expect(new Set(audit.map((r) => r.seq)).size).toBe(24);
  });
});

describe('npm run data:check', () => {
  it('names quote topics the file does not name yet as warnings, and still exits 0', async () => {
    const file = tempData();
    const data = JSON.parse(readFileSync(REAL_DATA, 'utf8'));
    data.quotes[0].topics.push('knitting');
    writeFileSync(file, JSON.stringify(data));
    const named = await runCommand('npm', ['run', '--silent', 'data:check', '--', REAL_DATA]);
    expect(named.code).toBe(0);
    expect(named.stdout).not.toMatch(/has no name yet/);
    const result = await runCommand('npm', ['run', '--silent', 'data:check', '--', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/is valid/);
    expect(result.stdout).toContain('The quote topic `knitting` has no name yet');
  });

  it('exits 0 for a valid file and 1 with every error and its path for a bad one', async () => {
    const ok = await runCommand('npm', ['run', '--silent', 'data:check', '--', MINI_DATA]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/is valid \(version [0-9a-f]{12}\): 13 results \(11 medals\)/);
    const file = tempData();
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('"competition": "olympics"', '"competition": "tin"')
        .replace('"id": "medal-1"', '"id": "medal-0"')
        .replace('"confidence": "conflict"', '"confidance": "conflict"'),
    );
    const bad = await runCommand('npm', ['run', '--silent', 'data:check', '--', file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/has 3 error\(s\)/);
    expect(bad.stderr).toMatch(/results\[1\]\.id: duplicate id "medal-0"/);
    expect(bad.stderr).toMatch(
      /profile\.height\.confidance: `confidance` is not a field of a profile fact; did you mean `confidence`\?/,
    );
  });
});
