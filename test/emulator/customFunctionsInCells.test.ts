// Custom functions typed into cells run through the built bundle exactly as Sheets calls them (contract §5):
// one execution per formula cell, CUSTOM_FUNCTION mode, Sheets' arguments, spills and errors.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SheetFixture } from '../../emulator/index';
import { createWorkbook, loadAddon, restoreWorkbook } from '../../emulator/index';

const code = readFileSync(fileURLToPath(new URL('../../dist/Code.js', import.meta.url)), 'utf8');
const NOW = new Date('2026-11-23T09:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function sheetWith(fixture: SheetFixture = { values: [] }, extraCode = '') {
  const workbook = createWorkbook({ sheets: { S: fixture } });
  const addon = loadAddon({ code: code + extraCode, workbook, now: NOW, customFunctionTimeoutMs: 2000 });
  const type = (a1: string, text: string) => addon.edit('S', a1, text);
  const value = (a1: string) => workbook.read('S').cell(a1).value;
  return { workbook, addon, type, value };
}

describe("every custom function in the README's table, typed into a cell", () => {
  it('OKR_SCORE: single values, and three ranges spilling one score per row', () => {
    const { type, value, workbook } = sheetWith({
      values: [
        [0, 60, 38],
        [24, 4, 9],
        [0, 10, 'abc'],
      ],
    });
    type('E1', '=OKR_SCORE(0,10,5)');
    expect(value('E1')).toBe(0.5);
    type('F1', '=OKR_SCORE(A1:A3,B1:B3,C1:C3)');
    expect(
      workbook
        .read('S')
        .values()
        .map((row) => row[5]),
    ).toEqual([0.63, 0.75, 'INVALID: Current: "abc" is not a number']);
    expect(
      workbook
        .read('S')
        .formulas()
        .map((row) => row[5]),
    ).toEqual(['=OKR_SCORE(A1:A3,B1:B3,C1:C3)', '', '']);
  });

  it('OKR_STATUS: a score and a DATE() deadline, and a range of scores', () => {
    const { type, value, workbook } = sheetWith({ values: [[1], [0.5], [0.3], [0.1]] });
    type('C1', '=OKR_STATUS(0.5, DATE(2026,12,31))');
    expect(value('C1')).toBe('ON TRACK');
    type('D1', '=OKR_STATUS(A1:A4, DATE(2026,12,31), DATE(2026,11,23))');
    expect(
      workbook
        .read('S')
        .values()
        .map((row) => row[3]),
    ).toEqual(['DONE', 'ON TRACK', 'AT RISK', 'OFF TRACK']);
  });

  it('OBJECTIVE_SCORE: a range of scores with weights, and a single score', () => {
    const { type, value } = sheetWith({
      values: [
        [0.6, 1],
        [0.3, 2],
        ['INVALID: x', 1],
        ['', 1],
      ],
    });
    type('D1', '=OBJECTIVE_SCORE(A1:A4, B1:B4)');
    expect(value('D1')).toBe(0.4);
    type('D2', '=OBJECTIVE_SCORE(0.5)');
    expect(value('D2')).toBe(0.5);
  });

  it('KPI_STATUS: an empty argument arrives as blank; a range of readings spills', () => {
    const { type, value, workbook } = sheetWith({ values: [[262000], [240000], [300000], ['']] });
    // The MRR example: a $250,000 floor watched below $275,000; Max left empty.
    type('C1', '=KPI_STATUS(262000, 250000, , 275000)');
    expect(value('C1')).toBe('WARN');
    type('D1', '=KPI_STATUS(A1:A4, 250000, "", 275000)');
    expect(
      workbook
        .read('S')
        .values()
        .map((row) => row[3]),
    ).toEqual(['WARN', 'ALERT', 'OK', 'NO DATA']);
  });

  it('QUARTER and QUARTER_PROGRESS: DATE() arguments, date cells and no argument (today)', () => {
    const { type, value, workbook } = sheetWith({
      values: [[day('2026-11-23')], [day('2027-01-15')]],
      numberFormats: { 'A1:A2': 'yyyy-mm-dd' },
    });
    type('C1', '=QUARTER(DATE(2027,1,15), 2)');
    expect(value('C1')).toBe('2026-Q4');
    type('C2', '=QUARTER_PROGRESS(DATE(2026,11,16))');
    expect(value('C2')).toBe(0.5);
    type('C3', '=QUARTER()');
    expect(value('C3')).toBe('2026-Q4');
    type('D1', '=QUARTER(A1:A2)');
    expect(
      workbook
        .read('S')
        .values()
        .map((row) => row[3]),
    ).toEqual(['2026-Q4', '2027-Q1', '']);
  });
});

