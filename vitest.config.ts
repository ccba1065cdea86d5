import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Child processes and real servers: forks isolate them best.
    pool: 'forks',
    setupFiles: ['test/setup.ts'],
    // End-to-end tests run the built bot, as production does: build it once, first.
    globalSetup: ['test/global-setup.ts'],
    coverage: {
      provider: 'v8',
      // Only in-process code is measured; the e2e suites exercise the built bot in child processes.
      include: ['src/**/*.ts', 'commands/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      // A little below what the suite measures, so a change that drops tested code fails CI.
      thresholds: {
        'src/core/**': { lines: 88, statements: 86, functions: 90, branches: 80 },
        'src/data/**': { lines: 70, statements: 68, functions: 64, branches: 58 },
        'src/search/**': { lines: 95, statements: 93, functions: 95, branches: 86 },
      },
    },
  },
});
