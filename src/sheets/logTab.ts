import type { Cell } from '../core/cells';
import { cellsAsWritten, textAsWritten } from './writeCells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One of the add-on's own log tabs, created with its bold, frozen header when missing. */
export function logTab(spreadsheet: Spreadsheet, title: string, header: readonly string[]): Sheet {
  const sheet = spreadsheet.getSheetByName(title) ?? spreadsheet.insertSheet(title, spreadsheet.getNumSheets());
  // The header text goes last: a tab with a header is a finished tab, even if a run stopped half-way.
  if (sheet.getLastRow() === 0) {
    sheet.setFrozenRows(1);
    sheet
      .getRange(1, 1, 1, header.length)
      .setFontWeight('bold')
      .setValues([textAsWritten(header)]);
  }
  return sheet;
}

/** Rows written at a fixed place (not appended), so writing them again after a crash duplicates nothing. */
export function writeRowsAt(sheet: Sheet, row: number, rows: readonly Cell[][], timeZone: string): void {
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((cells) => cells.length));
  // A new tab has 1,000 rows, and getRange refuses to reach past the grid: more KPIs than that need more.
  const missing = row + rows.length - 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  sheet.getRange(row, 1, rows.length, width).setValues(cellsAsWritten(rows, timeZone));
}
