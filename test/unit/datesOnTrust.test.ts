// Dates a row takes on trust: an Updated or check-in in the future, a Due before the quarter starts.
import { describe, it, expect } from 'vitest';
import type { Cell } from '../../src/core/cells';
import { futureDateProblem } from '../../src/core/dates';
import { dueProblem, futureCheckInProblem } from '../../src/core/okr/pacing';
import { parseQuarter } from '../../src/core/quarter';
import { planRefresh, type RefreshInput } from '../../src/core/workbook/refresh';

const TODAY = new Date(2026, 10, 23);
const Q4 = (() => {
  const reading = parseQuarter('2026-Q4');
  if (reading.kind !== 'value') throw new Error('2026-Q4 must parse');
  return reading.value;
})();

describe('futureDateProblem', () => {
  it.each<[Date, string | undefined]>([
    [new Date(2027, 2, 1), 'Updated: 2027-03-01 is in the future'],
    [new Date(2026, 10, 24), 'Updated: 2026-11-24 is in the future'],
    [new Date(2026, 10, 23, 23, 59), undefined], // today, at any time of day
    [new Date(2026, 10, 1), undefined],
  ])('%s → %s', (date, expected) => {
    expect(futureDateProblem('Updated', date, TODAY)).toBe(expected);
  });
});

describe('futureCheckInProblem', () => {
  it('says where to fix a check-in dated in the future', () => {
    expect(futureCheckInProblem(new Date(2027, 0, 5), TODAY)).toBe(
      'Last check-in: 2027-01-05 is in the future: fix its Timestamp on the Check-ins tab',
    );
    expect(futureCheckInProblem(TODAY, TODAY)).toBeUndefined();
  });
});

describe('dueProblem', () => {
  it.each<[Date, string | undefined]>([
    [new Date(2026, 8, 30), 'Due: 2026-09-30 is before 2026-Q4 starts (2026-10-01)'],
    [new Date(2025, 11, 31), 'Due: 2025-12-31 is before 2026-Q4 starts (2026-10-01)'],
    [new Date(2026, 9, 1), undefined],
    [new Date(2027, 0, 15), undefined], // after the quarter's end is a choice, not an error
  ])('%s → %s', (due, expected) => {
    expect(dueProblem(due, Q4)).toBe(expected);
  });
});

const OKR_HEADER = ['ID', 'Quarter', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'Due'];

/** The workbook model of these tabs (an OKRs tab of just its header, a KPIs tab with none, when not given). */
function model(fields: Partial<RefreshInput>) {
  const plan = planRefresh({
    kpis: { values: [['KPI', 'Min']], formulas: [] },
    okrs: { values: [OKR_HEADER], formulas: [] },
    today: TODAY,
    fiscalStartMonth: 1,
    ...fields,
  });
  if (!plan.ok) throw new Error(plan.problems.join('; '));
  return plan.workbook;
}

describe('the tables judge these dates', () => {
  const kpiValues: Cell[][] = [
    ['ID', 'KPI', 'Min', 'Current', 'Updated'],
    ['K1', 'NPS', 40, 50, new Date(2027, 2, 1)],
    ['K2', 'MRR', 40, 50, new Date(2026, 10, 20)],
  ];

  it('a KPI updated in the future is INVALID, naming the date', () => {
    const results = model({ kpis: { values: kpiValues, formulas: [] } }).kpis;
    expect(results.map((result) => result.status)).toEqual(['INVALID: Updated: 2027-03-01 is in the future', 'OK']);
  });

  const okrValues: Cell[][] = [
    OKR_HEADER,
    ['O1', '2026-Q4', 'Grow', '', '', '', '', ''],
    ['O1.1', '', '', 'Leads', 0, 100, 50, new Date(2026, 8, 30)],
    ['O1.2', '', '', 'Deals', 0, 10, 5, ''],
    ['O1.3', '', '', 'Calls', 0, 10, 5, new Date(2026, 11, 15)],
  ];

  /** Each row's status, with these check-ins ([ID, when]) in the log. */
  function scored(checkIns: [string, Date][]): string[] {
    const log: Cell[][] = [['Timestamp', 'ID', 'Value'], ...checkIns.map(([id, at]): Cell[] => [at, id, 1])];
    return model({ okrs: { values: okrValues, formulas: [] }, checkIns: { values: log, formulas: [] } }).rows.okrs.map(
      (result) => (result.kind === 'blank' ? '' : result.status),
    );
  }

  it('a key result due before its quarter starts is INVALID; the others still score', () => {
    const statuses = scored([]);
    expect(statuses[1]).toBe('INVALID: Due: 2026-09-30 is before 2026-Q4 starts (2026-10-01)');
    expect(statuses[2]).toBe('ON TRACK');
  });

  it('a key result whose newest check-in is dated in the future is INVALID, saying where to fix it', () => {
    const statuses = scored([
      ['O1.2', new Date(2027, 0, 5)],
      ['O1.3', new Date(2026, 10, 20)],
    ]);
    expect(statuses[2]).toBe(
      'INVALID: Last check-in: 2027-01-05 is in the future: fix its Timestamp on the Check-ins tab',
    );
    expect(statuses[3]).toBe('ON TRACK');
  });
});
