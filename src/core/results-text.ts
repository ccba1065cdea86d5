/** How a results row reads in a reply: /medals and /results share it, so a race reads the same in both. */
import { HER_NAME, isHer } from '../data/derived.ts';
import { isMedal } from '../data/medals.ts';
import type { Margin, Placing, Result, WorldCupStanding } from '../data/schema.ts';
import { formatDate, formatResult } from '../i18n/format.ts';
import type { Lang } from '../i18n/locale.ts';
import { t } from '../i18n/messages.ts';
import { conflictText, inlineSources } from './sources.ts';

const PODIUM_EMOJI: Record<number, string> = { 1: '🥇', 2: '🥈', 3: '🥉' };

const placeMark = (place: number, lang: Lang) => PODIUM_EMOJI[place] ?? t(lang).place(place);

/** "first 500 m" at meetings that hold two; otherwise just the event. */
export function eventLabel(row: Pick<Result, 'event' | 'race'>, lang: Lang): string {
  const text = t(lang);
  return row.race ? text.raceOf(row.race, text.event[row.event]) : text.event[row.event];
}

function placeText(row: { place?: number | undefined; tied?: true | undefined }, lang: Lang): string {
  const text = t(lang);
  if (row.place === undefined) return text.placeUnknown;
  return row.tied ? `${text.place(row.place)} (${text.tied})` : text.place(row.place);
}

const worked = (text: string, basis: 'given' | 'derived' | undefined, lang: Lang) =>
  basis === 'derived' ? `${text} (${t(lang).workedOut})` : text;

/** Her time (or points) as the row holds it, with a mark when it is worked out rather than printed. */
function ownFigure(row: Pick<Result, 'result' | 'resultBasis' | 'points'>, lang: Lang): string | undefined {
  if (row.result) return worked(formatResult(row.result, lang), row.resultBasis, lang);
  if (row.points) return worked(t(lang).points(formatResult(row.points.value, lang)), row.points.basis, lang);
  return undefined;
}

/** Her own name stands out in a list of others. */
const nameOf = (name: string) => (name === HER_NAME ? `**${name}**` : name);

function team(p: Placing, lang: Lang): string {
  const members = p.members ?? [];
  if (members.length === 0) return '';
  const laps = members.every((x) => x.lap !== undefined);
  const names = [...members]
    .sort((a, b) => (a.lap ?? 0) - (b.lap ?? 0))
    .map((x) => (laps ? t(lang).lap(x.lap!, nameOf(x.name)) : nameOf(x.name)));
  return ` (${names.join(', ')})`;
}

/** A placing's time or points; hers is the row's own figure. */
function placingFigure(p: Placing, row: Result, lang: Lang): string | undefined {
  if (isHer(p)) return ownFigure(row, lang);
  if (p.result) return worked(formatResult(p.result, lang), p.resultBasis, lang);
  if (p.points) return worked(t(lang).points(formatResult(p.points.value, lang)), p.points.basis, lang);
  return undefined;
}

/** One placing: "🥇 Femke Kok 36.49", her own with the row's time, a team with its members. */
function placingText(p: Placing, row: Result, lang: Lang, mark: string): string {
  const figure = placingFigure(p, row, lang);
  // A team is its country; her own country goes without saying.
  const country = p.country && p.members === undefined && p.name !== HER_NAME ? ` (${p.country})` : '';
  const tied = p.tied ? ` (${t(lang).tied})` : '';
  return [`${mark}${nameOf(p.name)}${country}${team(p, lang)}${tied}`, figure, p.note ? `(${p.note[lang]})` : undefined]
    .filter(Boolean)
    .join(' ');
}

/** Who the sources place at one place of a race, with their time or points: "who got bronze". */
/** A rival's own line of a race, by name: "Takagi's time in Beijing". */
export function placingOf(
  row: Result,
  name: string,
  lang: Lang,
): { name: string; place: number; figure?: string } | undefined {
  const p = (row.placings ?? []).find((x) => x.name === name);
  if (!p || isHer(p) || p.place === undefined) return undefined;
  const at = placedAt(row, p.place, lang);
  return at ? { ...at, place: p.place } : undefined;
}

export function placedAt(row: Result, place: number, lang: Lang): { name: string; figure?: string } | undefined {
  const p = (row.placings ?? []).find((x) => x.place === place);
  // Her own place is her line of the race already; the question asked about someone else.
  if (!p || isHer(p)) return undefined;
  const figure = placingFigure(p, row, lang);
  // Plain names: the sentence is bold as a whole, and a bold name inside it would end the bold.
  return { name: `${p.name}${team(p, lang).replace(/\*\*/g, '')}`, ...(figure ? { figure } : {}) };
}

