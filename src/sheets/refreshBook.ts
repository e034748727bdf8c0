import { planRefresh, type RefreshPlan } from '../core/refresh';
import { REFRESH_FORMULAS } from '../core/tableReads';
import { toScriptLocal } from '../core/timeZone';
import { readFiscalStartMonth } from './settings';
import { findTabs, readTables, type Tables, type Tabs } from './tabs';
import { writePatches } from './writePatches';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type RowFilter = NonNullable<Parameters<typeof planRefresh>[0]['onlyRows']>;

/** Plan from the tabs as read (or as just written), and write the computed columns once per run of cells. */
export function refreshTables(tabs: Tabs, tables: Tables, timeZone: string, now: Date, onlyRows?: RowFilter): RefreshPlan {
  const plan = planRefresh({
    ...tables,
    today: toScriptLocal(now, timeZone),
    fiscalStartMonth: readFiscalStartMonth(),
    ...(onlyRows === undefined ? {} : { onlyRows }),
  });
  if (plan.ok) {
    if (tabs.kpis !== undefined) writePatches(tabs.kpis, plan.patches.kpis, timeZone);
    if (tabs.okrs !== undefined) writePatches(tabs.okrs, plan.patches.okrs, timeZone);
  }
  return plan;
}

/** Read every tab once, plan, and write the computed columns once per run of cells. */
export function refreshBook(spreadsheet: Spreadsheet, now: Date, onlyRows?: RowFilter): RefreshPlan {
  const tabs = findTabs(spreadsheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return refreshTables(tabs, readTables(tabs, timeZone, REFRESH_FORMULAS), timeZone, now, onlyRows);
}
