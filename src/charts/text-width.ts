/**
 * Vega sizes legends, titles and label spacing from text widths. Without a canvas it guesses
 * 0.8 em per character, far wider than DejaVu Sans really is, which wastes a third of the plot
 * on an empty legend column and hides axis labels as "overlapping". These per-class advance
 * widths (in em, from DejaVu Sans) err slightly wide so text is never clipped.
 */
const NARROW = new Set(Array.from(" .,:;|!'il"));
const WIDE = new Set(Array.from('mwMW—%@'));

function charWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.32;
  if (WIDE.has(ch)) return 0.98;
  if (/[0-9]/.test(ch)) return 0.64;
  if (/[A-Z]/.test(ch)) return 0.74;
  if (/[a-z]/.test(ch)) return 0.62;
  return 0.7;
}

interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  text?: unknown;
}

function dejaVuTextWidth(item: TextItem, text?: unknown): number {
  const raw = text ?? item.text ?? '';
  const value = (typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '').trim();
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  let em = 0;
  for (const ch of value) em += charWidth(ch);
  return Math.ceil(em * size * (bold ? 1.1 : 1));
}

interface TextMetrics {
  width: (item: TextItem, text?: unknown) => number;
}

/** vega exports textMetrics at runtime but not in its typings; vl-convert swaps width the same way. */
export function useDejaVuMetrics(vega: object): void {
  const metrics = (vega as { textMetrics?: TextMetrics }).textMetrics;
  if (metrics && metrics.width !== dejaVuTextWidth) metrics.width = dejaVuTextWidth;
}
