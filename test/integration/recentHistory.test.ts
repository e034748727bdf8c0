// KPI History grows by a row per KPI at every close, and more where a team keeps its readings there. Refresh and
// the check-in list read its last 92 days (the early warning), the health check a year (its KPI rules): what
// they cost follows the number of KPIs, not the years kept (docs/decisions.md, "What each job reads").
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetFixture } from '../../emulator/index';
import { TODAY } from '../fixtures/examples';
import { generatedWorkbook } from '../fixtures/generated';
import { KPI_HISTORY_HEADER } from '../fixtures/history';
import { jobCost, open } from './harness';

const DAY_MS = 86_400_000;
const KPIS = 40;

function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** generatedWorkbook(40) with a weekly reading of every KPI in KPI History for `weeks` weeks up to last week. */
function withKpiHistory(weeks: number): Record<string, SheetFixture> {
  const book = generatedWorkbook(KPIS);
  const rows: CellValue[][] = [];
  for (let week = weeks; week >= 1; week -= 1) {
    const date = new Date(TODAY.getTime() - week * 7 * DAY_MS);
    date.setUTCHours(0, 0, 0, 0);
    for (let n = 1; n <= KPIS; n += 1) {
      rows.push([date, quarterOf(date), `K${n}`, `Metric ${n}`, 0.5 + ((n + week) % 4) / 10, 0.5, 0.9, 'OK']);
    }
  }
  return { ...book, 'KPI History': { values: [KPI_HISTORY_HEADER, ...rows] } };
}

type Addon = ReturnType<typeof open>['addon'];

const JOBS: [string, (addon: Addon) => void][] = [
  ['Refresh', (addon) => addon.run('refreshScores')],
  ['opening the check-in list', (addon) => addon.run('getCheckInState')],
  ['the health check', (addon) => addon.run('getHealthFindings')],
];

describe('what a job reads of KPI History does not grow with the years kept', () => {
  it.each(JOBS)(
    '%s: the same calls and cells after a year and a half as after four years',
    (_, job) => {
      const withoutHistory = jobCost(generatedWorkbook(KPIS), job);
      const short = jobCost(withKpiHistory(78), job);
      const long = jobCost(withKpiHistory(208), job);
      // It does read KPI History (the trend and the KPI rules need it), only not all of it.
      expect(short.cellsRead).toBeGreaterThan(withoutHistory.cellsRead);
      expect(long.calls).toEqual(short.calls);
      expect(long.cellsRead).toBe(short.cellsRead);
    },
    60_000,
  );
});
