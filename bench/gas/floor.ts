// The physical floor, run as an Apps Script of its own: one read of each block the add-on reads and one
// write of each block it writes (creating a tab it creates), with values that need no computation. No add-on can do less I/O.
import type { Block } from './blocks';

function rangeOf(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  block: Block,
): GoogleAppsScript.Spreadsheet.Range {
  // A tab the add-on creates (an archive, a log) is created here too.
  const sheet = spreadsheet.getSheetByName(block.sheet) ?? spreadsheet.insertSheet(block.sheet);
  // A row the add-on appends may lie past the grid, which appendRow grows: grow it here too.
  const lastRow = block.row + block.numRows - 1;
  if (lastRow > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), lastRow - sheet.getMaxRows());
  return sheet.getRange(block.row, block.column, block.numRows, block.numColumns);
}

function filled<T>(block: Block, value: T): T[][] {
  return Array.from({ length: block.numRows }, () => Array.from({ length: block.numColumns }, () => value));
}

export function floor(reads: Block[], valueWrites: Block[], colourWrites: Block[]): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  for (const block of reads) rangeOf(spreadsheet, block).getValues();
  for (const block of valueWrites) rangeOf(spreadsheet, block).setValues(filled(block, 'OK'));
  for (const block of colourWrites) rangeOf(spreadsheet, block).setBackgrounds(filled(block, '#b7e1cd'));
}
