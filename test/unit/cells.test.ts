import { describe, it, expect } from 'vitest';
import {
  errorValue,
  isBlank,
  readCheckbox,
  readDate,
  readDateOrSerial,
  readNumber,
  readNumberOrCheckbox,
  readText,
  type Cell,
  type CellReading,
} from '../../src/core/cells';
import { isoDate } from '../../src/core/dates';

const value = <T>(v: T): CellReading<T> => ({ kind: 'value', value: v });
const invalid = (why: string): CellReading<never> => ({ kind: 'invalid', why });
const blank: CellReading<never> = { kind: 'blank' };

/** Dates compare as ISO days so a failure shows which day came out. */
function dateReading(reading: CellReading<Date>): CellReading<string> {
  return reading.kind === 'value' ? value(isoDate(reading.value)) : reading;
}

describe('readNumber', () => {
  it.each<[Cell, number]>([
    [42, 42],
    [-0.5, -0.5],
    [0, 0],
    ['42', 42],
    ['  42  ', 42],
    ['45%', 0.45],
    ['45 %', 0.45],
    ['12.5%', 0.125],
    ['33.3%', 0.333],
    ['-5%', -0.05],
    ['$1,200', 1200],
    ['$ 1,200', 1200],
    ['1,200$', 1200],
    ['€1200', 1200],
    ['1200 €', 1200],
    ['1.200,50 €', 1200.5],
    ['£3', 3],
    ['¥1,000', 1000],
    ['-$5', -5],
    ['$-5', -5],
    ['-5', -5],
    ['+5', 5],
    ['\u22125', -5],
    ['(1,200)', -1200],
    ['($1,200)', -1200],
    ['1,200.50', 1200.5],
    ['1.200,50', 1200.5],
    ['1.200.000', 1200000],
    ['1 200,5', 1200.5],
    ['1\u00a0200,5', 1200.5],
    ['1\u202f200,5', 1200.5],
    ['1 200 000', 1200000],
    ['1 200.5', 1200.5],
    ['1,5', 1.5],
    ['1,25', 1.25],
    ['1,2345', 1.2345],
    ['0,500', 0.5],
    ['1234,567', 1234.567],
    ['1,200', 1200],
    ['1,200,000', 1200000],
    ['1.200', 1.2],
    ['.5', 0.5],
    ['1e3', 1000],
    ['1.5E-3', 0.0015],
    ['-2e+2', -200],
    ['0', 0],
    ['-0', 0],
  ])('%j → %d', (cell, expected) => {
    expect(readNumber(cell)).toEqual(value(expected));
  });

  it.each<Cell>(['', '   ', '\u00a0'])('%j is blank', (cell) => {
    expect(readNumber(cell)).toEqual(blank);
  });

  // People type these for "no reading yet": grey NO DATA, not a purple INVALID. A formula's #N/A stays invalid.
  it.each<Cell>(['N/A', 'n/a', 'NA', 'TBD', 'tbc', '-', '–', '—', '?', '…', ' n/a '])(
    'placeholder %j is blank',
    (cell) => {
      expect(readNumber(cell)).toEqual(blank);
      expect(readDate(cell)).toEqual(blank);
    },
  );

  it.each<[Cell, string]>([
    [Number.NaN, 'NaN is not a number'],
    [Number.POSITIVE_INFINITY, 'Infinity is not a number'],
    [Number.NEGATIVE_INFINITY, '-Infinity is not a number'],
    [true, 'TRUE is a checkbox, not a number'],
    [false, 'FALSE is a checkbox, not a number'],
    [new Date(2026, 0, 1), 'a date, not a number'],
    ['abc', '"abc" is not a number'],
    ['  abc ', '"abc" is not a number'],
    ['12abc', '"12abc" is not a number'],
    ['1,2,3', '"1,2,3" is not a number'],
    ['1.2.3', '"1.2.3" is not a number'],
    ['12,34,567', '"12,34,567" is not a number'],
    ['--5', '"--5" is not a number'],
    ['+-5', '"+-5" is not a number'],
    ['$5€', '"$5€" is not a number'],
    ['$45%', '"$45%" is not a number'],
    ['-(5)', '"-(5)" is not a number'],
    ['(-5)', '"(-5)" is not a number'],
    ['1,200e3', '"1,200e3" is not a number'],
    ['%', '"%" is not a number'],
    ['$', '"$" is not a number'],
    ['1e999', '"1e999" is not a number'],
    ['#N/A', 'error value #N/A'],
    ['#REF!', 'error value #REF!'],
    ['#DIV/0!', 'error value #DIV/0!'],
    ['#VALUE!', 'error value #VALUE!'],
    ['#NAME?', 'error value #NAME?'],
    ['#NUM!', 'error value #NUM!'],
    ['#NULL!', 'error value #NULL!'],
    ['#ERROR!', 'error value #ERROR!'],
    ['#SPILL!', 'error value #SPILL!'],
    ['#CALC!', 'error value #CALC!'],
  ])('%j is invalid: %s', (cell, why) => {
    expect(readNumber(cell)).toEqual(invalid(why));
  });
});

