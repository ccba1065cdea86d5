import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { MessageFlags, type APIEmbed } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../commands/index.ts';
import { filterMedals, MEDAL_CHART_FILE } from '../commands/medals.ts';
import { createReplyCache, createRotationStore } from '../src/cache/reply-cache.ts';
import { createCacheStore } from '../src/cache/store.ts';
import {
  DISTANCES,
  parseResultSeconds,
  personalBestLine,
  placeDate,
  progressionPoints,
  type Distance,
} from '../src/charts/progression-data.ts';
import {
  chartRenderCount,
  formatSeconds,
  medalTimelineSpec,
  MEDAL_COLOURS,
  progressionSpec,
  renderMedalTimelineChart,
  renderProgressionChart,
  specToSvg,
  svgToPng,
  timeLabelExpr,
} from '../src/charts/render.ts';
import { runCli } from '../src/cli.ts';
import { validateOptions } from '../src/core/options.ts';
import { createResponder } from '../src/core/responder.ts';
import type { Reply } from '../src/core/types.ts';
import type { Dataset } from '../src/data/schema.ts';
import type { DataView } from '../src/data/view.ts';
import { formatResult } from '../src/i18n/format.ts';
import { ctxFor, loadView, MINI_DATA, REAL_DATA, request, seededRandom, silentLog, tempDir } from './helpers.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which always comes first after the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Decoded scanline bytes (still filtered): enough to tell an image with content from a blank one. */
function pngPixelBytes(png: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('latin1');
    if (type === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return inflateSync(Buffer.concat(parts));
}

const svgTexts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

const registry = createRegistry();
async function run(
  view: DataView,
  name: string,
  options: Record<string, string | number | boolean> = {},
  locale = 'en-US',
): Promise<Reply> {
  const module = registry.get(name)!;
  const req = request(name, options, { locale });
  const check = validateOptions(module.definition, req, 'en');
  if (!check.ok) throw new Error(check.message);
  return module.run({ ...req, options: check.options }, ctxFor(view));
}
const embed = (r: Reply): APIEmbed => r.data.embeds![0]!;

/**
 * An independent reading of the dataset: which rows at a distance carry a time. Written without
 * the module's regex so the two can disagree; duplicates (same day, same time) count once.
 */
function expectedRaces(d: Dataset, distance: Distance): Map<string, number> {
  // A personal best that names its race is that race's point; only steps with their own time add one.
  const rows = [...d.results, ...d.dutchTitles, ...d.personalBests.filter((p) => p.race === undefined)].filter(
    (r): r is typeof r & { date: string } => r.event === distance && r.date !== undefined,
  );
  const races = new Map<string, number>();
  for (const r of rows) {
    const first = (r.result ?? '').trim().split(/\s+/)[0] ?? '';
    const rest = (r.result ?? '').trim().slice(first.length).trim();
    if (/^(pts?|points)\b/i.test(rest)) continue;
    const parts = first.replace(/[,;)]+$/, '').split(':');
    if (!parts.every((p) => /^\d+(\.\d+)?$/.test(p)) || !parts.at(-1)!.includes('.')) continue;
    const seconds =
      parts.length === 2 ? Number(parts[0]) * 60 + Number(parts[1]) : parts.length === 1 ? Number(parts[0]) : NaN;
    if (!Number.isFinite(seconds)) continue;
    races.set(`${placeDate(r.date)}|${Math.round(seconds * 1000) / 1000}`, seconds);
  }
  return races;
}

