import { defineConfig } from 'vitest/config';

// The demo's end-to-end test: its own runner, kept out of the unit projects (which include
// test/**/*.test.ts and exclude test/e2e/**). It builds the demo, serves it with `vite preview`
// on 127.0.0.1 and drives it in Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser, one page, steps that build on each other.
    sequence: { concurrent: false },
    fileParallelism: false,
  },
});
