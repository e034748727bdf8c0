import { planRefresh, type RefreshPlan, type RowFilter } from '../core/workbook/refresh';
import { RECENT_LOG_DAYS, REFRESH_FORMULAS } from '../core/workbook/tableReads';
import { readContext, type SheetsContext } from './context';
import { readTables, workbookInput, type Tables } from './readWorkbook';
import { rememberIds } from './idMemory';
import { refreshTeamStatus } from './teamOkrsTab';
import { readTeamOkrs } from '../core/teams/teamOkrs';
import { writePatches } from './writePatches';
import { rebuildDashboardIfPresent } from './dashboardBuild';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Plan from the tabs as read (or as just written), and write the computed columns once per run of cells. */
export function refreshTables(context: SheetsContext, tables: Tables, onlyRows?: RowFilter): RefreshPlan {
  // An edit's slice may leave the KPIs unread (no row it read follows one).
  const plan = planRefresh({
    ...workbookInput(context, tables),
    ...(onlyRows === undefined ? {} : { onlyRows, slice: true }),
  });
  if (plan.ok) {
    const addsColumns = onlyRows === undefined;
    if (context.tabs.kpis !== undefined)
      writePatches(context.tabs.kpis, plan.patches.kpis, context.timeZone, addsColumns);
    if (context.tabs.okrs !== undefined)
      writePatches(context.tabs.okrs, plan.patches.okrs, context.timeZone, addsColumns);
    // Only a job that knew every used ID may write the memory: an edit on a document without one leaves it be.
    if (tables.usedIds !== undefined) rememberIds(context, plan.workbook);
  }
  return plan;
}

/**
 * Refresh: read the tabs and the log's recent end once, plan, and write the computed columns once per run of
 * cells; then rebuild the Dashboard tab from the same model when the document has one. Only Refresh does: an
 * edit scores a slice of the rows, and a check-in one row, so neither can lay out the whole tab.
 */
export function refreshWorkbook(spreadsheet: Spreadsheet, now: Date): RefreshPlan {
  const context = readContext(spreadsheet, now);
  const tables = readTables(context, {
    formulas: REFRESH_FORMULAS,
    logDays: RECENT_LOG_DAYS,
    historyDays: RECENT_LOG_DAYS,
    usedIds: true,
    teamOkrs: true,
  });
  // The Team OKRs tab is read into objectives once: the model rolls them up, the status lines show each team.
  const teamOkrs =
    tables.teamOkrs === undefined
      ? undefined
      : readTeamOkrs(tables.teamOkrs.values, context.today, context.fiscalStartMonth);
  const plan = refreshTables(context, teamOkrs === undefined ? tables : { ...tables, imported: teamOkrs.objectives });
  // Another team's file that cannot be reached only changes its status line: the local scores are written above.
  refreshTeamStatus(spreadsheet, teamOkrs?.teams);
  if (plan.ok) rebuildDashboardIfPresent(spreadsheet, plan.workbook, context.timeZone);
  return plan;
}
