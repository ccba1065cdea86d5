import { open, readFile, rm, stat } from 'node:fs/promises';

const STALE_MS = 30_000;

/**
 * A lock file shared by every process that edits the data file (several shards or hosts on one
 * volume). `wx` creation is atomic; a lock left by a crashed process goes stale after 30 s.
 */
export async function withFileLock<T>(lockPath: string, fn: () => Promise<T>, waitMs = 10_000): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(`${process.pid} ${new Date().toISOString()}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const info = await stat(lockPath).catch(() => undefined);
      if (info && Date.now() - info.mtimeMs > STALE_MS) {
        await rm(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        const owner = await readFile(lockPath, 'utf8').catch(() => '?');
        throw new Error(`the data file is locked by another editor (${owner.trim()}); try again in a moment`, {
          cause: error,
        });
      }
      await new Promise((r) => setTimeout(r, 25 + Math.random() * 25));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lockPath, { force: true });
  }
}
