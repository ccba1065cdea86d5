import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Test hook: lets a test crash the process between the write and the rename. */
export const atomicWriteHooks: { beforeRename?: (tempPath: string) => void | Promise<void> } = {};

/**
 * Write to a temporary file in the same directory, flush it to disk, then rename over the target:
 * readers (and a crash at any point) see either the old file or the new one, never half of one.
 */
export async function writeFileAtomic(target: string, content: string): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(temp, 'w', 0o644);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await atomicWriteHooks.beforeRename?.(temp);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
