// The floor of a job that writes the Dashboard tab, run as an Apps Script of its own: Refresh's floor for the
// other tabs (floor.ts), then the tab whole — it reads nothing of the tab, so it cannot know which cells are
// unchanged — in one write per block and property: values for each block, and the colours, font colours and
// weights a person sees on the visible block. A tab it makes also gets what a rebuild keeps: the column
// widths, its hidden data columns, a warning protection and its charts, each with the fewest builder calls.
import type { Block } from './blocks';
import { floor } from './floor';

export interface DashboardShape {
  readonly visible: Block;
  /** The hidden block the trends and charts read. */
  readonly data: Block;
  readonly columnWidths: readonly number[];
  /** Each chart's table, in A1 notation, and its top-left cell. */
  readonly charts: readonly { readonly a1: string; readonly row: number; readonly column: number }[];
}

function filled<T>(block: Block, value: T): T[][] {
  return Array.from({ length: block.numRows }, () => Array.from({ length: block.numColumns }, () => value));
}

function rangeOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, block: Block): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(block.row, block.column, block.numRows, block.numColumns);
}

export function dashboardFloor(
  reads: Block[],
  valueWrites: Block[],
  colourWrites: Block[],
  shape: DashboardShape,
): void {
  floor(reads, valueWrites, colourWrites);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const existing = spreadsheet.getSheetByName(shape.visible.sheet);
  const sheet = existing ?? spreadsheet.insertSheet(shape.visible.sheet);
  const rows = shape.visible.numRows;
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  const lastColumn = shape.data.column + shape.data.numColumns - 1;
  if (lastColumn > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), lastColumn - sheet.getMaxColumns());
  rangeOf(sheet, shape.visible)
    .setValues(filled(shape.visible, 'OK'))
    .setBackgrounds(filled(shape.visible, '#b7e1cd'))
    .setFontColors(filled(shape.visible, '#188038'))
    .setFontWeights(filled(shape.visible, 'bold'));
  rangeOf(sheet, shape.data).setValues(filled(shape.data, 1));
  // A rebuild finds the widths, the hidden columns, the protection and the charts (reading the same cells) as
  // they were: only a new tab needs them.
  if (existing !== null) return;
  shape.columnWidths.forEach((width, index) => sheet.setColumnWidth(index + 1, width));
  sheet.hideColumns(shape.data.column, shape.data.numColumns);
  sheet.protect().setWarningOnly(true);
  for (const chart of shape.charts)
    sheet.insertChart(
      sheet
        .newChart()
        .addRange(sheet.getRange(chart.a1))
        .setChartType(Charts.ChartType.LINE)
        .setPosition(chart.row, chart.column, 0, 0)
        .build(),
    );
}
