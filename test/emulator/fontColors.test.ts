// Font colours cell by cell (the Dashboard colours its trend lines this way: a SPARKLINE follows the font colour).
import { describe, expect, it } from 'vitest';
import { createWorkbook, emulateServices } from '../../emulator/index';
import { thrown } from './helpers';

function sheet1() {
  const workbook = createWorkbook({ sheets: { Sheet1: { values: [] } } });
  const sheet = emulateServices({ workbook }).SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  return { workbook, sheet };
}

describe('font colours (contract §4)', () => {
  it('setFontColors writes each cell, as lowercase hex; a null leaves the default black', () => {
    const { workbook, sheet } = sheet1();
    sheet.getRange('A1:B2').setFontColors([
      ['red', '#C5221F'],
      [null, '#188038'],
    ]);
    const colour = (a1: string): string => workbook.read('Sheet1').cell(a1).fontColor;
    expect(['A1', 'B1', 'A2', 'B2', 'C1'].map(colour)).toEqual(['#ff0000', '#c5221f', '#000000', '#188038', '#000000']);
  });

  it("setFontColors: 'The 2-D array must match the range'", () => {
    const { sheet } = sheet1();
    expect(thrown(() => sheet.getRange('A1:B1').setFontColors([['red']])).message).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });
});
