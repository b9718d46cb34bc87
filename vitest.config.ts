import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The slowest tests (a data:check child process, a 100-breakage fuzz slice, ESLint's start) take
    // 0.3–2 s on an idle 2-core machine and were measured at 6–10 s with a load average of 19
    // (two other test suites and a busy loop beside them): 30 s keeps them far from the limit.
    testTimeout: 30_000,
  },
});
