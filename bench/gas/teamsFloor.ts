// The floor of Roll up teams, run as an Apps Script of its own: reads the Teams tab once, makes the Team OKRs
// tab, writes every band's title and status line in one call and its IMPORTRANGE formulas in one more, lets
// Sheets load them (flush), reads what they show in one call and writes the status lines once.
import type { Block } from './blocks';

export function teamsFloor(teams: Block, tab: Block, formulas: string[][]): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const listed = spreadsheet.getSheetByName(teams.sheet);
  if (listed === null) throw new Error(`no ${teams.sheet} tab`);
  listed.getRange(teams.row, teams.column, teams.numRows, teams.numColumns).getValues();
  const sheet = spreadsheet.getSheetByName(tab.sheet) ?? spreadsheet.insertSheet(tab.sheet);
  if (tab.numRows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), tab.numRows - sheet.getMaxRows());
  if (tab.numColumns > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), tab.numColumns - sheet.getMaxColumns());
  const top = Array.from({ length: 2 }, () => Array.from({ length: tab.numColumns }, () => 'OK'));
  sheet.getRange(1, 1, 2, tab.numColumns).setValues(top);
  sheet.getRange(3, 1, 1, tab.numColumns).setFormulas(formulas);
  SpreadsheetApp.flush();
  sheet.getRange(tab.row, tab.column, tab.numRows, tab.numColumns).getValues();
  sheet.getRange(2, 1, 1, tab.numColumns).setValues([top[0] ?? []]);
}
