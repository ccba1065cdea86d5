import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PUBLIC_KEY_HELP, TOKEN_HELP } from '../src/config.ts';

const ROOT = resolve(import.meta.dirname, '..');
// An empty folder as working directory, so no developer's .env is read by dotenv.
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/esm/index.mjs')).href;
const EMPTY = mkdtempSync(join(tmpdir(), 'leerdam-entry-'));

function start(entry: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', TSX, join(ROOT, entry)], {
    cwd: EMPTY,
    env: { PATH: process.env.PATH ?? '', DATA_FILE: join(ROOT, 'data/leerdam.json'), ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('the three entry points read their configuration the same way', () => {
  it.each(['src/main.ts', 'src/sharded.ts'])('%s without DISCORD_TOKEN: exits 1 with how to get one', (entry) => {
    const { status, stderr } = start(entry, {});
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(TOKEN_HELP);
  });

  it('src/main-http.ts lists every problem at once, then exits 1', () => {
    const { status, stderr } = start('src/main-http.ts', {
      MODERATOR_LOG_CHANNEL_ID: '300000000000000009',
      HTTP_PORT: '8123',
      METRICS_PORT: '8123',
    });
    expect(status).toBe(1);
    expect(stderr).toContain(PUBLIC_KEY_HELP);
    expect(stderr).toContain('MODERATOR_LOG_CHANNEL_ID: posting to the log channel needs DISCORD_TOKEN');
    expect(stderr).toContain('METRICS_PORT: must differ from HTTP_PORT');
  });

  it.each(['src/main.ts', 'src/main-http.ts', 'src/sharded.ts'])(
    '%s with an invalid setting: names it, exits 1, no stack trace',
    (entry) => {
      const { status, stderr } = start(entry, { DISCORD_TOKEN: 'x', LOG_LEVEL: 'loud' });
      expect(status).toBe(1);
      expect(stderr).toContain('LOG_LEVEL');
      expect(stderr).not.toMatch(/\n\s+at /);
    },
  );
});
