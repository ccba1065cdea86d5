/**
 * When several hosts serve one dataset: keeps this host's data file in step with the shared
 * revision in Redis, and refuses a revision it cannot trace rather than merging it.
 */
import { readFile } from 'node:fs/promises';
import type { Logger } from '../log.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { SharedStoreError, type EditCoordinator } from './editor.ts';
import { withFileLock, type LockOptions } from './file-lock.ts';
import type { History } from './history.ts';
import { parseDataset, versionOf } from './load.ts';
import type { SharedRevision } from './shared-revision.ts';
import type { DataStore } from './store.ts';
import { t } from '../i18n/messages.ts';

export interface SyncOptions {
  history: History;
  /** Tells moderators (the log channel) about a revision this host refused. */
  notify: (text: string) => void;
  maxFileBytes: number;
  lock?: LockOptions;
}

type Divergence = { reason: 'unrelated' | 'both-changed'; local: string; remote: string };

/**
 * Keeps this host's data file in step with the shared revision in Redis, along one lineage.
 * `sync-state.json` (in history/) holds the version this host last had in common with the shared
 * one (the base). Then:
 * - file at the base, shared revision descends from it: fast-forward (snapshot first);
 * - file changed since the base (a hand edit or a hand restore), shared still at the base:
 *   publish the file, so a restore wins everywhere;
 * - anything else (a revision this host cannot trace to its own history, or both changed):
 *   refuse, keep the file, and say so loudly once.
 */
export class DataSync implements EditCoordinator {
  private timer: NodeJS.Timeout | undefined;
  private busy: Promise<void> | undefined;
  private divergence: Divergence | undefined;
  private reported = '';

  constructor(
    private readonly shared: SharedRevision,
    private readonly store: DataStore,
    private readonly log: Logger,
    private readonly options: SyncOptions,
  ) {}

  /** `lockHeld`: the caller (the editor) already holds the data file's lock. */
  async reconcile(lockHeld = false): Promise<void> {
    const run = () => this.reconcileLocked();
    await (lockHeld ? run() : withFileLock(this.store.file, run, this.options.lock));
  }

  private async reconcileLocked(): Promise<void> {
    const { history } = this.options;
    const text = await readFile(this.store.file, 'utf8');
    const local = versionOf(text);
    const remote = await this.shared.fetch();
    const base = await history.readSyncState();
    if (!remote) {
      // Nothing shared yet (or Redis lost its data): this host's valid file starts the lineage.
      if (parseDataset(text).ok && (await this.shared.publish('', local, text))) await this.settle(local, base);
      return;
    }
    if (remote.version === local) {
      await this.settle(local, base);
      return;
    }
    if (base === undefined || base === local) {
      // The file is where this host last left it (or this host is new): follow the lineage only.
      if (await this.shared.inLineage(local)) await this.adopt(remote.text, remote.version, local, text);
      else this.diverged({ reason: 'unrelated', local, remote: remote.version });
      return;
    }
    // The file changed on this host since the base: a hand edit or a hand restore.
    if (!parseDataset(text).ok) return; // the watcher reports it; nothing to share
    if (remote.version === base) {
      const published = await this.shared.publish(base, local, text);
      if (published) await this.settle(local, base);
      this.log.info({ version: local, base, published }, 'published a change of the data file made on this host');
      return;
    }
    this.diverged({ reason: 'both-changed', local, remote: remote.version });
  }

  /** The file and the shared revision agree at `version`. */
  private async settle(version: string, base: string | undefined): Promise<void> {
    if (this.divergence) this.log.info({ version }, 'the data file follows the shared revision again');
    this.divergence = undefined;
    this.reported = '';
    if (base !== version) await this.options.history.writeSyncState(version);
  }

  private async adopt(remoteText: string, remoteVersion: string, local: string, text: string): Promise<void> {
    if (Buffer.byteLength(remoteText) > this.options.maxFileBytes) {
      this.log.error(
        { version: remoteVersion, bytes: Buffer.byteLength(remoteText) },
        'shared data revision is larger than DATA_FILE_MAX_BYTES; keeping the local file',
      );
      return;
    }
    const parsed = parseDataset(remoteText);
    if (!parsed.ok) {
      this.log.error(
        { version: remoteVersion, errors: parsed.errors.length },
        'shared data revision is invalid; keeping the local file',
      );
      return;
    }
    // Whatever this host had stays in history/ before the sync replaces it.
    const at = new Date().toISOString().replace(/[:.]/g, '-');
    await this.options.history.saveSnapshot(`${at}-sync-${local}.json`, text);
    await writeFileAtomic(this.store.file, remoteText);
    await this.settle(remoteVersion, local);
    await this.store.reload();
    this.log.info({ version: remoteVersion, from: local }, 'adopted the shared data revision');
  }

  private diverged(divergence: Divergence): void {
    this.divergence = divergence;
    const key = `${divergence.reason}:${divergence.local}:${divergence.remote}`;
    if (key === this.reported) return;
    this.reported = key;
    // The moderator log channel has no locale: its notices are in English, like every other one posted there.
    const moderationText = t('en').moderation;
    const why = divergence.reason === 'unrelated' ? moderationText.syncUnrelated : moderationText.syncBothChanged;
    this.log.error(
      { local: divergence.local, remote: divergence.remote, reason: divergence.reason, file: this.store.file },
      `refused the shared data revision: ${why}; this host keeps its own file`,
    );
    this.options.notify(
      moderationText.syncRefused(divergence.remote, why, divergence.local, divergence.reason === 'both-changed'),
    );
  }

  /** Polls the shared version (one small Redis read) and reconciles when it moved. */
  start(everyMs = 1000): void {
    this.timer = setInterval(() => {
      if (this.busy) return;
      this.busy = (async () => {
        try {
          const remote = await this.shared.version();
          const local = this.store.current().version;
          const known = this.divergence && this.divergence.remote === remote && this.divergence.local === local;
          if (remote !== local && !known) await this.reconcile();
        } catch (error) {
          this.log.debug({ err: error }, 'data sync: shared revision unavailable');
        }
      })().finally(() => {
        this.busy = undefined;
      });
    }, everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /**
   * Under the editor's lock. A row change on a host that does not follow the shared revision
   * is refused; a restore on a host whose file and the shared revision both moved is allowed and
   * is then based on the shared revision, so it wins everywhere (that is what a restore is for).
   */
  async beforeChange(restore = false): Promise<string | undefined> {
    await this.reconcileLocked();
    const divergence = this.divergence;
    if (!divergence) return undefined;
    if (restore && divergence.reason === 'both-changed') return divergence.remote;
    throw new SharedStoreError('diverged', { remote: divergence.remote, local: divergence.local });
  }

  commit(basedOn: string, version: string, text: string): Promise<boolean> {
    return this.shared.publish(basedOn, version, text);
  }

  async afterCommit(version: string): Promise<void> {
    await this.options.history.writeSyncState(version);
    this.divergence = undefined;
  }
}
