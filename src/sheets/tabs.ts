import type { Cell } from '../core/cells';
import { inTimeOrder, timeOf, type LogLayout } from '../core/checkIn/log';
import { HEADER_SEARCH_ROWS, findHeader, type HeaderMatch } from '../core/workbook/headers';
import type { TableKind } from '../core/workbook/headers';
import { tabKind } from '../core/workbook/tabNames';
import { tableToScriptLocal } from '../core/timeZone';
import type { TableInput } from '../core/workbook/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export type Tabs = Partial<Record<TableKind, Sheet>>;

/**
 * The KPIs, OKRs and Check-ins tabs, matched by name ignoring case; the leftmost wins a tie. It stops at the
 * third: the archives a document gains every quarter come after them, and each name asked for is a call.
 */
export function findTabs(spreadsheet: Spreadsheet): Tabs {
  const tabs: Tabs = {};
  let found = 0;
  for (const sheet of spreadsheet.getSheets()) {
    const kind = tabKind(sheet.getName());
    if (kind !== undefined && tabs[kind] === undefined) {
      tabs[kind] = sheet;
      found += 1;
      if (found === 3) break;
    }
  }
  return tabs;
}

/** Reads the named columns from 0-based `row`, `height` rows, into the grid: one call per column. */
export function readColumns<T>(
  sheet: Sheet,
  grid: T[][],
  columns: readonly number[],
  row: number,
  height: number,
  read: (range: Range) => T[][],
): void {
  if (height <= 0) return;
  for (const column of columns) {
    read(sheet.getRange(row + 1, column + 1, height, 1)).forEach(([cell], offset) => {
      const cells = (grid[row + offset] ??= []);
      if (cell !== undefined) cells[column] = cell;
    });
  }
}

/** The formulas of the named columns, `height` rows from the top; other columns' read as absent. */
export function readFormulas(
  sheet: Sheet,
  header: HeaderMatch<string>,
  columns: readonly string[],
  height: number,
): string[][] {
  const formulas: string[][] = Array.from({ length: height }, () => []);
  const indexes = columns.flatMap((key) => header.columns[key] ?? []);
  readColumns(sheet, formulas, indexes, 0, height, (range) => range.getFormulas());
  return formulas;
}

/**
 * A whole tab's values in one call, and the formulas of the named columns, so cost does not grow with the
 * number of rows; dates come back as the days the spreadsheet's time zone shows.
 */
export function readTable(
  sheet: Sheet,
  timeZone: string,
  kind?: 'kpis' | 'okrs',
  formulaColumns: readonly string[] = [],
): TableInput {
  const values = tableToScriptLocal(sheet.getDataRange().getValues() as Cell[][], timeZone);
  const found = kind === undefined || formulaColumns.length === 0 ? undefined : findHeader(kind, values);
  return { values, formulas: found?.ok ? readFormulas(sheet, found.header, formulaColumns, values.length) : [] };
}

/**
 * How many more rows probably reach back to `since`, from the pace of the block just read (its rows per day),
 * with a tenth more: reading exactly what the window holds keeps a long log's cost at a short one's.
 */
function rowsSince(times: readonly Date[], since: Date): number {
  const [first] = times;
  const last = times[times.length - 1];
  // The caller stops before an empty block; were one to come, the smallest block is read.
  if (first === undefined || last === undefined) return 50;
  const oldest = first.getTime();
  const newest = last.getTime();
  const perMs = times.length / Math.max(newest - oldest, 86_400_000);
  return Math.max(50, Math.ceil((oldest - since.getTime()) * perMs * 1.1));
}

export interface RecentRows {
  /** The tab's top rows (its header), then the rows read below it, in sheet order, in the layout's columns. */
  readonly table: TableInput;
  /** False when the rows read go back in time: the log was sorted or typed into by hand. */
  readonly inOrder: boolean;
  /** Every row was read (the log is short, out of order, or was edited by hand). */
  readonly whole: boolean;
}

/**
 * The recent end of a log that only grows (Check-ins, KPI History): its header, then, reading up from the
 * bottom a block at a time, the layout's columns of every row made since `since`. A log in time order holds
 * nothing newer above the first older row; when the rows read are not in time order, or `whole` is asked
 * (the log was typed into by hand), every row is read instead, so the answer never depends on where a row sits.
 */
export function readRecentRows(
  sheet: Sheet,
  timeZone: string,
  layoutOf: (top: readonly Cell[][]) => LogLayout | undefined,
  options: { readonly since: Date; readonly block: number; readonly whole: boolean },
): RecentRows {
  const height = sheet.getLastRow();
  const width = sheet.getLastColumn();
  if (height === 0 || width === 0) return { table: { values: [], formulas: [] }, inOrder: true, whole: true };
  const top = tableToScriptLocal(
    sheet.getRange(1, 1, Math.min(HEADER_SEARCH_ROWS, height), width).getValues() as Cell[][],
    timeZone,
  );
  const layout = layoutOf(top);
  if (layout === undefined) return { table: { values: top, formulas: [] }, inOrder: true, whole: true };
  const first = layout.headerRow + 1;
  const [timeColumn = 0] = layout.columns;
  const grid: Cell[][] = [];
  const read = (from: number, to: number): void =>
    readColumns(sheet, grid, layout.columns, from, to - from, (range) =>
      tableToScriptLocal(range.getValues() as Cell[][], timeZone),
    );
  let start = height;
  let block = Math.max(0, options.block);
  while (start > first && !options.whole && block > 0) {
    const from = Math.max(first, start - block);
    read(from, start);
    const times = grid
      .slice(from, start)
      .map((row) => timeOf(row[timeColumn] ?? ''))
      .filter((time) => time !== undefined);
    start = from;
    const oldest = times[0];
    if (oldest === undefined || oldest < options.since) break;
    block = rowsSince(times, options.since);
  }
  const rowsFrom = (row: number): Cell[][] =>
    Array.from({ length: height - row }, (_, offset) => grid[row + offset] ?? []);
  let rows = rowsFrom(start);
  const inOrder = inTimeOrder(rows, timeColumn);
  if ((!inOrder || options.whole) && start > first) {
    read(first, start);
    start = first;
    rows = rowsFrom(first);
  }
  return {
    table: { values: [...top.slice(0, first), ...rows], formulas: [] },
    inOrder: inOrder && inTimeOrder(rows, timeColumn),
    whole: start === first,
  };
}
