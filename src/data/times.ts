/**
 * Race times and printed numbers as the dataset stores them (English notation), read into
 * thousandths of a second (or of a point) so sums and differences are exact integers.
 */

const TIME = /^(?:(\d{1,2}):)?(\d{1,2})\.(\d{1,3})$/;

/** "1:12.31" → 72310, "37.15" → 37150; undefined for anything that is not a plain time. */
export function thousandths(time: string | undefined): number | undefined {
  if (time === undefined) return undefined;
  const match = TIME.exec(time.trim());
  if (!match) return undefined;
  const [, minutes, seconds, fraction] = match;
  return (Number(minutes ?? 0) * 60 + Number(seconds)) * 1000 + Number(fraction!.padEnd(3, '0'));
}

/** "1:12.31" → 72.31 seconds; undefined for anything that is not a plain time. */
export function secondsOf(time: string | undefined): number | undefined {
  const value = thousandths(time);
  return value === undefined ? undefined : value / 1000;
}

/** "151.140" or "0.64" → thousandths (151140, 640). */
export function decimalThousandths(value: string): number {
  const [whole, fraction = ''] = value.split('.');
  return Number(whole) * 1000 + Number(fraction.padEnd(3, '0').slice(0, 3));
}

/** How many decimals a printed number has: "0.64" → 2. */
export function decimalsOf(value: string): number {
  return value.split('.')[1]?.length ?? 0;
}

/** Thousandths printed with the given decimals, truncating as the ISU does: 37292.5 → "37.292". */
export function printThousandths(value: number, decimals: number): string {
  const truncated = Math.floor(value / 10 ** (3 - decimals)) * 10 ** (3 - decimals);
  const whole = Math.floor(truncated / 1000);
  const fraction = String(truncated % 1000)
    .padStart(3, '0')
    .slice(0, decimals);
  return decimals > 0 ? `${whole}.${fraction}` : String(whole);
}
