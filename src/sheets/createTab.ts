import { PREPARED_ROWS, type TabLayout } from '../core/setup/layout';
import { cellsAsWritten, textAsWritten } from './writeCells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function createTab(spreadsheet: Spreadsheet, layout: TabLayout): Sheet {
  const sheet = spreadsheet.insertSheet(layout.title);
  const width = layout.header.length;
  sheet
    .getRange(1, 1, 1, width)
    .setValues([textAsWritten(layout.header)])
    .setFontWeight('bold')
    .setBackground('#f1f3f4');
  sheet.setFrozenRows(1);
  const firstEmpty = layout.rows.length + 2;
  for (const { column, format } of layout.columnFormats) {
    sheet.getRange(firstEmpty, column + 1, PREPARED_ROWS - layout.rows.length, 1).setNumberFormat(format);
  }
  if (layout.rows.length > 0) {
    sheet
      .getRange(2, 1, layout.rows.length, width)
      .setNumberFormats(layout.formats.map((row) => [...row]))
      .setValues(cellsAsWritten(layout.rows, spreadsheet.getSpreadsheetTimeZone()));
  }
  for (const { column, values, help } of layout.lists) {
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(values, true).setHelpText(help).build();
    sheet.getRange(2, column + 1, PREPARED_ROWS, 1).setDataValidation(rule);
  }
  for (const { column, min, max, help } of layout.numberRanges) {
    const rule = SpreadsheetApp.newDataValidation().requireNumberBetween(min, max).setHelpText(help).build();
    sheet.getRange(2, column + 1, PREPARED_ROWS, 1).setDataValidation(rule);
  }
  for (const { column, help } of layout.emails ?? []) {
    const rule = SpreadsheetApp.newDataValidation().requireTextIsEmail().setHelpText(help).build();
    sheet.getRange(2, column + 1, PREPARED_ROWS, 1).setDataValidation(rule);
  }
  for (const { row, column } of layout.checkboxes) {
    sheet.getRange(row + 2, column + 1).setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
  }
  return sheet;
}
