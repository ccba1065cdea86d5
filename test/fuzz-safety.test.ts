import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApplicationCommandOptionType, MessageFlags, PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { optionSpecs } from '../src/core/options.ts';
import type { CommandRequest, OptionValue, Reply } from '../src/core/types.ts';
import { parseDataset, versionOf } from '../src/data/load.ts';
import { t } from '../src/i18n/messages.ts';
import { MINI_DATA, REAL_DATA, replyText, request, seededRandom, silentLog, tempDir } from './helpers.ts';
import { HOSTILE } from './support/fuzz.ts';

const MOD = { permissions: PermissionFlagsBits.ManageGuild, roleIds: [] as string[] };
const INTERNAL = [t('en').internalError, t('nl').internalError];
const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

function expectNoInternalError(reply: Reply, what: string): void {
  const text = replyText(reply.data);
  for (const internal of INTERNAL) expect(text, what).not.toContain(internal);
  expect(reply.data.allowed_mentions ?? { parse: [] }).toEqual({ parse: [] });
}

async function appFor(source: string, extra: Partial<Parameters<typeof createApp>[0]> = {}): Promise<App> {
  const file = join(tempDir(), 'leerdam.json');
  copyFileSync(source, file);
  return createApp({ dataFile: file, log: silentLog, chartsPerMinute: 100_000, ...extra });
}

/**
 * `/data` as a moderator, with every subcommand and options of the right types: plausible values
 * (real ids, fields, dates, URLs) mixed with hostile ones. Every reply is ephemeral and one of the
 * replies /data gives; none is an internal error; the file stays valid and its audit log agrees.
 */
describe('/data fuzz as a moderator', () => {
  let app: App;
  beforeAll(async () => {
    app = await appFor(MINI_DATA);
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers 600 random moderator commands with a /data reply, never an internal error', async () => {
    const rand = seededRandom(13);
    const definition = app.registry.get('data')!.definition;
    const subcommands = (definition.options ?? []).map((option) => option.name);
    const titles = new Set(
      (['en', 'nl'] as const).flatMap((lang) => {
        const m = t(lang).moderation;
        return [
          m.refusedTitle,
          m.updatedTitle,
          m.invalidTitle,
          m.validTitle,
          m.reloadRefused,
          m.reloaded,
          m.upToDate,
          m.historyTitle,
          t(lang).errorTitle,
        ];
      }),
    );
    const plausible = (name: string): OptionValue => {
      const ids = app.data.current().medalsNewestFirst.map((medal) => medal.id);
      const byName: Record<string, readonly OptionValue[]> = {
        id: [...ids, 'quote-a', 'tl-gold', 'nope'],
        field: ['result', 'venue.nl', 'sources', 'topics', 'year', 'date', '__proto__.x', 'id', 'medal'],
        value: ['1:11.11', 'https://example.org/x', 'null', '["https://a.example"]', '2021-02-30', '{"a":1}', 'gold'],
        date: ['2026-03-01', '2026', '2021-02-30', '2026-13-01', 'yesterday'],
        source: ['https://example.org/s', 'javascript:alert(1)', 'https://example.org/a)[x](https://evil.example)'],
        source2: ['https://example.org/t'],
        snapshot: ['../../etc/passwd', 'nope.json', 'sync-state.json', 'pending.json'],
        version: [app.data.current().version, '000000000000'],
      };
      return byName[name] ? pick(rand, byName[name]) : pick(rand, HOSTILE);
    };
    let updated = 0;
    for (let i = 0; i < 600; i += 1) {
      const subcommand = pick(rand, subcommands);
      const specs = optionSpecs(definition, subcommand) ?? [];
      const options: Record<string, OptionValue> = {};
      for (const spec of specs) {
        const required = 'required' in spec && spec.required === true;
        if (!required && rand() < 0.5) continue;
        if (spec.type === ApplicationCommandOptionType.Integer) options[spec.name] = 1990 + Math.floor(rand() * 130);
        else if ('choices' in spec && spec.choices && rand() < 0.9)
          options[spec.name] = pick<{ value: string | number }>(rand, spec.choices).value;
        else options[spec.name] = String(rand() < 0.7 ? plausible(spec.name) : pick(rand, HOSTILE)).slice(0, 100);
      }
      const locale = rand() < 0.5 ? 'nl' : 'en-US';
      const reply = await app.responder.command(request('data', options, { subcommand, member: MOD, locale }));
      const what = `/data ${subcommand} ${JSON.stringify(options)}`;
      expectNoInternalError(reply, what);
      if (reply.kind === 'modal') {
        // `/data add` opens its form; what is typed there is fuzzed through the modal handler below.
        expect(subcommand, what).toBe('add');
        expect(reply.modal?.components.length, what).toBeLessThanOrEqual(5);
        continue;
      }
      expect(reply.data.flags, what).toBe(MessageFlags.Ephemeral);
      // /data show and /data history id: are titled by the row they show.
      const titled =
        titles.has(reply.data.embeds?.[0]?.title ?? '') ||
        subcommand === 'show' ||
        subcommand === 'history' ||
        subcommand === 'reports';
      expect(titled, `${what}: ${replyText(reply.data)}`).toBe(true);
      expect(replyText(reply.data), what).not.toMatch(/Writing the data failed|schrijven van de gegevens is mislukt/);
      const title = reply.data.embeds?.[0]?.title;
      if (title === t('en').moderation.updatedTitle || title === t('nl').moderation.updatedTitle) updated += 1;
    }
    process.stdout.write(`/data fuzz: 600 sent, ${updated} changes made, ${600 - updated} refused or read-only\n`);
    // Enough of the plausible changes went through for the fuzz to exercise writes, not only refusals.
    expect(updated).toBeGreaterThan(10);
    const text = readFileSync(app.data.file, 'utf8');
    expect(parseDataset(text).ok).toBe(true);
    const { records } = await app.editor.records(1);
    if (records[0]) expect(records[0].toVersion).toBe(versionOf(text));
  }, 120_000);
});

