import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium (and Firefox) with the built extension; run by `npm test`
// after `VANKIEN_E2E=1 wxt build`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
