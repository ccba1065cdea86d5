/**
 * Runs in a child process: applies N quote additions to a data file, printing one JSON line per
 * result. Modes (the 4th argument), all acting on the data file's own rename, after its new
 * content is fully on disk:
 * - `crash`: SIGKILL itself (no cleanup), as a crash would;
 * - `pause`: print {"holding":true} and wait 1.5 s (long enough for the test to SIGSTOP it), then go on.
 * Usage: tsx test/support/edit-process.ts <file> <count> <tag> [crash|pause]
 * Env: LOCK_STALE_MS (the lock's stale time).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { atomicWriteHooks } from '../../src/data/atomic-write.ts';
import { DataEditor } from '../../src/data/editor.ts';

const [file, count, tag, mode] = process.argv.slice(2) as [string, string, string, string?];
const isDataFile = (temp: string) => temp.includes(file.split('/').pop()!);
if (mode === 'crash') {
  atomicWriteHooks.beforeRename = (temp) => {
    if (isDataFile(temp)) process.kill(process.pid, 'SIGKILL');
  };
}
if (mode === 'pause') {
  atomicWriteHooks.beforeRename = async (temp) => {
    if (!isDataFile(temp)) return;
    process.stdout.write(`${JSON.stringify({ holding: true })}\n`);
    await sleep(1500);
  };
}
const editor = new DataEditor({
  file,
  ...(process.env.LOCK_WAIT_MS ? { lockWaitMs: Number(process.env.LOCK_WAIT_MS) } : {}),
  ...(process.env.LOCK_STALE_MS ? { lockStaleMs: Number(process.env.LOCK_STALE_MS) } : {}),
});
let failed = false;
for (let i = 0; i < Number(count); i += 1) {
  const result = await editor.apply(
    {
      op: 'add',
      section: 'quotes',
      row: {
        id: `quote-${tag}-${i}`,
        text: `Quote ${tag} ${i}`,
        language: 'en',
        occasion: { en: 'test', nl: 'test' },
        date: '2026-03-01',
        topics: ['test'],
        sources: ['https://example.org/q'],
      },
    },
    { userId: tag },
  );
  process.stdout.write(`${JSON.stringify({ i, ok: result.ok, ...(result.ok ? {} : { refusal: result }) })}\n`);
  if (!result.ok) failed = true;
}
process.exit(failed ? 1 : 0);
