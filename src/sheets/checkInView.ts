import { checkInState, ownersOfWorkbook } from '../core/checkIn/list';
import { ownerToShow, type CheckInState } from '../core/checkIn/state';
import { buildWorkbook, type Workbook } from '../core/workbook/workbook';
import { CHECK_IN_FORMULAS, LIST_FORMULAS, RECENT_LOG_DAYS, type JobReads } from '../core/workbook/tableReads';
import { refreshPatches } from '../core/workbook/refresh';
import { readContext, type SheetsContext } from './context';
import { withDocumentLock } from './lock';
import { readOwnerChoice } from './ownerChoice';
import { readTables, workbookInput, type Tables } from './readWorkbook';
import { rememberIds } from './idMemory';
import { writePatches } from './writePatches';

/**
 * What the check-in list reads: the tabs (formulas only where it asks whether Current is one, and of the ID it
 * may fill), and a quarter of the log and KPI History for last check-ins and trends.
 */
export const LIST_READS: JobReads = {
  formulas: LIST_FORMULAS,
  logDays: RECENT_LOG_DAYS,
  historyDays: RECENT_LOG_DAYS,
  usedIds: true,
};

/** What a save reads: the tabs with the formulas of every column it writes, and of the log only its header. */
export const SAVE_READS: JobReads = { formulas: CHECK_IN_FORMULAS, logDays: 0, usedIds: true };

/** The sidebar's state for the current user from the model, filtered by the owner they chose. */
export function stateOf(workbook: Workbook, email: string, history = true): CheckInState {
  return checkInState(workbook, ownerToShow(ownersOfWorkbook(workbook), readOwnerChoice(), email), history);
}

function problemState(problems: readonly string[]): CheckInState {
  return {
    owner: '',
    owners: [],
    objectives: [],
    kpis: [],
    objectiveChoices: [],
    problem: problems.join('\n'),
    history: true,
  };
}

/**
 * What later jobs read back from the sheet instead of the whole log is brought up to date first: a check-in is
 * written against an ID, so blank ID cells get theirs now (an item the lock could not bind is refused at save,
 * never guessed by position), and a Last check-in cell that lags the log gets the date the log shows.
 */
function keepMemory(context: SheetsContext, tables: Tables, workbook: Workbook): void {
  if (tables.usedIds !== undefined) rememberIds(context, workbook);
  const patches = refreshPatches(workbook, tables, undefined, true);
  if (patches.kpis.length === 0 && patches.okrs.length === 0) return;
  withDocumentLock(() => {
    for (const kind of ['kpis', 'okrs'] as const) {
      const tab = context.tabs[kind];
      if (tab !== undefined) writePatches(tab, patches[kind], context.timeZone);
    }
  });
}

/** The sidebar's state for the current user: the tabs read once, blank IDs bound to their rows. */
export function readCheckInState(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  now: Date,
  email: string,
): CheckInState {
  const context = readContext(spreadsheet, now);
  const tables = readTables(context, LIST_READS);
  const built = buildWorkbook(workbookInput(context, tables));
  if (!built.ok) return problemState(built.problems);
  keepMemory(context, tables, built.workbook);
  return stateOf(built.workbook, email);
}
