// The Quarter log row of a close, with the KPIs confirm cell in its own column wherever the log keeps it.
import type { Cell } from '../core/cells';
import { CONFIRMS_TITLE, QUARTER_LOG, confirmsColumn } from '../core/quarterClose/logRows';
import { logTab, writeRowsAt } from './logTab';
import { cellsAsWritten, textAsWritten } from './writeCells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The Quarter log, and the 0-based column of its KPIs confirm cells. A log the close creates has the column;
 * an older one gets its header added at the right (written again by a re-run, it changes nothing).
 */
export function quarterLogTab(spreadsheet: Spreadsheet): { sheet: Sheet; column: number } {
  const existed = spreadsheet.getSheetByName(QUARTER_LOG.title) !== null;
  const sheet = logTab(spreadsheet, QUARTER_LOG.title, QUARTER_LOG.header);
  if (!existed) return { sheet, column: QUARTER_LOG.header.length - 1 };
  const width = Math.max(1, sheet.getLastColumn());
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const { column, add } = confirmsColumn(header as Cell[]);
  if (add) {
    sheet
      .getRange(1, column + 1)
      .setFontWeight('bold')
      .setValues([textAsWritten([CONFIRMS_TITLE])]);
  }
  return { sheet, column };
}

/** The close's row at `row`: its fixed columns, and the confirm cell in its own column. */
export function writeQuarterLogRow(
  target: { sheet: Sheet; column: number },
  row: number,
  cells: readonly Cell[],
  timeZone: string,
): void {
  const fixed = cells.slice(0, QUARTER_LOG.header.length - 1);
  const confirm = cells[QUARTER_LOG.header.length - 1] ?? '';
  if (target.column === fixed.length) {
    writeRowsAt(target.sheet, row, [[...fixed, confirm]], timeZone);
    return;
  }
  writeRowsAt(target.sheet, row, [fixed], timeZone);
  target.sheet.getRange(row, target.column + 1).setValues(cellsAsWritten([[confirm]], timeZone));
}
