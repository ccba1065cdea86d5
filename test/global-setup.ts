import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** Builds dist/ from the current sources, so end-to-end tests never run a stale build. */
export default function setup(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
