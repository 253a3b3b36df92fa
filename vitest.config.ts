import { defineConfig } from 'vitest/config';

// Unit tests: the engine in utils/ and the views in components/, in Node with
// happy-dom standing in for the page. Browser tests have their own config.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'happy-dom',
    testTimeout: 20_000,
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
