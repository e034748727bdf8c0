import { checkInHistory } from '../core/checkInHistory';
import { listItems } from '../core/checkInItems';
import { checkInState, ownersOf, ownerToShow, type CheckInState } from '../core/checkInState';
import { toScriptLocal } from '../core/timeZone';
import { readOwnerChoice } from './ownerChoice';
import { readFiscalStartMonth } from './settings';
import { findTabs, readTables } from './tabs';

/** The sidebar's state for the current user: every tab read once, scored as Refresh would score it. */
export function readCheckInState(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date, email: string): CheckInState {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const tables = readTables(findTabs(spreadsheet), timeZone);
  const items = listItems({ ...tables, today: toScriptLocal(now, timeZone), fiscalStartMonth: readFiscalStartMonth() });
  if (!items.ok) return { owner: '', owners: [], objectives: [], kpis: [], objectiveChoices: [], problem: items.problems.join('\n') };
  const history = checkInHistory(tables.checkIns?.values);
  const owner = ownerToShow(ownersOf(items.objectives, items.kpis), readOwnerChoice(), email);
  return checkInState({ objectives: items.objectives, kpis: items.kpis, history, owner });
}
