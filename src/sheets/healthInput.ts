import type { HealthInput } from '../core/health/book';
import { KPI_HISTORY } from '../core/quarterClose/logRows';
import { TAB_TITLES } from '../core/tabNames';
import { toScriptLocal } from '../core/timeZone';
import { readFiscalStartMonth } from './settings';
import { findTabs, readTable, readTables } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Every tab the health check reads, once each. */
export function readHealthInput(spreadsheet: Spreadsheet, now: Date): HealthInput {
  const tabs = findTabs(spreadsheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const history = spreadsheet.getSheetByName(KPI_HISTORY.title);
  return {
    ...readTables(tabs, timeZone),
    ...(history === null ? {} : { kpiHistory: readTable(history, timeZone) }),
    okrTab: tabs.okrs?.getName() ?? TAB_TITLES.okrs,
    kpiTab: tabs.kpis?.getName() ?? TAB_TITLES.kpis,
    today: toScriptLocal(now, timeZone),
    fiscalStartMonth: readFiscalStartMonth(),
  };
}

/** Shows a finding's row: its tab comes forward with the whole row selected. */
export function selectRow(spreadsheet: Spreadsheet, tab: string, row: number): void {
  const sheet = spreadsheet.getSheetByName(tab);
  if (sheet === null) throw new Error(`The tab "${tab}" no longer exists: run the health check again.`);
  if (row > sheet.getMaxRows()) throw new Error(`${tab} has no row ${row} any more: run the health check again.`);
  sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
}
