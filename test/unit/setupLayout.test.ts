import { describe, it, expect } from 'vitest';
import { DESIGN_KPI_HEADER, DESIGN_OKR_HEADER } from '../fixtures/examples';
import type { Cell } from '../../src/core/cells';
import { columnKeys, COLUMNS } from '../../src/core/workbook/headers';
import { kpiLayout, okrLayout } from '../../src/core/setup/layout';
import { buildWorkbook, type Workbook } from '../../src/core/workbook/workbook';

const TODAY = new Date('2026-11-23T00:00:00Z');
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const PLAIN = '0.###############';
const DATE = 'yyyy-mm-dd';

/** The workbook model of the example tabs as Set up writes them (an empty OKRs tab when none is given). */
function exampleWorkbook(okrValues: Cell[][] = [['Objective', 'Key Result', 'Target', 'Current']]): Workbook {
  const kpis = kpiLayout(TODAY);
  const built = buildWorkbook({
    kpis: { values: [[...kpis.header], ...kpis.rows.map((row) => [...row])], formulas: [] },
    okrs: { values: okrValues, formulas: [] },
    today: TODAY,
    fiscalStartMonth: 1,
  });
  if (!built.ok) throw new Error(built.problems.join('; '));
  return built.workbook;
}

describe('kpiLayout', () => {
  const layout = kpiLayout(TODAY);

  it('writes the KPIs tab with the headers in COLUMNS order', () => {
    expect(layout.title).toBe('KPIs');
    expect(layout.header).toEqual(DESIGN_KPI_HEADER);
    expect(layout.header).toEqual(columnKeys('kpis').map((key) => COLUMNS.kpis[key].title));
  });

  it('dates the example readings relative to today: 22, 53 and 3 days back', () => {
    expect(layout.rows[0]).toEqual([
      'K1',
      'Monthly recurring revenue',
      'Finance lead',
      '$',
      250000,
      '',
      262000,
      'monthly',
      day('2026-11-01'),
      275000,
      '',
      'health',
      '',
    ]);
    expect(layout.rows.map((row) => row[8])).toEqual([
      day('2026-11-01'),
      day('2026-11-01'),
      day('2026-10-01'),
      day('2026-11-20'),
      day('2026-11-20'),
      day('2026-10-01'),
    ]);
  });

  it('has one format per example cell: unit formats on Min, Max, Current and the watch lines, a date format on Updated', () => {
    expect(layout.formats.map((row) => row.length)).toEqual(layout.rows.map((row) => row.length));
    expect(layout.formats.length).toBe(6);
    const [dollars, percent] = ['$#,##0', '0.0#%'];
    expect(layout.formats[0]).toEqual([
      ...[PLAIN, PLAIN, PLAIN, PLAIN, dollars, dollars, dollars, PLAIN, DATE, dollars, dollars, PLAIN, PLAIN],
    ]);
    expect(layout.formats[1]).toEqual([
      ...[PLAIN, PLAIN, PLAIN, PLAIN, percent, percent, percent, PLAIN, DATE, percent, percent, PLAIN, PLAIN],
    ]);
    expect(layout.formats[2]).toEqual([
      PLAIN,
      PLAIN,
      PLAIN,
      PLAIN,
      PLAIN,
      PLAIN,
      PLAIN,
      PLAIN,
      DATE,
      PLAIN,
      PLAIN,
      PLAIN,
      PLAIN,
    ]); // no unit
    expect(layout.columnFormats).toEqual([{ column: 8, format: DATE }]);
  });

  it('validates Cadence and Type from lists and has no checkboxes', () => {
    expect(layout.lists.map(({ column, values }) => ({ column, values }))).toEqual([
      { column: 7, values: ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] },
      { column: 11, values: ['health', 'strategic', 'operational'] },
    ]);
    expect([layout.numberRanges, layout.checkboxes]).toEqual([[], []]);
  });

  it('its examples read back as a KPI table showing each flag', () => {
    // 262000 vs Min 250000 (band 25000) WARN; churn 4.1% > 3% ALERT; NPS 41 < 45 ALERT;
    // uptime 0.9994, 0.0004 above Min 0.999 (band 0.0999) WARN; 6 h > 4 h ALERT; 82% < 90% ALERT. None stale.
    expect(exampleWorkbook().rows.kpis.map((row) => (row.kind === 'blank' ? row.kind : row.status))).toEqual([
      'WARN',
      'ALERT',
      'ALERT',
      'WARN',
      'ALERT',
      'ALERT',
    ]);
  });
});

