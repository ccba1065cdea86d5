/**
 * The lock that lets one process at a time change the data file, across shards and hosts sharing a
 * volume, without a dead holder blocking it for good.
 */
import { hostname } from 'node:os';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';

/** Who holds a lock, as written into the lock directory by its holder. */
interface LockOwner {
  pid: number;
  host: string;
  at: string;
}

export interface LockOptions {
  /** A lock whose holder stopped refreshing it for this long may be taken over (min 5000). */
  staleMs?: number;
  /** How long to wait for a lock before refusing. */
  waitMs?: number;
}

/** The lock is held by a live process that has not finished in time; nothing was done. */
export class LockBusyError extends Error {
  constructor(readonly owner: LockOwner | undefined) {
    super(`the data file is locked by ${owner ? `process ${owner.pid} on ${owner.host}` : 'another editor'}`);
    this.name = 'LockBusyError';
  }
}

/** This process lost its lock while it held it (paused past the stale time on a shared volume). */
export class LockLostError extends Error {
  constructor(cause: unknown) {
    super('the data file lock was lost while the change was being made', { cause });
    this.name = 'LockLostError';
  }
}

export interface HeldLock {
  /** Throws LockLostError if the lock is no longer this process's: then nothing may be renamed. */
  assertHeld(): void;
}

const OWNER_FILE = 'owner.json';
// A live holder writes its owner record within milliseconds of creating the lock directory.
const OWNERLESS_GRACE_MS = 2000;
const DEFAULT_STALE_MS = 10_000;
const DEFAULT_WAIT_MS = 10_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(lockPath: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(join(lockPath, OWNER_FILE), 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? { pid: owner.pid, host: owner.host, at: String(owner.at) }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Moves a dead lock out of the way (rename is atomic, so two processes recovering it at once
 * cannot both remove it), then deletes it.
 */
async function reclaim(lockPath: string): Promise<void> {
  const aside = `${lockPath}.dead.${process.pid}.${Date.now()}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return; // someone else moved it first
  }
  await rm(aside, { recursive: true, force: true }).catch(() => undefined);
}

type Verdict = { action: 'wait'; owner?: LockOwner } | { action: 'reclaim' };

/** Decides what to do about a lock this process could not take. */
async function judge(lockPath: string, staleMs: number): Promise<Verdict> {
  const info = await stat(lockPath).catch(() => undefined);
  if (!info) return { action: 'wait' }; // released meanwhile: just try again
  const now = Date.now();
  if (!info.isDirectory()) {
    // A lock file of the older format ("<pid> <time>") or anything else of that name.
    const pid = Number((await readFile(lockPath, 'utf8').catch(() => '')).split(/\s/)[0]);
    return Number.isInteger(pid) && pid > 0 && alive(pid)
      ? { action: 'wait', owner: { pid, host: hostname(), at: '' } }
      : { action: 'reclaim' };
  }
  const owner = await readOwner(lockPath);
  if (owner?.host === hostname()) {
    // Never take a lock from a live holder on this host, even one that is paused (SIGSTOP):
    // it would go on to rename over whatever was written meanwhile.
    return alive(owner.pid) ? { action: 'wait', owner } : { action: 'reclaim' };
  }
  if (!owner) {
    const age = now - info.mtimeMs;
    return age > OWNERLESS_GRACE_MS || age < -OWNERLESS_GRACE_MS ? { action: 'reclaim' } : { action: 'wait' };
  }
  // Another host on a shared volume: only its heartbeat (the mtime) says it is alive. A time in
  // the future beyond any clock skew is no heartbeat either.
  const stale = info.mtimeMs < now - staleMs || info.mtimeMs > now + staleMs;
  return stale ? { action: 'reclaim' } : { action: 'wait', owner };
}

/**
 * A lock shared by every process that edits the data file (several shards, or hosts on one
 * volume): a directory made atomically by proper-lockfile, whose mtime the holder refreshes while
 * it works. A holder on this host is never displaced while its process lives; a lock whose
 * process died is taken over at once; a stray file or directory of that name never blocks for good.
 */
export async function withFileLock<T>(
  file: string,
  fn: (lock: HeldLock) => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const staleMs = Math.max(5000, options.staleMs ?? DEFAULT_STALE_MS);
  const lockPath = `${file}.lock`;
  const deadline = Date.now() + (options.waitMs ?? DEFAULT_WAIT_MS);
  let lost: Error | undefined;
  let release: (() => Promise<void>) | undefined;
  let lastOwner: LockOwner | undefined;
  while (!release) {
    try {
      release = await lockfile.lock(file, {
        lockfilePath: lockPath,
        realpath: false,
        stale: staleMs,
        retries: 0,
        onCompromised: (error) => {
          lost = error;
        },
      });
      break;
    } catch (error) {
      // ENOTEMPTY: the library found a stale lock but cannot rmdir it (it holds an owner record).
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ELOCKED' && code !== 'ENOTEMPTY') throw error;
    }
    const verdict = await judge(lockPath, staleMs);
    if (verdict.action === 'reclaim') {
      await reclaim(lockPath);
      continue;
    }
    lastOwner = verdict.owner ?? lastOwner;
    if (Date.now() > deadline) throw new LockBusyError(lastOwner);
    await sleep(25 + Math.random() * 25);
  }
  const owner: LockOwner = { pid: process.pid, host: hostname(), at: new Date().toISOString() };
  try {
    await writeFile(join(lockPath, OWNER_FILE), JSON.stringify(owner));
    return await fn({
      assertHeld: () => {
        if (lost) throw new LockLostError(lost);
      },
    });
  } finally {
    // The library removes the lock with rmdir, so the owner record goes first (unless the lock
    // is no longer ours, and the record may be someone else's).
    if (!lost) await rm(join(lockPath, OWNER_FILE), { force: true }).catch(() => undefined);
    await release().catch(() => undefined);
  }
}
