import { defineConfig } from 'vitest/config';

// Sheets dates are local to the spreadsheet's time zone; tests pin one so results never depend on the machine.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    pool: 'threads',
    // CI has two cores shared by Chromium, playground workers and the 50-workbook crash tests: a slow step is
    // not a failure, so the limits are generous (the tests assert call counts, never times).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