function marginText(margin: Margin, row: Result, lang: Lang): string {
  const messages = t(lang);
  const value = formatResult(margin.value, lang);
  const gap = margin.unit === 'pts' ? messages.points(value) : messages.seconds(value);
  const who = placeMark(margin.place, lang);
  const text =
    row.place !== undefined && row.place < margin.place ? messages.aheadOf(gap, who) : messages.behind(gap, who);
  return worked(text, margin.basis, lang);
}

/** The podium with her in it, her margins, then whoever else the sources place. */
function podiumLines(row: Result, lang: Lang): string[] {
  const placings = row.placings ?? [];
  const podium = placings.filter((p) => p.place !== undefined && p.place <= 3).sort((a, b) => a.place! - b.place!);
  const others = placings.filter((p) => p.place === undefined || p.place > 3);
  const margins = (row.margins ?? []).map((x) => marginText(x, row, lang));
  const lines: string[] = [];
  const top = podium.map((p) => placingText(p, row, lang, `${placeMark(p.place!, lang)} `)).join(' · ');
  if (top || margins.length) lines.push([top, margins.join(' · ')].filter(Boolean).join(' — '));
  if (others.length)
    lines.push(
      `${t(lang).others}: ${others
        .sort((a, b) => (a.place ?? 999) - (b.place ?? 999))
        .map((p) => placingText(p, row, lang, p.place ? `${t(lang).place(p.place)} ` : ''))
        .join(' · ')}`,
    );
  return lines;
}

/** "2026 Olympic Games" for a championship, "World Cup 2022/23" for a World Cup race (Dutch: name first). */
export function meetingLabel(row: Pick<Result, 'competition' | 'season' | 'date'>, lang: Lang): string {
  const text = t(lang);
  if (row.competition === 'world-cup') return `${text.competition['world-cup']} ${row.season}`;
  // "2026 Olympic Games", but "Olympische Spelen 2026".
  const year = row.date.slice(0, 4);
  return lang === 'nl'
    ? `${text.competition[row.competition]} ${year}`
    : `${year} ${text.competition[row.competition]}`;
}

/**
 * A whole entry for one race: the headline (with her place when asked for), then the podium and her
 * margins, anyone else placed, the row's note and every conflict version. Always ends with a source.
 */
export function resultEntry(row: Result, lang: Lang, options: { showPlace: boolean }): string {
  const mark = isMedal(row) ? PODIUM_EMOJI[row.place!]! : '•';
  const head = [
    `${mark} **${meetingLabel(row, lang)}** · ${eventLabel(row, lang)}`,
    options.showPlace ? `**${placeText(row, lang)}**` : undefined,
    ownFigure(row, lang),
    row.venue[lang],
    row.dateLabel ? row.dateLabel[lang] : formatDate(row.date, lang),
    inlineSources(row.sources, lang),
  ].filter(Boolean);
  const lines = [head.join(' · '), ...podiumLines(row, lang).map((l) => `  ↳ ${l}`)];
  if (row.note) lines.push(`  ↳ ${row.note[lang]}`);
  return lines.join('\n') + conflictText(row.conflict, lang);
}

/** A World Cup season classification as an entry of /results. */
export function standingEntry(row: WorldCupStanding, lang: Lang): string {
  const text = t(lang);
  const podium = (row.placings ?? [])
    .filter((p) => !isHer(p))
    .sort((a, b) => (a.place ?? 999) - (b.place ?? 999))
    .map((p) => {
      const points = p.points
        ? ` ${worked(text.points(formatResult(p.points.value, lang)), p.points.basis, lang)}`
        : '';
      return `${p.place ? `${placeMark(p.place, lang)} ` : ''}${p.name}${points}`;
    });
  const head = [
    `🏆 **${text.standingLabel(text.event[row.event], row.season)}**`,
    `**${placeText(row, lang)}**`,
    row.points ? worked(text.points(formatResult(row.points.value, lang)), row.points.basis, lang) : undefined,
    inlineSources(row.sources, lang),
  ].filter(Boolean);
  const lines = [head.join(' · ')];
  if (podium.length) lines.push(`  ↳ ${podium.join(' · ')}`);
  if (row.note) lines.push(`  ↳ ${row.note[lang]}`);
  return lines.join('\n') + conflictText(row.conflict, lang);
}
