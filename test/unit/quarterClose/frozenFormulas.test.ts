import { describe, expect, it } from 'vitest';
import { frozenFormulaPatches } from '../../../src/core/quarterClose/frozenFormulas';

describe('frozenFormulaPatches: a closed quarter freezes its formula cells and nothing else', () => {
  it('gives each formula cell its shown value and leaves every other cell undefined (untouched)', () => {
    const values = [
      ['Objective', 'Current', 'Notes'],
      ['Grow', 38, '3/4/2026'],
      ['', 12, 'text'],
      ['Keep', 'shown text', ''],
    ];
    const formulas = [
      ['', '', ''],
      ['', '=COUNTA(A:A)', ''],
      ['', '', ''],
      ['', '=B2&""', ''],
    ];
    expect(frozenFormulaPatches(values, formulas)).toEqual([
      { column: 1, firstRow: 0, values: [undefined, 38, undefined, 'shown text'] },
    ]);
  });

  it('has no patch for a table without formulas', () => {
    expect(frozenFormulaPatches([['a', 1]], [['', '']])).toEqual([]);
    expect(frozenFormulaPatches([], [])).toEqual([]);
  });

  it('a formula whose value is blank is frozen to blank', () => {
    expect(frozenFormulaPatches([['']], [['=""']])).toEqual([{ column: 0, firstRow: 0, values: [''] }]);
  });
});
