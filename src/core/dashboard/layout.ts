// The whole Dashboard tab, computed from the workbook model alone: the visible block (top, Vital signs,
// Steering), the hidden block the trends and charts read (readings, chart tables), and where the charts sit.
// The shell writes each block with one call per property, so the tab costs the same calls at any size.

import { MUTED } from '../colours';
import type { Workbook } from '../workbook/workbook';
import { padded, cell, BLANK, type Block, type DashCell } from './cell';
import { rangeA1 } from './a1';
import { readingsChart, scoresChart, type ChartTable } from './charts';
import type { DashboardHalves } from './halfWorkbook';
import { MAX_STEERING_OBJECTIVES, MAX_VITAL_SIGNS, moreLine } from './listLimits';
import { STEERING_HEADER, firstObjectives, steeringLines, teamGroups } from './steering';
import { keyResultCountRows, kpiCountRows, quarterDay } from './top';
import { VITAL_SIGNS_HEADER, vitalSignLine, vitalSigns, type VitalSign } from './vitalSigns';

export const DASHBOARD_TITLE = 'Dashboard';
/** Columns A–I hold what a person reads. */
export const VISIBLE_WIDTH = 9;
/**
 * Their widths in pixels, so the texts read whole (a KPI's name, the Status with its early warning) where the
 * next cell is not empty to run into. A column both sections share takes the wider of its two uses: E is
 * Vital signs' Status and Steering's Score bar.
 */
export const COLUMN_WIDTHS = [250, 110, 90, 110, 290, 100, 220, 90, 100] as const;
/** The charts sit in the first column right of the visible ones, a little clear of its edge. */
export const CHART_COLUMN = VISIBLE_WIDTH + 1;
export const CHART_OFFSET_X = 12;
/** Rows between the top of the first chart and the top of the second. */
export const CHART_SPACING = 21;
/** The hidden columns start here (X), past the charts' width, so no chart is drawn over hidden cells. */
export const DATA_COLUMN = 24;

export const OVERWRITE_NOTE =
  'Built by KPI & OKR: Build dashboard and every Refresh rebuild this tab, so edits here are overwritten.';
export const NO_KPIS = 'No KPIs yet: add rows to the KPIs tab.';
export const NO_OBJECTIVES = 'No objectives yet: add rows to the OKRs tab.';

const TREND_COLOURS: Record<string, string> = { ALERT: '#c5221f', WARN: '#e37400', OK: '#188038' };
const NEUTRAL_LINE = '#5f6368';

export interface DashboardChart {
  readonly table: ChartTable;
  /** The table's cells on the tab (1-based). */
  readonly range: { readonly row: number; readonly column: number; readonly rows: number; readonly columns: number };
  readonly anchor: { readonly row: number; readonly column: number; readonly offsetX: number };
}

export interface DashboardLayout {
  readonly visible: Block;
  readonly data: Block;
  /** The hidden columns: the whole data block's width. */
  readonly hiddenColumns: { readonly first: number; readonly count: number };
  /** Every chart the tab should have; a chart of the add-on's not listed here is removed. */
  readonly charts: readonly DashboardChart[];
}

const section = (title: string): DashCell[] => [cell(title, { bold: true })];
const header = (titles: readonly string[]): DashCell[] =>
  titles.map((title) => cell(title, { bold: true, background: MUTED }));

/** A line needs two points: one reading alone draws as nothing a person can see, so its cell stays blank. */
export const MIN_TREND_POINTS = 2;

/** The trend cell: a SPARKLINE over the KPI's hidden readings, drawn in its status's colour; blank with too few. */
function trendCell(sign: VitalSign, sheetRow: number): DashCell {
  if (sign.trend.length < MIN_TREND_POINTS) return BLANK;
  // The data argument is a range, never an array literal, and no options are passed: the formula holds no
  // separator whose spelling depends on the spreadsheet's locale. The line takes the cell's font colour.
  const flag = sign.kpi.status === 'STALE' ? undefined : sign.kpi.flag;
  return {
    value: '',
    formula: `=SPARKLINE(${rangeA1(sheetRow, DATA_COLUMN, 1, sign.trend.length)})`,
    fontColor: (flag === undefined ? undefined : TREND_COLOURS[flag]) ?? NEUTRAL_LINE,
  };
}