describe('how Sheets runs a custom function from a cell', () => {
  it('one execution per formula cell, however many rows its ranges hold', () => {
    const { type, value, addon } = sheetWith({
      values: [
        [0, 10, 5],
        [0, 10, 6],
        [0, 10, 7],
      ],
    });
    type('E1', '=OKR_SCORE(A1:A3,B1:B3,C1:C3)');
    type('F1', '=OKR_SCORE(0,10,1)');
    expect(value('E3')).toBe(0.7);
    expect(addon.cellExecutions).toBe(2);
  });

  it('recomputes when an argument changes, and only the cells that depend on it', () => {
    const { type, value, addon } = sheetWith({ values: [[0, 10, 5]] });
    type('E1', '=OKR_SCORE(A1,B1,C1)');
    type('F1', '=OKR_SCORE(0,10,1)');
    expect([value('E1'), value('F1')]).toEqual([0.5, 0.1]);
    const before = addon.cellExecutions;
    type('C1', '8');
    expect(value('E1')).toBe(0.8);
    expect(addon.cellExecutions).toBe(before + 1);
  });

  it('arguments arrive as Sheets passes them: a cell as a scalar, a range as a 2-D array, blanks as "", percents as fractions, dates as Dates of the script', () => {
    const probe = `
/** @customfunction */
function PROBE(single, range, blank, percent, date) {
  return [single, Array.isArray(range) && Array.isArray(range[0]) ? range.length + 'x' + range[0].length : 'flat',
    blank === '' ? 'blank' : typeof blank, percent, date instanceof Date ? date.toISOString() : typeof date].join('|');
}`;
    const { type, value } = sheetWith(
      {
        values: [
          [7, 1, '', 0.45, day('2026-12-31')],
          [8, 2],
        ],
        numberFormats: { D1: '0%', E1: 'yyyy-mm-dd' },
      },
      probe,
    );
    type('G1', '=PROBE(A1, A1:B2, C1, D1, E1)');
    expect(value('G1')).toBe('7|2x2|blank|0.45|2026-12-31T00:00:00.000Z');
  });

  it('a 2-D result spills below and right; the spilled cells have no formula and move when the result changes', () => {
    const grid = `
/** @customfunction */
function GRID(rows) { var out = []; for (var r = 0; r < rows; r++) out.push([r, 'row ' + r]); return out; }`;
    const { type, workbook } = sheetWith({ values: [[3]] }, grid);
    type('B1', '=GRID(A1)');
    expect(workbook.read('S').values()).toEqual([
      [3, 0, 'row 0'],
      ['', 1, 'row 1'],
      ['', 2, 'row 2'],
    ]);
    expect(workbook.read('S').formulas()[1]).toEqual(['', '', '']);
    type('A1', '2');
    expect(workbook.read('S').values()).toEqual([
      [2, 0, 'row 0'],
      ['', 1, 'row 1'],
    ]);
  });

  it("a spill over data is #REF! with Sheets' message, and spills once the data is cleared", () => {
    const grid = `
/** @customfunction */
function GRID() { return [[1, 2], [3, 4]]; }`;
    const { type, value, workbook } = sheetWith({ values: [['', '', 'x']] }, grid);
    type('C2', 'in the way');
    type('B1', '=GRID()');
    expect(value('B1')).toBe('#REF!');
    expect(workbook.read('S').formulaError('B1')).toEqual({
      value: '#REF!',
      message: 'Array result was not expanded because it would overwrite data in C1.',
    });
    expect(value('C2')).toBe('in the way');
    type('C1', '');
    type('C2', '');
    expect(workbook.read('S').values()).toEqual([
      ['', 1, 2],
      ['', 3, 4],
    ]);
    type('B2', 'typed over the spill');
    expect(value('B1')).toBe('#REF!');
    expect(workbook.read('S').formulaError('B1')?.message).toBe(
      'Array result was not expanded because it would overwrite data in B2.',
    );
    expect(value('C2')).toBe('');
  });

  it("a thrown error shows #ERROR! with the error's message", () => {
    const { type, value, workbook } = sheetWith(
      { values: [] },
      `
/** @customfunction */
function FAILS() { throw new Error('Target must be a number'); }`,
    );
    type('A1', '=FAILS()');
    expect(value('A1')).toBe('#ERROR!');
    expect(workbook.read('S').formulaError('A1')).toEqual({ value: '#ERROR!', message: 'Target must be a number' });
  });

  it('a function past the time limit shows #ERROR! with Sheets\' "Exceeded maximum execution time"', () => {
    const { type, value, workbook } = sheetWith(
      { values: [] },
      `
/** @customfunction */
function FOREVER() { for (;;) {} }`,
    );
    type('A1', '=FOREVER()');
    expect(value('A1')).toBe('#ERROR!');
    expect(workbook.read('S').formulaError('A1')?.message).toBe('Exceeded maximum execution time (line 0).');
  });

  it('runs in CUSTOM_FUNCTION mode: reading works, writing is refused, the user is hidden', () => {
    const { type, value, workbook } = sheetWith(
      { values: [['seen']] },
      `
/** @customfunction */
function READS() { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S').getRange('A1').getValue(); }
/** @customfunction */
function WRITES() { SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S').getRange('A1').setValue('changed'); return 'wrote'; }
/** @customfunction */
function MODE() { return String(Session.getActiveUser().getEmail()); }`,
    );
    type('B1', '=READS()');
    type('B2', '=WRITES()');
    type('B3', '=MODE()');
    expect(value('B1')).toBe('seen');
    expect(value('B2')).toBe('#ERROR!');
    expect(workbook.read('S').formulaError('B2')?.message).toBe('You do not have permission to call setValue');
    expect(value('A1')).toBe('seen');
    expect(value('B3')).toBe('');
  });

  it('a function without @customfunction, or ending in _, is an unknown function to a cell', () => {
    const { type, value } = sheetWith(
      { values: [] },
      `
function HELPER() { return 1; }
/** @customfunction */
function PRIVATE_() { return 2; }`,
    );
    type('A1', '=HELPER()');
    type('A2', '=PRIVATE_()');
    expect([value('A1'), value('A2')]).toEqual(['#NAME?', '#NAME?']);
  });

  it('a Date answer reads back as a Date, in its own cell and spilled', () => {
    const { type, value } = sheetWith(
      { values: [] },
      `
/** @customfunction */
function DUE() { return new Date(Date.UTC(2026, 11, 31)); }
/** @customfunction */
function DUES() { return [[new Date(Date.UTC(2026, 11, 31))], [new Date(Date.UTC(2027, 2, 31))]]; }`,
    );
    type('A1', '=DUE()');
    type('B1', '=DUES()');
    expect([value('A1'), value('B1'), value('B2')]).toEqual([day('2026-12-31'), day('2026-12-31'), day('2027-03-31')]);
  });

  it('a saved and reopened workbook (the playground file) spills again instead of blocking on its own results', () => {
    const { type, workbook } = sheetWith({
      values: [
        [0, 10, 5],
        [0, 10, 6],
      ],
    });
    type('D1', '=OKR_SCORE(A1:A2,B1:B2,C1:C2)');
    expect(
      workbook
        .read('S')
        .values()
        .map((row) => row[3]),
    ).toEqual([0.5, 0.6]);
    const saved = workbook.toJSON();
    expect(saved.sheets[0]?.cells.D2).toEqual({ value: 0.6, spilled: true });
    const reopened = restoreWorkbook(saved);
    loadAddon({ code, workbook: reopened, now: NOW });
    expect(
      reopened
        .read('S')
        .values()
        .map((row) => row[3]),
    ).toEqual([0.5, 0.6]);
  });

  it('formulas reading spilled cells follow the spill, also when a spilled value becomes blank', () => {
    const { type, value } = sheetWith(
      { values: [[5]] },
      `
/** @customfunction */
function PAIR(second) { return [[1], [second]]; }`,
    );
    type('B1', '=PAIR(A1)');
    type('C1', '=LEN(B2)');
    expect([value('B2'), value('C1')]).toEqual([5, 1]);
    type('A1', '');
    expect([value('B2'), value('C1')]).toEqual(['', 0]);
  });
});
