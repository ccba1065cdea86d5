/**
 * The one way the data file changes: moderator edits, undo and restore, one at a time under a lock,
 * each with a snapshot and an audit line, and never a half-written file after a crash.
 */
import { readFile, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, join } from 'node:path';
import type { Logger } from '../log.ts';
import { commitTemp, removeOrphanTemps, TargetChangedError, writeTemp } from './atomic-write.ts';
import { applyChange, type Json, type Refusal, type RefusalReason, type RowChange } from './change.ts';
import { LockBusyError, LockLostError, withFileLock, type HeldLock } from './file-lock.ts';
import { History, SnapshotMissingError, undoStack, type AuditRecord } from './history.ts';
import { DEFAULT_MAX_FILE_BYTES, locateJsonError, parseDataset, versionOf, type DataError } from './load.ts';

export type { AuditRecord } from './history.ts';

export type Change = RowChange | { op: 'undo' } | { op: 'restore'; snapshot?: string | undefined };

/** Why the shared store could not take part in a change. */
export class SharedStoreError extends Error {
  constructor(
    readonly reason: 'unavailable' | 'redis-full' | 'diverged',
    readonly params: Refusal['params'] = {},
    options?: ErrorOptions,
  ) {
    super(`shared data store: ${reason}`, options);
    this.name = 'SharedStoreError';
  }
}

/** Coordinates edits with other hosts (see sync.ts); absent when the file is the only truth. */
export interface EditCoordinator {
  /**
   * Bring the local file up to the newest shared version before a change is made on it (lock
   * held). Returns the shared version a restore must be based on when it differs from the file.
   */
  beforeChange(restore?: boolean): Promise<string | undefined>;
  /** Make the change the shared one, if nobody else changed the data since `basedOn`. */
  commit(basedOn: string, version: string, text: string): Promise<boolean>;
  /** The change is on disk: remember it as this host's last version in common with the others. */
  afterCommit(version: string): Promise<void>;
}

export type EditResult =
  | { ok: true; record: AuditRecord; prunedForUndo: number }
  | { ok: false; reason: 'invalid'; errors: DataError[]; params: Refusal['params']; json?: unknown }
  | ({ ok: false } & Refusal);

export interface EditorOptions {
  file: string;
  historyDir?: string | undefined;
  /** Called after a change is on disk (the app reloads its data store). */
  afterWrite?: (() => Promise<void>) | undefined;
  coordinator?: EditCoordinator | undefined;
  /** The text of the data the bot serves now: what `/data restore` brings back without a snapshot. */
  lastGood?: (() => string | undefined) | undefined;
  maxFileBytes?: number | undefined;
  historyKeep?: number | undefined;
  historyMaxBytes?: number | undefined;
  lockStaleMs?: number | undefined;
  lockWaitMs?: number | undefined;
  log?: Logger | undefined;
}

export interface ApplyOptions {
  userId: string;
  /** Refuse the change if the file is no longer at this version. */
  expectedVersion?: string | undefined;
  /** The member's report this change comes from: the audit line names the reporter too. */
  report?: { id: string; reporterId: string } | undefined;
}

const COMMIT_ATTEMPTS = 10;

const refusal = (reason: RefusalReason, params: Refusal['params'] = {}): EditResult => ({ ok: false, reason, params });

/** Maps what went wrong writing to a refusal the moderator can act on. */
function ioRefusal(error: unknown, dir: string): EditResult {
  if (error instanceof LockBusyError)
    return refusal('locked', { owner: error.owner ? `${error.owner.pid}@${error.owner.host}` : '?' });
  if (error instanceof LockLostError) return refusal('lock-lost');
  if (error instanceof SharedStoreError) return refusal(error.reason, error.params);
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
  if (code === 'ENOSPC' || code === 'EDQUOT') return refusal('disk-full', { dir });
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return refusal('read-only', { dir });
  return refusal('write-failed', { code });
}

/**
 * Every moderator change goes through here: the change itself is worked out by the pure
 * `applyChange` (change.ts); this class does the I/O around it. Under the lock: bring the file up
 * to date with the other hosts, snapshot the old file, write the new one to a temp file, record
 * the audit line as pending, publish, check the file was not changed meanwhile, rename, append
 * the audit line. A crash anywhere leaves the old file or the new one with its audit line.
 */
export class DataEditor {
  private queue: Promise<unknown> = Promise.resolve();
  private snapshotNames: readonly string[] = [];
  readonly file: string;
  readonly historyDir: string;
  readonly history: History;
  private readonly maxFileBytes: number;

