import { planRefresh, type RefreshPlan } from '../core/refresh';
import { toScriptLocal } from '../core/timeZone';
import { readFiscalStartMonth } from './settings';
import { findTabs, readTables } from './tabs';
import { writePatches } from './writePatches';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type RowFilter = NonNullable<Parameters<typeof planRefresh>[0]['onlyRows']>;

/** Read every tab once, plan, and write the computed columns once per run of cells. */
export function refreshBook(spreadsheet: Spreadsheet, now: Date, onlyRows?: RowFilter): RefreshPlan {
  const tabs = findTabs(spreadsheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const plan = planRefresh({
    ...readTables(tabs, timeZone),
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
