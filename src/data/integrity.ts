/**
 * The checks a row-by-row schema cannot make: unique ids, dates within their season, references
 * between rows, her own placings, derived numbers and personal bests in order.
 */
import { derivedIssues, isHer } from './derived.ts';
import type { Result } from './schema.ts';
import { rowLists } from './sections.ts';
import { thousandths } from './times.ts';
import { issueOf, type IntegrityIssue as Issue } from './integrity-issue.ts';

type Json = Record<string, unknown>;

const asRecord = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const objects = (value: unknown) =>
  value === undefined || (Array.isArray(value) && value.every((v) => asRecord(v) === v));

/** The derived-number checks read nested lists; on a file that fails the schema they run only where those are sane. */
const wellFormed = (row: Result) =>
  objects(row.margins) &&
  objects(row.placings) &&
  (row.placings ?? []).every(
    (p) => objects(p.members) && (p.points === undefined || asRecord(p.points) === p.points),
  ) &&
  (row.points === undefined || asRecord(row.points) === row.points);

/** A season such as 2022/23 runs from July 2022 to June 2023. */
export function seasonOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7) || '0');
  const start = month >= 7 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

function dateInSeason(date: string, season: string): boolean {
  const start = Number(season.slice(0, 4));
  const year = Number(date.slice(0, 4));
  if (date.length === 4) return year === start || year === start + 1;
  return seasonOf(date) === season;
}

/** Partial dates compare only when neither is a prefix of the other ("2017-12" vs "2017-12-15" do not). */
function comparable(a: string, b: string): boolean {
  return !a.startsWith(b) && !b.startsWith(a);
}

/**
 * Checks across rows and fields: unique ids, dates within their season, references between rows,
 * her place on her own podium, derived numbers, and each personal best faster than the one before.
 * Written against loosely typed input so it can also run on a file that fails the schema, and report
 * everything at once; checks that need a field simply skip rows that lack it.
 */
