import type { Cell } from '../core/cells';
import { findHeader } from '../core/workbook/headers';
import type { LiveTable } from '../core/quarterClose/liveRoll';
import type { RemovedRow } from '../core/quarterClose/roll';
import { deletionRuns, emptyingPlan } from '../core/quarterClose/roll';
import { ROLL_FORMULAS } from '../core/workbook/tableReads';
import { tableToScriptLocal } from '../core/timeZone';
import { readFormulas } from './tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The live OKRs tab as it is now, with its own header (a column may have been inserted since the archive
 * was made) and the formulas of the columns the roll writes.
 */
export function readLiveTable(sheet: Sheet, timeZone: string): LiveTable {
  const values = tableToScriptLocal(sheet.getDataRange().getValues() as Cell[][], timeZone);
  const found = findHeader('okrs', values);
  if (!found.ok)
    throw new Error(`the ${sheet.getName()} tab no longer has its header row (missing ${found.missing.join(', ')})`);
  return { values, header: found.header, formulas: readFormulas(sheet, found.header, ROLL_FORMULAS, values.length) };
}

/** Sheets refuses to delete every unfrozen row: a tab with no spare rows gets one first. */
function deleteRuns(sheet: Sheet, runs: readonly { row: number; count: number }[]): void {
  const count = runs.reduce((sum, run) => sum + run.count, 0);
  if (count > 0 && sheet.getMaxRows() - count <= sheet.getFrozenRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
  for (const run of runs) sheet.deleteRows(run.row, run.count);
}

/** Deletes the removed rows, found by ID and text in the tab as it is now, one call per run of adjacent rows. */
export function deleteRemovedRows(sheet: Sheet, removed: readonly RemovedRow[], timeZone: string): void {
  if (removed.length === 0) return;
  const live = readLiveTable(sheet, timeZone);
  deleteRuns(sheet, deletionRuns(live.values, live.header, removed));
}

/**
 * *Start empty*: the closed quarter's rows go, found by ID and text; rows of other quarters stay. A tab
 * left with nothing under its header keeps one blank row, with its formats and validation.
 */
export function emptyQuarter(sheet: Sheet, rows: readonly RemovedRow[], timeZone: string): void {
  const live = readLiveTable(sheet, timeZone);
  const plan = emptyingPlan(live.values, live.header, rows);
  deleteRuns(sheet, plan.runs);
  if (plan.clear !== undefined) sheet.getRange(plan.clear, 1, 1, sheet.getMaxColumns()).clearContent();
}
