import { checkInState, ownersOfWorkbook, teamOfWorkbook } from '../core/checkIn/list';
import { ownerToShow, type CheckInState } from '../core/checkIn/state';
import { buildWorkbook, type Workbook } from '../core/workbook/workbook';
import {
  CHECK_IN_FORMULAS,
  LIST_FORMULAS,
  MEMORY_FORMULAS,
  TREND_DAYS,
  RECENT_LOG_DAYS,
  type JobReads,
} from '../core/workbook/tableReads';
import { refreshPatches, type RefreshPatches } from '../core/workbook/refresh';
import { readContext, type SheetsContext } from './context';
import { withDocumentLock } from './lock';
import { readOwnerChoice } from './ownerChoice';
import { readTeamChoice } from './teamChoice';
import { readOwnersTable } from './ownersTab';
import { ownerForEmail } from '../core/reminders/people';
import { ownerDirectory } from '../core/workbook/owners';
import { readTables, workbookInput, type Tables } from './readWorkbook';
import { rememberIds } from './idMemory';
import { readFormulas } from './tabs';
import { writePatches } from './writePatches';

/**
 * What the check-in list reads: the tabs (formulas only where it asks whether Current is one), and the log and
 * KPI History for the trends it draws and the early warnings it explains, as far back as Refresh does, so the
 * sidebar and the Status cell agree. Formulas of the columns it may fill are read only when it has something to fill.
 */
export const LIST_READS: JobReads = {
  formulas: LIST_FORMULAS,
  logDays: TREND_DAYS,
  historyDays: RECENT_LOG_DAYS,
  usedIds: true,
  // A key result rolled up from another team's file shows its rolled score and says so, as Refresh wrote it.
  teamOkrs: true,
};

/** What a save reads: the tabs with the formulas of every column it writes, and of the log only its header. */
export const SAVE_READS: JobReads = { formulas: CHECK_IN_FORMULAS, logDays: 0, usedIds: true };

/** What a KPI's save reads besides: the readings its early warning is drawn from, as far back as the list reads. */
export const KPI_SAVE_READS: JobReads = { logDays: LIST_READS.logDays, historyDays: LIST_READS.historyDays };

/** The sidebar's state for the current user from the model, filtered by the owner and the team they chose. */
export function stateOf(workbook: Workbook, email: string, history = true): CheckInState {
  const owner = ownerToShow(ownersOfWorkbook(workbook), readOwnerChoice(), email);
  return checkInState(workbook, owner, history, teamOfWorkbook(workbook, readTeamChoice()));
}

function problemState(problems: readonly string[]): CheckInState {
  return {
    owner: '',
    owners: [],
    team: '',
    teams: [],
    noTeam: false,
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
function isEmpty(patches: RefreshPatches): boolean {
  return patches.kpis.length === 0 && patches.okrs.length === 0;
}

function keepMemory(context: SheetsContext, tables: Tables, workbook: Workbook): void {
  if (tables.usedIds !== undefined) rememberIds(context, workbook);
  if (isEmpty(refreshPatches(workbook, tables, undefined, true))) return;
  // Something to fill: only now the formulas of those columns are read, never to be written over.
  const withFormulas = { ...tables };
  for (const kind of ['kpis', 'okrs'] as const) {
    const tab = context.tabs[kind];
    const table = tables[kind];
    if (tab !== undefined && table !== undefined) {
      withFormulas[kind] = {
        ...table,
        formulas: readFormulas(tab, workbook.headers[kind], MEMORY_FORMULAS[kind], table.values.length),
      };
    }
  }
  const patches = refreshPatches(workbook, withFormulas, undefined, true);
  if (isEmpty(patches)) return;
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
  const chosen = readOwnerChoice();
  const owners = ownersOfWorkbook(built.workbook);
  const owner = ownerToShow(owners, chosen, chosen === null ? me(context, owners, email) : '');
  return checkInState(built.workbook, owner, true, teamOfWorkbook(built.workbook, readTeamChoice()));
}

/**
 * Before any choice, who "me" is among the owners: the one whose cell is the user's address, else the name
 * the Owners tab gives that address (read only now, and only when no Owner cell is the address itself).
 */
function me(context: SheetsContext, owners: readonly string[], email: string): string {
  if (email === '' || owners.some((owner) => owner.trim().toLowerCase() === email.trim().toLowerCase())) return email;
  const table = readOwnersTable(context.spreadsheet, context.timeZone);
  return table === undefined ? '' : ownerForEmail(owners, email, ownerDirectory(table.values));
}
