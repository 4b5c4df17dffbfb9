import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Outside watch mode vitest takes one core less than the machine has: one file at a time on two
    // cores. A file mostly waits on the processes it starts (the binary, Chromium, poppler, npm),
    // so a file a core keeps both busy.
    maxWorkers: '100%',
    setupFiles: ['test/support/fast-check.ts'],
  },
});
