// The physical floor, run as an Apps Script of its own: one read of each block the add-on reads and one
// write of each block it writes, with values that need no computation. No add-on can do less I/O.
import type { Block } from './blocks';

function rangeOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, block: Block): GoogleAppsScript.Spreadsheet.Range {
  const sheet = spreadsheet.getSheetByName(block.sheet);
  if (sheet === null) throw new Error(`no tab ${block.sheet}`);
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
