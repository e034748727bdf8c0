// The one place values become what the add-on writes to cells: every string protected as text (and cut
// to Sheets' 50,000-character limit), every script-local date moved back to the instant the spreadsheet
// shows as that day. Every setValue, setValues and appendRow of the add-on goes through here.
import type { Cell } from '../core/cells';
import { tableToSheet } from '../core/timeZone';
import { rowAsWritten } from '../core/writtenText';

/** Rows of script-local values (as the core computes them), ready for setValues or appendRow. */
export function cellsAsWritten<T extends Cell>(rows: readonly (readonly T[])[], timeZone: string): T[][] {
  return tableToSheet(
    rows.map((row) => rowAsWritten(row)),
    timeZone,
  );
}

/** One value, for setValue. */
export function cellAsWritten<T extends Cell>(cell: T, timeZone: string): T {
  const [[written = cell] = []] = cellsAsWritten([[cell]], timeZone);
  return written;
}

/** Text only (a header row): no date to move, so no time zone to ask for. */
export { rowAsWritten as textAsWritten };
