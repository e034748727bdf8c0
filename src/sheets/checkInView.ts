import { checkInState, ownersOfWorkbook } from '../core/checkIn/list';
import { ownerToShow, type CheckInState } from '../core/checkIn/state';
import { buildWorkbook, type Workbook } from '../core/workbook/workbook';
import { CHECK_IN_FORMULAS, RECENT_LOG_DAYS, type JobReads } from '../core/workbook/tableReads';
import { refreshPatches } from '../core/workbook/refresh';
import { readContext, type SheetsContext } from './context';
import { withDocumentLock } from './lock';
import { readOwnerChoice } from './ownerChoice';
import { readTables, workbookInput, type Tables } from './readWorkbook';
import { rememberIds } from './idMemory';
import { writePatches } from './writePatches';

/** What the check-in sidebar reads: the tabs, and a quarter of the log and KPI History for last check-ins and trends. */
export const CHECK_IN_READS: JobReads = { formulas: CHECK_IN_FORMULAS, logDays: RECENT_LOG_DAYS, historyDays: RECENT_LOG_DAYS, usedIds: true };

/** The sidebar's state for the current user from the model, filtered by the owner they chose. */
export function stateOf(workbook: Workbook, email: string): CheckInState {
  return checkInState(workbook, ownerToShow(ownersOfWorkbook(workbook), readOwnerChoice(), email));
}

function problemState(problems: readonly string[]): CheckInState {
  return { owner: '', owners: [], objectives: [], kpis: [], objectiveChoices: [], problem: problems.join('\n') };
}

/**
 * A check-in is written against an ID, so every item the list offers must have its ID in its row first: blank
 * ID cells get theirs now (under the lock), and an item the lock could not bind is refused at save, never
 * guessed by position.
 */
function bindIds(context: SheetsContext, tables: Tables, workbook: Workbook): void {
  const unbound = [...workbook.rows.kpis, ...workbook.rows.okrs].some((row) => row.kind !== 'blank' && row.newId !== undefined);
  if (!unbound) return;
  const patches = refreshPatches(workbook, tables, undefined, true);
  withDocumentLock(() => {
    for (const kind of ['kpis', 'okrs'] as const) {
      const tab = context.tabs[kind];
      if (tab !== undefined) writePatches(tab, patches[kind], context.timeZone);
    }
    if (tables.usedIds !== undefined) rememberIds(context, workbook);
  });
}

/** The sidebar's state for the current user: the tabs read once, blank IDs bound to their rows. */
export function readCheckInState(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date, email: string): CheckInState {
  const context = readContext(spreadsheet, now);
  const tables = readTables(context, CHECK_IN_READS);
  const built = buildWorkbook(workbookInput(context, tables));
  if (!built.ok) return problemState(built.problems);
  bindIds(context, tables, built.workbook);
  return stateOf(built.workbook, email);
}
