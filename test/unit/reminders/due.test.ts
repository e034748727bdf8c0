import { describe, expect, it } from 'vitest';
import { dueByOwner, dueItems } from '../../../src/core/reminders/due';
import { buildWorkbook, type Workbook } from '../../../src/core/workbook/workbook';
import type { Cell } from '../../../src/core/cells';

const TODAY = new Date(2026, 10, 23); // Monday 23 November 2026, day 54 of 2026-Q4
const day = (month: number, date: number): Date => new Date(2026, month - 1, date);

const OKR_HEADER = ['ID', 'Quarter', 'Objective', 'Key Result', 'Owner', 'Start', 'Target', 'Current', 'Last check-in'];
const KPI_HEADER = ['ID', 'KPI', 'Owner', 'Min', 'Current', 'Cadence', 'Updated'];

function workbook(okrs: Cell[][], kpis: Cell[][], checkIns?: Cell[][], today = TODAY): Workbook {
  const built = buildWorkbook({
    okrs: { values: [OKR_HEADER, ...okrs], formulas: [] },
    kpis: { values: [KPI_HEADER, ...kpis], formulas: [] },
    ...(checkIns === undefined
      ? {}
      : { checkIns: { values: [['Timestamp', 'ID', 'Value'], ...checkIns], formulas: [] } }),
    today,
    fiscalStartMonth: 1,
  });
  if (!built.ok) throw new Error(built.problems.join('; '));
  return built.workbook;
}

describe('who is due for a check-in', () => {
  it('a key result with no check-in for 7 days is due; one checked in 6 days ago is not', () => {
    const book = workbook(
      [
        ['O1', '2026-Q4', 'Grow', '', 'Sales lead', '', '', '', ''],
        ['O1.1', '2026-Q4', '', 'Leads', 'Sales lead', 0, 60, 30, day(11, 16)],
        ['O1.2', '2026-Q4', '', 'Deals', 'Sales lead', 0, 8, 2, day(11, 17)],
        ['O1.3', '2026-Q4', '', 'Demos', 'cs.head@example.com', 0, 8, 2, ''],
      ],
      [],
    );
    const due = dueItems(book);
    expect(due.map((item) => [item.id, item.owner, item.why])).toEqual([
      ['O1.1', 'Sales lead', 'last check-in 7 days ago'],
      ['O1.3', 'cs.head@example.com', 'never checked in'],
    ]);
    expect(due[0]).toMatchObject({ kind: 'keyResult', name: 'Leads', score: '0.50' });
    expect(due[0]?.status).toMatch(/^(ON TRACK|AT RISK|OFF TRACK)/);
  });

  it('a check-in in the log counts even when the Last check-in cell lags', () => {
    const book = workbook(
      [
        ['O1', '2026-Q4', 'Grow', '', 'Sales lead', '', '', '', ''],
        ['O1.1', '2026-Q4', '', 'Leads', 'Sales lead', 0, 60, 30, day(10, 1)],
      ],
      [],
      [[day(11, 20), 'O1.1', 30]],
    );
    expect(dueItems(book)).toEqual([]);
  });

  it('a key result at 1.0, or of another quarter, is never due', () => {
    const book = workbook(
      [
        ['O1', '2026-Q4', 'Grow', '', 'Sales lead', '', '', '', ''],
        ['O1.1', '2026-Q4', '', 'Leads', 'Sales lead', 0, 60, 60, ''],
        ['O2', '2027-Q1', 'Plan', '', 'Sales lead', '', '', '', ''],
        ['O2.1', '2027-Q1', '', 'Next', 'Sales lead', 0, 60, 0, ''],
      ],
      [],
    );
    expect(dueItems(book)).toEqual([]);
  });

  it('nobody is due in the first week of a quarter', () => {
    const book = workbook(
      [
        ['O1', '2026-Q4', 'Grow', '', 'Sales lead', '', '', '', ''],
        ['O1.1', '2026-Q4', '', 'Leads', 'Sales lead', 0, 60, 10, ''],
      ],
      [],
      undefined,
      day(10, 5),
    );
    expect(dueItems(book)).toEqual([]);
  });

  it('a KPI is due when its reading is as old as its cadence, or missing', () => {
    const book = workbook(
      [],
      [
        ['K1', 'Uptime', 'SRE lead', 0.9, 0.995, 'weekly', day(11, 16)], // 7 days: due
        ['K2', 'Response', 'Support lead', 1, 2, 'weekly', day(11, 17)], // 6 days: not yet
        ['K3', 'MRR', 'Finance lead', 1000, 1200, 'monthly', day(10, 25)], // 29 days: not yet
        ['K4', 'NPS', 'Head of CS', 40, 41, 'monthly', day(10, 24)], // 30 days: due
        ['K5', 'Churn', 'Head of CS', 0, '', '', ''], // never read: due
      ],
    );
    expect(dueItems(book).map((item) => [item.id, item.why])).toEqual([
      ['K1', 'weekly reading due, last on 2026-11-16'],
      ['K4', 'monthly reading due, last on 2026-10-24'],
      ['K5', 'monthly reading due, none yet'],
    ]);
    expect(dueItems(book)[0]).toMatchObject({ kind: 'kpi', score: '0.995', status: 'OK' });
  });

  it('groups by owner ignoring case and spaces; an item with no owner is left out', () => {
    const book = workbook(
      [],
      [
        ['K1', 'Uptime', 'SRE lead', 0.99, 0.995, 'weekly', ''],
        ['K2', 'Latency', ' sre LEAD ', 1, 2, 'weekly', ''],
        ['K3', 'Cost', '', 1, 2, 'weekly', ''],
      ],
    );
    const groups = dueByOwner(dueItems(book));
    expect([...groups.keys()]).toEqual(['SRE lead']);
    expect(groups.get('SRE lead')?.map((item) => item.id)).toEqual(['K1', 'K2']);
  });
});

