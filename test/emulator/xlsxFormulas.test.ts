// A workbook opened from .xlsx (npm start -- book.xlsx) keeps its formulas live, not only their cached results.
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreWorkbook } from '../../emulator/index';
import { readXlsx } from '../../emulator/playground/xlsx';

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
});
