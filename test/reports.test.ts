import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageFlags, PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import type { ActionRows, Reply } from '../src/core/types.ts';
import { MINI_DATA, replyText, request, silentLog, tempDir } from './helpers.ts';
import { AppProcess } from './support/app-client.ts';
import { TestRedis } from './support/redis-server.ts';

const MOD = { permissions: PermissionFlagsBits.ManageGuild, roleIds: [] };
const MEMBER = { permissions: PermissionFlagsBits.SendMessages, roleIds: [] };
const MEMBER_ID = '200000000000000009';
const MOD_ID = '200000000000000001';

function tempData(): string {
  const file = join(tempDir(), 'leerdam.json');
  copyFileSync(MINI_DATA, file);
  return file;
}

const customIds = (components: unknown): string[] =>
  JSON.stringify(components ?? [])
    .match(/"custom_id":"[^"]+"/g)
    ?.map((m) => m.slice(13, -1)) ?? [];
const reportButton = (reply: Reply) => customIds(reply.data.components).find((id) => id.startsWith('report:'))!;
const as = (member: typeof MOD, userId: string, locale = 'en-US') => request('', {}, { member, userId, locale });

let apps: App[] = [];
afterEach(async () => {
  await Promise.all(apps.map((a) => a.close()));
  apps = [];
});

async function start(file = tempData()) {
  const app = await createApp({ dataFile: file, log: silentLog, reportsPerHour: 2 });
  apps.push(app);
  const notices: { text: string; components?: ActionRows | undefined }[] = [];
  app.setNotifier((text, components) => notices.push({ text, components }));
  return { app, notices, file };
}

const GOOD = { wrong: 'Her time is off', correct: '1:12.30', source: 'https://example.org/proof' };

