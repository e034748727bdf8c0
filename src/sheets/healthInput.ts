import type { Cell } from '../core/cells';
import { closedQuarters, type ClosedQuarter } from '../core/health/closedQuarters';
import { EASY_CLOSES } from '../core/health/easyTargets';
import type { HealthContext } from '../core/health/finding';
import { QUARTER_LOG } from '../core/quarterClose/logRows';
import { tableToScriptLocal } from '../core/timeZone';
import { plainOrQuoted as tabText, quote } from '../core/quote';
import { RECENT_HISTORY_DAYS, RECENT_LOG_DAYS } from '../core/workbook/tableReads';
import { TAB_TITLES } from '../core/workbook/tabNames';
import { buildWorkbook } from '../core/workbook/workbook';
import { readContext, type SheetsContext } from './context';
import { readTables, workbookInput, type Tables } from './readWorkbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type HealthRead =
  { ok: true; health: HealthContext; context: SheetsContext; tables: Tables } | { ok: false; problems: string[] };

/**
 * The newest closes of the Quarter log: its header row and its last rows only (a close appends one row), so
 * the read stays the same however many quarters the log holds.
 */
function readClosedQuarters(spreadsheet: Spreadsheet, timeZone: string): ClosedQuarter[] {
  const sheet = spreadsheet.getSheetByName(QUARTER_LOG.title);
  if (sheet === null) return [];
  const height = sheet.getLastRow();
  const width = sheet.getLastColumn();
  if (height < 2 || width === 0) return [];
  const first = Math.max(2, height - EASY_CLOSES + 1);
  const read = (row: number, rows: number): Cell[][] =>
    tableToScriptLocal(sheet.getRange(row, 1, rows, width).getValues() as Cell[][], timeZone);
  const [header = []] = read(1, 1);
  const rows = read(first, height - first + 1).map((cells, offset) => ({ row: first - 1 + offset, cells }));
  return closedQuarters(header, rows);
}

/** The health check's model: the tabs, a quarter of the log, a year of KPI History and the last closes, read once each. */
export function readHealth(spreadsheet: Spreadsheet, now: Date): HealthRead {
  const context = readContext(spreadsheet, now);
  const tables = readTables(context, { logDays: RECENT_LOG_DAYS, historyDays: RECENT_HISTORY_DAYS, teamOkrs: true });
  const built = buildWorkbook(workbookInput(context, tables));
  if (!built.ok) return built;
  const names = {
    okrTab: context.tabs.okrs?.getName() ?? TAB_TITLES.okrs,
    kpiTab: context.tabs.kpis?.getName() ?? TAB_TITLES.kpis,
  };
  const closed = readClosedQuarters(spreadsheet, context.timeZone);
  return { ok: true, health: { ...built.workbook, ...names, closedQuarters: closed }, context, tables };
}

/** Shows a finding's row: its tab comes forward with the whole row selected. */
export function selectRow(spreadsheet: Spreadsheet, tab: string, row: number): void {
  const sheet = spreadsheet.getSheetByName(tab);
  if (sheet === null) throw new Error(`The tab ${quote(tab)} no longer exists: run the health check again.`);
  if (row > sheet.getMaxRows())
    throw new Error(`${tabText(tab)} has no row ${row} any more: run the health check again.`);
  sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
}
