import { describe, expect, it } from 'vitest';
import { columnToLetters, lettersToColumn, parseA1, rangeA1 } from '../../emulator/a1';

describe('A1 notation', () => {
  it('converts columns both ways past Z', () => {
    expect([1, 26, 27, 52, 703].map(columnToLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(['A', 'z', 'AA', 'AAA'].map(lettersToColumn)).toEqual([1, 26, 27, 703]);
  });

  it('parses cells, ranges, open ranges and sheet-qualified references', () => {
    expect(parseA1('B3')).toEqual({ sheetName: null, row: 3, column: 2, lastRow: 3, lastColumn: 2 });
    expect(parseA1('C9:A1')).toEqual({ sheetName: null, row: 1, column: 1, lastRow: 9, lastColumn: 3 });
    expect(parseA1('A:B')).toEqual({ sheetName: null, row: 1, column: 1, lastRow: null, lastColumn: 2 });
    expect(parseA1('2:3')).toEqual({ sheetName: null, row: 2, column: 1, lastRow: 3, lastColumn: null });
    expect(parseA1('A2:C')).toEqual({ sheetName: null, row: 2, column: 1, lastRow: null, lastColumn: 3 });
    expect(parseA1("'It''s'!$A$1")).toEqual({ sheetName: "It's", row: 1, column: 1, lastRow: 1, lastColumn: 1 });
    expect(parseA1('KPIs!A1:B2')?.sheetName).toBe('KPIs');
    for (const bad of ['', 'A', '1', 'A0', 'A1:B2:C3', '!!']) expect(parseA1(bad)).toBeNull();
  });

  it('formats ranges: \'getRange(1,1,2,5).getA1Notation() → "A1:E2"; a single cell → "A1"\'', () => {
    expect(rangeA1(1, 1, 2, 5)).toBe('A1:E2');
    expect(rangeA1(1, 1, 1, 1)).toBe('A1');
  });
});