describe('reading results', () => {
  it.each([
    ['1:12.31', 72.31],
    ['37.15', 37.15],
    ['1:24.029', 84.029],
    ['2:01.5', 121.5],
    [' 1:13.64 ', 73.64],
    ['37.15 (track record)', 37.15],
    ['1:12.31 OR', 72.31],
    ['1:11.61, world record', 71.61],
  ])('%s → %f seconds', (text, seconds) => {
    expect(parseResultSeconds(text)).toBeCloseTo(seconds, 6);
  });

  it.each([
    ['154.418 pts'],
    ['37.150 points'],
    ['148.5 pts'],
    ['points not found'],
    ['DQ'],
    [''],
    ['1:72.00'],
    ['37'],
    ['1:12'],
    ['37.15.2'],
    ['12:34:56.7'],
    ['time 1:12.31'],
    ['37,15'],
  ])('%j is not a time', (text) => {
    expect(parseResultSeconds(text)).toBeUndefined();
  });

  it('has no result at all', () => {
    expect(parseResultSeconds(undefined)).toBeUndefined();
  });

  it('places partial dates mid-period and keeps full dates', () => {
    expect(placeDate('2022-02-17')).toBe('2022-02-17');
    expect(placeDate('2022-02')).toBe('2022-02-15');
    expect(placeDate('2022')).toBe('2022-07-01');
    expect(placeDate('Feb 2022')).toBeUndefined();
  });

  it('prints times the way the axis does, in English and Dutch', () => {
    expect(formatSeconds(72.31, 'en')).toBe('1:12.31');
    expect(formatSeconds(72.31, 'nl')).toBe('1.12,31');
    expect(formatSeconds(37.15, 'en')).toBe('37.15');
    expect(formatSeconds(37.15, 'nl')).toBe('37,15');
    expect(formatSeconds(121.05, 'en')).toBe('2:01.05');
    expect(timeLabelExpr('nl')).toContain('replace(');
  });
});

describe('progression points', () => {
  const mini = loadView(MINI_DATA).dataset;

  it.each(DISTANCES)('mini fixture, %s: one point per timed race, oldest first', (distance) => {
    const points = progressionPoints(mini, distance);
    const expected = expectedRaces(mini, distance);
    expect(points.length).toBe(expected.size);
    for (const p of points) {
      expect(expected.get(`${p.date}|${p.seconds}`)).toBeCloseTo(p.seconds, 6);
      expect(p.sources.length).toBeGreaterThan(0);
    }
    expect(points.map((p) => p.date)).toEqual([...points.map((p) => p.date)].sort());
  });

  it('reads every section, maps kinds, places partial dates and merges a race listed twice', () => {
    const medal = mini.results.find((m) => m.event === '1000m' && m.competition === 'olympics')!;
    const year = medal.date.slice(0, 4);
    const d: Dataset = {
      ...mini,
      results: [
        ...mini.results,
        {
          ...medal,
          id: 'e1',
          competition: 'european-single-distances',
          date: `${year}-01`,
          result: '1:13.50',
          placings: undefined,
          margins: undefined,
        },
        {
          ...medal,
          id: 'e2',
          competition: 'world-sprint',
          event: 'sprint-allround',
          result: undefined,
          points: { value: '148.500', basis: 'given' },
          placings: undefined,
          margins: undefined,
        },
        {
          id: 'wc1',
          competition: 'world-cup',
          season: '2021/22',
          date: '2021-12',
          venue: { en: 'Calgary', nl: 'Calgary' },
          event: '1000m',
          place: 1,
          result: '1:11.90',
          sources: ['https://example.org/wc'],
          confidence: 'confirmed',
        },
      ],
      dutchTitles: [
        {
          id: 'nk1',
          championship: 'nk-single-distances',
          season: '2020',
          date: '2020',
          venue: { en: 'Heerenveen', nl: 'Heerenveen' },
          event: '1000m',
          result: '1:14.00',
          sources: ['https://example.org/nk'],
          confidence: 'confirmed',
        },
        {
          id: 'nk2',
          championship: 'nk-sprint',
          season: '2019',
          date: '2019-12-28',
          venue: { en: 'Heerenveen', nl: 'Heerenveen' },
          event: '1000m',
          result: 'points not found',
          sources: ['https://example.org/nk2'],
          confidence: 'confirmed',
        },
      ],
      personalBests: [
        ...mini.personalBests,
        // The Olympic race again as a personal best with its own time: one point, the championship kind, both sources.
        {
          id: 'pb1',
          event: '1000m',
          result: medal.result!,
          date: medal.date,
          venue: medal.venue,
          pbClaim: 'stated',
          sources: ['https://example.org/pb'],
          confidence: 'confirmed',
        },
        // A step that names its race adds no point of its own.
        {
          id: 'pb2',
          event: '1000m',
          race: 'wc1',
          pbClaim: 'stated',
          sources: ['https://example.org/pb2'],
          confidence: 'confirmed',
        },
      ],
    };
    const points = progressionPoints(d, '1000m');
    const byKind = (k: string) => points.filter((p) => p.kind === k);
    expect(points.length).toBe(expectedRaces(d, '1000m').size);
    expect(byKind('european')).toMatchObject([{ date: `${year}-01-15`, sourceDate: `${year}-01`, seconds: 73.5 }]);
    expect(byKind('world-cup')).toEqual(
      expect.arrayContaining([expect.objectContaining({ date: '2021-12-15', seconds: 71.9, resultText: '1:11.90' })]),
    );
    expect(byKind('dutch')).toMatchObject([{ date: '2020-07-01', seconds: 74 }]);
    expect(byKind('pb')).toEqual([]);
    const olympic = points.find((p) => p.date === medal.date && p.kind === 'olympics')!;
    expect(olympic.sources).toEqual(expect.arrayContaining([...medal.sources, 'https://example.org/pb']));
    expect(points.filter((p) => p.date === medal.date && p.seconds === olympic.seconds)).toHaveLength(1);
    expect(progressionPoints(d, '1000m', 'nl').find((p) => p.kind === 'olympics')!.label).toContain(
      'Olympische Spelen',
    );
  });

  it('real dataset file exists (written by the data task)', () => {
    expect(existsSync(REAL_DATA), `${REAL_DATA} is missing: the real-data chart tests below cannot run`).toBe(true);
  });

  describe.runIf(existsSync(REAL_DATA))('on the real dataset', () => {
    const real = existsSync(REAL_DATA) ? loadView(REAL_DATA).dataset : mini;
    it.each(DISTANCES)('%s: every timed race, and only those', (distance) => {
      const points = progressionPoints(real, distance);
      const expected = expectedRaces(real, distance);
      expect(points.length).toBe(expected.size);
      for (const p of points) expect(expected.has(`${p.date}|${p.seconds}`)).toBe(true);
    });
  });
});