/** Charts with random filters: a PNG, or a polite error; never an internal error. */
describe('chart fuzz', () => {
  it('answers 120 random chart requests with a chart or a user error', async () => {
    const app = await appFor(REAL_DATA);
    const rand = seededRandom(21);
    const view = app.data.current();
    const filterValues: Record<string, readonly OptionValue[]> = {
      competition: [...view.medalCompetitions, 'wk', 'o.lympics', ...HOSTILE.slice(0, 8)],
      event: [...view.medalEvents, '1k', 'x'],
      year: [...view.medalYears, 1999, 2031],
      medal: ['gold', 'silver', 'bronze'],
    };
    let charts = 0;
    for (let i = 0; i < 120; i += 1) {
      let req: CommandRequest;
      if (rand() < 0.4)
        req = request('progression', { distance: pick(rand, ['500m', '1000m', '1500m', '3000m', 'x']) });
      else {
        const options: Record<string, OptionValue> = { chart: true };
        for (const [name, values] of Object.entries(filterValues)) if (rand() < 0.4) options[name] = pick(rand, values);
        req = request('medals', options);
      }
      req = { ...req, locale: rand() < 0.5 ? 'nl' : 'en-US', userId: String(200000000000000000n + BigInt(i)) };
      const reply = await app.responder.command(req);
      expectNoInternalError(reply, JSON.stringify(req.options));
      if (reply.files?.length) {
        expect(reply.files[0]!.data.subarray(0, 4).toString('hex')).toBe('89504e47');
        charts += 1;
      } else expect(reply.data.flags, JSON.stringify(req.options)).toBe(MessageFlags.Ephemeral);
    }
    process.stdout.write(`chart fuzz: 120 sent, ${charts} charts, ${120 - charts} polite errors\n`);
    expect(charts).toBeGreaterThan(40);
    await app.close();
  }, 120_000);
});

