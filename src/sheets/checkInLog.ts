import { CHECK_IN_HEADER, NEW_LOG_HEADER, logRow, type LogEntry } from '../core/checkIn/plan';
import type { Cell } from '../core/cells';
import { findHeader, type CheckInColumn, type HeaderMatch } from '../core/workbook/headers';
import type { TableInput } from '../core/workbook/refresh';
import { TAB_TITLES } from '../core/workbook/tabNames';
import { createTab } from './createTab';
import { cellsAsWritten } from './writeCells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

type LogTarget = { ok: true; sheet?: Sheet; header?: HeaderMatch<CheckInColumn> } | { ok: false; message: string };

/** Where a check-in goes: the Check-ins tab as read (its header locates the columns), or a new tab. */
export function logTarget(sheet: Sheet | undefined, table: TableInput | undefined): LogTarget {
  if (sheet === undefined || table === undefined) return { ok: true };
  const found = findHeader('checkIns', table.values);
  if (found.ok) return { ok: true, sheet, header: found.header };
  return {
    ok: false,
    message: `The ${TAB_TITLES.checkIns} tab needs the column${found.missing.length === 1 ? '' : 's'} ${found.missing.join(', ')} in its header row. Nothing was saved.`,
  };
}

/**
 * Appends one check-in, creating the Check-ins tab (header, frozen row, date-time column) on first use.
 * Returns the row as the log reads now.
 */
export function appendCheckIn(
  spreadsheet: Spreadsheet,
  target: Extract<LogTarget, { ok: true }>,
  entry: LogEntry,
): Cell[] {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const sheet =
    target.sheet ??
    createTab(spreadsheet, {
      title: TAB_TITLES.checkIns,
      header: CHECK_IN_HEADER,
      rows: [],
      formats: [],
      columnFormats: [{ column: 0, format: 'yyyy-mm-dd hh:mm' }],
      lists: [],
      numberRanges: [],
      checkboxes: [],
    });
  const row = logRow(entry, target.header ?? NEW_LOG_HEADER);
  sheet.appendRow(cellsAsWritten([row], timeZone)[0] ?? []);
  return row;
}
