// When an edit also reads other teams' objectives (the Team OKRs tab): only when a key result it read may be
// rolled up, or an edited key result may just have stopped being rolled up. Rows are 0-based.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells';
import { mayNeedImports } from '../../../src/core/okr/objectiveRows';
import { chainMayRollUp } from '../../../src/core/teams/rollUpChain';
import { buildWorkbook } from '../../../src/core/workbook/workbook';
import { TODAY } from '../../fixtures/examples';
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

describe('chainMayRollUp (a check-in)', () => {
  const rows: Cell[][] = [
    ['ID', 'Quarter', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'Parent'],
    ['C1', '2026-Q4', 'Company', '', '', '', '', ''], // 1
    ['C1.1', '2026-Q4', '', 'Measured', 0, 1, 0.5, ''], // 2
    ['C1.2', '2026-Q4', '', 'Rolled up', 0, 1, '', ''], // 3
    ['T1', '2026-Q4', 'Team', '', '', '', '', 'C1.2'], // 4
    ['T1.1', '2026-Q4', '', 'Leads', 0, 10, 4, ''], // 5
    ['X1', '2026-Q4', 'Unrelated', '', '', '', '', ''], // 6
    ['X1.1', '2026-Q4', '', 'Else', 0, 10, 4, ''], // 7
  ];
  const built = buildWorkbook({
    okrs: { values: rows, formulas: [] },
    kpis: { values: [['ID', 'KPI', 'Min', 'Current']], formulas: [] },
    today: TODAY,
    fiscalStartMonth: 1,
  });
  if (!built.ok) throw new Error(built.problems.join('; '));
  const model = built.workbook;

  it('is true for a key result beside one with nothing of its own, or feeding one up the chain', () => {
    expect(chainMayRollUp(new Set([2]), model)).toBe(true);
    expect(chainMayRollUp(new Set([5]), model)).toBe(true);
  });

  it('is false for an objective whose key results all have their own numbers and feed no roll-up', () => {
    expect(chainMayRollUp(new Set([7]), model)).toBe(false);
  });
});