  constructor(private readonly options: EditorOptions) {
    this.file = options.file;
    this.historyDir = options.historyDir ?? join(dirname(options.file), 'history');
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    this.history = new History(
      this.historyDir,
      { keep: options.historyKeep ?? 500, maxBytes: options.historyMaxBytes ?? 200 * 1024 * 1024 },
      options.log,
    );
  }

  /** Runs one change at a time, within this process and (by the lock file) across processes. */
  apply(change: Change, options: ApplyOptions): Promise<EditResult> {
    const run = this.queue.then(() => this.locked((lock) => this.applyLocked(change, options, lock)));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Finishes what a crash interrupted (a pending audit line, orphaned temp files); run at start-up. */
  recover(): Promise<void> {
    const run = this.queue.then(() =>
      withFileLock(this.file, () => this.recoverLocked(), this.lockOptions()).catch((error: unknown) =>
        this.options.log?.warn({ err: error }, 'could not check the data file for an interrupted edit'),
      ),
    );
    this.queue = run.catch(() => undefined);
    return run;
  }

  async records(limit = 10): Promise<{ records: AuditRecord[]; damaged: number }> {
    const { records, damaged } = await this.history.readAudit();
    return { records: records.slice(-limit).reverse(), damaged };
  }

  snapshots(): Promise<string[]> {
    return this.history.snapshots();
  }

  /** The snapshot names as last read (oldest first), for autocomplete, which may do no I/O. */
  knownSnapshots(): readonly string[] {
    void this.refreshSnapshots();
    return this.snapshotNames;
  }

  private async refreshSnapshots(): Promise<void> {
    this.snapshotNames = await this.history.snapshots().catch(() => this.snapshotNames);
  }

  private lockOptions() {
    return { staleMs: this.options.lockStaleMs, waitMs: this.options.lockWaitMs };
  }

  private async locked(fn: (lock: HeldLock) => Promise<EditResult>): Promise<EditResult> {
    try {
      return await withFileLock(this.file, fn, this.lockOptions());
    } catch (error) {
      this.options.log?.warn({ err: error }, 'data change not made');
      return ioRefusal(error, dirname(this.file));
    }
  }

  private async recoverLocked(): Promise<void> {
    const removed = await removeOrphanTemps(this.file);
    if (removed) this.options.log?.info({ removed }, 'removed temp files left by an interrupted write');
    const pending = await this.history.readPending();
    if (!pending) return;
    const version = versionOf(await readFile(this.file, 'utf8'));
    const { records } = await this.history.readAudit();
    const written = records.some((record) => record.seq === pending.seq && record.toVersion === pending.toVersion);
    // The change reached the file (or the other hosts, and from there this file) but its audit line did not.
    if (!written && version !== pending.fromVersion) {
      await this.history.append(pending);
      this.options.log?.warn({ seq: pending.seq }, 'recovered the audit line of an edit interrupted by a crash');
    }
    await this.history.clearPending();
  }

  private async applyLocked(change: Change, options: ApplyOptions, lock: HeldLock): Promise<EditResult> {
    // Another host may publish between our read and our commit; then rebase the change and retry.
    // The random, growing pause keeps two hosts that keep colliding from colliding forever.
    for (let attempt = 0; attempt < COMMIT_ATTEMPTS; attempt += 1) {
      if (attempt > 0) await sleep(Math.random() * Math.min(25 * 2 ** attempt, 400));
      const basedOn = await this.options.coordinator?.beforeChange(change.op === 'restore');
      await this.recoverLocked();
      const result = await this.attempt(change, options, lock, basedOn);
      if (result !== 'retry') return result;
    }
    return refusal('contention');
  }

  private async readData(): Promise<string> {
    const size = (await stat(this.file)).size;
    if (size > this.maxFileBytes) throw Object.assign(new Error('too large'), { code: 'ETOOLARGE', size });
    return readFile(this.file, 'utf8');
  }

  /** The new text of the file for `change`, or why there is none. */
  private async nextText(
    change: Change,
    text: string,
    fromVersion: string,
    records: AuditRecord[],
  ): Promise<{ next: string; record: Partial<AuditRecord> } | EditResult> {
    if (change.op === 'undo') {
      const target = undoStack(records)[0];
      if (!target) return refusal('nothing-to-undo');
      if (target.toVersion !== fromVersion) return refusal('undo-conflict', { seq: target.seq, dir: this.historyDir });
      const next = await this.history.readSnapshot(target.snapshot);
      return { next, record: { op: 'undo', undoes: target.seq, id: target.id, section: target.section } };
    }
    if (change.op === 'restore') {
      const name = change.snapshot;
      const next = name ? await this.history.readSnapshot(name) : this.options.lastGood?.();
      if (next === undefined || versionOf(next) === fromVersion)
        return refusal('restore-nothing', { version: fromVersion });
      return { next, record: { op: 'restore', restoredFrom: name ?? `last good ${versionOf(next)}` } };
    }
    let dataset: Json;
    try {
      dataset = JSON.parse(text) as Json;
    } catch (error) {
      // The file on disk is broken (a hand edit): a row change needs a valid file; a restore fixes it.
      const at = locateJsonError(text, error as SyntaxError).problem;
      return refusal(
        'broken-file',
        at?.kind === 'json' ? { line: at.line, column: at.column } : { line: '?', column: '?' },
      );
    }
    const outcome = applyChange(dataset, change);
    if (!outcome.ok) return { ok: false, ...outcome.refusal };
    return { next: `${JSON.stringify(outcome.dataset, null, 2)}\n`, record: outcome.summary };
  }

  private async attempt(
    change: Change,
    options: ApplyOptions,
    lock: HeldLock,
    sharedBase: string | undefined,
  ): Promise<EditResult | 'retry'> {
    let text: string;
    try {
      text = await this.readData();
    } catch (error) {
      const size = (error as { size?: number }).size;
      if (size !== undefined) return refusal('too-large', { bytes: size, max: this.maxFileBytes });
      throw error;
    }
    const fromVersion = versionOf(text);
    if (options.expectedVersion && options.expectedVersion !== fromVersion)
      return refusal('stale', { expected: options.expectedVersion, current: fromVersion });
    const { records } = await this.history.readAudit();
    let built;
    try {
      built = await this.nextText(change, text, fromVersion, records);
    } catch (error) {
      if (error instanceof SnapshotMissingError)
        return refusal('snapshot-missing', { snapshot: error.snapshot, dir: this.historyDir });
      throw error;
    }
    if ('ok' in built) return built;
    const { next } = built;
    if (Buffer.byteLength(next) > this.maxFileBytes)
      return refusal('too-large', { bytes: Buffer.byteLength(next), max: this.maxFileBytes });
    const parsed = parseDataset(next);
    if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors, params: {}, json: parsed.json };

    const seq = Math.max(0, ...records.map((record) => record.seq)) + 1;
    const at = new Date().toISOString();
    const snapshot = `${at.replace(/[:.]/g, '-')}-${seq}-${fromVersion}.json`;
    const record: AuditRecord = {
      seq,
      at,
      userId: options.userId,
      op: 'add',
      ...built.record,
      ...(options.report ? { report: options.report } : {}),
      fromVersion,
      toVersion: parsed.version,
      snapshot,
    };

    let temp: string | undefined;
    let published = false;
    try {
      // The old version is safe in history before the data file is touched.
      await this.history.saveSnapshot(snapshot, text);
      temp = await writeTemp(this.file, next);
      // The audit line exists before the rename: a crash after it is finished by recover().
      await this.history.writePending(record);
      if (this.options.coordinator) {
        if (!(await this.options.coordinator.commit(sharedBase ?? fromVersion, parsed.version, next))) {
          await this.discard(temp, snapshot);
          return 'retry';
        }
        published = true;
      }
      lock.assertHeld();
      // Compare-and-swap on the file's version right before the rename: a hand edit saved
      // meanwhile is never overwritten.
      const target = temp;
      temp = undefined;
      await commitTemp(target, this.file, (current) => versionOf(current) === fromVersion);
    } catch (error) {
      await this.discard(temp, snapshot);
      if (error instanceof TargetChangedError) {
        if (published)
          this.options.log?.error(
            { version: parsed.version },
            'a change was published but the file changed by hand before the rename; the sync keeps both and says so',
          );
        return refusal('changed-during-edit');
      }
      throw error;
    }
    await this.history.append(record);
    await this.history.clearPending();
    await this.options.coordinator?.afterCommit(parsed.version);
    const pruned = await this.history.prune(new Set(undoStack([...records, record]).map((entry) => entry.snapshot)));
    await this.refreshSnapshots();
    await this.options.afterWrite?.();
    return { ok: true, record, prunedForUndo: pruned.neededByUndo.length };
  }

  /** Undoes the side effects of an attempt that will not be renamed into place. */
  private async discard(temp: string | undefined, snapshot: string): Promise<void> {
    if (temp) await rm(temp, { force: true }).catch(() => undefined);
    await this.history.removeSnapshot(snapshot);
    await this.history.clearPending().catch(() => undefined);
  }
}