describe('a rolled-up key result', () => {
  const ALIGNED_HEADER = ['ID', 'Quarter', 'Objective', 'Key Result', 'Owner', 'Start', 'Target', 'Current', 'Parent'];

  function aligned(rows: Cell[][], imported: Workbook['imported'] = []): Workbook {
    const built = buildWorkbook({
      okrs: { values: [ALIGNED_HEADER, ...rows], formulas: [] },
      kpis: { values: [KPI_HEADER], formulas: [] },
      today: TODAY,
      fiscalStartMonth: 1,
      imported,
    });
    if (!built.ok) throw new Error(built.problems.join('; '));
    return built.workbook;
  }

  it('is never due (nudge or digest): it is checked in through the objectives aligned to it', () => {
    const book = aligned([
      ['C1', '2026-Q4', 'Retain customers', '', 'CEO', '', '', '', ''],
      ['C1.2', '2026-Q4', '', 'Make getting started effortless', 'Head of Product', 0, 1, '', ''],
      ['T2', '2026-Q4', 'Shorten time-to-value', '', 'Product lead', '', '', '', 'c1.2 '],
      ['T2.1', '2026-Q4', '', 'Reduce time-to-value', 'Product lead', 14, 5, 9, ''],
    ]);
    expect(book.keyResults.find((keyResult) => keyResult.id === 'C1.2')?.rolledUpFrom).toEqual(['T2']);
    expect(dueItems(book).map((item) => item.id)).toEqual(['T2.1']);
  });

  it('rolled up from another team’s objective alone is not due either; with nothing aligned it is', () => {
    const rows: Cell[][] = [
      ['C1', '2026-Q4', 'Retain customers', '', 'CEO', '', '', '', ''],
      ['C1.2', '2026-Q4', '', 'Make getting started effortless', 'Head of Product', 0, 1, '', ''],
    ];
    expect(dueItems(aligned(rows)).map((item) => item.id)).toEqual(['C1.2']);
    const t2 = {
      id: 'T2',
      text: 'Shorten time-to-value',
      owner: 'Product lead',
      team: 'Product',
      parent: 'C1.2',
      quarter: '2026-Q4',
      score: 0.4,
      status: 'AT RISK',
      keyResults: [],
      source: 'https://docs.google.com/spreadsheets/d/product',
    };
    expect(dueItems(aligned(rows, [t2]))).toEqual([]);
  });
});
