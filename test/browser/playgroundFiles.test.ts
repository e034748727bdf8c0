// The playground's workbooks: `npm start -- book.xlsx` reads a real Excel file (values, dates, number
// formats, fills, frozen rows, formulas with their cached results) and never writes to it; a corrupt or
// foreign file, or a damaged demo file, is refused with a clear message and left exactly as it was.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreWorkbook } from '../../emulator/index';
import { openBook } from '../../emulator/playground/bookFile';
import { startPlayground } from '../../emulator/playground/server';
import { demoWorkbook } from '../../emulator/playground/demoWorkbook';
import { readXlsx, writeXlsx } from '../../emulator/playground/xlsx';
import { TODAY } from '../fixtures/examples';
import { bundleCode, sidebarHtml } from '../integration/harness';

let folder: string;
let bookPath: string;

/** A workbook as a team keeps it in Excel: a title row above the header, percents, a date, a formula, a merge. */
async function excelBook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('OKRs', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow(['Team OKRs']);
  sheet.addRow(['Objective', 'Key Result', 'Start', 'Target', 'Current', 'Due']);
  sheet.addRow(['Retain customers', 'Reduce churn', 0.08, 0.04, 0.055, new Date('2026-12-31T00:00:00Z')]);
  sheet.getRow(2).font = { bold: true };
  for (const a1 of ['C3', 'D3', 'E3']) sheet.getCell(a1).numFmt = '0.0%';
  sheet.getCell('F3').numFmt = 'yyyy-mm-dd';
  sheet.getCell('G3').value = { formula: 'E3*100', result: 5.5 };
  sheet.getCell('A3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE8B2' } };
  sheet.getCell('H1').value = 'Merged note';
  sheet.mergeCells('H1:I1');
  book.addWorksheet('Archive', { state: 'hidden' }).addRow(['old']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'playground-files-'));
  bookPath = join(folder, 'Team book.xlsx');
  await writeFile(bookPath, await excelBook());
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('opening workbooks', () => {
  it('reads an .xlsx as Sheets would show it', async () => {
    const workbook = restoreWorkbook((await readXlsx(bookPath)).workbook);
    expect(workbook.sheetNames()).toEqual(['OKRs', 'Archive']);
    const okrs = workbook.read('OKRs');
    expect(okrs.displayValues()[2]?.slice(0, 7)).toEqual([
      'Retain customers',
      'Reduce churn',
      '8.0%',
      '4.0%',
      '5.5%',
      '2026-12-31',
      '5.5',
    ]);
    expect(okrs.values()[2]?.[4]).toBe(0.055);
    expect(okrs.cell('F3').value).toEqual(new Date('2026-12-31T00:00:00Z'));
    expect(okrs.cell('G3')).toMatchObject({ formula: '=E3*100', value: 5.5 });
    expect(okrs.cell('A3').background).toBe('#fce8b2');
    expect(okrs.cell('B2').fontWeight).toBe('bold');
    expect(okrs.frozenRows).toBe(2);
    expect([okrs.cell('H1').value, okrs.cell('I1').value]).toEqual(['Merged note', '']);
    expect(workbook.read('Archive').hidden).toBe(true);
  });

  it('never writes to the .xlsx it opened, even after edits', async () => {
    const before = await readFile(bookPath);
    const playground = await startPlayground({
      code: bundleCode(),
      htmlFiles: { Sidebar: sidebarHtml() },
      workbookPath: bookPath,
      port: 0,
      now: TODAY,
    });
    try {
      const edited = await fetch(`${playground.url}edit`, {
        method: 'POST',
        body: JSON.stringify({ sheet: 'OKRs', a1: 'E3', typed: '4.5%' }),
      });
      expect(await edited.json()).toEqual({ ok: true });
      const malformed = await fetch(`${playground.url}edit`, {
        method: 'POST',
        body: JSON.stringify({ sheet: 'OKRs', typed: 7 }),
      });
      expect(malformed.status).toBe(400);
      expect(((await malformed.json()) as { message: string }).message).toMatch(/a1[\s\S]*typed|typed[\s\S]*a1/);
      const state = (await (await fetch(`${playground.url}state`)).json()) as {
        view: { sheets: { rows: { t: string }[][] }[] };
      };
      expect(state.view.sheets[0]?.rows[2]?.[4]?.t).toBe('4.5%');
    } finally {
      await playground.close();
    }
    expect(await readFile(bookPath)).toEqual(before);
  }, 30_000);

  it.each([
    [
      'notes.xlsx',
      'not a zip at all',
      'it is not an Excel workbook (.xlsx); save it from Excel or Sheets as .xlsx first',
    ],
    ['kpis.csv', 'ID,KPI\nK1,MRR\n', 'the playground opens .xlsx workbooks (or its own .json demo file)'],
    [
      'playground.local.json',
      '{"workbook": 3}',
      'it is not a playground workbook (delete it to start again from the demo)',
    ],
    ['broken.local.json', '{"workbook": {', 'it is not a playground workbook (delete it to start again from the demo)'],
  ])('refuses %s with a clear message and leaves it as it was', async (name, content, why) => {
    const path = join(folder, name);
    await writeFile(path, content);
    await expect(openBook(path, TODAY)).rejects.toThrow(`Cannot open ${path}: ${why}. The file was not changed.`);
    await expect(startPlayground({ code: bundleCode(), htmlFiles: {}, workbookPath: path, port: 0 })).rejects.toThrow(
      why,
    );
    expect(await readFile(path, 'utf8')).toBe(content);
  });

  it('creates the demo file when it is missing and reads the same workbook back', async () => {
    const path = join(folder, 'fresh.local.json');
    const created = await openBook(path, TODAY);
    const reopened = await openBook(path, TODAY);
    expect(reopened.book).toEqual(created.book);
    expect(restoreWorkbook(reopened.book.workbook).read('Check-ins').cell('A2').value).toEqual(
      new Date('2026-10-06T16:20:00Z'),
    );
  });

  it('reads back a downloaded workbook as it was shown', async () => {
    const demo = demoWorkbook(TODAY);
    const path = join(folder, 'Downloaded.xlsx');
    await writeFile(path, await writeXlsx(demo.toJSON()));
    const reopened = restoreWorkbook((await readXlsx(path)).workbook);
    expect(reopened.sheetNames()).toEqual(demo.sheetNames());
    expect(demo.sheetNames()).toEqual(expect.arrayContaining(['KPIs', 'OKRs', 'Check-ins']));
    for (const name of demo.sheetNames()) {
      expect(reopened.read(name).displayValues()).toEqual(demo.read(name).displayValues());
      expect(reopened.read(name).values()).toEqual(demo.read(name).values());
      expect(reopened.read(name).frozenRows).toBe(1);
    }
  });

  it('says so when the port is taken, and starts nothing', async () => {
    const first = await startPlayground({
      code: bundleCode(),
      htmlFiles: {},
      workbookPath: join(folder, 'port.local.json'),
      port: 0,
      now: TODAY,
    });
    try {
      const port = Number(new URL(first.url).port);
      await expect(
        startPlayground({
          code: bundleCode(),
          htmlFiles: {},
          workbookPath: join(folder, 'port.local.json'),
          port,
          now: TODAY,
        }),
      ).rejects.toThrow(`Port ${port} is in use: choose another with --port or PORT.`);
    } finally {
      await first.close();
    }
  }, 30_000);
});
