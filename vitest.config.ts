import { defineConfig } from 'vitest/config';

// The renderer's Vite config sets `root: renderer/`, which would hide every other test;
// unit tests therefore have a config of their own at the repository root. End-to-end tests
// (test/e2e, Playwright) run separately.
export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'templates/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
