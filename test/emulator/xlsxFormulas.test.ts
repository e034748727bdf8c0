// A workbook opened from .xlsx (npm start -- book.xlsx) keeps its formulas live, not only their cached results.
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon, restoreWorkbook } from '../../emulator/index';
import { readXlsx, writeXlsx } from '../../emulator/playground/xlsx';

describe('formulas of an opened .xlsx', () => {
  it('are recomputed on opening and after every change, across tabs', async () => {
    const book = new ExcelJS.Workbook();
    const inputs = book.addWorksheet('Inputs');
    inputs.getCell('A1').value = 2;
    inputs.getCell('A2').value = 3;
    const summary = book.addWorksheet('Summary');
    // A stale cached result, as a file saved before its inputs last changed can hold.
    summary.getCell('A1').value = { formula: 'SUM(Inputs!A1:A2)*10', result: 999 };
    const path = join(mkdtempSync(join(tmpdir(), 'xlsx-formulas-')), 'book.xlsx');
    writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));

    const workbook = restoreWorkbook((await readXlsx(path)).workbook);
    expect(workbook.read('Summary').cell('A1')).toMatchObject({ formula: '=SUM(Inputs!A1:A2)*10', value: 50 });
    workbook.setCell('Inputs', 'A2', 8);
    expect(workbook.read('Summary').cell('A1').value).toBe(100);
  });

  it('an array formula saved with its spilled answers (as Excel and Sheets save one) spills again', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Weeks');
    // exceljs writes array formulas (`shareType`, `ref`) without typing them.
    const arrayFormula = { formula: 'SEQUENCE(3)', result: 1, shareType: 'array', ref: 'A1:A3' };
    sheet.getCell('A1').value = arrayFormula;
    sheet.getCell('A2').value = 2;
    sheet.getCell('A3').value = 3;
    sheet.getCell('B1').value = { formula: 'SUM(A1:A4)', result: 6 };
    const path = join(mkdtempSync(join(tmpdir(), 'xlsx-formulas-')), 'book.xlsx');
    writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));

    const workbook = restoreWorkbook((await readXlsx(path)).workbook);
    expect(workbook.read('Weeks').values()).toEqual([
      [1, 6],
      [2, ''],
      [3, ''],
    ]);
    workbook.setCell('Weeks', 'A1', '', { formula: '=SEQUENCE(4)' });
    expect(workbook.read('Weeks').cell('B1').value).toBe(10);
  });
});

describe('a downloaded .xlsx opened again', () => {
  it('spills its array results again instead of blocking them with their own saved answers', async () => {
    const code = readFileSync(fileURLToPath(new URL('../../dist/Code.js', import.meta.url)), 'utf8');
    const workbook = createWorkbook({
      sheets: {
        S: {
          values: [
            [0, 10, 5],
            [0, 10, 6],
          ],
        },
      },
    });
    const addon = loadAddon({ code, workbook, now: new Date('2026-11-23T09:00:00Z') });
    addon.edit('S', 'D1', '=OKR_SCORE(A1:A2,B1:B2,C1:C2)');
    addon.edit('S', 'E1', '=SEQUENCE(3)');
    const path = join(mkdtempSync(join(tmpdir(), 'xlsx-download-')), 'download.xlsx');
    writeFileSync(path, await writeXlsx(workbook.toJSON()));

    const reopened = restoreWorkbook((await readXlsx(path)).workbook);
    loadAddon({ code, workbook: reopened, now: new Date('2026-11-23T09:00:00Z') });
    const columns = (sheet: string) =>
      reopened
        .read(sheet)
        .values()
        .map((row) => row.slice(3, 5));
    expect(columns('S')).toEqual([
      [0.5, 1],
      [0.6, 2],
      ['', 3],
    ]);
    reopened.setCell('S', 'C2', 7);
    expect(reopened.read('S').cell('D2').value).toBe(0.7);
  });
});

describe('a downloaded .xlsx', () => {
  it("saves an open-ended range (B2:B) to its tab's last row, which Excel can read", async () => {
    const workbook = createWorkbook({
      sheets: { Log: { values: [['ID'], ['O1.1']] }, Summary: { values: [[2], [3]] } },
    });
    workbook.setCell('Summary', 'B1', '', { formula: '=SUM(A1:A)+COUNTA(Log!A2:A)' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeXlsx(workbook.toJSON())) as unknown as ArrayBuffer);
    expect(book.getWorksheet('Summary')?.getCell('B1').value).toEqual({
      formula: 'SUM(A1:A1000)+COUNTA(Log!A2:A1000)',
      result: 6,
    });
  });
});
