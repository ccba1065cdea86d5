/**
 * Runs in a child process: applies N quote additions to a data file, optionally crashing
 * (SIGKILL, no cleanup) between writing the temporary file and renaming it into place.
 * Usage: tsx test/support/edit-process.ts <file> <count> <tag> [crash]
 */
import { atomicWriteHooks } from '../../src/data/atomic-write.ts';
import { DataEditor } from '../../src/data/editor.ts';

const [file, count, tag, crash] = process.argv.slice(2) as [string, string, string, string?];
if (crash === 'crash') {
  atomicWriteHooks.beforeRename = (temp) => {
    // Only crash on the data file itself, after its new content is fully on disk.
    if (temp.includes(file.split('/').pop()!)) process.kill(process.pid, 'SIGKILL');
  };
}
const editor = new DataEditor(file);
for (let i = 0; i < Number(count); i += 1) {
  const r = await editor.apply(
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
    tag,
  );
  if (!r.ok) {
    console.error(JSON.stringify(r));
    process.exit(1);
  }
}
