import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { MINI_DATA, REAL_DATA, replyText, request, silentLog, tempDir } from './helpers.ts';

const MOD = { permissions: PermissionFlagsBits.ManageGuild, roleIds: [] };
const SOURCES = 'https://example.org/a\nhttps://example.org/b';

/** Each kind: the options of `/data add`, what is typed in its form, and the row it must give. */
const KINDS: [string, Record<string, string>, Record<string, string | string[]>, Record<string, unknown>][] = [
  [
    'result',
    { date: '2026-02-12', event: '1500m' },
    { competition: ['olympics'], place: '4', time: '1:54.20', venue: 'Milan, Italy\nMilaan, Italië', sources: SOURCES },
    {
      competition: 'olympics',
      season: '2025/26',
      place: 4,
      result: '1:54.20',
      venue: { en: 'Milan, Italy', nl: 'Milaan, Italië' },
    },
  ],
  [
    'record',
    { date: '2026-02-09', event: '1000m' },
    {
      record: ['olympic:current'],
      result: '1:12.31',
      venue: 'Milan\nMilaan',
      description: 'Olympic record\nOlympisch record',
      sources: SOURCES,
    },
    {
      kind: 'olympic',
      status: 'current',
      event: '1000m',
      description: { en: 'Olympic record', nl: 'Olympisch record' },
    },
  ],
  [
    'quote',
    { date: '2026-02-09' },
    {
      text: 'Ik ben zo blij',
      translation: 'I am so happy',
      occasion: 'After the race\nNa de race',
      topics: 'olympics, Joy',
      sources: SOURCES,
    },
    { language: 'nl', translation: 'I am so happy', topics: ['olympics', 'joy'], confidence: 'confirmed' },
  ],
  [
    'timeline',
    { date: '2026-02-09' },
    { text: 'Olympic champion\nOlympisch kampioen', sources: 'https://example.org/a' },
    { text: { en: 'Olympic champion', nl: 'Olympisch kampioen' }, tags: [], confidence: 'single-source' },
  ],
  [
    'background',
    {},
    { topic: ['career'], text: 'She turned professional.\nZe werd prof.', sources: SOURCES },
    { topic: 'career', text: { en: 'She turned professional.', nl: 'Ze werd prof.' } },
  ],
  [
    'social',
    { date: '2026-03-01' },
    { platform: ['instagram'], followers: '6.100.000', sources: SOURCES },
    { platform: 'instagram', followers: 6100000, asOf: '2026-03-01' },
  ],
];

describe('/data add: a form for every kind of row', () => {
  let app: App;
  afterAll(async () => app.close());

  it.each(KINDS)('adds a %s from its form, validated and audited', async (kind, options, fields, expected) => {
    if (!app) {
      const file = join(tempDir(), 'leerdam.json');
      copyFileSync(MINI_DATA, file);
      app = await createApp({ dataFile: file, log: silentLog });
    }
    const form = await app.responder.command(request('data', { kind, ...options }, { subcommand: 'add', member: MOD }));
    expect(form.kind).toBe('modal');
    const inputs = JSON.stringify(form.modal)
      .match(/"custom_id":"[^"]+"/g)!
      .map((m) => m.slice(13, -1));
    for (const key of Object.keys(fields)) expect(inputs).toContain(key);
    const done = await app.responder.modal(form.modal!.custom_id, request('', {}, { member: MOD }), fields);
    expect(replyText(done.data), replyText(done.data)).toMatch(/Data updated/);
    const [record] = (await app.editor.records(1)).records;
    expect(record).toMatchObject({ op: 'add', after: expected });
  });

  it('refuses what cannot be a row, in plain words, and a member cannot open the form', async () => {
    const noDate = await app.responder.command(request('data', { kind: 'quote' }, { subcommand: 'add', member: MOD }));
    expect(replyText(noDate.data)).toMatch(/A quote needs the `date` option/);
    const member = await app.responder.command(request('data', { kind: 'quote', date: '2026' }, { subcommand: 'add' }));
    expect(replyText(member.data)).toMatch(/Only moderators/);
    const badUrl = await app.responder.modal(
      'data:add:timeline:2026-02-09:',
      request('', {}, { member: MOD, locale: 'nl' }),
      {
        text: 'Iets\nIets',
        sources: 'ftp://example.org/x',
      },
    );
    expect(replyText(badUrl.data)).toMatch(/`sources #1` moet een weblink zijn die begint met https:\/\//);
    const badNumber = await app.responder.modal('data:add:social:2026-03-01:', request('', {}, { member: MOD }), {
      platform: ['x'],
      followers: 'many',
      sources: SOURCES,
    });
    expect(replyText(badNumber.data)).toMatch(/`followers` must be a whole number/);
  });
});

describe('/data add quote: a new topic without a name is flagged', () => {
  let app: App | undefined;
  afterAll(async () => app?.close());

  it("warns about a topic the file does not name, in the moderator's language, and not about named ones", async () => {
    const file = join(tempDir(), 'leerdam.json');
    copyFileSync(REAL_DATA, file);
    app = await createApp({ dataFile: file, log: silentLog });
    const quote = (topics: string, locale = 'en-US') =>
      app!.responder.modal('data:add:quote:2026-02-09:', request('', {}, { member: MOD, locale }), {
        text: `A new quote about ${topics}`,
        occasion: 'After the race\nNa de race',
        topics,
        sources: SOURCES,
      });
    const named = replyText((await quote('olympics, world-cup')).data);
    expect(named).toMatch(/Data updated/);
    expect(named).not.toMatch(/has no name yet/);
    const unnamed = replyText((await quote('olympics, Knitting')).data);
    expect(unnamed).toMatch(/Data updated/);
    expect(unnamed).toContain('The quote topic `knitting` has no name yet');
    expect(unnamed).not.toContain('`olympics` has no name');
    const dutch = replyText((await quote('breien', 'nl')).data);
    expect(dutch).toContain('Het citaatonderwerp `breien` heeft nog geen naam');
    // Saved all the same: the bot shows the slug until a moderator names it.
    const validate = await app.responder.command(request('data', {}, { subcommand: 'validate', member: MOD }));
    expect(replyText(validate.data)).toMatch(/`knitting` has no name yet[\s\S]*`breien` has no name yet/);
  });
});
