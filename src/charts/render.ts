/**
 * Charts as PNG images without a browser: Vega-Lite specs for the progression and medal charts,
 * drawn to SVG by Vega and to PNG by resvg with the bundled DejaVu fonts.
 */
import { createRequire } from 'node:module';
import type { TopLevelSpec } from 'vega-lite';
import type { Medal } from '../data/medals.ts';
import type { MedalColour } from '../data/schema.ts';
import { tallyOf } from '../data/view.ts';
import { formatResult } from '../i18n/format.ts';
import type { Lang } from '../i18n/locale.ts';
import { t } from '../i18n/messages.ts';
import { useDejaVuMetrics } from './text-width.ts';
import { bestPoint, POINT_KINDS, type PbLine, type PointKind, type ProgressionPoint } from './progression-data.ts';

const CHART_WIDTH = 800;
const CHART_HEIGHT = 400;
const CHART_FONT = 'DejaVu Sans';

export interface ChartSize {
  width: number;
  height: number;
}

const require = createRequire(import.meta.url);

/**
 * Resolved through the package so it works wherever node_modules sits. Without a font file
 * resvg draws no text at all (system fonts are off so output is the same on every host).
 */
const FONT_FILES: readonly string[] = [
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  // Titles are bold; without the bold face they would fall back to regular weight.
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
];

export const MEDAL_COLOURS: Record<MedalColour, string> = { gold: '#D4AF37', silver: '#A8A9AD', bronze: '#CD7F32' };

const KIND_COLOURS: Record<PointKind, string> = {
  olympics: '#D62728',
  world: '#1F77B4',
  european: '#2CA02C',
  'world-cup': '#FF7F0E',
  dutch: '#9467BD',
  pb: '#111827',
};
const KIND_SHAPES: Record<PointKind, string> = {
  olympics: 'circle',
  world: 'square',
  european: 'diamond',
  'world-cup': 'triangle-up',
  dutch: 'triangle-down',
  pb: 'cross',
};

let renders = 0;

/** How many charts this process has drawn; the reply cache is meant to keep this low. */
export function chartRenderCount(): number {
  return renders;
}

export async function svgToPng(svg: string, fontFiles: readonly string[] = FONT_FILES): Promise<Buffer> {
  // Loaded on first use: the renderer is native code the bot should not pay for until a chart is asked for.
  const { renderAsync } = await import('@resvg/resvg-js');
  // renderAsync runs on the libuv pool, so drawing a chart does not stall other interactions.
  const image = await renderAsync(svg, {
    font: { fontFiles: [...fontFiles], loadSystemFonts: false, defaultFontFamily: CHART_FONT },
    background: 'white',
  });
  return image.asPng();
}

