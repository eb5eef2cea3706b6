import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium, CPV hostnames mapped to a
// local server. One browser at a time: the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
