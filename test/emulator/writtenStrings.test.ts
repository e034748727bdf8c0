// What a string a script writes becomes (contract §16 "how written strings are parsed"), and the
// 50,000-character cell limit (§16 "50,000 characters per cell"). docs/emulator.md lists each form's
// source and confidence.
import { describe, expect, it } from 'vitest';
import { createWorkbook, emulateServices } from '../../emulator/index';
import { thrown } from './helpers';
import { anyOf } from '../matchers';

const LIMIT_MESSAGE = 'Your input contains more than the maximum of 50000 characters in a single cell.';

function sheetIn(timeZone = 'Etc/UTC') {
  const workbook = createWorkbook({ timeZone, sheets: { Data: { values: [['before', 'before', 'before']] } } });
  const services = emulateServices({ workbook, now: new Date('2026-11-23T09:00:00Z') });
  const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data')!;
  return { workbook, sheet };
}

/** The stored value and format of one string written with setValue. */
function written(text: string, timeZone = 'Etc/UTC') {
  const { workbook, sheet } = sheetIn(timeZone);
  sheet.getRange('B2').setValue(text);
  const cell = workbook.read('Data').cell('B2');
  return { value: cell.value, format: cell.numberFormat, shown: sheet.getRange('B2').getDisplayValue() };
}

const utc = (iso: string): Date => new Date(`${iso}Z`);

describe('strings a script writes are parsed as Sheets parses typed input (en_US)', () => {
  it.each([
    ['3/4/2026', utc('2026-03-04T00:00:00'), '3/4/2026'],
    ['12/31/26', utc('2026-12-31T00:00:00'), '12/31/2026'],
    ['3/4', utc('2026-03-04T00:00:00'), '3/4'], // no year: the current year (the clock says 2026)
    ['1-2', utc('2026-01-02T00:00:00'), '1/2'],
    ['5 Dec', utc('2026-12-05T00:00:00'), '5 Dec'],
    ['Dec 5', utc('2026-12-05T00:00:00'), 'Dec 5'],
    ['5 December 2026', utc('2026-12-05T00:00:00'), '5 Dec 2026'],
    ['December 5, 2027', utc('2027-12-05T00:00:00'), 'Dec 5, 2027'],
    ['Mar 1 2016', utc('2016-03-01T00:00:00'), 'Mar 1, 2016'], // the Sheets API's own example
    ['3/4/2026 12:30', utc('2026-03-04T12:30:00'), '3/4/2026 12:30:00'],
    ['2026-03-04 09:15', utc('2026-03-04T09:15:00'), '2026-03-04 09:15:00'],
  ])('%j becomes a date', (text, date, shown) => {
    expect(written(text)).toEqual({ value: date, format: anyOf(String), shown });
  });

  it.each([
    ['12:30', '1899-12-30T12:30:00', '12:30:00'],
    ['12:30:15', '1899-12-30T12:30:15', '12:30:15'],
    ['9:30 am', '1899-12-30T09:30:00', '9:30:00 AM'],
    ['9:30 PM', '1899-12-30T21:30:00', '9:30:00 PM'],
    ['9pm', '1899-12-30T21:00:00', '9:00:00 PM'],
  ])('%j becomes a time on the 1899-12-30 epoch', (text, iso, shown) => {
    expect(written(text)).toEqual({ value: utc(iso), format: anyOf(String), shown });
  });

  it('a time is on the epoch in the spreadsheet zone, not UTC', () => {
    expect((written('12:30', 'Europe/Berlin').value as Date).getTime()).toBeLessThan(
      utc('1899-12-30T12:30:00').getTime(),
    );
    expect(written('12:30', 'Europe/Berlin').shown).toBe('12:30:00');
  });

  it.each([
    ['1e3', 1000],
    ['1E-2', 0.01],
    ['+1', 1],
    ['+12.5', 12.5],
    ['(12)', -12],
    ['($1,200.50)', -1200.5],
    ['22 34', 2234],
    ['  7  ', 7],
  ])('%j becomes the number %d', (text, value) => {
    expect(written(text).value).toBe(value);
  });

  it('a number beyond the double range (1e999) becomes the #NUM! error, never Infinity', () => {
    expect(written('1e999').value).toBe('#NUM!');
    expect(written('-1e999').value).toBe('#NUM!');
  });

  it.each([
    'e5',
    '3/4/2026x',
    '13/45',
    '2/30/2026',
    '25:61',
    '13:00 pm',
    'Dec',
    'Decimal 5',
    '5 Decimal',
    '1.2.3',
    '-',
    '+',
    '()',
    '12:30 tomorrow',
    'O1.2',
    '2026-Q4',
  ])('%j stays text', (text) => {
    expect(written(text).value).toBe(text);
  });

  it('a leading apostrophe keeps any of them text, and the apostrophe is not part of the value', () => {
    for (const text of ['3/4/2026', '12:30', '5 Dec', '1e999', '(12)', "'quoted", ' padded ']) {
      expect(written(`'${text}`).value).toBe(text);
    }
  });

  it('appendRow parses the same way', () => {
    const { workbook, sheet } = sheetIn();
    sheet.appendRow(['3/4', '9:30 am', "'3/4"]);
    expect(workbook.read('Data').values()[1]).toEqual([utc('2026-03-04T00:00:00'), utc('1899-12-30T09:30:00'), '3/4']);
  });
});

describe('a cell holds at most 50,000 characters (contract §16)', () => {
  const longest = 'x'.repeat(50_000);
  const tooLong = 'x'.repeat(50_001);

  it('50,000 characters are written', () => {
    const { sheet } = sheetIn();
    sheet.getRange('A1').setValue(longest);
    expect(sheet.getRange('A1').getValue()).toBe(longest);
  });

  it.each([
    ['setValue', (sheet: GoogleAppsScript.Spreadsheet.Sheet) => sheet.getRange('A1:C1').setValue(tooLong)],
    [
      'setValues',
      (sheet: GoogleAppsScript.Spreadsheet.Sheet) => sheet.getRange('A1:C1').setValues([['new', 'new', tooLong]]),
    ],
    ['appendRow', (sheet: GoogleAppsScript.Spreadsheet.Sheet) => sheet.appendRow(['new', tooLong])],
    ['setFormula', (sheet: GoogleAppsScript.Spreadsheet.Sheet) => sheet.getRange('A1:C1').setFormula(`="${tooLong}"`)],
    [
      'setFormulas',
      (sheet: GoogleAppsScript.Spreadsheet.Sheet) =>
        sheet.getRange('A1:C1').setFormulas([['=1', '=2', `="${tooLong}"`]]),
    ],
  ])("%s with a longer string throws Google's error and writes nothing of that call", (_method, write) => {
    const { workbook, sheet } = sheetIn();
    const before = workbook.toJSON();
    const error = thrown(() => write(sheet));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe(LIMIT_MESSAGE);
    expect(workbook.toJSON()).toEqual(before);
  });

  it('setNote and setNotes hold to the same limit (inferred)', () => {
    const { workbook, sheet } = sheetIn();
    const before = workbook.toJSON();
    expect(thrown(() => sheet.getRange('A1').setNote(tooLong)).message).toBe(LIMIT_MESSAGE);
    expect(thrown(() => sheet.getRange('A1:B1').setNotes([['fine', tooLong]])).message).toBe(LIMIT_MESSAGE);
    expect(workbook.toJSON()).toEqual(before);
  });
});
