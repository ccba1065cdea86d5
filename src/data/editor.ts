import { appendFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';
import { withFileLock } from './file-lock.ts';
import { parseDataset, versionOf, type DataError } from './load.ts';

/** Sections whose rows have ids and can be added to, edited or removed by moderators. */
export const ROW_SECTIONS = ['medals', 'quotes', 'timeline', 'background', 'worldCupWins', 'dutchTitles', 'personalBests', 'records', 'openQuestions'] as const;
type RowSection = (typeof ROW_SECTIONS)[number];

export type Change =
  | { op: 'add'; section: RowSection; row: Record<string, unknown> }
  | { op: 'edit'; id: string; field: string; value: string }
  | { op: 'remove'; id: string }
  | { op: 'undo' };

export interface AuditRecord {
  seq: number;
  at: string;
  userId: string;
  op: Change['op'];
  id?: string | undefined;
  section?: string | undefined;
  field?: string | undefined;
  before?: unknown;
  after?: unknown;
  /** For an undo: the seq of the change it reverted. */
  undoes?: number | undefined;
  fromVersion: string;
  toVersion: string;
  /** File in the history folder holding the data as it was before this change. */
  snapshot: string;
}

/** Coordinates edits with other hosts (see sync.ts); absent when the file is the only truth. */
export interface EditCoordinator {
  /** Bring the local file up to the newest shared version before a change is made on it. */
  beforeChange(): Promise<void>;
  /** Make the change the shared one, if nobody else changed the data since `basedOn`. */
  commit(basedOn: string, version: string, text: string): Promise<boolean>;
}

export type EditResult =
  | { ok: true; record: AuditRecord }
  | { ok: false; reason: 'invalid'; errors: DataError[] }
  | { ok: false; reason: 'stale' | 'not-found' | 'nothing-to-undo' | 'conflict' | 'bad-field' | 'unavailable'; message: string };

type Json = Record<string, unknown>;

function findRow(data: Json, id: string): { section: string; index: number; list: Json[] } | undefined {
  for (const section of ROW_SECTIONS) {
    const list = data[section];
    if (!Array.isArray(list)) continue;
    const index = list.findIndex((r: unknown) => (r as Json | null)?.id === id);
    if (index >= 0) return { section, index, list: list as Json[] };
  }
  const profile = data.profile as Json | undefined;
  for (const section of ['affiliations', 'social']) {
    const list = profile?.[section];
    if (!Array.isArray(list)) continue;
    const index = list.findIndex((r: unknown) => (r as Json | null)?.id === id);
    if (index >= 0) return { section: `profile.${section}`, index, list: list as Json[] };
  }
  return undefined;
}

/** Text from a moderator: JSON when it parses as JSON, comma lists for list fields, numbers for number fields. */
function coerceValue(raw: string, current: unknown): unknown {
  const text = raw.trim();
  if (/^[[{"]/.test(text) || text === 'null' || text === 'true' || text === 'false') {
    try {
      return JSON.parse(text);
    } catch {
      // Not JSON after all: fall through and treat it as text.
    }
  }
  if (Array.isArray(current)) return text.split(',').map((s) => s.trim()).filter(Boolean);
  if (typeof current === 'number' && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return raw;
}

function setPath(row: Json, path: string, value: unknown): { ok: true; before: unknown } | { ok: false } {
  const parts = path.split('.');
  if (parts.some((p) => !/^[A-Za-z0-9_$-]+$/.test(p) || p === '__proto__' || p === 'constructor' || p === 'prototype')) return { ok: false };
  let target: Json = row;
  for (const p of parts.slice(0, -1)) {
    const next = target[p];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) return { ok: false };
    target = next as Json;
  }
  const last = parts.at(-1)!;
  const before = target[last];
  const coerced = coerceValue(String(value), before);
  if (coerced === null) Reflect.deleteProperty(target, last);
  else target[last] = coerced;
  return { ok: true, before };
}

const COMMIT_ATTEMPTS = 10;

/**
 * Every moderator change goes through here: validated before it is written, written atomically,
 * the previous version kept in the history folder, and an audit line appended. Changes are
 * serialized within the process and, through a lock file, across processes sharing the file.
 */
export class DataEditor {
  private queue: Promise<unknown> = Promise.resolve();
  readonly historyDir: string;
  readonly auditFile: string;
  private readonly lockFile: string;

  constructor(
    readonly file: string,
    historyDir?: string,
    private readonly afterWrite?: () => Promise<void>,
    private readonly coordinator?: EditCoordinator,
  ) {
    this.historyDir = historyDir ?? join(dirname(file), 'history');
    this.auditFile = join(this.historyDir, 'audit.jsonl');
    this.lockFile = `${file}.lock`;
  }

  /** Runs one change at a time; `expectedVersion` refuses a change made against an older file. */
  apply(change: Change, userId: string, expectedVersion?: string): Promise<EditResult> {
    const run = this.queue.then(() => withFileLock(this.lockFile, () => this.applyLocked(change, userId, expectedVersion)));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async history(limit = 10): Promise<AuditRecord[]> {
    const text = await readFile(this.auditFile, 'utf8').catch(() => '');
    return text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as AuditRecord)
      .slice(-limit)
      .reverse();
  }

  async snapshots(): Promise<string[]> {
    return (await readdir(this.historyDir).catch(() => [])).filter((f) => f.endsWith('.json')).sort();
  }

  private async allRecords(): Promise<AuditRecord[]> {
    return (await this.history(Number.MAX_SAFE_INTEGER)).reverse();
  }

  private async applyLocked(change: Change, userId: string, expectedVersion?: string): Promise<EditResult> {
    // Another host may publish between our read and our commit; then rebase the change and retry.
    // The random, growing pause keeps two hosts that keep colliding from colliding forever.
    for (let attempt = 0; attempt < COMMIT_ATTEMPTS; attempt += 1) {
      if (attempt > 0) await sleep(Math.random() * Math.min(25 * 2 ** attempt, 400));
      if (this.coordinator) {
        try {
          await this.coordinator.beforeChange();
        } catch {
          return { ok: false, reason: 'unavailable', message: 'The shared data store (Redis) cannot be reached, so the change was not made. Try again in a moment.' };
        }
      }
      const result = await this.attempt(change, userId, expectedVersion);
      if (result !== 'retry') return result;
    }
    return { ok: false, reason: 'conflict', message: 'The data kept changing on other hosts while applying this change. Try again.' };
  }

  private async attempt(change: Change, userId: string, expectedVersion?: string): Promise<EditResult | 'retry'> {
    const text = await readFile(this.file, 'utf8');
    const fromVersion = versionOf(text);
    if (expectedVersion && expectedVersion !== fromVersion) {
      return {
        ok: false,
        reason: 'stale',
        message: `The data changed since version ${expectedVersion} (it is now ${fromVersion}). Look at the current data and make your change again.`,
      };
    }
    const records = await this.allRecords();
    const seq = (records.at(-1)?.seq ?? 0) + 1;
    let next: string;
    let record: Omit<AuditRecord, 'toVersion' | 'snapshot' | 'seq' | 'at' | 'userId' | 'fromVersion'>;

    if (change.op === 'undo') {
      const target = this.undoTarget(records);
      if (!target) return { ok: false, reason: 'nothing-to-undo', message: 'There is no change left to undo.' };
      if (target.toVersion !== fromVersion) {
        return {
          ok: false,
          reason: 'conflict',
          message: `The file was changed after change #${target.seq} (by hand or by another tool), so undoing it would lose that work. Edit the file instead, or restore a version from ${this.historyDir}.`,
        };
      }
      next = await readFile(join(this.historyDir, target.snapshot), 'utf8');
      record = { op: 'undo', undoes: target.seq, id: target.id, section: target.section };
    } else {
      const data = JSON.parse(text) as Json;
      if (change.op === 'add') {
        const list = data[change.section];
        if (!Array.isArray(list)) return { ok: false, reason: 'not-found', message: `The data has no section ${change.section}.` };
        list.push(change.row);
        record = { op: 'add', id: String(change.row.id), section: change.section, after: change.row };
      } else {
        const found = findRow(data, change.id);
        if (!found) return { ok: false, reason: 'not-found', message: `No row has the id "${change.id}".` };
        const before = structuredClone(found.list[found.index]);
        if (change.op === 'remove') {
          found.list.splice(found.index, 1);
          record = { op: 'remove', id: change.id, section: found.section, before };
        } else {
          const row = found.list[found.index]!;
          const set = setPath(row, change.field, change.value);
          if (!set.ok) return { ok: false, reason: 'bad-field', message: `"${change.field}" is not a field of ${change.id} that can be set.` };
          record = { op: 'edit', id: change.id, section: found.section, field: change.field, before, after: structuredClone(row) };
        }
      }
      next = `${JSON.stringify(data, null, 2)}\n`;
    }

    const parsed = parseDataset(next);
    if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors };
    if (this.coordinator) {
      let committed: boolean;
      try {
        committed = await this.coordinator.commit(fromVersion, parsed.version, next);
      } catch {
        return { ok: false, reason: 'unavailable', message: 'The shared data store (Redis) cannot be reached, so the change was not made. Try again in a moment.' };
      }
      if (!committed) return 'retry';
    }

    await mkdir(this.historyDir, { recursive: true });
    const at = new Date().toISOString();
    const snapshot = `${at.replace(/[:.]/g, '-')}-${seq}-${fromVersion}.json`;
    // The old version is safe in history before the data file is touched.
    await writeFileAtomic(join(this.historyDir, snapshot), text);
    await writeFileAtomic(this.file, next);
    const full: AuditRecord = { seq, at, userId, ...record, fromVersion, toVersion: parsed.version, snapshot: basename(snapshot) };
    await appendFile(this.auditFile, `${JSON.stringify(full)}\n`);
    await this.afterWrite?.();
    return { ok: true, record: full };
  }

  /** The newest change that is not an undo and has not been undone: undo works as a stack. */
  private undoTarget(records: AuditRecord[]): AuditRecord | undefined {
    const undone = new Set<number>();
    for (let i = records.length - 1; i >= 0; i -= 1) {
      const r = records[i]!;
      if (r.op === 'undo') {
        if (r.undoes !== undefined) undone.add(r.undoes);
        continue;
      }
      if (!undone.has(r.seq)) return r;
    }
    return undefined;
  }
}
