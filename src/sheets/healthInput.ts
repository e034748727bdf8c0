import type { HealthContext } from '../core/health/finding';
import { plainOrQuoted as tabText, quote } from '../core/quote';
import { RECENT_HISTORY_DAYS, RECENT_LOG_DAYS } from '../core/workbook/tableReads';
import { TAB_TITLES } from '../core/workbook/tabNames';
import { buildWorkbook } from '../core/workbook/workbook';
import { readContext, type SheetsContext } from './context';
import { readTables, workbookInput, type Tables } from './readWorkbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type HealthRead =
  { ok: true; health: HealthContext; context: SheetsContext; tables: Tables } | { ok: false; problems: string[] };

/** The health check's model: the tabs, a quarter of the log and a year of KPI History, read once each. */
export function readHealth(spreadsheet: Spreadsheet, now: Date): HealthRead {
  const context = readContext(spreadsheet, now);
  const tables = readTables(context, { logDays: RECENT_LOG_DAYS, historyDays: RECENT_HISTORY_DAYS });
  const built = buildWorkbook(workbookInput(context, tables));
  if (!built.ok) return built;
  const names = {
    okrTab: context.tabs.okrs?.getName() ?? TAB_TITLES.okrs,
    kpiTab: context.tabs.kpis?.getName() ?? TAB_TITLES.kpis,
  };
  return { ok: true, health: { ...built.workbook, ...names }, context, tables };
}

/** Shows a finding's row: its tab comes forward with the whole row selected. */
export function selectRow(spreadsheet: Spreadsheet, tab: string, row: number): void {
  const sheet = spreadsheet.getSheetByName(tab);
  if (sheet === null) throw new Error(`The tab ${quote(tab)} no longer exists: run the health check again.`);
  if (row > sheet.getMaxRows())
    throw new Error(`${tabText(tab)} has no row ${row} any more: run the health check again.`);
  sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
}
