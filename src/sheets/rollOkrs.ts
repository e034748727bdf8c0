import type { Cell } from '../core/cells';
import type { HeaderMatch, OkrColumn } from '../core/headers';
import type { RemovedRow } from '../core/quarterClose/roll';
import { deletionRuns } from '../core/quarterClose/roll';
import { tableToScriptLocal } from '../core/timeZone';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Deletes the removed rows, found by ID and text, one call per run of adjacent rows. */
export function deleteRemovedRows(sheet: Sheet, header: HeaderMatch<OkrColumn>, removed: readonly RemovedRow[], timeZone: string): void {
  if (removed.length === 0) return;
  const values = tableToScriptLocal(sheet.getDataRange().getValues() as Cell[][], timeZone);
  const runs = deletionRuns(values, header, removed);
  const count = runs.reduce((sum, run) => sum + run.count, 0);
  // Sheets refuses to delete every unfrozen row: a tab with no spare rows gets one first.
  if (count > 0 && sheet.getMaxRows() - count <= sheet.getFrozenRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
  for (const run of runs) sheet.deleteRows(run.row, run.count);
}

/** *Start empty*: the header stays, with one blank row under it keeping its formats and validation. */
export function emptyTable(sheet: Sheet, header: HeaderMatch<OkrColumn>): void {
  const template = header.row + 2;
  const last = sheet.getLastRow();
  if (last > template) sheet.deleteRows(template + 1, last - template);
  if (last >= template) sheet.getRange(template, 1, 1, sheet.getMaxColumns()).clearContent();
}