describe('members report a mistake; moderators apply, reject or mark duplicates', () => {
  it('offers the rows of the page, refuses a bad source, queues beside the data and posts to moderators', async () => {
    const { app, notices, file } = await start();
    const results = await app.responder.command(request('results', {}, { member: MEMBER, userId: MEMBER_ID }));
    const form = await app.responder.component(reportButton(results), as(MEMBER, MEMBER_ID));
    expect(form.kind).toBe('modal');
    const select = form.modal!.components[0] as { component: { options: { value: string }[] } };
    expect(select.component.options.map((o) => o.value).sort()).toEqual([...(results.rows ?? [])].sort());
    const rowId = results.rows![0]!;

    const bad = await app.responder.modal('report:s', as(MEMBER, MEMBER_ID), {
      ...GOOD,
      row: [rowId],
      source: 'javascript:alert(1)',
    });
    expect(bad.data.flags).toBe(MessageFlags.Ephemeral);
    expect(replyText(bad.data)).toMatch(/must be a web link that starts with https:\/\//);
    expect(notices).toEqual([]);

    const thanks = await app.responder.modal('report:s', as(MEMBER, MEMBER_ID, 'nl'), { ...GOOD, row: [rowId] });
    expect(thanks.data.flags).toBe(MessageFlags.Ephemeral);
    expect(replyText(thanks.data)).toMatch(/Je melding r1 is naar de moderators gegaan/);
    // The data is untouched: a member can never change it.
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(MINI_DATA, 'utf8'));
    const stored = JSON.parse(readFileSync(join(file, '..', 'reports.json'), 'utf8')) as {
      id: string;
      rowId: string;
    }[];
    expect(stored).toMatchObject([{ id: 'r1', rowId, reporterId: MEMBER_ID, status: 'open', correct: '1:12.30' }]);
    expect(notices[0]!.text).toMatch(
      new RegExp(`r1.*\\(${rowId}\\)[\\s\\S]*Correct: 1:12.30[\\s\\S]*<https://example.org/proof>`),
    );
    expect(customIds(notices[0]!.components)).toEqual(['report:a:r1', 'report:x:r1', 'report:d:r1']);

    // The rate limit per member (2 an hour here): the third is refused politely.
    await app.responder.modal('report:s', as(MEMBER, MEMBER_ID), { ...GOOD, row: [rowId] });
    const limited = await app.responder.modal('report:s', as(MEMBER, MEMBER_ID), { ...GOOD, row: [rowId] });
    expect(replyText(limited.data)).toMatch(/You have sent 2 reports in the last hour/);

    const list = await app.responder.command(request('data', {}, { subcommand: 'reports', member: MOD }));
    expect(replyText(list.data)).toMatch(/Open reports: 2/);
    expect(customIds(list.data.components)).toContain('report:a:r2');
  });

  it('apply opens the edit prefilled and writes it through the audited editor, naming reporter and moderator', async () => {
    const { app, notices } = await start();
    const quote = await app.responder.command(request('quote', {}, { member: MEMBER, userId: MEMBER_ID }));
    const rowId = quote.rows![0]!;
    const form = await app.responder.component(reportButton(quote), as(MEMBER, MEMBER_ID));
    expect(form.kind).toBe('modal');
    await app.responder.modal('report:s', as(MEMBER, MEMBER_ID), { ...GOOD, correct: 'Interview, 2026', row: [rowId] });

    const refused = await app.responder.component('report:a:r1', as(MEMBER, MEMBER_ID));
    expect(replyText(refused.data)).toMatch(/Only moderators/);
    const edit = await app.responder.component('report:a:r1', as(MOD, MOD_ID));
    expect(edit.kind).toBe('modal');
    expect(JSON.stringify(edit.modal)).toContain('"value":"Interview, 2026"');
    const applied = await app.responder.modal('report:A:r1', as(MOD, MOD_ID), {
      field: ['occasion.en'],
      value: 'Interview, 2026',
    });
    expect(replyText(applied.data)).toMatch(/Data updated[\s\S]*from report r1 by <@200000000000000009>/);
    expect(replyText(applied.data)).toMatch(/`occasion.en`: .* → Interview, 2026/);
    expect(app.data.current().dataset.quotes.find((q) => q.id === rowId)!.occasion.en).toBe('Interview, 2026');
    const [record] = (await app.editor.records(1)).records;
    expect(record).toMatchObject({ userId: MOD_ID, op: 'edit', report: { id: 'r1', reporterId: MEMBER_ID } });
    const again = await app.responder.component('report:a:r1', as(MOD, MOD_ID));
    expect(replyText(again.data)).toMatch(/Report r1 is already closed \(applied\)/);
    expect(notices.some((n) => /Data change by <@200000000000000001>/.test(n.text))).toBe(true);
  });

  it('reject asks a reason and duplicate the report it repeats; neither changes the data', async () => {
    const { app, file, notices } = await start();
    const about = await app.responder.command(request('timeline', {}, { member: MEMBER, userId: MEMBER_ID }));
    const rowId = about.rows![0]!;
    await app.responder.modal('report:s', as(MEMBER, MEMBER_ID), { ...GOOD, row: [rowId] });
    await app.responder.modal('report:s', as(MEMBER, MEMBER_ID), { ...GOOD, row: [rowId] });
    expect((await app.responder.component('report:x:r1', as(MOD, MOD_ID))).modal?.custom_id).toBe('report:X:r1');
    const rejected = await app.responder.modal('report:X:r1', as(MOD, MOD_ID, 'nl'), {
      reason: 'De bron zegt iets anders',
    });
    expect(replyText(rejected.data)).toMatch(/Gemarkeerd als afgewezen: De bron zegt iets anders/);
    const duplicate = await app.responder.modal('report:D:r2', as(MOD, MOD_ID), { of: 'r1' });
    expect(replyText(duplicate.data)).toMatch(/Marked duplicate: r1/);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(MINI_DATA, 'utf8'));
    expect(notices.map((n) => n.text).join('\n')).toMatch(
      /Report r1 rejected by <@200000000000000001>: De bron zegt iets anders/,
    );
    const list = await app.responder.command(request('data', {}, { subcommand: 'reports', member: MOD }));
    expect(replyText(list.data)).toMatch(/No open reports/);
  });

  it('two processes share one queue in Redis: a report sent to one is applied from the other', async () => {
    const file = tempData();
    const env = {
      DATA_FILE: file,
      CACHE_URL: 'redis://127.0.0.1:6379',
      NAMESPACE: `reports-test-${process.pid}-${Date.now()}`,
    };
    const [one, two] = await Promise.all([AppProcess.start(env), AppProcess.start(env)]);
    try {
      const member = request('', {}, { member: MEMBER, userId: MEMBER_ID });
      const results = await one.command(request('medals', {}, { member: MEMBER }));
      const rowId = results.rows![0]!;
      const thanks = await one.submit('report:s', member, { ...GOOD, correct: '1:12.30', row: [rowId] });
      expect(replyText(thanks.data)).toMatch(/report r1 went to the moderators/);
      const list = await two.command(request('data', {}, { subcommand: 'reports', member: MOD }));
      expect(replyText(list.data)).toMatch(/Open reports: 1[\s\S]*r1/);
      const applied = await two.submit('report:A:r1', request('', {}, { member: MOD, userId: MOD_ID }), {
        field: ['result'],
        value: '1:12.30',
      });
      expect(replyText(applied.data)).toMatch(/Data updated/);
      // The other process sees the report closed, and no reports file was written: the queue lives in Redis.
      const closed = await one.press('report:a:r1', request('', {}, { member: MOD, userId: MOD_ID }));
      expect(replyText(closed.data)).toMatch(/already closed \(applied\)/);
      expect(existsSync(join(file, '..', 'reports.json'))).toBe(false);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  }, 60_000);
});

