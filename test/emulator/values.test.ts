import { describe, expect, it } from 'vitest';
import { servicesFor, thrown } from './helpers';

const fixture = {
  Data: {
    values: [
      ['Name', 'Share', 'Due', 'Done', 'Count'],
      ['MRR', 0.45, new Date('2026-12-31T00:00:00Z'), true, 3],
      ['Churn', '', '', false, ''],
    ],
    numberFormats: { 'B2:B3': '0%' },
    formulas: { E3: { formula: '=E2*2', value: 6 } },
  },
};

function data() {
  const env = servicesFor(fixture);
  const sheet = env.spreadsheet.getSheetByName('Data');
  if (sheet === null) throw new Error('no Data');
  return { ...env, sheet };
}

describe('Range values (contract §3)', () => {
  it('getValues: \'Object[][] … element types are Number, Boolean, Date or String. Empty cell = ""\'', () => {
    const { sheet } = data();
    const values = sheet.getRange(2, 1, 2, 5).getValues();
    expect(values).toEqual([
      ['MRR', 0.45, new Date('2026-12-31T00:00:00Z'), true, 3],
      ['Churn', '', '', false, 6],
    ]);
    for (const value of values.flat()) expect(['number', 'boolean', 'string', 'object']).toContain(typeof value);
    expect(
      values
        .flat()
        .filter((value) => typeof value === 'object')
        .every((value) => value instanceof Date),
    ).toBe(true);
  });

  it("type mapping by cell format: 'Percent → decimal number (10% → 0.1)'", () => {
    const { sheet } = data();
    expect(sheet.getRange('B2').getValue()).toBe(0.45);
    expect(sheet.getRange('B2').getDisplayValue()).toBe('45%');
  });

  it("type mapping by cell format: 'Date … → JS Date', and every read is a fresh copy", () => {
    const { sheet, workbook } = data();
    const first = sheet.getRange('C2').getValue() as Date;
    expect(first).toBeInstanceOf(Date);
    first.setUTCFullYear(1999);
    expect(sheet.getRange('C2').getValue()).toEqual(new Date('2026-12-31T00:00:00Z'));
    expect(workbook.read('Data').cell('C2').value).toEqual(new Date('2026-12-31T00:00:00Z'));
  });

  it("getRange overloads: 'Rows and columns are 1-based'", () => {
    const { sheet } = data();
    expect(sheet.getRange(1, 1).getValue()).toBe('Name');
    expect(sheet.getRange(2, 2, 1, 1).getA1Notation()).toBe('B2');
    expect(sheet.getRange(1, 1, 2, 5).getA1Notation()).toBe('A1:E2');
  });

  it("setValues dimension mismatch: 'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.'", () => {
    const { sheet } = data();
    const error = thrown(() => sheet.getRange(1, 1, 2, 4).setValues([[1, 2, 3, 4]]));
    expect(error.message).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it("setValues dimension mismatch: 'Columns (checked per row; jagged rows trigger it) … The data has 5 but the range has 4.'", () => {
    const { sheet, workbook } = data();
    const before = workbook.toJSON();
    const error = thrown(() =>
      sheet.getRange(1, 1, 2, 4).setValues([
        [1, 2, 3, 4],
        [1, 2, 3, 4, 5],
      ]),
    );
    expect(error.message).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
    expect(workbook.toJSON()).toEqual(before);
  });

  it("setValues with a non-2-D argument: 'The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.'", () => {
    const { sheet } = data();
    expect(thrown(() => sheet.getRange('A1').setValues([1] as never)).message).toBe(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('Service exception object: \'Thrown errors have name === "Exception"\'', () => {
    const { sheet } = data();
    expect(thrown(() => sheet.getRange(0, 1)).name).toBe('Exception');
    expect(thrown(() => sheet.getRange(1, 1, 2, 4).setValues([[1]])).name).toBe('Exception');
  });

  it("setValue / setValues: 'a string beginning with = is stored as a formula'", () => {
    const { sheet, workbook } = data();
    sheet.getRange('F1').setValue('=SUM(E2:E3)');
    sheet.getRange('G1:H1').setValues([['=A1', 'plain']]);
    // Formulas are computed (getValues returns results): E2:E3 hold 3 and 6.
    expect(workbook.read('Data').cell('F1')).toMatchObject({ formula: '=SUM(E2:E3)', value: 9 });
    expect(sheet.getRange('F1:H1').getFormulas()).toEqual([['=SUM(E2:E3)', '=A1', '']]);
    expect(sheet.getRange('H1').getValue()).toBe('plain');
  });

  it('getFormulas: "\'\' for cells with no formula"', () => {
    const { sheet } = data();
    expect(sheet.getRange('D3:E3').getFormulas()).toEqual([['', '=E2*2']]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  it('writing a value over a formula removes the formula', () => {
    const { sheet } = data();
    sheet.getRange('E3').setValue(7);
    expect(sheet.getRange('E3').getFormula()).toBe('');
    expect(sheet.getRange('E3').getValue()).toBe(7);
  });

  it("strings are parsed as user input: \"the doc example writes ['2.000','1,000,000','$2.99'] … numbers and currency are recognised\"", () => {
    const { sheet } = data();
    sheet.getRange('A5:D5').setValues([['2.000', '1,000,000', '$2.99', '45%']]);
    expect(sheet.getRange('A5:D5').getValues()).toEqual([[2, 1000000, 2.99, 0.45]]);
    expect(sheet.getRange('A5:D5').getDisplayValues()).toEqual([['2', '1,000,000', '$2.99', '45%']]);
  });

  it('leading apostrophe: "setValue(\\"\'0123\\") stores the text 0123 … \\"\'=A1\\" is stored as text"', () => {
    const { sheet } = data();
    sheet.getRange('A6:B6').setValues([["'0123", "'=A1"]]);
    expect(sheet.getRange('A6:B6').getValues()).toEqual([['0123', '=A1']]);
    expect(sheet.getRange('A6:B6').getFormulas()).toEqual([['', '']]);
  });

  it("a cell formatted as plain text ('@') keeps strings as typed", () => {
    const { sheet } = data();
    sheet.getRange('A7').setNumberFormat('@').setValue('1.10');
    expect(sheet.getRange('A7').getValue()).toBe('1.10');
  });

  it('status and id strings stay strings', () => {
    const { sheet } = data();
    const texts = [['OK', 'INVALID: target equals start', '2026-Q4', 'O1.2', 'K1']];
    sheet.getRange('A8:E8').setValues(texts);
    expect(sheet.getRange('A8:E8').getValues()).toEqual(texts);
  });

  it('Dates passed in are copied on store', () => {
    const { sheet } = data();
    const due = new Date('2027-03-31T00:00:00Z');
    sheet.getRange('C3').setValue(due);
    due.setUTCFullYear(2000);
    expect(sheet.getRange('C3').getValue()).toEqual(new Date('2027-03-31T00:00:00Z'));
  });

  it('setValue on a multi-cell range sets every cell; null clears', () => {
    const { sheet } = data();
    sheet.getRange('A10:B11').setValue(5);
    expect(sheet.getRange('A10:B11').getValues()).toEqual([
      [5, 5],
      [5, 5],
    ]);
    sheet.getRange('A10:B11').setValue(null);
    expect(sheet.getRange('A10:B11').getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  it("clearContent: 'clears values and keeps formatting'", () => {
    const { sheet } = data();
    sheet.getRange('B2').setBackground('#ff0000').clearContent();
    expect(sheet.getRange('B2').getValue()).toBe('');
    expect(sheet.getRange('B2').getBackground()).toBe('#ff0000');
    expect(sheet.getRange('B2').getNumberFormat()).toBe('0%');
  });

  it('Scripted edits fire no triggers: writes never reach onEdit (there is no trigger path from a Range write)', () => {
    // The services have no reference to the script; onEdit is dispatched only by addon.edit (see loader tests).
    const { sheet, services } = data();
    sheet.getRange('A1').setValue('x');
    expect(services.state.logs).toEqual([]);
  });
});
