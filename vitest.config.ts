import { defineConfig } from 'vitest/config';

// The renderer's Vite config sets `root: renderer/`, which would hide every other test;
// unit tests therefore have a config of their own at the repository root.
export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'templates/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
