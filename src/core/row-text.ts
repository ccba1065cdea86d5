/**
 * One wording per kind of row that is not a race (races: results-text.ts): a personal best, a
 * record, a team or coach, a social-media figure. `/records`, `/about` and `/ask` all use these,
 * so a row reads the same wherever it is shown.
 */
import type { PbStep } from '../data/personal-bests.ts';
import type { Affiliation, Dataset } from '../data/schema.ts';
import { formatDate, formatNumber, formatResult } from '../i18n/format.ts';
import type { Lang } from '../i18n/locale.ts';
import { t } from '../i18n/messages.ts';
import { eventLabel, meetingLabel } from './results-text.ts';

type RecordRow = Dataset['records'][number];
type SocialRow = Dataset['profile']['social'][number];

const bold = (text: string, on: boolean) => (on ? `**${text}**` : text);

/** Where a step was skated: the race row it names, or the step's own words. */
function whereSet(step: PbStep, lang: Lang): string | undefined {
  const race = step.race;
  if (race?.section === 'results') return `${meetingLabel(race.row, lang)}, ${eventLabel(race.row, lang)}`;
  if (race?.section === 'dutchTitles') return `${t(lang).dutchChampionship[race.row.championship]} ${race.row.season}`;
  return step.competition?.[lang];
}

const whenSet = (step: PbStep, lang: Lang): string =>
  step.date ? formatDate(step.date, lang) : t(lang).before(formatDate(step.before!, lang));

/** "1:11.84 · Salt Lake City, USA · 2020 World Single Distances Championships, 1000 m · 15 Feb 2020". */
export function personalBestText(step: PbStep, lang: Lang, options: { bold?: boolean } = {}): string {
  const time = bold(formatResult(step.result, lang), options.bold ?? false);
  return [time, step.venue?.[lang], whereSet(step, lang), whenSet(step, lang)].filter(Boolean).join(' · ');
}

/** "Olympic record (current) · 1000 m · 1:12.31 · Milan, Italy · 9 Feb 2026"; the description apart. */
export function recordText(record: RecordRow, lang: Lang, options: { bold?: boolean } = {}): string {
  const text = t(lang);
  return [
    `${bold(text.recordKind[record.kind], options.bold ?? false)} (${text.recordStatus[record.status]})`,
    text.event[record.event],
    formatResult(record.result, lang),
    record.venue[lang],
    formatDate(record.date, lang),
  ].join(' · ');
}

/** "Coach: Kosta Poltavets (since July 2024) — detail". */
export function affiliationText(affiliation: Affiliation, lang: Lang, options: { bold?: boolean } = {}): string {
  const text = t(lang);
  const from = affiliation.from ? formatDate(affiliation.from, lang) : '?';
  const to = affiliation.to ? formatDate(affiliation.to, lang) : undefined;
  const span =
    to === from ? from : to ? `${from}–${to}` : affiliation.ended ? `${from}–? (${text.endUnknown})` : text.since(from);
  const detail = affiliation.detail ? ` — ${affiliation.detail[lang]}` : '';
  return `${text.affiliationKind[affiliation.kind]}: ${bold(affiliation.name, options.bold ?? false)} (${span})${detail}`;
}

/** "Instagram: 6.5 million followers (as said by …) (as of 8 Mar 2026)". */
export function socialText(figure: SocialRow, lang: Lang): string {
  // A source's own wording ("6.5 million (as said by …)"): "followers" goes after the number, not the remark.
  let number = formatNumber(figure.followers, lang);
  let remark = '';
  if (figure.approx) {
    // "5.1 million at the start of the Olympics": the figure is the number and its unit, the rest a remark.
    const parts =
      /^((?:about |over |ruim |ongeveer |bijna |almost )?[\d.,]+(?: (?:million|miljoen))?)(\s.*|,\s.*)?$/.exec(
        figure.approx[lang],
      ) ?? /^(.*?)(\s\(.*|,\s.*)?$/.exec(figure.approx[lang])!;
    number = parts[1]!;
    remark = parts[2] ?? '';
  }
  return t(lang).socialFigure(t(lang).platform[figure.platform], number, remark, formatDate(figure.asOf, lang));
}