describe('readDate', () => {
  it.each<[Cell, string]>([
    [new Date(2026, 11, 31), '2026-12-31'],
    [new Date(2026, 11, 31, 18, 45), '2026-12-31'],
    ['2026-12-31', '2026-12-31'],
    ['2026-1-5', '2026-01-05'],
    ['2026/12/31', '2026-12-31'],
    ['2026.12.31', '2026-12-31'],
    ['2026-12-31T10:00:00Z', '2026-12-31'],
    ['2026-12-31T23:30:00.000+05:00', '2026-12-31'],
    ['2026-12-31 10:00', '2026-12-31'],
    ['31 Dec 2026', '2026-12-31'],
    ['31 December 2026', '2026-12-31'],
    ['31-Dec-2026', '2026-12-31'],
    ['1st Sept 2026', '2026-09-01'],
    ['Dec 31, 2026', '2026-12-31'],
    ['December 31 2026', '2026-12-31'],
    ['dec. 31, 2026', '2026-12-31'],
    ['31/12/2026', '2026-12-31'],
    ['12/31/2026', '2026-12-31'],
    ['31.12.2026', '2026-12-31'],
    ['03/03/2026', '2026-03-03'],
    ['2028-02-29', '2028-02-29'],
    ['29 Feb 2028', '2028-02-29'],
  ])('%j → %s', (cell, expected) => {
    expect(dateReading(readDate(cell))).toEqual(value(expected));
  });

  it('returns local midnight', () => {
    const reading = readDate(new Date(2026, 5, 1, 15, 20));
    expect(reading.kind === 'value' && reading.value.getHours()).toBe(0);
    const fromText = readDate('2026-06-01T15:20:00Z');
    expect(fromText.kind === 'value' && fromText.value.getTime()).toBe(new Date(2026, 5, 1).getTime());
  });

  it.each<Cell>(['', '  '])('%j is blank', (cell) => {
    expect(readDate(cell)).toEqual(blank);
  });

  it.each<[Cell, string]>([
    [new Date(Number.NaN), 'not a valid date'],
    [Number.NaN, 'NaN is not a date'],
    [true, 'TRUE is a checkbox, not a date'],
    ['03/04/2026', '"03/04/2026" is ambiguous — use 2026-04-03'],
    ['12/11/2026', '"12/11/2026" is ambiguous — use 2026-11-12'],
    ['13/13/2026', '"13/13/2026" is not a date'],
    ['31/02/2026', '"31/02/2026" is not a date'],
    ['2026-02-30', '"2026-02-30" is not a date'],
    ['2026-02-29', '"2026-02-29" is not a date'],
    ['2026-13-01', '"2026-13-01" is not a date'],
    ['2026-00-10', '"2026-00-10" is not a date'],
    ['31 Foo 2026', '"31 Foo 2026" is not a date'],
    ['31 De 2026', '"31 De 2026" is not a date'],
    ['tomorrow', '"tomorrow" is not a date'],
    ['2026', '"2026" is not a date'],
    ['#N/A', 'error value #N/A'],
    ['#REF!', 'error value #REF!'],
  ])('%j is invalid: %s', (cell, why) => {
    expect(readDate(cell)).toEqual(invalid(why));
  });
});

