// Refresh rebuilds the Dashboard tab when it exists: that must not make Refresh pay for history. The same team
// (test/fixtures/history.ts) after 1 year and after 4 years of weekly check-ins costs the same calls and writes
// the same cells, the dashboard included: its trends and readings chart show the last 92 days, which 1 quarter
// of check-ins does not quite fill. What the dashboard adds to a Refresh is a fixed handful of calls.
import { describe, expect, it } from 'vitest';
import { HISTORY_WEEKS, historyWorkbook } from '../fixtures/history';
import { open } from './harness';

interface RefreshCost {
  readonly calls: Record<string, number>;
  readonly cellsRead: number;
  readonly cellsWritten: number;
}

function refreshCost(weeks: number, withDashboard: boolean): RefreshCost {
  const book = historyWorkbook(weeks);
  const { addon } = open(book.sheets, { now: book.today });
  if (withDashboard) addon.run('buildDashboard');
  addon.run('refreshScores');
  addon.counter.reset();
  addon.run('refreshScores');
  return {
    calls: Object.fromEntries(addon.counter.calls),
    cellsRead: addon.counter.cellsRead,
    cellsWritten: addon.counter.cellsWritten,
  };
}

describe('Refresh with a Dashboard tab, as history grows', () => {
  it('costs the same calls and cells after 4 years of check-ins as after 1 year', () => {
    const year = refreshCost(HISTORY_WEEKS['1 year'], true);
    const years = refreshCost(HISTORY_WEEKS['4 years'], true);
    expect(years.calls).toEqual(year.calls);
    expect(years.cellsWritten).toBe(year.cellsWritten);
    // Reads grow only as Refresh's own do without a dashboard: the dashboard reads nothing of its own.
    const bare = refreshCost(HISTORY_WEEKS['4 years'], false);
    const bareYear = refreshCost(HISTORY_WEEKS['1 year'], false);
    expect(years.cellsRead - year.cellsRead).toBe(bare.cellsRead - bareYear.cellsRead);
    // A fixed number of calls more than a Refresh without a dashboard (about 70: the tab's writes, its nine
    // column widths, its protection, and each chart's builder calls), about 0.25 s by the bench's latency model.
    const extra =
      Object.values(years.calls).reduce((sum, n) => sum + n, 0) -
      Object.values(bare.calls).reduce((sum, n) => sum + n, 0);
    expect(extra).toBeLessThanOrEqual(75);
    expect(years.calls['Sheet.updateChart']).toBe(2);
  }, 120_000);
});