/** Compiles a Vega-Lite spec and draws it headless: no browser, no canvas, just the SVG string. */
export async function specToSvg(spec: TopLevelSpec): Promise<string> {
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  useDejaVuMetrics(vega);
  const runtime = vega.parse(vl.compile(spec).spec);
  const view = new vega.View(runtime, { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

function baseConfig(size: ChartSize) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: size.width,
    height: size.height,
    // Fit the whole image (axes and legend included) into the asked size, so the PNG is exactly that.
    autosize: { type: 'fit', contains: 'padding' },
    padding: 16,
    background: 'white',
    config: {
      font: CHART_FONT,
      view: { stroke: null },
      axis: {
        labelFontSize: 13,
        titleFontSize: 14,
        gridColor: '#E5E7EB',
        domainColor: '#6B7280',
        tickColor: '#6B7280',
      },
      legend: { labelFontSize: 13, titleFontSize: 13, orient: 'right', labelLimit: 280 },
      title: { fontSize: 18, anchor: 'start', offset: 12, subtitleFontSize: 13, subtitleColor: '#4B5563' },
    },
  } as const;
}

/**
 * A Vega expression printing seconds as a race time: 72.31 → "1:12.31", 37.15 → "37.15";
 * Dutch swaps the separators the same way formatResult does: "1.12,31", "37,15".
 */
export function timeLabelExpr(lang: Lang): string {
  const en =
    "(datum.value >= 60 ? floor(datum.value / 60) + ':' + pad(format(datum.value % 60, '.2f'), 5, '0', 'left') : format(datum.value, '.2f'))";
  return lang === 'en' ? en : `replace(replace(${en}, '.', ','), ':', '.')`;
}

/** Seconds as a race time in JavaScript, matching timeLabelExpr, for labels computed up front. */
export function formatSeconds(seconds: number, lang: Lang): string {
  const minutes = Math.floor(seconds / 60);
  const rest = (seconds - minutes * 60).toFixed(2);
  const en = minutes > 0 ? `${minutes}:${rest.padStart(5, '0')}` : rest;
  return formatResult(en, lang);
}

const utcYearStart = (year: number) => Date.UTC(year, 0, 1);

/**
 * The dashed line: her personal best as the sources record it (each step from its date on, up to
 * the last race drawn); without recorded steps, the fastest time among the races drawn so far.
 */
function bestLine(points: readonly ProgressionPoint[], pbLine: PbLine | undefined) {
  const lastDate = points.at(-1)?.date;
  if (pbLine && pbLine.steps.length > 0) {
    const steps = pbLine.steps.map((s) => ({ date: s.date, best: s.seconds }));
    const last = steps.at(-1)!;
    return lastDate && lastDate > last.date ? [...steps, { date: lastDate, best: last.best }] : steps;
  }
  let fastest = Infinity;
  return points.map((p) => {
    fastest = Math.min(fastest, p.seconds);
    return { date: p.date, best: fastest };
  });
}

export function progressionSpec(
  points: readonly ProgressionPoint[],
  lang: Lang,
  title: string,
  size: ChartSize = { width: CHART_WIDTH, height: CHART_HEIGHT },
  pbLine?: PbLine,
): TopLevelSpec {
  const chartText = t(lang).chart;
  const best = bestPoint(points);
  const values = points.map((p) => ({ date: p.date, seconds: p.seconds, kind: chartText.kind[p.kind] }));
  const line = bestLine(points, pbLine);
  const kinds = POINT_KINDS.filter((k) => points.some((p) => p.kind === k));
  const years = [...points, ...line].map((p) => Number(p.date.slice(0, 4)));
  // Whole years on the x axis, so even a single season gets two year ticks around it.
  const xDomain = years.length ? [utcYearStart(Math.min(...years)), utcYearStart(Math.max(...years) + 1)] : undefined;
  const x = {
    field: 'date',
    type: 'temporal',
    title: chartText.date,
    scale: { type: 'utc', ...(xDomain ? { domain: xDomain } : {}) },
    // Flush labels would push the first year rightwards onto the second; centred ones sit under their tick.
    axis: { format: '%Y', tickCount: { interval: 'year', step: 1 }, labelAngle: 0, labelFlush: false },
  } as const;
  const yAxis = { title: chartText.timeAxis, labelExpr: timeLabelExpr(lang), tickCount: 6 };
  const seconds = [...points.map((p) => p.seconds), ...line.map((p) => p.best)];
  const lo = Math.min(...seconds);
  const hi = Math.max(...seconds);
  // Room around the extremes so the fastest time's label is not squeezed against the axis,
  // and at least a second of range so a single race does not collapse the axis to one tick.
  const pad = Math.max((hi - lo) * 0.06, (1 - (hi - lo)) / 2, 0.05);
  const yScale = { zero: false, nice: true, ...(points.length ? { domain: [lo - pad, hi + pad] } : {}) };
  return {
    ...baseConfig(size),
    // The subtitle explains the dashed line, which a single race does not have.
    title: {
      text: title,
      ...(points.length > 1
        ? { subtitle: pbLine?.steps.length ? chartText.progressionPbSubtitle : chartText.progressionSubtitle }
        : {}),
    },
    layer: [
      {
        data: { values: line },
        mark: { type: 'line', interpolate: 'step-after', color: '#9CA3AF', strokeWidth: 2, strokeDash: [6, 4] },
        encoding: { x, y: { field: 'best', type: 'quantitative', scale: yScale, axis: yAxis } },
      },
      {
        data: { values },
        mark: { type: 'point', filled: true, size: 110, opacity: 0.9 },
        encoding: {
          x,
          y: { field: 'seconds', type: 'quantitative', scale: yScale, axis: yAxis },
          color: {
            field: 'kind',
            type: 'nominal',
            title: chartText.race,
            scale: { domain: kinds.map((k) => chartText.kind[k]), range: kinds.map((k) => KIND_COLOURS[k]) },
          },
          shape: {
            field: 'kind',
            type: 'nominal',
            title: chartText.race,
            scale: { domain: kinds.map((k) => chartText.kind[k]), range: kinds.map((k) => KIND_SHAPES[k]) },
          },
        },
      },
      ...(best
        ? [
            {
              data: { values: [{ date: best.date, seconds: best.seconds, text: formatResult(best.resultText, lang) }] },
              mark: { type: 'text', dy: -14, fontSize: 13, fontWeight: 'bold', color: '#111827' },
              encoding: { x, y: { field: 'seconds', type: 'quantitative' }, text: { field: 'text', type: 'nominal' } },
            } as const,
          ]
        : []),
    ],
  };
}

export function medalTimelineSpec(
  medals: readonly Pick<Medal, 'year' | 'medal'>[],
  lang: Lang,
  size: ChartSize = { width: CHART_WIDTH, height: CHART_HEIGHT },
): TopLevelSpec {
  const msg = t(lang);
  const tally = tallyOf(medals);
  const colours: MedalColour[] = ['gold', 'silver', 'bronze'];
  const counts = new Map<string, number>();
  for (const md of medals) counts.set(`${md.year}|${md.medal}`, (counts.get(`${md.year}|${md.medal}`) ?? 0) + 1);
  const years = medals.map((md) => md.year);
  const first = years.length ? Math.min(...years) : new Date().getUTCFullYear();
  const last = years.length ? Math.max(...years) : first;
  // Every year in the span, medal or not: a gap year must look like a gap, not vanish.
  const allYears = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  const bars = allYears.flatMap((year) =>
    colours.map((colour, rank) => ({
      year,
      medal: msg.medal[colour],
      rank,
      count: counts.get(`${year}|${colour}`) ?? 0,
    })),
  );
  const totals = allYears.map((year) => ({
    year,
    total: bars.filter((b) => b.year === year).reduce((n, b) => n + b.count, 0),
  }));
  const highest = Math.max(1, ...totals.map((row) => row.total));
  const x = {
    field: 'year',
    type: 'ordinal',
    title: msg.chart.year,
    scale: { domain: allYears },
    axis: { labelAngle: 0 },
  } as const;
  return {
    ...baseConfig(size),
    title: {
      text: msg.chart.medalTimelineTitle,
      subtitle: msg.medalsTally(tally.gold, tally.silver, tally.bronze, tally.total).replace(/[🥇🥈🥉]\s?/gu, ''),
    },
    layer: [
      {
        data: { values: bars },
        mark: { type: 'bar', cornerRadiusEnd: 0, stroke: 'white', strokeWidth: 1 },
        encoding: {
          x,
          y: {
            field: 'count',
            type: 'quantitative',
            stack: 'zero',
            title: msg.chart.medals,
            // Headroom so the total above the tallest bar is not cut off by the top of the plot.
            scale: { domainMax: Math.ceil(highest * 1.15) },
            axis: { tickMinStep: 1, format: 'd' },
          },
          color: {
            field: 'medal',
            type: 'nominal',
            title: msg.chart.medal,
            scale: { domain: colours.map((c) => msg.medal[c]), range: colours.map((c) => MEDAL_COLOURS[c]) },
          },
          // Gold at the bottom of each stack, bronze on top, as on a podium list.
          order: { field: 'rank', type: 'quantitative', sort: 'ascending' },
        },
      },
      {
        data: { values: totals.filter((row) => row.total > 0) },
        mark: { type: 'text', dy: -8, fontSize: 13, fontWeight: 'bold', color: '#374151' },
        encoding: { x, y: { field: 'total', type: 'quantitative' }, text: { field: 'total', type: 'quantitative' } },
      },
    ],
  };
}

export async function renderProgressionChart(
  points: readonly ProgressionPoint[],
  lang: Lang,
  title: string,
  size?: ChartSize,
  pbLine?: PbLine,
): Promise<Buffer> {
  renders += 1;
  return svgToPng(await specToSvg(progressionSpec(points, lang, title, size, pbLine)));
}

export async function renderMedalTimelineChart(
  medals: readonly Pick<Medal, 'year' | 'medal'>[],
  lang: Lang,
  size?: ChartSize,
): Promise<Buffer> {
  renders += 1;
  return svgToPng(await specToSvg(medalTimelineSpec(medals, lang, size)));
}