describe('okrLayout', () => {
  it('writes the OKRs tab with the headers in COLUMNS order', () => {
    const layout = okrLayout(TODAY, 1);
    expect(layout.title).toBe('OKRs');
    expect(layout.header).toEqual(DESIGN_OKR_HEADER);
    expect(layout.header).toEqual(columnKeys('okrs').map((key) => COLUMNS.okrs[key].title));
  });

  it.each<[Date, number, string, Date]>([
    [TODAY, 1, '2026-Q4', day('2026-12-31')],
    [TODAY, 2, '2026-Q4', day('2027-01-31')], // Nov 2026 – Jan 2027
    [TODAY, 4, '2026-Q3', day('2026-12-31')], // April start: Oct–Dec is the third quarter
    [day('2027-01-15'), 1, '2027-Q1', day('2027-03-31')],
    [day('2027-01-15'), 2, '2026-Q4', day('2027-01-31')],
  ])('examples on %s with fiscal start month %d are in %s, due %s', (today, fiscalStartMonth, quarter, due) => {
    const layout = okrLayout(today, fiscalStartMonth);
    expect(layout.rows.map((row) => row[1])).toEqual(Array(8).fill(quarter));
    // Objective rows (0 and 4) have no Due; every KR row is due on the quarter's last day.
    expect(layout.rows.map((row) => row[10])).toEqual(['', due, due, due, '', due, due, due]);
  });

  it('has one format per example cell, with fixed formats for Due, Last check-in, Score, Weight and Confidence', () => {
    const layout = okrLayout(TODAY, 1);
    expect(layout.formats.length).toBe(layout.rows.length);
    expect(layout.formats.map((row) => row.length)).toEqual(Array(8).fill(18));
    expect(layout.rows.map((row) => row.length)).toEqual(Array(8).fill(18));
    // Row 1 is in % (churn): Start, Target and Current show as percentages.
    expect(layout.formats[1]).toEqual([
      PLAIN,
      PLAIN,
      PLAIN,
      PLAIN,
      PLAIN,
      '0.0#%',
      '0.0#%',
      '0.0#%',
      PLAIN,
      '0.##',
      DATE,
      '0',
      PLAIN,
      PLAIN,
      PLAIN,
      '0.00',
      PLAIN,
      DATE,
    ]);
    expect(layout.formats[2]![5]).toBe(PLAIN); // hours: plain numbers
    expect(layout.columnFormats).toEqual([
      { column: 10, format: DATE },
      { column: 17, format: DATE },
      { column: 15, format: '0.00' },
      { column: 9, format: '0.##' },
      { column: 11, format: '0' },
    ]);
    expect(layout.numberRanges.map(({ column, min, max }) => ({ column, min, max }))).toEqual([
      { column: 11, min: 0, max: 10 },
    ]);
    expect(layout.lists).toEqual([]);
  });

  it("the yes/no example's Current cell is a checkbox holding a boolean", () => {
    const layout = okrLayout(TODAY, 1);
    expect(layout.checkboxes).toEqual([{ row: 7, column: 7 }]);
    expect(layout.rows[7]![7]).toBe(false);
    expect(layout.rows[7]![3]).toBe('Publish the SOC 2 Type I report (yes/no)');
  });

  it('its examples score cleanly against the example KPIs', () => {
    const layout = okrLayout(TODAY, 1);
    const results = exampleWorkbook([[...layout.header], ...layout.rows.map((row) => [...row])]).rows.okrs;
    // O1.1 (0.055 − 0.08)/(0.04 − 0.08) = 0.63; O1.2 follows K5 = 6 h: (6 − 24)/(4 − 24) = 0.9; O1.3 (41 − 30)/20 = 0.55;
    // O1 = 2.08 / 3 = 0.69. O2.1 38/60 = 0.63; O2.2 2/8 = 0.25 (AT RISK); O2.3 unticked = 0;
    // O2 = (0.63 + 0.25 × 2 + 0) / 4 = 0.2825 → 0.28 (AT RISK).
    expect(results.map((row) => (row.kind === 'blank' ? [row.kind] : [row.id, row.score, row.status]))).toEqual([
      ['O1', 0.69, 'ON TRACK'],
      ['O1.1', 0.63, 'ON TRACK'],
      ['O1.2', 0.9, 'ON TRACK'],
      ['O1.3', 0.55, 'ON TRACK'],
      ['O2', 0.28, 'AT RISK'],
      ['O2.1', 0.63, 'ON TRACK'],
      ['O2.2', 0.25, 'AT RISK'],
      ['O2.3', 0, 'OFF TRACK'],
    ]);
  });
});
