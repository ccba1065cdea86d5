/**
 * Writing a file so that readers, and a crash at any point, see the old version or the new one,
 * never half of one; the editor, the history and the report queue write through it.
 */
import { open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Test hook: lets a test crash or pause the process between the write and the rename. */
export const atomicWriteHooks: { beforeRename?: (tempPath: string) => void | Promise<void> } = {};

const TEMP_PATTERN = /^\..+\.(\d+)\.\d+\.tmp$/;

/**
 * Writes `content` to a temporary file beside `target` and flushes it to disk. The caller renames
 * it into place with `commitTemp` (after any last checks) or drops it with `rm`. A failed write
 * removes its partial temp file, so a full disk is not kept full by it.
 */
export async function writeTemp(target: string, content: string): Promise<string> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open(temp, 'w', 0o644);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  return temp;
}

/** The target changed since it was read: the rename was not done (see commitTemp). */
export class TargetChangedError extends Error {
  constructor(readonly target: string) {
    super(`${target} changed while the new version was being written`);
    this.name = 'TargetChangedError';
  }
}

/**
 * Renames a temp file from `writeTemp` over its target; on failure the temp file is removed.
 * `unchanged` is checked right before the rename (compare-and-swap on the target's content): when
 * it says no, nothing is renamed and TargetChangedError is thrown.
 */
export async function commitTemp(
  temp: string,
  target: string,
  unchanged?: (current: string) => boolean,
): Promise<void> {
  try {
    await atomicWriteHooks.beforeRename?.(temp);
    if (unchanged && !unchanged(await readFile(target, 'utf8'))) throw new TargetChangedError(target);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Write to a temporary file in the same directory, flush it to disk, then rename over the target:
 * readers (and a crash at any point) see either the old file or the new one, never half of one.
 */
export async function writeFileAtomic(target: string, content: string): Promise<void> {
  await commitTemp(await writeTemp(target, content), target);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temp files that a crashed process left beside `target` (their pid is in the name). */
export async function removeOrphanTemps(target: string): Promise<number> {
  const prefix = `.${basename(target)}.`;
  let removed = 0;
  for (const name of await readdir(dirname(target)).catch(() => [] as string[])) {
    const match = TEMP_PATTERN.exec(name);
    if (!name.startsWith(prefix) || !match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || processAlive(pid)) continue;
    await rm(join(dirname(target), name), { force: true }).catch(() => undefined);
    removed += 1;
  }
  return removed;
}
