/** Audit lines as moderators read them in Discord: who, when, what, and each value old → new. */
import { t } from '../i18n/messages.ts';
import type { Lang } from '../i18n/locale.ts';
import type { AuditRecord } from './history.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every leaf of a row as `field.sub` → value; lists of plain values count as one leaf. */
export function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (isObject(value)) {
    for (const [key, inner] of Object.entries(value))
      for (const [path, leaf] of leaves(inner, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
  } else if (Array.isArray(value) && value.some((item) => isObject(item) || Array.isArray(item))) {
    value.forEach((item, i) => {
      for (const [path, leaf] of leaves(item, `${prefix} #${i + 1}`)) out.set(path, leaf);
    });
  } else if (prefix) out.set(prefix, value);
  return out;
}

/** A value as typed in `/data edit`: lists with commas, text as is, the rest as JSON. */
export function valueText(value: unknown): string {
  if (value === undefined) return '∅';
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.map(String).join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The fields a change touched, `field: old → new`, in the order of the row. */
function changedFields(before: unknown, after: unknown, max = 160): string[] {
  const old = leaves(before);
  const now = leaves(after);
  const paths = [...new Set([...old.keys(), ...now.keys()])];
  return paths
    .filter((path) => JSON.stringify(old.get(path)) !== JSON.stringify(now.get(path)))
    .map((path) => `\`${path}\`: ${clip(valueText(old.get(path)), max)} → ${clip(valueText(now.get(path)), max)}`);
}

/** One line for a change: number, time, who, what and the versions. */
function describeRecord(record: AuditRecord, lang: Lang): string {
  const text = t(lang).moderation.audit;
  const what =
    record.op === 'undo'
      ? text.undo(record.undoes ?? '?')
      : record.op === 'restore'
        ? text.restore(record.restoredFrom ?? '?')
        : `${text.op[record.op]} ${record.id ?? ''}${record.field ? `.${record.field}` : ''}`;
  const via = record.report ? ` · ${text.fromReport(record.report.id, `<@${record.report.reporterId}>`)}` : '';
  return `#${record.seq} · <t:${Math.floor(Date.parse(record.at) / 1000)}:f> · <@${record.userId}> · ${what}${via} · ${record.fromVersion} → ${record.toVersion}`;
}

/** The line and, below it, what changed: the fields of an edit, the row added or removed. */
export function describeChange(record: AuditRecord, lang: Lang): string {
  const head = describeRecord(record, lang);
  if (record.op === 'edit')
    return [head, ...changedFields(record.before, record.after).map((l) => `  ${l}`)].join('\n');
  if (record.op === 'add' || record.op === 'remove') {
    const row = record.op === 'add' ? record.after : record.before;
    const text = leaves(row);
    const summary = [...text.entries()]
      .filter(([path]) => path !== 'id')
      .slice(0, 4)
      .map(([path, value]) => `\`${path}\`: ${clip(valueText(value), 80)}`);
    return [head, ...summary.map((l) => `  ${l}`)].join('\n');
  }
  return head;
}
