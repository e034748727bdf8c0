import type { Cell } from '../core/cells';
import { HEADER_SEARCH_ROWS, findHeader, type HeaderMatch, type TableKind } from '../core/headers';
import type { TableInput } from '../core/refresh';
import { LOG_COLUMNS, type FormulaColumns } from '../core/tableReads';
import { tabKind } from '../core/tabNames';
import { tableToScriptLocal } from '../core/timeZone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export type Tabs = Partial<Record<TableKind, Sheet>>;
export type Tables = Partial<Record<TableKind, TableInput>>;

/** The KPIs, OKRs and Check-ins tabs, matched by name ignoring case; the leftmost wins a tie. */
export function findTabs(spreadsheet: Spreadsheet): Tabs {
  const tabs: Tabs = {};
  for (const sheet of spreadsheet.getSheets()) {
    const kind = tabKind(sheet.getName());
    if (kind !== undefined && tabs[kind] === undefined) tabs[kind] = sheet;
  }
  return tabs;
}

/** Reads the named columns from 0-based `row` to the grid's end into the grid: one call per column. */
function readColumns<T>(sheet: Sheet, grid: T[][], header: HeaderMatch<string>, columns: readonly string[], row: number, read: (range: Range) => T[][]): void {
  for (const key of columns) {
    const column = header.columns[key];
    if (column === undefined || grid.length <= row) continue;
    read(sheet.getRange(row + 1, column + 1, grid.length - row, 1)).forEach(([cell], offset) => {
      grid[row + offset]![column] = cell!;
    });
  }
}

/** The formulas of the named columns, `height` rows from the top; other columns' read as absent. */
export function readFormulas(sheet: Sheet, header: HeaderMatch<string>, columns: readonly string[], height: number): string[][] {
  const formulas: string[][] = Array.from({ length: height }, () => []);
  readColumns(sheet, formulas, header, columns, 0, (range) => range.getFormulas());
  return formulas;
}

/**
 * A whole tab's values in one call, and the formulas of the named columns, so cost does not grow with the
 * number of rows; dates come back as the days the spreadsheet's time zone shows.
 */
export function readTable(sheet: Sheet, timeZone: string, kind?: 'kpis' | 'okrs', formulaColumns: readonly string[] = []): TableInput {
  const values = tableToScriptLocal(sheet.getDataRange().getValues() as Cell[][], timeZone);
  const found = kind === undefined || formulaColumns.length === 0 ? undefined : findHeader(kind, values);
  return { values, formulas: found?.ok ? readFormulas(sheet, found.header, formulaColumns, values.length) : [] };
}

/**
 * The Check-ins log: its top rows whole (the header locates the columns), then below the header only the
 * columns some job reads: the log only grows, and its other cells (item, note, by) matter to no job. Those
 * read as absent; a log without its header is read as its top rows.
 */
function readLog(sheet: Sheet, timeZone: string): TableInput {
  const range = sheet.getDataRange();
  const height = range.getNumRows();
  const values = tableToScriptLocal(sheet.getRange(1, 1, Math.min(HEADER_SEARCH_ROWS, height), range.getNumColumns()).getValues() as Cell[][], timeZone);
  const found = findHeader('checkIns', values);
  if (found.ok) {
    values.length = found.header.row + 1;
    while (values.length < height) values.push([]);
    readColumns(sheet, values, found.header, LOG_COLUMNS, found.header.row + 1, (cells) => tableToScriptLocal(cells.getValues() as Cell[][], timeZone));
  }
  return { values, formulas: [] };
}

export function readTables(tabs: Tabs, timeZone: string, formulas?: FormulaColumns): Tables {
  const tables: Tables = {};
  if (tabs.kpis !== undefined) tables.kpis = readTable(tabs.kpis, timeZone, 'kpis', formulas?.kpis);
  if (tabs.okrs !== undefined) tables.okrs = readTable(tabs.okrs, timeZone, 'okrs', formulas?.okrs);
  if (tabs.checkIns !== undefined) tables.checkIns = readLog(tabs.checkIns, timeZone);
  return tables;
}
