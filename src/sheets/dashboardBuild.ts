// Build dashboard: read what Refresh reads (the tabs, the log's and KPI History's recent end), lay the tab out
// from the model, and write the Dashboard tab alone. Refresh rebuilds it from the model it already built.

import { FOREIGN_DASHBOARD } from '../core/dashboard/ownership';
import { layoutOf, planDashboard, type DashboardPlan } from '../core/dashboard/plan';
import { RECENT_LOG_DAYS } from '../core/workbook/tableReads';
import type { Workbook } from '../core/workbook/workbook';
import { readContext } from './context';
import { findDashboard, writeDashboard } from './dashboardTab';
import { readTables, workbookInput } from './readWorkbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function buildDashboard(spreadsheet: Spreadsheet, now: Date): DashboardPlan {
  const tab = findDashboard(spreadsheet);
  if (tab.kind === 'foreign') return { ok: false, problems: [FOREIGN_DASHBOARD] };
  const context = readContext(spreadsheet, now);
  const tables = readTables(context, { logDays: RECENT_LOG_DAYS, historyDays: RECENT_LOG_DAYS, teamOkrs: true });
  const plan = planDashboard(workbookInput(context, tables));
  // The person asked to see it: Build dashboard opens the tab (Refresh leaves the tab they are on).
  if (plan.ok)
    writeDashboard(spreadsheet, tab.kind === 'ours' ? tab.sheet : null, plan.layout, context.timeZone).activate();
  return plan;
}

/**
 * Refresh's hook: rebuild the add-on's Dashboard tab from the model just written. It never makes the tab, and
 * leaves a person's own tab of that name alone (Build dashboard says why).
 */
export function rebuildDashboardIfPresent(spreadsheet: Spreadsheet, workbook: Workbook, timeZone: string): boolean {
  const tab = findDashboard(spreadsheet);
  if (tab.kind !== 'ours') return false;
  writeDashboard(spreadsheet, tab.sheet, layoutOf(workbook), timeZone);
  return true;
}
