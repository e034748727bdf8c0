// Which rows an edit reads when objectives align: the chain the edited objective feeds, and the objectives
// aligned beside it, told from the ID, Objective and Parent columns alone. Rows are 0-based; spans [from, to).
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells';
import { alignmentSpans, objectiveSpans } from '../../../src/core/okr/objectiveRows';
import { findHeader, type HeaderMatch, type OkrColumn } from '../../../src/core/workbook/headers';

const HEADER = ['ID', 'Objective', 'Key Result', 'Target', 'Current', 'Parent'];

const TABLE: Cell[][] = [
  HEADER,
  ['C1', 'Company', '', '', '', ''], // 1
  ['C1.1', '', 'Rolled up', 1, '', ''], // 2
  ['T1', 'Team one', '', '', '', 'c1.1'], // 3: any case
  ['T1.1', '', 'Leads', 10, 4, ''], // 4
  ['T2', 'Team two', '', '', '', 'C1.1'], // 5: aligned beside T1
  ['T2.1', '', 'Deals', 10, 4, ''], // 6
  ['S1', 'Squad', '', '', '', 'T1.1'], // 7: below T1
  ['S1.1', '', 'Calls', 10, 4, ''], // 8
  ['X1', 'Unrelated', '', '', '', ''], // 9
  ['X1.1', '', 'Else', 10, 4, ''], // 10
  ['T4', 'Broken link', '', '', '', 'C9'], // 11
  ['T4.1', '', 'More', 10, 4, ''], // 12
];

function headerOf(values: Cell[][]): HeaderMatch<OkrColumn> {
  const found = findHeader('okrs', values);
  if (!found.ok) throw new Error(found.missing.join(', '));
  return found.header;
}

/** The grid an edit has before reading spans: only ID, Objective, Current and Parent of each row. */
function locatingOnly(values: Cell[][]): Cell[][] {
  return values.map((row, index) =>
    index === 0 ? row : row.map((cell, column) => ([0, 1, 4, 5].includes(column) ? cell : '')),
  );
}

function read(rows: number[], values: Cell[][] = TABLE) {
  const grid = locatingOnly(values);
  const header = headerOf(values);
  return alignmentSpans(grid, header, objectiveSpans(grid, header, rows));
}

describe('alignmentSpans', () => {
  it('follows the chain up from a squad and reads the objectives aligned beside each link', () => {
    // S1 → T1.1 (T1) → C1.1 (C1), and T2 beside T1: everything but X1 and T4.
    expect(read([8])).toEqual([{ from: 1, to: 9 }]);
  });

  it('reads nothing more for an objective with no Parent, or one whose Parent names nothing', () => {
    expect(read([10])).toEqual([{ from: 9, to: 11 }]);
    expect(read([12])).toEqual([{ from: 11, to: 13 }]);
  });

  it('reads the sources of every key result read that may be rolled up, and theirs in turn', () => {
    // Editing C1 reads C1.1 (blank Current, no KPI): T1 and T2 align to it. T1.1 has a Current, so S1 is not read.
    expect(read([2])).toEqual([{ from: 1, to: 7 }]);
    // With T1.1 blank too, S1 (aligned to it) is read as well.
    const deeper = TABLE.map((cells) => (cells[0] === 'T1.1' ? ['T1.1', '', 'Leads', 10, '', ''] : cells));
    expect(read([2], deeper)).toEqual([{ from: 1, to: 9 }]);
  });

  it('re-reads the roll-up a changed Parent named before', () => {
    const grid = locatingOnly(TABLE);
    const header = headerOf(TABLE);
    // X1's Parent was C1.1: C1 (owning it) and the objectives still aligned to it are read.
    expect(alignmentSpans(grid, header, objectiveSpans(grid, header, [9]), ['C1.1'])).toEqual([
      { from: 1, to: 7 },
      { from: 9, to: 11 },
    ]);
  });

  it('stops on a loop of Parents', () => {
    const loop: Cell[][] = [
      HEADER,
      ['A', 'A objective', '', '', '', 'B.1'],
      ['A.1', '', 'a', 1, 0, ''],
      ['B', 'B objective', '', '', '', 'A.1'],
      ['B.1', '', 'b', 1, '', ''],
      ['Z', 'Unrelated', '', '', '', ''],
    ];
    expect(read([2], loop)).toEqual([{ from: 1, to: 5 }]);
  });

  it('changes nothing on a tab without a Parent column', () => {
    const plain = TABLE.map((row) => row.slice(0, 5));
    const header = headerOf(plain);
    expect(alignmentSpans(plain, header, objectiveSpans(plain, header, [8]))).toEqual([{ from: 7, to: 9 }]);
  });
});
