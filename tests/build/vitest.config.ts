import { defineConfig } from 'vitest/config';

// Checks on the built packages in .output (run after `wxt build`).
export default defineConfig({
  test: { root: import.meta.dirname, include: ['**/*.test.ts'], environment: 'node' },
});
