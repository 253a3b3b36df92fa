import { defineConfig } from 'vitest/config';

// Real-browser tests. The same specs run once per browser: the test command
// sets JIANFAN_BROWSER to chromium, then firefox. Specs run one file at a time
// so that two browsers never compete for the two cores.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
