import { defineConfig } from 'vitest/config';

// Sheets dates are local to the spreadsheet's time zone; tests pin one so results never depend on the machine.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    pool: 'threads',
  },
});
