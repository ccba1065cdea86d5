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
  },
});
