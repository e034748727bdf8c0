// The floor of one check-in save, run as an Apps Script of its own: under the document lock (two owners
// saving at once must not interleave), it reads the OKRs header rows and the item's objective rows (its row
// and the siblings the objective's score needs) and the log's header row, appends one log row, writes
// Current and Confidence, then Score and Status of the row and of its objective.
import { HEADER_ROWS, type KeyResultPlace } from './place';
import { writeScore } from './scoreCells';
import { tab } from './tab';

export function checkInFloor(place: KeyResultPlace, logRow: unknown[]): void {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) throw new Error('lock busy');
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const okrs = tab(spreadsheet, 'OKRs');
  const log = tab(spreadsheet, 'Check-ins');
  okrs.getRange(1, 1, HEADER_ROWS, place.okrWidth).getValues();
  okrs.getRange(place.objectiveRow, 1, place.lastRow - place.objectiveRow + 1, place.okrWidth).getValues();
  log.getRange(1, 1, 1, place.logWidth).getValues();
  log.appendRow(logRow);
  okrs.getRange(place.row, place.currentColumn).setValue(logRow[5]);
  okrs.getRange(place.row, place.confidenceColumn).setValue(logRow[6]);
  writeScore(okrs, place.row, place.scoreColumn);
  writeScore(okrs, place.objectiveRow, place.scoreColumn);
  lock.releaseLock();
}