export function integrityIssues(input: unknown): Issue[] {
  const issues: Issue[] = [];
  const d = asRecord(input);

  // ids are how moderators edit and remove rows, so they must be unique across the file.
  const seen = new Map<string, string>();
  for (const rows of rowLists(input)) {
    rows.rows.forEach((row, index) => {
      const rowId = asRecord(row).id;
      if (typeof rowId !== 'string') return;
      const first = seen.get(rowId);
      if (first)
        issues.push(
          issueOf([...rows.path, index, 'id'], `duplicate id "${rowId}" (first used at ${first})`, 'duplicateId', {
            id: rowId,
          }),
        );
      else seen.set(rowId, `${rows.path.join('.')}[${index}]`);
    });
  }

  const results = list(d.results).map(asRecord) as unknown as Result[];
  const byId = new Map(results.map((r) => [r.id, r]));
  results.forEach((row, index) => {
    const at = (...path: (string | number)[]) => ['results', index, ...path];
    if (typeof row.date === 'string' && typeof row.season === 'string' && !dateInSeason(row.date, row.season))
      issues.push(
        issueOf(at('date'), `date ${row.date} is not in season ${row.season}`, 'dateNotInSeason', {
          season: row.season,
        }),
      );
    let races: Result[] = [];
    if (typeof row.partOf === 'string') {
      const parent = byId.get(row.partOf);
      if (!parent || !['sprint-allround', 'allround'].includes(parent.event))
        issues.push(
          issueOf(
            at('partOf'),
            `"${row.partOf}" is not a sprint or all-round classification in results`,
            'partOfNotClassification',
            { id: row.partOf },
          ),
        );
      else if (parent.competition !== row.competition || parent.season !== row.season)
        issues.push(
          issueOf(at('partOf'), `"${row.partOf}" is at another championship`, 'partOfOtherChampionship', {
            id: row.partOf,
          }),
        );
    }
    if (typeof row.id === 'string') races = results.filter((r) => r.partOf === row.id);
    const placings = list(row.placings).map(asRecord) as unknown as NonNullable<Result['placings']>;
    const hers = placings.map((p, i) => ({ p, i })).filter(({ p }) => typeof p.name === 'string' && isHer(p));
    if (hers.length > 1) issues.push(issueOf(at('placings'), 'she appears in more than one placing', 'herTwice'));
    for (const { p, i } of hers) {
      if (p.place !== row.place)
        issues.push(
          issueOf(
            at('placings', i, 'place'),
            `her placing says ${p.place ?? 'no place'}, the row ${row.place ?? 'none'}`,
            'herPlaceDiffers',
            { row: row.place ?? '–' },
          ),
        );
      // Her time and points live on the row; a second copy in the placing could drift from it.
      if (p.result !== undefined || p.points !== undefined)
        issues.push(
          issueOf(
            at('placings', i),
            'her own placing carries no time or points: they are the row’s',
            'herPlacingHasTime',
          ),
        );
    }
    if (typeof row.place === 'number' && row.place <= 3 && placings.length > 0 && hers.length === 0)
      issues.push(
        issueOf(at('placings'), `she was ${row.place} but is missing from the placings`, 'herMissing', {
          place: row.place,
        }),
      );
    for (const [i, m] of list(row.margins).map(asRecord).entries()) {
      if (m.place === row.place)
        issues.push(issueOf(at('margins', i, 'place'), 'a margin to her own place', 'marginToOwnPlace'));
    }
    if (wellFormed(row) && races.every(wellFormed)) {
      for (const issue of derivedIssues(row, races)) issues.push({ ...issue, path: at(...issue.path) });
    }
  });

  // Personal bests: a step names the race it was set in, or carries its own time and date.
  const dutch = new Map(
    list(d.dutchTitles)
      .map(asRecord)
      .map((r) => [r.id, r]),
  );
  const steps = list(d.personalBests).map(asRecord);
  const resolved = steps.map((step, index) => {
    const at = (...path: (string | number)[]) => ['personalBests', index, ...path];
    if (typeof step.race === 'string') {
      const race = (byId.get(step.race) as unknown as Json | undefined) ?? dutch.get(step.race);
      for (const own of ['result', 'date', 'before', 'venue'])
        if (step[own] !== undefined)
          issues.push(
            issueOf(at(own), `a step that names its race takes the ${own} from it`, 'stepTakesFromRace', {
              race: step.race,
            }),
          );
      if (!race) {
        issues.push(
          issueOf(at('race'), `"${step.race}" is not a row of results or dutchTitles`, 'stepRaceUnknown', {
            id: step.race,
          }),
        );
        return undefined;
      }
      if (race.event !== step.event)
        issues.push(issueOf(at('race'), `"${step.race}" is another event`, 'stepRaceOtherEvent', { id: step.race }));
      if (thousandths(race.result as string | undefined) === undefined)
        issues.push(issueOf(at('race'), `"${step.race}" has no time`, 'stepRaceNoTime', { id: step.race }));
      return { index, event: step.event, result: race.result as string, date: race.date as string };
    }
    if (step.result === undefined)
      issues.push(issueOf(at('result'), 'a step needs a time (or a race)', 'stepNeedsTime'));
    if ((step.date === undefined) === (step.before === undefined))
      issues.push(issueOf(at('date'), 'a step has either a date or a "before" date', 'stepDateOrBefore'));
    return { index, event: step.event, result: step.result as string, date: step.date as string | undefined };
  });
  const byEvent = new Map<unknown, { index: number; ms: number; date: string | undefined }[]>();
  for (const step of resolved) {
    const ms = thousandths(step?.result);
    if (!step || ms === undefined) continue;
    byEvent.set(step.event, [...(byEvent.get(step.event) ?? []), { index: step.index, ms, date: step.date }]);
  }
  for (const progression of byEvent.values()) {
    progression.sort((a, b) => b.ms - a.ms);
    progression.forEach((step, i) => {
      const slower = progression[i - 1];
      if (!slower) return;
      if (slower.ms === step.ms)
        issues.push(issueOf(['personalBests', step.index, 'result'], 'the same time as another step', 'stepSameTime'));
      else if (step.date && slower.date && comparable(step.date, slower.date) && step.date < slower.date)
        issues.push(
          issueOf(
            ['personalBests', step.index, 'date'],
            'a faster personal best dated before a slower one',
            'stepFasterEarlier',
          ),
        );
    });
  }

  const profile = asRecord(d.profile);
  list(profile.affiliations)
    .map(asRecord)
    .forEach((a, index) => {
      const at = ['profile', 'affiliations', index];
      if (a.ended === true && a.to !== undefined)
        issues.push(issueOf([...at, 'ended'], '"ended" is for a period without an end date', 'endedWithEnd'));
      if (typeof a.from === 'string' && typeof a.to === 'string' && comparable(a.from, a.to) && a.to < a.from)
        issues.push(
          issueOf([...at, 'to'], `ends (${a.to}) before it starts (${a.from})`, 'endsBeforeStart', { from: a.from }),
        );
    });
  return issues;
}
