// When an edit also reads other teams' objectives (the Team OKRs tab): only when a key result it read may be
// rolled up, or an edited key result may just have stopped being rolled up. Rows are 0-based.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells';
import { mayNeedImports } from '../../../src/core/okr/objectiveRows';
import { touchesColumns } from '../../../src/core/workbook/editedRows';
import { findHeader, type HeaderMatch, type OkrColumn } from '../../../src/core/workbook/headers';

const TABLE: Cell[][] = [
  ['ID', 'Objective', 'Key Result', 'Target', 'Current', 'KPI', 'Parent'],
  ['C1', 'Company', '', '', '', '', ''], // 1: an objective row, blank Current of its own
  ['C1.1', '', 'Measured', 1, 0.5, '', ''], // 2
  ['C1.2', '', 'Rolled up', 1, '', '', ''], // 3
  ['C1.3', '', 'Follows a KPI', 1, '', 'K2', ''], // 4
];

function headerOf(values: Cell[][]): HeaderMatch<OkrColumn> {
  const found = findHeader('okrs', values);
  if (!found.ok) throw new Error(found.missing.join(', '));
  return found.header;
}

describe('mayNeedImports', () => {
  const header = headerOf(TABLE);

  it('is true when a key result read has a blank Current and no KPI', () => {
    expect(mayNeedImports(TABLE, header, [1, 2, 3, 4])).toBe(true);
  });

  it('is false for objective rows, measured key results and key results following a KPI', () => {
    expect(mayNeedImports(TABLE, header, [1, 2, 4])).toBe(false);
  });

  it('is true when an edited key result may have just ended a roll-up, whatever it holds now', () => {
    expect(mayNeedImports(TABLE, header, [1, 2], [2])).toBe(true);
    expect(mayNeedImports(TABLE, header, [1, 2], [1])).toBe(false);
  });

  it('is false on a tab without a Parent column: nothing there can be rolled up', () => {
    const flat = TABLE.map((row) => row.slice(0, 6));
    expect(mayNeedImports(flat, headerOf(flat), [1, 2, 3], [3])).toBe(false);
  });
});

describe('touchesColumns', () => {
  it('tells whether an edited block (1-based) covers a 0-based column', () => {
    const block = { row: 2, column: 5, rows: 3, columns: 2 }; // E2:F4
    expect(touchesColumns(block, [4])).toBe(true);
    expect(touchesColumns(block, [5])).toBe(true);
    expect(touchesColumns(block, [3, 6, undefined])).toBe(false);
  });
});
