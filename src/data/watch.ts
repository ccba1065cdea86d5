/**
 * Reloads the data when the file changes on disk (a hand edit, a git pull), and reports each
 * version it refuses once.
 */
import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { DataError } from './load.ts';
import type { DataStore } from './store.ts';

export interface WatchEvents {
  onReloaded(version: string): void;
  onRefused(errors: DataError[]): void;
}

export interface DataWatcher {
  /** Reads the file now, even when it looks unchanged; used by tests. */
  check(): Promise<void>;
  close(): void;
}

/**
 * Watches the directory (not the file) so a replace-by-rename from an editor or git is seen,
 * and also polls the file's identity, because fs.watch can miss events on some filesystems.
 * Either path leads to the same debounced check, so a change is live well within 2 seconds.
 */
export function watchDataFile(store: DataStore, events: WatchEvents, pollMs = 500): DataWatcher {
  const file = store.file;
  // Empty: the first poll reads the file once more, so a save between DataStore.open and this
  // watcher starting is not missed (validating an unchanged file changes nothing).
  let lastSignature = '';
  let lastRefused = '';
  let running: Promise<void> | undefined;
  let again = false;
  let forced = false;
  let closed = false;

  const signature = async () => {
    const s = await stat(file).catch(() => undefined);
    return s ? `${s.ino}:${s.size}:${s.mtimeMs}` : 'missing';
  };

  // An editor's save can raise several watch events and a poll for one file: the file is read
  // once per version of it, so a refused version is refused (and counted) once.
  const doCheck = async (force: boolean) => {
    const sig = await signature();
    if (!force && sig === lastSignature) return;
    lastSignature = sig;
    const result = await store.reload();
    if (result.ok) {
      lastRefused = '';
      if (result.changed) events.onReloaded(result.version);
    } else if (sig !== lastRefused) {
      // Tell moderators once per bad version of the file, not on every poll.
      lastRefused = sig;
      events.onRefused(result.errors);
    }
  };

  const check = async (force = true): Promise<void> => {
    forced ||= force;
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        const force = forced;
        forced = false;
        await doCheck(force);
        // `again` is set by a check() that arrived while this one awaited; TS cannot see that.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      } while (again && !closed);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  let debounce: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dirname(file), (_event, name) => {
      if (name && name !== basename(file)) return;
      clearTimeout(debounce);
      debounce = setTimeout(() => void check(false), 100);
    });
    watcher.on('error', () => undefined);
  } catch {
    // Polling alone still picks changes up.
  }
  const poll = setInterval(() => {
    void signature().then((s) => {
      if (s !== lastSignature) void check(false);
    });
  }, pollMs);
  poll.unref();

  return {
    check,
    close() {
      closed = true;
      clearInterval(poll);
      clearTimeout(debounce);
      watcher?.close();
    },
  };
}