/** Cells placed in a grid that grows to fit: rows and columns as needed, blanks elsewhere. */
class Grid {
  readonly rows: DashCell[][] = [];
  put(row: number, column: number, cells: readonly (readonly DashCell[])[]): void {
    cells.forEach((line, r) => {
      const target = (this.rows[row + r] ??= []);
      line.forEach((value, c) => {
        target[column + c] = value;
      });
    });
  }
  block(row: number, column: number, height: number, width: number): Block {
    return { row, column, cells: Array.from({ length: height }, (_, r) => padded(this.rows[r] ?? [], width)) };
  }
  get height(): number {
    return this.rows.length;
  }
  get width(): number {
    // The rows are sparse (a KPI's readings sit on its own line): forEach visits only the rows there are.
    let width = 0;
    this.rows.forEach((line) => {
      width = Math.max(width, line.length);
    });
    return width;
  }
}

/** The whole tab for the model, showing the halves the document has tabs for. */
export function dashboardLayout(workbook: Workbook, halves: DashboardHalves): DashboardLayout {
  const lines: DashCell[][] = [
    [
      cell(DASHBOARD_TITLE, { bold: true }),
      cell(workbook.quarter.label, { bold: true }),
      cell(quarterDay(workbook.today, workbook.quarter)),
      cell(OVERWRITE_NOTE),
    ],
    [],
  ];
  if (halves.kpis) lines.push(...kpiCountRows(workbook.kpis));
  if (halves.okrs) lines.push(...keyResultCountRows(workbook.keyResults, workbook.imported));

  const data = new Grid();
  const signs = halves.kpis
    ? vitalSigns({
        kpis: workbook.kpis,
        keyResults: workbook.keyResults,
        readings: workbook.readings,
        today: workbook.today,
      })
    : [];
  if (halves.kpis) {
    lines.push([], section('Vital signs'), header(VITAL_SIGNS_HEADER));
    if (signs.length === 0) lines.push([cell(NO_KPIS)]);
    for (const sign of signs.slice(0, MAX_VITAL_SIGNS)) {
      const sheetRow = lines.length + 1;
      if (sign.trend.length >= MIN_TREND_POINTS) data.put(sheetRow - 1, 0, [sign.trend.map((value) => cell(value))]);
      lines.push(vitalSignLine(sign, trendCell(sign, sheetRow)));
    }
    if (signs.length > MAX_VITAL_SIGNS) lines.push([cell(moreLine(signs.length - MAX_VITAL_SIGNS, 'KPI', 'KPIs'))]);
  }
  const listed = firstObjectives(
    halves.okrs ? teamGroups(workbook.objectives, workbook.imported) : [],
    MAX_STEERING_OBJECTIVES,
  );
  const { groups } = listed;
  if (halves.okrs) {
    lines.push([], section('Steering'), header(STEERING_HEADER));
    const steering = steeringLines(groups);
    lines.push(...(steering.length === 0 ? [[cell(NO_OBJECTIVES)]] : steering));
    if (listed.left > 0) lines.push([cell(moreLine(listed.left, 'objective', 'OKRs'))]);
  }

  const tables = [
    scoresChart(groups.flatMap((group) => group.objectives)),
    halves.kpis ? readingsChart(signs) : undefined,
  ].filter((table): table is ChartTable => table !== undefined);
  const charts: DashboardChart[] = [];
  let tableColumn = data.width + 1;
  tables.forEach((table, index) => {
    const columns = table.cells[0]?.length ?? 1;
    data.put(0, tableColumn, table.cells);
    charts.push({
      table,
      range: { row: 1, column: DATA_COLUMN + tableColumn, rows: table.cells.length, columns },
      anchor: { row: 1 + index * CHART_SPACING, column: CHART_COLUMN, offsetX: CHART_OFFSET_X },
    });
    tableColumn += columns + 1;
  });

  const dataWidth = Math.max(1, data.width);
  const visible = new Grid();
  visible.put(0, 0, lines);
  return {
    visible: visible.block(1, 1, Math.max(lines.length, data.height), VISIBLE_WIDTH),
    // Only as tall as the readings and tables: Steering's rows need no hidden cells beside them.
    data: data.block(1, DATA_COLUMN, Math.max(1, data.height), dataWidth),
    hiddenColumns: { first: DATA_COLUMN, count: dataWidth },
    charts,
  };
}
