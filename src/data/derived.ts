/**
 * Numbers the dataset works out instead of copying from a source: margins from two times, a
 * time from another time and a printed gap, sprint points from the race times. Each is marked
 * `derived` and recomputed here, so an edit that changes a time cannot leave a stale number behind.
 */
import { issueOf, type IntegrityIssue } from './integrity-issue.ts';
import type { Margin, Placing, Result } from './schema.ts';
import { decimalThousandths, decimalsOf, printThousandths, thousandths } from './times.ts';

export const HER_NAME = 'Jutta Leerdam';

export const isHer = (p: Pick<Placing, 'name' | 'members'>): boolean =>
  p.name === HER_NAME || (p.members ?? []).some((member) => member.name === HER_NAME);

/** The value a margin is measured on: her time in seconds, or her points in a classification. */
function ownValue(row: Result, unit: Margin['unit']): number | undefined {
  if (unit === 'pts') return row.points ? decimalThousandths(row.points.value) : undefined;
  return thousandths(row.result);
}

function placingValue(p: Placing | undefined, unit: Margin['unit']): number | undefined {
  if (!p) return undefined;
  if (unit === 'pts') return p.points ? decimalThousandths(p.points.value) : undefined;
  return thousandths(p.result);
}

const placingAt = (row: Result, place: number) => (row.placings ?? []).find((p) => p.place === place && !isHer(p));

/** The margin as it follows from the stored times, printed with the margin's own decimals. */
function expectedMargin(row: Result, margin: Margin): string | undefined {
  const own = ownValue(row, margin.unit);
  const other = placingValue(placingAt(row, margin.place), margin.unit);
  if (own === undefined || other === undefined) return undefined;
  return printThousandths(Math.abs(own - other), decimalsOf(margin.value));
}

/** Sprint all-round points: every 500 m time plus every 1000 m time halved (the ISU's formula). */
function sprintPoints(times: readonly { event: string; result?: string | undefined }[]): string | undefined {
  if (times.filter((t) => t.event === '500m').length !== 2 || times.filter((t) => t.event === '1000m').length !== 2)
    return undefined;
  let total = 0;
  for (const t of times) {
    const value = thousandths(t.result);
    if (value === undefined) return undefined;
    total += t.event === '1000m' ? value / 2 : value;
  }
  return printThousandths(total, 3);
}

/** A derived time: another time in the row plus or minus a gap a source prints. */
function expectedTime(row: Result, target: 'own' | Placing): string | undefined {
  // `unit` may be missing in a file that failed the schema (no default applied yet): seconds.
  const given = (row.margins ?? []).filter(
    (givenMargin) => givenMargin.basis === 'given' && givenMargin.unit !== 'pts',
  );
  if (target === 'own') {
    for (const printedMargin of given) {
      const other = thousandths(placingAt(row, printedMargin.place)?.result);
      if (other === undefined || row.place === undefined || row.resultBasis !== 'derived') continue;
      const gap = decimalThousandths(printedMargin.value);
      return formatTime(row.place > printedMargin.place ? other + gap : other - gap, decimalsOf(printedMargin.value));
    }
    return undefined;
  }
  const own = thousandths(row.result);
  const margin = given.find((givenMargin) => givenMargin.place === target.place);
  if (own === undefined || !margin || row.place === undefined || target.place === undefined) return undefined;
  const gap = decimalThousandths(margin.value);
  return formatTime(target.place > row.place ? own + gap : own - gap, decimalsOf(margin.value));
}

function formatTime(value: number, decimals: number): string {
  const minutes = Math.floor(value / 60000);
  const rest = printThousandths(value - minutes * 60000, decimals);
  return minutes > 0 ? `${minutes}:${rest.padStart(decimals + 3, '0')}` : rest;
}

/** Every problem with the derived numbers of one row, given the races that counted for it. */
export function derivedIssues(row: Result, races: readonly Result[]): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  (row.margins ?? []).forEach((margin, i) => {
    if (margin.basis !== 'derived') return;
    const expected = expectedMargin(row, margin);
    if (expected === undefined)
      issues.push(
        issueOf(
          ['margins', i],
          `a derived margin needs her ${margin.unit === 'pts' ? 'points' : 'time'} and those of place ${margin.place} in the row's placings`,
          'marginNeedsTimes',
          { place: margin.place },
        ),
      );
    else if (expected !== margin.value)
      issues.push(
        issueOf(['margins', i, 'value'], `the times give ${expected}, not ${margin.value}`, 'timesGive', { expected }),
      );
  });
  if (row.points?.basis === 'derived') {
    const expected = sprintPoints(races);
    if (expected === undefined)
      issues.push(
        issueOf(['points'], 'derived points need two 500 m and two 1000 m times (partOf this row)', 'pointsNeedTimes'),
      );
    else if (expected !== row.points.value)
      issues.push(
        issueOf(['points', 'value'], `the race times give ${expected}, not ${row.points.value}`, 'timesGive', {
          expected,
        }),
      );
  }
  (row.placings ?? []).forEach((p, i) => {
    if (p.points?.basis === 'derived') {
      const times = races.map((r) => ({
        event: r.event,
        result: (r.placings ?? []).find((q) => q.name === p.name)?.result,
      }));
      const expected = sprintPoints(times);
      if (expected !== p.points.value)
        issues.push(
          expected === undefined
            ? issueOf(
                ['placings', i, 'points', 'value'],
                `derived points need ${p.name}'s four race times in the races of this classification`,
                'placingPointsNeedTimes',
                { name: p.name },
              )
            : issueOf(
                ['placings', i, 'points', 'value'],
                `${p.name}'s race times give ${expected}, not ${p.points.value}`,
                'timesGive',
                { expected },
              ),
        );
    }
    if (p.resultBasis === 'derived') {
      const expected = expectedTime(row, p);
      if (expected !== p.result)
        issues.push(
          expected === undefined
            ? issueOf(
                ['placings', i, 'result'],
                'a derived time needs her time and a given margin to this place',
                'placingTimeNeedsMargin',
              )
            : issueOf(
                ['placings', i, 'result'],
                `her time and the given margin give ${expected}, not ${p.result ?? 'nothing'}`,
                'marginGives',
                { expected },
              ),
        );
    }
  });
  if (row.resultBasis === 'derived') {
    const expected = expectedTime(row, 'own');
    if (expected !== row.result)
      issues.push(
        expected === undefined
          ? issueOf(
              ['result'],
              'a derived time needs a given margin to a place whose time is known',
              'ownTimeNeedsMargin',
            )
          : issueOf(['result'], `the given margin gives ${expected}, not ${row.result ?? 'nothing'}`, 'marginGives', {
              expected,
            }),
      );
  }
  return issues;
}
