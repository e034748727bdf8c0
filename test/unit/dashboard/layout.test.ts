import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells';
import { columnLetters } from '../../../src/core/dashboard/a1';
import { BOUND_SERIES, MAX_CHARTED_KPIS, READINGS_TITLE, SCORES_TITLE } from '../../../src/core/dashboard/charts';
import type { Block } from '../../../src/core/dashboard/cell';
import {
  DATA_COLUMN,
  NO_KPIS,
  NO_OBJECTIVES,
  VISIBLE_WIDTH,
  type DashboardLayout,
} from '../../../src/core/dashboard/layout';
import { NOTHING_TO_SHOW, planDashboard } from '../../../src/core/dashboard/plan';
import { toScriptLocal } from '../../../src/core/timeZone';
import type { TableInput, WorkbookInput } from '../../../src/core/workbook/workbook';
import { GROUPED_OKR_ROWS, KPI_READING_ROWS, KPI_ROWS, TODAY } from '../../fixtures/examples';

const table = (rows: readonly (readonly unknown[])[]): TableInput => ({
  values: rows.map((row) => [...row]) as Cell[][],
  formulas: rows.map((row) => row.map(() => '')),
});

const today = toScriptLocal(TODAY, 'UTC');
const kpis = table(KPI_ROWS);
const okrs = table(GROUPED_OKR_ROWS);
const kpiHistory = table(KPI_READING_ROWS);

function layoutOf(input: Partial<WorkbookInput>): DashboardLayout {
  const plan = planDashboard({ today, fiscalStartMonth: 1, kpiHistory, ...input });
  if (!plan.ok) throw new Error(plan.problems.join('; '));
  return plan.layout;
}

const column = (block: Block, index: number): unknown[] => block.cells.map((row) => row[index]?.value);
const rowOf = (block: Block, first: string): number =>
  block.cells.findIndex((row) => row[0]?.value === first) + block.row;