describe('chart rendering', () => {
  const miniView = loadView(MINI_DATA);
  const mini = { ...miniView.dataset, medals: miniView.medalsNewestFirst };
  const points = progressionPoints(mini, '1000m');
  const fastest = Math.min(...points.map((p) => p.seconds));

  it('draws axis titles, time labels and the legend as text, in English', async () => {
    const svg = await specToSvg(progressionSpec(points, 'en', 'Jutta Leerdam — 1000 m progression'));
    const texts = svgTexts(svg);
    expect(svg).toMatch(/^<svg[^>]* width="800" height="400"/);
    expect(texts).toEqual(
      expect.arrayContaining(['Jutta Leerdam — 1000 m progression', 'Date', 'Time (lower is faster)', 'Olympic Games']),
    );
    expect(texts).toContain(formatSeconds(fastest, 'en'));
    // Every time label on the y axis reads m:ss.xx.
    const timeLabels = texts.filter((s) => /^\d:\d\d\.\d\d$/.test(s));
    expect(timeLabels.length).toBeGreaterThanOrEqual(3);
    expect(svg).toContain('font-family="DejaVu Sans"');
  });

  it('writes Dutch labels and Dutch time notation for nl', async () => {
    const texts = svgTexts(
      await specToSvg(progressionSpec(progressionPoints(mini, '1000m', 'nl'), 'nl', 'Progressie')),
    );
    expect(texts).toEqual(
      expect.arrayContaining(['Datum', 'Tijd (lager is sneller)', 'Olympische Spelen', 'Wedstrijd']),
    );
    expect(texts).toContain(formatSeconds(fastest, 'nl'));
    expect(texts.filter((s) => /^\d\.\d\d,\d\d$/.test(s)).length).toBeGreaterThanOrEqual(3);
    expect(texts.some((s) => /^\d:\d\d\.\d\d$/.test(s))).toBe(false);
  });

  it('renders a PNG of the asked size with text drawn', async () => {
    const png = await renderProgressionChart(points, 'en', 'Progression');
    expect(pngSize(png)).toEqual({ width: 800, height: 400 });
    expect(png.length).toBeGreaterThan(5000);
    expect(pngSize(await renderProgressionChart(points, 'en', 'Progression', { width: 640, height: 320 }))).toEqual({
      width: 640,
      height: 320,
    });
    // Without a font file resvg silently drops all text: the font must make a visible difference.
    const svg = await specToSvg(progressionSpec(points, 'en', 'Progression'));
    const withFont = await svgToPng(svg);
    const withoutFont = await svgToPng(svg, []);
    expect(withFont.equals(withoutFont)).toBe(false);
    expect(withFont.length).toBeGreaterThan(withoutFont.length);
    const pixels = pngPixelBytes(withFont);
    expect(new Set(pixels).size).toBeGreaterThan(20);
  });

  it('stacks medals per year in gold, silver and bronze, every year of the span on the axis', async () => {
    const svg = await specToSvg(medalTimelineSpec(mini.medals, 'en'));
    const texts = svgTexts(svg);
    const years = mini.medals.map((m) => m.year);
    for (let y = Math.min(...years); y <= Math.max(...years); y += 1) expect(texts).toContain(String(y));
    expect(texts).toEqual(expect.arrayContaining(['Gold', 'Silver', 'Bronze', 'Year', 'Medals']));
    for (const colour of Object.values(MEDAL_COLOURS)) expect(svg).toContain(`fill="${colour}"`);
    const nl = svgTexts(await specToSvg(medalTimelineSpec(mini.medals, 'nl')));
    expect(nl).toEqual(expect.arrayContaining(['Goud', 'Zilver', 'Brons', 'Jaar', 'Medailles']));
    const png = await renderMedalTimelineChart(mini.medals, 'en');
    expect(pngSize(png)).toEqual({ width: 800, height: 400 });
  });
});

