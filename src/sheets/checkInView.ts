import { checkInHistory } from '../core/checkInHistory';
import { listItems } from '../core/checkInItems';
import { checkInState, ownersOf, ownerToShow, type CheckInState } from '../core/checkInState';
import { CHECK_IN_FORMULAS } from '../core/tableReads';
import { toScriptLocal } from '../core/timeZone';
import { readOwnerChoice } from './ownerChoice';
import { readFiscalStartMonth } from './settings';
import { findTabs, readTables, type Tables } from './tabs';

/** The sidebar's state for the current user from the tabs as read (or as just written), scored as Refresh would. */
export function checkInStateOf(tables: Tables, today: Date, email: string): CheckInState {
  const items = listItems({ ...tables, today, fiscalStartMonth: readFiscalStartMonth() });
  if (!items.ok) return { owner: '', owners: [], objectives: [], kpis: [], objectiveChoices: [], problem: items.problems.join('\n') };
  const history = checkInHistory(tables.checkIns?.values);
  const owner = ownerToShow(ownersOf(items.objectives, items.kpis), readOwnerChoice(), email);
  return checkInState({ objectives: items.objectives, kpis: items.kpis, history, owner });
}

/** The sidebar's state for the current user: every tab read once. */
export function readCheckInState(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date, email: string): CheckInState {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return checkInStateOf(readTables(findTabs(spreadsheet), timeZone, CHECK_IN_FORMULAS), toScriptLocal(now, timeZone), email);
}
