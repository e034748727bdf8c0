// The playground's File → Download (.xlsx) of a workbook with a Dashboard: its values and colours survive.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadAddon } from '../../emulator/index';
import { demoWorkbook } from '../../emulator/playground/demoWorkbook';
import { writeXlsx } from '../../emulator/playground/xlsx';
import { TODAY } from '../fixtures/examples';
import { bundleCode, GREEN, MUTED, RED, YELLOW } from './harness';

const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;

describe('the Dashboard downloaded as .xlsx', () => {
  it('keeps its values, fills, bold and hidden data columns; the charts are not in the file', async () => {
    const workbook = demoWorkbook(TODAY);
    const addon = loadAddon({ code: bundleCode(), workbook, now: TODAY, user: 'lead@example.com', htmlFiles: {} });
    addon.run('buildDashboard');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeXlsx(workbook.toJSON())) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Dashboard');
    if (sheet === undefined) throw new Error('no Dashboard in the file');
    const value = (a1: string): unknown => sheet.getCell(a1).value;
    const fill = (a1: string): unknown => (sheet.getCell(a1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

    const view = workbook.read('Dashboard');
    const shown = view.values();
    // Every visible cell of the top and the vital signs, as the tab holds it (the trends are formulas).
    expect(view.cell('F10').formula).toMatch(/^=SPARKLINE\(/);
    for (let row = 1; row <= 20; row += 1) {
      for (let column = 1; column <= 9; column += 1) {
        const a1 = `${String.fromCharCode(64 + column)}${row}`;
        const cell = sheet.getCell(a1).value;
        const expected = shown[row - 1]?.[column - 1] ?? '';
        const formula = view.cell(a1).formula;
        if (formula !== '') expect(cell).toMatchObject({ formula: formula.slice(1) });
        else expect(cell ?? '').toEqual(expected);
      }
    }
    expect(value('A10')).toBe('Training completion rate');
    expect(value('E16')).toBe('WARN — heading below Min by about 27 Nov');
    expect([fill('B3'), fill('C3'), fill('D3'), fill('H5')]).toEqual([
      argb(GREEN),
      argb(YELLOW),
      argb(RED),
      argb(MUTED),
    ]);
    expect([fill('E10'), fill('E14'), fill('E17')]).toEqual([argb(RED), argb(YELLOW), argb(GREEN)]);
    expect(sheet.getCell('A8').font.bold).toBe(true);
    expect(sheet.getCell('F10').font.color?.argb).toBe('FFC5221F');
    // The trends' readings travel, hidden as on the tab.
    expect(value('X11')).toBe(0.036);
    expect(view.hiddenColumns.every((column) => sheet.getColumn(column).hidden)).toBe(true);
    expect(sheet.getColumn(1).hidden).toBe(false);
    // exceljs (and so the playground's Download) writes no charts: the README's Dashboard section says so.
    expect(await chartsInFile(workbook)).toEqual([]);
  });
});

/** The chart parts of the .xlsx package (xl/charts/chartN.xml). */
async function chartsInFile(workbook: ReturnType<typeof demoWorkbook>): Promise<string[]> {
  const bytes = await writeXlsx(workbook.toJSON());
  const names: string[] = [];
  // A zip's central directory names every entry after the signature PK\x01\x02; the name starts 46 bytes in.
  for (let at = bytes.indexOf('PK\x01\x02'); at >= 0; at = bytes.indexOf('PK\x01\x02', at + 4)) {
    const length = bytes.readUInt16LE(at + 28);
    names.push(bytes.subarray(at + 46, at + 46 + length).toString('utf8'));
  }
  expect(names).toContain('xl/workbook.xml');
  return names.filter((name) => name.startsWith('xl/charts/'));
}
