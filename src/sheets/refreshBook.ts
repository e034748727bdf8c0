import { planRefresh, type RefreshPlan } from '../core/refresh';
import { readFiscalStartMonth } from './settings';
import { findTabs, readTables } from './tabs';
import { writePatches } from './writePatches';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type RowFilter = NonNullable<Parameters<typeof planRefresh>[0]['onlyRows']>;

/** Read every tab once, plan, and write the computed columns once per run of cells. */
export function refreshBook(spreadsheet: Spreadsheet, today: Date, onlyRows?: RowFilter): RefreshPlan {
  const tabs = findTabs(spreadsheet);
  const plan = planRefresh({
    ...readTables(tabs),
    today,
    fiscalStartMonth: readFiscalStartMonth(),
    ...(onlyRows === undefined ? {} : { onlyRows }),
  });
  if (plan.ok) {
    if (tabs.kpis !== undefined) writePatches(tabs.kpis, plan.patches.kpis);
    if (tabs.okrs !== undefined) writePatches(tabs.okrs, plan.patches.okrs);
  }
  return plan;
}
