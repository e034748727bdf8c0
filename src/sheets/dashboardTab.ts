// Writes the Dashboard tab whole in a constant number of calls: find or make the tab, clear it (Sheet.clear
// keeps charts), grow it if it is too small, one write per property per block, hide the data columns, protect
// it with a warning, then its charts. No other tab is read or written.

import type { Block, DashCell } from '../core/dashboard/cell';
import { COLUMN_WIDTHS, DASHBOARD_TITLE, type DashboardLayout } from '../core/dashboard/layout';
import { isAddonDashboard, MARK_WIDTH } from '../core/dashboard/ownership';
import { cellsAsWritten } from './writeCells';
import { placeDashboardCharts } from './dashboardCharts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PROTECTION_NOTE =
  'Dashboard: built by KPI & OKR and rebuilt by every Refresh; edits here are overwritten.';

export type DashboardTab =
  | { readonly kind: 'missing' }
  | { readonly kind: 'ours'; readonly sheet: Sheet }
  /** A person's own tab of that name: never written. */
  | { readonly kind: 'foreign' };

/** The Dashboard tab, and whether it is the add-on's to rebuild (see ownership.ts). */
export function findDashboard(spreadsheet: Spreadsheet): DashboardTab {
  const sheet = spreadsheet.getSheetByName(DASHBOARD_TITLE);
  if (sheet === null) return { kind: 'missing' };
  const [firstRow = []] = sheet.getRange(1, 1, 1, MARK_WIDTH).getValues();
  const contents = () => ({ lastRow: sheet.getLastRow(), charts: sheet.getCharts().length });
  return isAddonDashboard(firstRow, contents) ? { kind: 'ours', sheet } : { kind: 'foreign' };
}

/** Enough rows and columns for the blocks (Sheets refuses a range past the tab's edge); the tab's rows after. */
function ensureSize(sheet: Sheet, rows: number, columns: number): number {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  return Math.max(maxRows, rows);
}

function grid<T>(block: Block, pick: (cell: DashCell) => T): T[][] {
  return block.cells.map((row) => row.map(pick));
}

/** Values with the add-on's text protection, and each formula cell's formula in its place. */
function valuesOf(block: Block, timeZone: string): unknown[][] {
  const written = cellsAsWritten(
    grid(block, (cell) => cell.value),
    timeZone,
  ) as unknown[][];
  block.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const line = written[r];
      if (cell.formula !== undefined && line !== undefined) line[c] = cell.formula;
    }),
  );
  return written;
}

function writeVisible(sheet: Sheet, block: Block, timeZone: string): void {
  const width = block.cells[0]?.length ?? 0;
  if (block.cells.length === 0 || width === 0) return;
  sheet
    .getRange(block.row, block.column, block.cells.length, width)
    .setValues(valuesOf(block, timeZone))
    .setBackgrounds(grid(block, (cell) => cell.background ?? null))
    .setFontColors(grid(block, (cell) => cell.fontColor ?? null))
    .setFontWeights(grid(block, (cell) => (cell.bold === true ? 'bold' : 'normal')))
    .setNumberFormats(grid(block, (cell) => cell.numberFormat ?? 'General'));
}

function writeData(sheet: Sheet, block: Block, timeZone: string): void {
  const width = block.cells[0]?.length ?? 0;
  if (block.cells.length === 0 || width === 0) return;
  sheet
    .getRange(block.row, block.column, block.cells.length, width)
    .setValues(valuesOf(block, timeZone))
    .setNumberFormats(grid(block, (cell) => cell.numberFormat ?? 'General'));
}

/**
 * A warning on edits, set on a new protection and kept on the add-on's own; a protection someone made stricter
 * (editors only, no longer warning-only) is theirs to keep: a rebuild never loosens it. protect() hands back
 * the tab's protection when it has one; a new one is neither warning-only nor described.
 */
function protectWithWarning(sheet: Sheet): void {
  const protection = sheet.protect();
  if (protection.isWarningOnly() || protection.getDescription() === '')
    protection.setWarningOnly(true).setDescription(PROTECTION_NOTE);
}

/** Writes the layout onto the add-on's Dashboard tab (`null`: make it) and returns the tab. */
export function writeDashboard(
  spreadsheet: Spreadsheet,
  tab: Sheet | null,
  layout: DashboardLayout,
  timeZone: string,
): Sheet {
  const sheet = tab ?? spreadsheet.insertSheet(DASHBOARD_TITLE);
  sheet.clear();
  const rows = layout.visible.cells.length;
  const { first, count } = layout.hiddenColumns;
  const tabRows = ensureSize(sheet, rows, first + count - 1);
  // A rebuild moves every line (what needs attention comes first), so a row or column someone hid would hide
  // another KPI or objective next time: everything a person reads is shown again. The data columns stay hidden.
  sheet.showRows(1, tabRows);
  sheet.showColumns(1, first - 1);
  writeVisible(sheet, layout.visible, timeZone);
  writeData(sheet, layout.data, timeZone);
  COLUMN_WIDTHS.forEach((width, index) => sheet.setColumnWidth(index + 1, width));
  sheet.hideColumns(first, count);
  protectWithWarning(sheet);
  placeDashboardCharts(sheet, layout.charts);
  return sheet;
}
