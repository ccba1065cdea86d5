/**
 * The history folder beside the data file: a snapshot before every change and the audit log, which
 * undo, restore and crash recovery read.
 */
import { appendFile, mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log.ts';
import { writeFileAtomic } from './atomic-write.ts';

export interface AuditRecord {
  seq: number;
  at: string;
  userId: string;
  op: 'add' | 'edit' | 'remove' | 'undo' | 'restore';
  id?: string | undefined;
  section?: string | undefined;
  field?: string | undefined;
  before?: unknown;
  after?: unknown;
  /** For an undo: the seq of the change it reverted. */
  undoes?: number | undefined;
  /** For a restore: the snapshot (or "last good data") it brought back. */
  restoredFrom?: string | undefined;
  /** A change made from a member's report: which report, and who sent it. */
  report?: { id: string; reporterId: string } | undefined;
  fromVersion: string;
  toVersion: string;
  /** File in the history folder holding the data as it was before this change. */
  snapshot: string;
}

export interface HistoryLimits {
  /** Snapshots kept at most (the newest). */
  keep: number;
  /** Bytes of snapshots kept at most (the newest that fit). */
  maxBytes: number;
}

export class SnapshotMissingError extends Error {
  constructor(readonly snapshot: string) {
    super(`snapshot ${snapshot} is missing`);
    this.name = 'SnapshotMissingError';
  }
}

const SNAPSHOT_NAME = /^[\w.-]+\.json$/;
const RESERVED = new Set(['sync-state.json', 'pending.json']);

function isRecord(value: unknown): value is AuditRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<AuditRecord>;
  return (
    typeof record.seq === 'number' &&
    typeof record.op === 'string' &&
    typeof record.fromVersion === 'string' &&
    typeof record.toVersion === 'string' &&
    typeof record.snapshot === 'string'
  );
}

/**
 * The history folder next to the data file: a snapshot of the whole file before every change,
 * `audit.jsonl` (one line per change), `pending.json` (the audit line of a change being written,
 * so a crash between the rename and the audit append is recovered) and `sync-state.json`.
 */
export class History {
  readonly auditFile: string;
  readonly pendingFile: string;
  readonly syncStateFile: string;

  constructor(
    readonly dir: string,
    private readonly limits: HistoryLimits,
    private readonly log?: Logger,
  ) {
    this.auditFile = join(dir, 'audit.jsonl');
    this.pendingFile = join(dir, 'pending.json');
    this.syncStateFile = join(dir, 'sync-state.json');
  }

  /** Every readable audit line, oldest first; a damaged line is skipped and counted, never fatal. */
  async readAudit(): Promise<{ records: AuditRecord[]; damaged: number }> {
    const text = await readFile(this.auditFile, 'utf8').catch(() => '');
    const records: AuditRecord[] = [];
    let damaged = 0;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        value = undefined;
      }
      if (isRecord(value)) records.push(value);
      else damaged += 1;
    }
    if (damaged > 0) this.log?.warn({ file: this.auditFile, damaged }, 'audit log has damaged lines; they are skipped');
    return { records, damaged };
  }

  async append(record: AuditRecord): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    // A line cut short by a crash would glue onto this one; start on a fresh line then.
    const tail = await readFile(this.auditFile, 'utf8').then(
      (text) => (text === '' || text.endsWith('\n') ? '' : '\n'),
      () => '',
    );
    await appendFile(this.auditFile, `${tail}${JSON.stringify(record)}\n`);
  }

  async writePending(record: AuditRecord): Promise<void> {
    await writeFileAtomic(this.pendingFile, JSON.stringify(record));
  }

  async readPending(): Promise<AuditRecord | undefined> {
    try {
      const value: unknown = JSON.parse(await readFile(this.pendingFile, 'utf8'));
      return isRecord(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  async clearPending(): Promise<void> {
    await rm(this.pendingFile, { force: true });
  }

  async saveSnapshot(name: string, text: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(join(this.dir, name), text);
  }

  async removeSnapshot(name: string): Promise<void> {
    await rm(join(this.dir, name), { force: true }).catch(() => undefined);
  }

  async readSnapshot(name: string): Promise<string> {
    if (!SNAPSHOT_NAME.test(name) || RESERVED.has(name)) throw new SnapshotMissingError(name);
    try {
      return await readFile(join(this.dir, name), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new SnapshotMissingError(name);
      throw error;
    }
  }

  /** Snapshot names, oldest first (they start with their time). */
  async snapshots(): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names.filter((name) => name.endsWith('.json') && !RESERVED.has(name)).sort();
  }

  async readSyncState(): Promise<string | undefined> {
    try {
      const value = JSON.parse(await readFile(this.syncStateFile, 'utf8')) as { version?: unknown };
      return typeof value.version === 'string' ? value.version : undefined;
    } catch {
      return undefined;
    }
  }

  async writeSyncState(version: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(this.syncStateFile, JSON.stringify({ version }));
  }

  /**
   * Keeps snapshots within the limits: those the undo stack needs first (newest first), then the
   * others (newest first). Returns the removed snapshots that an undo would still have needed, so
   * the caller can say so (undo then stops at that change).
   */
  async prune(undoNeeds: ReadonlySet<string>): Promise<{ removed: string[]; neededByUndo: string[] }> {
    const newestFirst = (await this.snapshots()).reverse();
    const ordered = [
      ...newestFirst.filter((name) => undoNeeds.has(name)),
      ...newestFirst.filter((name) => !undoNeeds.has(name)),
    ];
    const removed: string[] = [];
    let bytes = 0;
    for (const [index, name] of ordered.entries()) {
      bytes += (await stat(join(this.dir, name)).catch(() => undefined))?.size ?? 0;
      if (index < this.limits.keep && bytes <= this.limits.maxBytes) continue;
      await this.removeSnapshot(name);
      removed.push(name);
    }
    const neededByUndo = removed.filter((name) => undoNeeds.has(name));
    if (removed.length > 0)
      this.log?.[neededByUndo.length ? 'warn' : 'info'](
        { removed: removed.length, neededByUndo, limits: this.limits },
        neededByUndo.length
          ? 'history pruned: undo can no longer go back past these snapshots'
          : 'history pruned to its limits',
      );
    return { removed, neededByUndo };
  }
}

/** The undo stack: changes (not undos) not undone yet, newest first. */
export function undoStack(records: readonly AuditRecord[]): AuditRecord[] {
  const undone = new Set<number>();
  const stack: AuditRecord[] = [];
  for (let i = records.length - 1; i >= 0; i -= 1) {
    const record = records[i]!;
    if (record.op === 'undo') {
      if (record.undoes !== undefined) undone.add(record.undoes);
      continue;
    }
    if (!undone.has(record.seq)) stack.push(record);
  }
  return stack;
}