describe('reports while the shared queue (Redis) is down', () => {
  it("say so in plain words, in the member's language, and store nothing; they work again when Redis is back", async () => {
    const redis = await TestRedis.start();
    const shared = await createApp({
      dataFile: tempData(),
      log: silentLog,
      cacheUrl: redis.url,
      namespace: `reports-down-${process.pid}`,
    });
    apps.push(shared);
    const member = as(MEMBER, MEMBER_ID);
    const results = await shared.responder.command(request('medals', {}, { member: MEMBER }));
    const rowId = results.rows![0]!;
    const first = await shared.responder.modal('report:s', member, { ...GOOD, row: [rowId] });
    expect(replyText(first.data)).toMatch(/report r1 went to the moderators/);

    redis.freeze();
    try {
      const frozen = await shared.responder.modal('report:s', as(MEMBER, MEMBER_ID, 'nl'), { ...GOOD, row: [rowId] });
      expect(frozen.data.flags).toBe(MessageFlags.Ephemeral);
      expect(replyText(frozen.data)).toContain('De meldingenwachtrij reageert nu niet');
      const list = await shared.responder.command(request('data', {}, { subcommand: 'reports', member: MOD }));
      expect(replyText(list.data)).toContain('The report queue is not answering right now');
      const apply = await shared.responder.component('report:x:r1', as(MOD, MOD_ID));
      expect(replyText(apply.data)).toContain('The report queue is not answering right now');
    } finally {
      redis.thaw();
    }
    // Back: the client answers again, and the queue it left is the one it finds.
    let again: Reply | undefined;
    for (let attempt = 0; attempt < 50; attempt += 1) {
      again = await shared.responder.command(request('data', {}, { subcommand: 'reports', member: MOD }));
      if (!replyText(again.data).includes('not answering')) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(replyText(again!.data)).toMatch(/Open reports: 1[\s\S]*r1/);
    await redis.stop();
    const stopped = await shared.responder.modal('report:s', member, { ...GOOD, row: [rowId] });
    expect(replyText(stopped.data)).toContain('nothing was saved or changed');
  }, 60_000);
});