describe('readDate of a number', () => {
  // A date-formatted cell reaches the script as a Date; a number is what the person sees in the cell.
  it.each<[Cell, string]>([
    [45, '45 is a number, not a date'],
    [46387, '46387 is a number, not a date'],
    [0, '0 is a number, not a date'],
    [-5, '-5 is a number, not a date'],
    [Number.POSITIVE_INFINITY, 'Infinity is not a date'],
  ])('%j is invalid: %s', (cell, why) => {
    expect(readDate(cell)).toEqual(invalid(why));
  });
});

describe('readDateOrSerial', () => {
  it.each<[Cell, string]>([
    [1, '1899-12-31'],
    [46022, '2025-12-31'],
    [46387, '2026-12-31'],
    [46387.75, '2026-12-31'],
    [2958465, '9999-12-31'],
    [new Date(2026, 11, 31, 18, 45), '2026-12-31'],
    ['31 Dec 2026', '2026-12-31'],
  ])('%j → %s', (cell, expected) => {
    expect(dateReading(readDateOrSerial(cell))).toEqual(value(expected));
  });

  it.each<[Cell, string]>([
    [0, '0 is not a date'],
    [-5, '-5 is not a date'],
    [2958466, '2958466 is not a date'],
    [Number.NaN, 'NaN is not a date'],
    ['#REF!', 'error value #REF!'],
  ])('%j is invalid: %s', (cell, why) => {
    expect(readDateOrSerial(cell)).toEqual(invalid(why));
  });
});

describe('readText', () => {
  it.each<[Cell, string]>([
    ['  Revenue ', 'Revenue'],
    ['', ''],
    [42, '42'],
    [0.5, '0.5'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [new Date(2026, 11, 31, 9), '2026-12-31'],
    [new Date(Number.NaN), ''],
  ])('%j → %j', (cell, expected) => {
    expect(readText(cell)).toBe(expected);
  });
});

describe('readCheckbox', () => {
  it.each<[Cell, boolean]>([
    [true, true],
    [false, false],
    ['TRUE', true],
    ['true', true],
    [' False ', false],
    ['yes', true],
    ['YES', true],
    ['No', false],
  ])('%j → %s', (cell, expected) => {
    expect(readCheckbox(cell)).toEqual(value(expected));
  });

  it('reads blank as blank', () => {
    expect(readCheckbox('')).toEqual(blank);
  });

  it.each<[Cell, string]>([
    ['maybe', '"maybe" is not TRUE or FALSE'],
    [1, '1 is not TRUE or FALSE'],
    [new Date(2026, 0, 1), 'a date, not TRUE or FALSE'],
    ['#N/A', 'error value #N/A'],
  ])('%j is invalid: %s', (cell, why) => {
    expect(readCheckbox(cell)).toEqual(invalid(why));
  });
});

describe('readNumberOrCheckbox', () => {
  it.each<[Cell, CellReading<number | boolean>]>([
    [true, value(true)],
    ['FALSE', value(false)],
    ['yes', value(true)],
    [0.4, value(0.4)],
    ['40%', value(0.4)],
    [1, value(1)],
    ['', blank],
    ['abc', invalid('"abc" is not a number')],
  ])('%j', (cell, expected) => {
    expect(readNumberOrCheckbox(cell)).toEqual(expected);
  });
});

describe('isBlank', () => {
  it.each<[Cell, boolean]>([
    ['', true],
    ['  ', true],
    [0, false],
    [false, false],
    ['x', false],
    [new Date(2026, 0, 1), false],
  ])('%j → %s', (cell, expected) => {
    expect(isBlank(cell)).toBe(expected);
  });

  it('treats an omitted argument as blank', () => {
    expect(isBlank(undefined as unknown as Cell)).toBe(true);
  });
});

describe('errorValue', () => {
  it.each<[Cell, string | undefined]>([
    ['#N/A', '#N/A'],
    [' #n/a ', '#N/A'],
    ['#DIV/0!', '#DIV/0!'],
    ['#CALC!', '#CALC!'],
    ['#FOO!', undefined],
    ['N/A', undefined],
    [42, undefined],
    [true, undefined],
  ])('%j → %s', (cell, expected) => {
    expect(errorValue(cell)).toBe(expected);
  });
});
