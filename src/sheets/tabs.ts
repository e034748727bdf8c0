import type { Cell } from '../core/cells';
import type { TableKind } from '../core/headers';
import type { TableInput } from '../core/refresh';
import { tabKind } from '../core/tabNames';
import { tableToScriptLocal } from '../core/timeZone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type Tabs = Partial<Record<TableKind, Sheet>>;

/** The KPIs, OKRs and Check-ins tabs, matched by name ignoring case; the leftmost wins a tie. */
export function findTabs(spreadsheet: Spreadsheet): Tabs {
  const tabs: Tabs = {};
  for (const sheet of spreadsheet.getSheets()) {
    const kind = tabKind(sheet.getName());
    if (kind !== undefined && tabs[kind] === undefined) tabs[kind] = sheet;
  }
  return tabs;
}

/**
 * A whole tab in two calls (values, then formulas), so cost does not grow with the number of rows; dates
 * come back as the days the spreadsheet's time zone shows.
 */
export function readTable(sheet: Sheet, timeZone: string): TableInput {
  const range = sheet.getDataRange();
  return { values: tableToScriptLocal(range.getValues() as Cell[][], timeZone), formulas: range.getFormulas() };
}

export function readTables(tabs: Tabs, timeZone: string): Partial<Record<TableKind, TableInput>> {
  const tables: Partial<Record<TableKind, TableInput>> = {};
  for (const kind of Object.keys(tabs) as TableKind[]) {
    const sheet = tabs[kind];
    if (sheet !== undefined) tables[kind] = readTable(sheet, timeZone);
  }
  return tables;
}