describe.each([
  ['mini fixture', MINI_DATA],
  ['real dataset', REAL_DATA],
])('/progression on the %s', (_label, file) => {
  const available = existsSync(file);
  it.runIf(available).each(DISTANCES)(
    '%s: a chart attached and referenced by the embed, or a polite no-data reply',
    async (distance) => {
      const view = loadView(file);
      const points = progressionPoints(view.dataset, distance);
      const r = await run(view, 'progression', { distance });
      expect(r.data.allowed_mentions).toEqual({ parse: [] });
      if (points.length === 0) {
        expect(r.data.flags).toBe(MessageFlags.Ephemeral);
        expect(r.files).toBeUndefined();
        expect(embed(r).description).toContain('no times');
        return;
      }
      expect(r.data.flags).toBeUndefined();
      expect(r.files).toHaveLength(1);
      const [png] = r.files!;
      expect(png!.name).toBe(`progression-${distance}.png`);
      expect(png!.contentType).toBe('image/png');
      expect(embed(r).image?.url).toBe(`attachment://${png!.name}`);
      expect(pngSize(png!.data)).toEqual({ width: 800, height: 400 });
      const best = points.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      expect(embed(r).description).toContain(`${points.length} timed`);
      expect(embed(r).description).toContain(`**${best.resultText}**`);
      expect(embed(r).fields?.[0]?.value).toContain(best.sources[0]);
      expect(embed(r).footer?.text).toMatch(/^Data as of /);
    },
  );

  it.runIf(available)('answers in Dutch for a Dutch locale', async () => {
    const view = loadView(file);
    const distance = DISTANCES.find((d) => progressionPoints(view.dataset, d).length > 0)!;
    const r = await run(view, 'progression', { distance }, 'nl');
    const best = progressionPoints(view.dataset, distance).reduce((a, b) => (b.seconds < a.seconds ? b : a));
    expect(embed(r).title).toContain('progressie');
    expect(embed(r).description).toContain(`**${formatResult(best.resultText, 'nl')}**`);
    expect(embed(r).footer?.text).toMatch(/^Gegevens tot /);
  });
});

