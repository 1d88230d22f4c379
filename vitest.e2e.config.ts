import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the built extension (.output/chrome-mv3).
// One file at a time: each launches its own browser and 2 cores are all we have.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Pages and the popup settle over a second or two; a poll gives up after this long.
    expect: { poll: { timeout: 5_000, interval: 100 } },
  },
});
