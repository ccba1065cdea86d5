import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageFlags, PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_DATA, replyText, tempDir } from '../helpers.ts';
import type { BotProcess } from '../support/bot-process.ts';
import { FakeDiscord } from '../../tools/discord-server/index.ts';
import { MODES, startBot } from '../support/modes.ts';

const LOG_CHANNEL = '700000000000000002';
const MOD = { member: { permissions: String(PermissionFlagsBits.ManageGuild) }, user: { id: '100000000000000055' } };
const MEMBER = { user: { id: '100000000000000066' } };

const customIds = (value: unknown): string[] =>
  JSON.stringify(value ?? [])
    .match(/"custom_id":"[^"]+"/g)
    ?.map((m) => m.slice(13, -1)) ?? [];

describe.each(MODES)('report a mistake and moderate it with buttons and forms (%s mode)', (mode) => {
  let fake: FakeDiscord;
  let bot: BotProcess;
  let dataFile: string;

  beforeAll(async () => {
    fake = await FakeDiscord.start({ responseDeadlineMs: 3000 });
    dataFile = join(tempDir(), 'leerdam.json');
    copyFileSync(REAL_DATA, dataFile);
    ({ bot } = await startBot(mode, fake, { DATA_FILE: dataFile, MODERATOR_LOG_CHANNEL_ID: LOG_CHANNEL }));
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
  });

  it('"Sources disagree" under /records shows the rejected 1500 m version to the member who pressed it', async () => {
    const records = await fake.command('records', {}, MEMBER);
    const page = await fake.waitForResponse(records.id);
    expect(replyText(page.data)).not.toContain('1:50.71');
    expect(customIds(page.data.components)).toContain('conflict:v:pb-1500m');
    const pressed = await fake.button('conflict:v:pb-1500m', {
      ...MEMBER,
      message: fake.interaction(records.id)!.original!,
    });
    const detail = await fake.waitForResponse(pressed.id);
    expect(detail.type).toBe(4);
    expect(detail.data.flags).toBe(MessageFlags.Ephemeral);
    expect(replyText(detail.data)).toMatch(
      /✗ 1:50\.71 \(metrosportsreport; contradicts every other source, rejected\)/,
    );
    expect(replyText(detail.data)).toMatch(/• 1:53\.64/);
    fake.expectNoViolations();
  });

  it('a member reports from a reply; a moderator applies it from the log channel through the edit form', async () => {
    const timeline = await fake.command('timeline', {}, MEMBER);
    const page = await fake.waitForResponse(timeline.id);
    const reportId = customIds(page.data.components).find((id) => id.startsWith('report:'))!;
    expect(reportId).toBe('report:v:timeline:p:1:');
    const opened = await fake.button(reportId, { ...MEMBER, message: fake.interaction(timeline.id)!.original! });
    const form = await fake.waitForResponse(opened.id);
    expect(form.type).toBe(9);
    const rows = form.data.components[0].component.options as { value: string }[];
    expect(rows.length).toBeGreaterThan(1);
    const rowId = rows[0]!.value;

    const sent = await fake.submitModal(opened.id, {
      row: rowId,
      wrong: 'The year is wrong',
      correct: '2008',
      source: 'https://example.org/proof',
    });
    const thanks = await fake.waitForResponse(sent.id);
    expect(thanks.type).toBe(4);
    expect(thanks.data.flags).toBe(MessageFlags.Ephemeral);
    expect(replyText(thanks.data)).toMatch(/Your report r1 went to the moderators/);

    await fake.waitUntil(() => fake.channelMessages(LOG_CHANNEL).length > 0, 5000, 'the report in the log channel');
    const posted = fake.channelMessages(LOG_CHANNEL)[0]!;
    expect(posted.content).toMatch(new RegExp(`r1\\*\\* · .*\\(${rowId}\\)[\\s\\S]*Correct: 2008`));
    expect(customIds(posted.components)).toEqual(['report:a:r1', 'report:x:r1', 'report:d:r1']);

    // A member pressing the moderator's button gets a polite no.
    const sneaky = await fake.waitForResponse((await fake.button('report:a:r1', { ...MEMBER, message: posted })).id);
    expect(replyText(sneaky.data)).toMatch(/Only moderators/);

    const apply = await fake.button('report:a:r1', { ...MOD, message: posted });
    const edit = await fake.waitForResponse(apply.id);
    expect(edit.type).toBe(9);
    expect(edit.data.components[1].component.value).toBe('2008');
    const before = readFileSync(dataFile, 'utf8');
    const applied = await fake.waitForResponse(
      (await fake.submitModal(apply.id, { field: 'text.en', value: 'In 2008' })).id,
    );
    expect(replyText(applied.data)).toMatch(/Data updated[\s\S]*from report r1 by <@100000000000000066>/);
    expect(readFileSync(dataFile, 'utf8')).not.toBe(before);
    const shown = await fake.waitForResponse((await fake.command('data show', { id: rowId }, MOD)).id);
    expect(replyText(shown.data)).toContain('`text.en`: In 2008');
    fake.expectNoViolations();
  });

  it('/data add opens a form for the kind of row and adds what is typed, warning of Dutch left empty', async () => {
    const add = await fake.command('data add', { kind: 'background', date: '2026-03-01' }, MOD);
    const form = await fake.waitForResponse(add.id);
    expect(form.type).toBe(9);
    expect(form.data.components).toHaveLength(3);
    const done = await fake.waitForResponse(
      (
        await fake.submitModal(add.id, {
          topic: 'career',
          text: 'She trains in Heerenveen.',
          sources: 'https://example.org/a\nhttps://example.org/b',
        })
      ).id,
    );
    expect(replyText(done.data)).toMatch(/Added background fact `career-she-trains-in-heerenveen`/);
    expect(replyText(done.data)).toMatch(/No Dutch text for `text.nl`/);
    fake.expectNoViolations();
  });
});