describe('the dashboard laid out from the example workbook', () => {
  const layout = layoutOf({ kpis, okrs });

  it('opens with the quarter and its progress, then both halves', () => {
    expect(layout.visible.cells[0]?.slice(0, 3).map((cell) => cell.value)).toEqual([
      'Dashboard',
      '2026-Q4',
      'day 54 of 92',
    ]);
    const firsts = column(layout.visible, 0);
    expect(firsts).toContain('KPIs');
    expect(firsts).toContain('Key results');
    expect(firsts.indexOf('Vital signs')).toBeLessThan(firsts.indexOf('Steering'));
    expect(layout.visible.cells.every((row) => row.length === VISIBLE_WIDTH)).toBe(true);
  });

  it("draws each KPI's trend as a SPARKLINE over its own readings in the hidden columns, with no array literal", () => {
    const trends = layout.visible.cells.flatMap((row, index) =>
      row[5]?.formula === undefined ? [] : [{ row: layout.visible.row + index, formula: row[5].formula }],
    );
    expect(trends.length).toBeGreaterThan(3);
    for (const { row, formula } of trends) {
      const match = /^=SPARKLINE\(([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?\)$/.exec(formula);
      expect(match?.[1]).toBe(columnLetters(DATA_COLUMN));
      expect(Number(match?.[2])).toBe(row);
      expect(Number(match?.[4] ?? match?.[2])).toBe(row);
      const readings = layout.data.cells[row - layout.data.row]?.map((cell) => cell.value) ?? [];
      const width = readings.indexOf('') < 0 ? readings.length : readings.indexOf('');
      expect(columnLetters(DATA_COLUMN + width - 1)).toBe(match?.[3] ?? match?.[1]);
      expect(readings.slice(0, width).every((value) => typeof value === 'number')).toBe(true);
    }
  });

  it('hides every data column and nothing a person reads', () => {
    expect(layout.hiddenColumns.first).toBe(DATA_COLUMN);
    expect(layout.hiddenColumns.count).toBe(layout.data.cells[0]?.length);
    expect(layout.hiddenColumns.first).toBeGreaterThan(VISIBLE_WIDTH);
  });

  it('charts objective scores against 0.4 and 0.7, and the readings of watched KPIs with their bounds', () => {
    expect(layout.charts.map((chart) => chart.table.title)).toEqual([SCORES_TITLE, READINGS_TITLE]);
    for (const chart of layout.charts) {
      // The chart's range holds exactly its table.
      const { row, column: first, rows, columns } = chart.range;
      const cells = layout.data.cells
        .slice(row - 1, row - 1 + rows)
        .map((line) => line.slice(first - DATA_COLUMN, first - DATA_COLUMN + columns).map((cell) => cell.value));
      expect(cells).toEqual(chart.table.cells.map((line) => line.map((cell) => cell.value)));
    }
    const [scores, readings] = layout.charts;
    expect(scores?.table.cells[0]?.map((cell) => cell.value)).toEqual(['Objective', 'Score', '0.4', '0.7']);
    expect(scores?.table.cells.slice(1).every((line) => line[2]?.value === 0.4 && line[3]?.value === 0.7)).toBe(true);
    const names = readings?.table.cells[0]?.map((cell) => cell.value) ?? [];
    expect(names[0]).toBe('Date');
    expect(names.at(-1)).toBe(BOUND_SERIES);
    const kpiNames = names.slice(1, -1);
    expect(kpiNames.length).toBeGreaterThan(0);
    expect(kpiNames.length).toBeLessThanOrEqual(MAX_CHARTED_KPIS);
    // Every KPI is plotted as its headroom, a share, whatever its unit; the bound is the flat line at 0.
    const rows = readings?.table.cells.slice(1) ?? [];
    expect(rows.every((line) => line.at(-1)?.value === 0)).toBe(true);
    const shares = rows.flatMap((line) => line.slice(1, -1).map((cell) => cell.value)).filter((value) => value !== '');
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.every((value) => typeof value === 'number' && Math.abs(value) < 5)).toBe(true);
    expect(readings?.anchor.row).toBeGreaterThan(scores?.anchor.row ?? 0);
  });

  it('lists the objectives with their key results under them', () => {
    const steering = rowOf(layout.visible, 'Steering');
    const objectiveText = String(GROUPED_OKR_ROWS[1]?.[2]);
    expect(rowOf(layout.visible, objectiveText)).toBeGreaterThan(steering);
  });
});

describe('half a dashboard', () => {
  it('shows only the KPIs half when there is no OKRs tab', () => {
    const layout = layoutOf({ kpis });
    const firsts = column(layout.visible, 0);
    expect(firsts).toContain('Vital signs');
    expect(firsts).not.toContain('Steering');
    expect(firsts).not.toContain('Key results');
    expect(layout.charts.map((chart) => chart.table.title)).toEqual([READINGS_TITLE]);
  });

  it('shows only the OKRs half when there is no KPIs tab', () => {
    const layout = layoutOf({ okrs });
    const firsts = column(layout.visible, 0);
    expect(firsts).toContain('Steering');
    expect(firsts).not.toContain('Vital signs');
    expect(firsts).not.toContain('KPIs');
    expect(layout.charts.map((chart) => chart.table.title)).toEqual([SCORES_TITLE]);
  });

  it('says what to add when a tab has its header and no rows yet, and draws no chart for it', () => {
    const layout = layoutOf({
      kpis: table([['KPI', 'Min']]),
      okrs: table([['Objective', 'Key Result', 'Target', 'Current']]),
    });
    const firsts = column(layout.visible, 0);
    expect(firsts).toContain(NO_KPIS);
    expect(firsts).toContain(NO_OBJECTIVES);
    expect(layout.charts).toEqual([]);
  });

  it('has nothing to show without either tab', () => {
    expect(planDashboard({ today, fiscalStartMonth: 1 })).toEqual({ ok: false, problems: [NOTHING_TO_SHOW] });
  });
});

describe('trend colours', () => {
  it("draws a trend in its range flag's colour, and grey for a stale KPI", () => {
    const header = ['ID', 'KPI', 'Min', 'Max', 'Current', 'Cadence', 'Updated'];
    const layout = layoutOf({
      kpis: table([
        header,
        ['K1', 'Fresh', 0, 10, 5, 'weekly', new Date(2026, 10, 20)],
        ['K2', 'Old', 0, 10, 20, 'weekly', new Date(2026, 8, 1)],
      ]),
    });
    const trends = layout.visible.cells.filter((row) => row[5]?.formula !== undefined);
    expect(trends.map((row) => [row[0]?.value, row[4]?.value, row[5]?.fontColor])).toEqual([
      ['Old', 'STALE', '#5f6368'],
      ['Fresh', 'OK', '#188038'],
    ]);
  });
});

describe('which objectives Steering lists', () => {
  it("lists every objective on the OKRs tab, one of another quarter too, under today's quarter", () => {
    const layout = layoutOf({
      okrs: table([
        ['Quarter', 'Objective', 'Key Result', 'Start', 'Target', 'Current'],
        ['2026-Q3', 'Last quarter, not closed yet', 'Ship it', 0, 10, 8],
        ['2026-Q4', 'This quarter', 'Grow it', 0, 10, 4],
      ]),
    });
    const firsts = layout.visible.cells.map((row) => row[0]?.value);
    expect(layout.visible.cells[0]?.[1]?.value).toBe('2026-Q4');
    expect(firsts).toContain('Last quarter, not closed yet');
    expect(firsts).toContain('This quarter');
  });
});

describe('a sheet too long to read on one tab', () => {
  // 250 KPIs, the last one out of range; 130 objectives of one key result each.
  const manyKpis = table([
    ['ID', 'KPI', 'Owner', 'Min', 'Max', 'Current'],
    ...Array.from({ length: 250 }, (_, i) => [`K${i + 1}`, `KPI ${i + 1}`, 'Ana', 0, 10, i === 249 ? 20 : 5]),
  ]);
  const manyObjectives = table([
    ['ID', 'Quarter', 'Objective', 'Key Result', 'Owner', 'Start', 'Target', 'Current'],
    ...Array.from({ length: 130 }, (_, i) => [
      [`O${i + 1}`, '2026-Q4', `Objective ${i + 1}`, '', 'Ana', '', '', ''],
      [`O${i + 1}.1`, '2026-Q4', '', `Key result ${i + 1}`, 'Ana', 0, 10, 5],
    ]).flat(),
  ]);
  const layout = layoutOf({ kpis: manyKpis, okrs: manyObjectives, kpiHistory: undefined });
  const texts = column(layout.visible, 0);

  it('lists the first 200 KPIs, what needs attention first, and counts the rest', () => {
    const vital = rowOf(layout.visible, 'KPI') - layout.visible.row + 1;
    expect(texts[vital]).toBe('KPI 250'); // out of range: first, though last on its tab
    expect(texts.filter((text) => String(text).startsWith('KPI ') && text !== 'KPI')).toHaveLength(200);
    expect(texts).toContain('…and 50 more KPIs: see the KPIs tab.');
  });

  it('lists the first 100 objectives with their key results, and counts the rest', () => {
    expect(texts.filter((text) => /^Objective \d/.test(String(text)))).toHaveLength(100);
    expect(texts).toContain('Objective 100');
    expect(texts).not.toContain('Objective 101');
    expect(texts).toContain('…and 30 more objectives: see the OKRs tab.');
  });
});