/** Every custom_id the bot emits, pressed as sent and in mangled forms. */
describe('custom_id fuzz', () => {
  function customIds(reply: Reply): { id: string; values: string[] }[] {
    const found: { id: string; values: string[] }[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const component = node as {
          custom_id?: string;
          disabled?: boolean;
          options?: { value: string }[];
          components?: unknown;
        };
        // A disabled button (the page counter) cannot be pressed in Discord; its id only has to be unique.
        if (component.custom_id && !component.disabled)
          found.push({ id: component.custom_id, values: (component.options ?? []).map((option) => option.value) });
        walk(component.components);
      }
    };
    walk(reply.data.components);
    return found;
  }

  it('every emitted id answers without an error; 2,000 mangled ids answer politely', async () => {
    const app = await appFor(REAL_DATA);
    const view = app.data.current();
    const starts: CommandRequest[] = [
      request('medals'),
      request('medals', { chart: true }),
      request('medals', { competition: 'olympics' }),
      request('medals', { medal: 'gold' }, { locale: 'nl' }),
      ...view.medalYears.map((year) => request('medals', { year })),
      request('quote'),
      request('about'),
      request('records'),
      request('timeline'),
      request('help'),
      request('ask', { question: 'How many medals did she win?' }),
    ];
    const seen = new Map<string, string[]>();
    const queue: { id: string; values: string[] }[] = [];
    for (const start of starts) for (const found of customIds(await app.responder.command(start))) queue.push(found);
    // Follow every button and menu the replies lead to (pages of pages), up to 400 ids.
    while (queue.length && seen.size < 400) {
      const { id, values } = queue.shift()!;
      if (seen.has(id)) continue;
      seen.set(id, values);
      for (const value of values.length ? values : [undefined]) {
        const reply = await app.responder.component(id, request(id.split(':')[0]!), value ? [value] : undefined);
        expectNoInternalError(reply, id);
        expect(replyText(reply.data), id).not.toContain(t('en').expiredButton);
        expect(reply.data.embeds?.[0]?.title, id).not.toBe(t('en').errorTitle);
        queue.push(...customIds(reply));
      }
    }
    process.stdout.write(`custom_id fuzz: ${seen.size} emitted ids pressed, then 2000 mangled ids\n`);
    expect(seen.size).toBeGreaterThan(10);
    const rand = seededRandom(99);
    const ids = [...seen.keys()];
    const mangle = (id: string): string => {
      const parts = id.split(':');
      switch (Math.floor(rand() * 6)) {
        case 0:
          return id.slice(0, Math.floor(rand() * id.length));
        case 1:
          parts[Math.floor(rand() * parts.length)] = pick(rand, HOSTILE).slice(0, 40);
          return parts.join(':');
        case 2:
          return `${id}:${pick(rand, ['x', '', '-1', '99999999999', 'g', '💥'])}`;
        case 3:
          parts[Math.floor(rand() * parts.length)] = String(Math.floor(rand() * 1e12) - 5e11);
          return parts.join(':');
        case 4:
          return `${pick(rand, ['medals', 'quote', 'about', 'data', 'help', 'nope', ''])}:${parts.slice(1).join(':')}`;
        default:
          return parts.reverse().join(':');
      }
    };
    for (let i = 0; i < 2000; i += 1) {
      const id = mangle(pick(rand, ids)).slice(0, 100);
      const member = rand() < 0.5 ? MOD : { permissions: 0n, roleIds: [] };
      const reply = await app.responder.component(
        id,
        request(id.split(':')[0] ?? '', {}, { member }),
        rand() < 0.3 ? [pick(rand, HOSTILE)] : undefined,
      );
      expectNoInternalError(reply, id);
      // A mangled report button may still name a real page: it then opens the report form.
      if (reply.kind === 'modal') expect(reply.modal?.components.length, id).toBeGreaterThan(0);
      else {
        expect(['message', 'update']).toContain(reply.kind);
        expect(reply.data.embeds?.length ?? 0, id).toBeGreaterThan(0);
      }
    }
    await app.close();
  }, 120_000);
});
