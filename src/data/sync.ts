import { readFile } from 'node:fs/promises';
import type { Logger } from '../log.ts';
import { writeFileAtomic } from './atomic-write.ts';
import type { EditCoordinator } from './editor.ts';
import { withFileLock } from './file-lock.ts';
import { parseDataset, versionOf } from './load.ts';
import type { SharedRevision } from './shared-revision.ts';
import type { DataStore } from './store.ts';

/**
 * Keeps this host's data file in step with the shared revision in Redis.
 * A file whose version was once shared is merely behind and is brought up to date;
 * a file with a version never shared is a hand edit on this host and is published.
 */
export class DataSync implements EditCoordinator {
  private timer: NodeJS.Timeout | undefined;
  private busy: Promise<void> | undefined;

  constructor(
    private readonly shared: SharedRevision,
    private readonly store: DataStore,
    private readonly log: Logger,
  ) {}

  /** `lockHeld`: the caller (the editor) already holds the data file's lock. */
  async reconcile(lockHeld = false): Promise<void> {
    const file = this.store.file;
    const text = await readFile(file, 'utf8');
    const local = versionOf(text);
    const remote = await this.shared.fetch();
    if (remote?.version === local) return;
    if (!remote) {
      if (parseDataset(text).ok) await this.shared.publish('', local, text);
      return;
    }
    if (await this.shared.isKnown(local)) {
      const parsed = parseDataset(remote.text);
      if (!parsed.ok) {
        this.log.error({ version: remote.version }, 'shared data revision is invalid; keeping the local file');
        return;
      }
      const adopt = async () => {
        // Re-check under the lock: another process on this host may have done it already.
        if (versionOf(await readFile(file, 'utf8')) === local) await writeFileAtomic(file, remote.text);
      };
      await (lockHeld ? adopt() : withFileLock(`${file}.lock`, adopt));
      await this.store.reload();
      this.log.info({ version: remote.version }, 'adopted the shared data revision');
    } else if (parseDataset(text).ok) {
      const published = await this.shared.publish(remote.version, local, text);
      this.log.info({ version: local, published }, 'published a local change of the data file');
    }
  }

  /** Polls the shared version (one small Redis read) and reconciles when it moved. */
  start(everyMs = 1000): void {
    this.timer = setInterval(() => {
      if (this.busy) return;
      this.busy = (async () => {
        try {
          const remote = await this.shared.version();
          if (remote !== this.store.current().version) await this.reconcile();
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

  async beforeChange(): Promise<void> {
    await this.reconcile(true);
  }

  commit(basedOn: string, version: string, text: string): Promise<boolean> {
    return this.shared.publish(basedOn, version, text);
  }
}