describe('/progression options', () => {
  it('requires a distance and offers exactly the three distances, localized', () => {
    const def = registry.get('progression')!.definition;
    expect(def.name_localizations?.nl).toBe('progressie');
    const option = def.options![0]!;
    expect(option).toMatchObject({ name: 'distance', required: true, name_localizations: { nl: 'afstand' } });
    expect('choices' in option && option.choices!.map((c) => c.value)).toEqual(['500m', '1000m', '1500m']);
    expect(validateOptions(def, request('progression', {}), 'en').ok).toBe(false);
    expect(validateOptions(def, request('progression', { distance: '3000m' }), 'en').ok).toBe(false);
  });

  it('refuses a bad distance from a direct caller politely', async () => {
    const view = loadView(MINI_DATA);
    const r = await registry.get('progression')!.run(request('progression', { distance: '<@123>' }), ctxFor(view));
    expect(r.data.flags).toBe(MessageFlags.Ephemeral);
    expect(r.files).toBeUndefined();
    expect(r.data.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('/medals chart option', () => {
  const view = loadView(MINI_DATA);

  it('attaches the medal timeline and shows it in the first embed', async () => {
    const r = await run(view, 'medals', { chart: true });
    expect(r.files?.map((f) => f.name)).toEqual([MEDAL_CHART_FILE]);
    expect(embed(r).image?.url).toBe(`attachment://${MEDAL_CHART_FILE}`);
    expect(pngSize(r.files![0]!.data)).toEqual({ width: 800, height: 400 });
    expect(r.data.allowed_mentions).toEqual({ parse: [] });
    expect(registry.get('medals')!.definition.options!.find((o) => o.name === 'chart')?.name_localizations?.nl).toBe(
      'grafiek',
    );
  });

  it('charts only the filtered medals', async () => {
    const r = await run(view, 'medals', { chart: true, event: '500m' });
    const expected = await renderMedalTimelineChart(filterMedals(view.medalsNewestFirst, { event: '500m' }), 'en');
    expect(r.files![0]!.data.equals(expected)).toBe(true);
    expect(r.files![0]!.data.equals(await renderMedalTimelineChart(view.medalsNewestFirst, 'en'))).toBe(false);
  });

  it('leaves the reply as it was without the option, and pages still work with it', async () => {
    // The real dataset has more medals than fit on one page (the mini fixture's fit on one).
    const view = loadView(REAL_DATA);
    const plain = await run(view, 'medals');
    expect(plain.files).toBeUndefined();
    expect(embed(plain).image).toBeUndefined();
    const charted = await run(view, 'medals', { chart: true });
    const nextOf = (r: Awaited<ReturnType<typeof run>>) =>
      (r.data.components ?? [])
        .flatMap((row) => ('components' in row ? (row.components as { custom_id?: string; disabled?: boolean }[]) : []))
        .find((b) => b.custom_id?.startsWith('medals:p:') && !b.disabled);
    expect(nextOf(plain)).toBeDefined();
    const press = async (customId: string) =>
      registry.get('medals')!.component!(customId.split(':').slice(1), request('medals'), ctxFor(view));
    const plainPage = await press(nextOf(plain)!.custom_id!);
    expect(plainPage.kind).toBe('update');
    expect(plainPage.files).toBeUndefined();
    // A charted reply's page buttons keep the chart: the update re-attaches it and the embed points at it.
    const chartedPage = await press(nextOf(charted)!.custom_id!);
    expect(chartedPage.kind).toBe('update');
    expect(chartedPage.data.flags).toBeUndefined();
    expect(chartedPage.files?.[0]?.name).toBe(MEDAL_CHART_FILE);
    expect(embed(chartedPage).image?.url).toBe(`attachment://${MEDAL_CHART_FILE}`);
    expect(embed(chartedPage).description).not.toBe(embed(charted).description);
  });

  it('sends no chart with an empty result', async () => {
    const r = await run(view, 'medals', { chart: true, year: 2099 });
    expect(r.data.flags).toBe(MessageFlags.Ephemeral);
    expect(r.files).toBeUndefined();
  });
});

describe('chart replies are cached', () => {
  it('renders once for two identical requests, and a second process reads the PNG back from the shared store', async () => {
    const view = loadView(MINI_DATA);
    const store = await createCacheStore(undefined, silentLog, `charts-${process.pid}`);
    const responder = () =>
      createResponder({
        registry,
        data: () => view,
        cache: createReplyCache(store.keyv, silentLog),
        rotation: createRotationStore(store.keyv, silentLog),
        log: silentLog,
        random: seededRandom(),
      });
    const first = responder();
    const before = chartRenderCount();
    const a = await first.command(request('progression', { distance: '1000m' }));
    expect(chartRenderCount()).toBe(before + 1);
    const b = await first.command(request('progression', { distance: '1000m' }));
    expect(chartRenderCount()).toBe(before + 1);
    expect(b.files![0]!.data.equals(a.files![0]!.data)).toBe(true);

    // A fresh reply cache has an empty local layer, so this hit comes through the base64 store format.
    await new Promise((r) => setTimeout(r, 20));
    const c = await responder().command(request('progression', { distance: '1000m' }));
    expect(chartRenderCount()).toBe(before + 1);
    expect(c.files![0]!.data.equals(a.files![0]!.data)).toBe(true);
    expect(c.data.embeds![0]!.image?.url).toBe('attachment://progression-1000m.png');

    await first.command(request('medals', { chart: true }));
    await first.command(request('medals', { chart: true }));
    expect(chartRenderCount()).toBe(before + 2);
    await store.close();
  });
});

describe('offline CLI', () => {
  it('prints the chart reply and saves the PNG with --out', async () => {
    const dir = tempDir('charts-');
    const r = await runCli(['progression', 'distance:1000m', '--out', dir], {
      DATA_FILE: MINI_DATA,
      LOG_LEVEL: 'silent',
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('[image: attachment://progression-1000m.png]');
    const saved = join(dir, 'progression-1000m.png');
    expect(r.stdout).toContain(`saved ${saved}`);
    expect(pngSize(readFileSync(saved))).toEqual({ width: 800, height: 400 });
  });
});

describe('/progression draws her personal-best steps', () => {
  const view = loadView(REAL_DATA);

  it('the dashed line is the recorded progression, step by step, and the reply says how many steps it drew', async () => {
    const progression = view.personalBests.get('500m')!;
    const line = personalBestLine(progression);
    expect(line.steps.length + line.undated).toBe(progression.steps.length);
    expect(line.undated).toBe(progression.steps.filter((s) => s.date === undefined).length);
    expect(line.undated).toBeGreaterThan(0);
    const points = progressionPoints(view.dataset, '500m');
    const spec = progressionSpec(points, 'en', 'x', undefined, line) as unknown as {
      layer: { data?: { values: { date: string; best?: number }[] } }[];
      title: { subtitle?: string };
    };
    const drawn = spec.layer[0]!.data!.values;
    // Each dated step in order, then the last one carried to the newest race.
    expect(drawn.slice(0, line.steps.length).map((v) => v.best)).toEqual(line.steps.map((s) => s.seconds));
    expect(drawn.at(-1)).toEqual({ date: points.at(-1)!.date, best: progression.current.ms / 1000 });
    expect(spec.title.subtitle).toMatch(/personal best as the sources record it/);
    const r = await run(view, 'progression', { distance: '500m' });
    expect(embed(r).description).toContain(
      `Personal-best steps on the dashed line: ${line.steps.length} (${line.undated} without a known date, not drawn)`,
    );
    expect(embed(r).description).toContain('`/records distance:500m`');
    const nl = await run(view, 'progression', { distance: '500m' }, 'nl');
    expect(embed(nl).description).toContain('`/records afstand:500m`');
  });
});
