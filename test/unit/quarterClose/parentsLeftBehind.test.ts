// A close removes rows; an objective that stays and aligns to one of them is named in the preview.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells';
import { parentsLeftBehind } from '../../../src/core/quarterClose/parentsLeftBehind';
import { quarterRows, removedRows } from '../../../src/core/quarterClose/roll';
import { ofQuarter } from '../../../src/core/quarterClose/plan';
import type { ImportedObjective } from '../../../src/core/teams/importedOkrs';
import { buildWorkbook } from '../../../src/core/workbook/workbook';
import { TODAY } from '../../fixtures/examples';

const HEADER = ['ID', 'Quarter', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'Parent'];

function objective(id: string, quarter: string, parent: string, currents: Cell[]): Cell[][] {
  return [
    [id, quarter, `${id} objective`, '', '', '', '', parent],
    ...currents.map((current, index) => [`${id}.${index + 1}`, quarter, '', `${id} result`, 0, 1, current, '']),
  ];
}

const imported: ImportedObjective = {
  id: 'X1',
  text: 'Design system',
  owner: 'Lead',
  team: 'Design',
  parent: 'c2',
  quarter: '2026-Q4',
  score: 0.5,
  status: 'ON TRACK',
  keyResults: [],
  source: 'https://docs.google.com/spreadsheets/d/design',
};

function objectives() {
  const built = buildWorkbook({
    okrs: {
      values: [
        HEADER,
        ...objective('C1', '2026-Q4', '', [1, 0.5]), // C1.1 met, C1.2 kept
        ...objective('C2', '2026-Q4', '', [1, 1]), // every key result met: C2 leaves with them
        ...objective('T1', '2026-Q4', 'C1.1', [0.3]),
        ...objective('T2', '2026-Q4', 'C1.2', [0.3]),
        ...objective('T3', '2026-Q4', 'C2', [0.3]),
        ...objective('N1', '2027-Q1', 'C1.2', [0.1]), // planned ahead: stays with either choice
      ],
      formulas: [],
    },
    kpis: { values: [['ID', 'KPI', 'Min']], formulas: [] },
    today: TODAY,
    fiscalStartMonth: 1,
    imported: [imported],
  });
  if (!built.ok) throw new Error(built.problems.join('; '));
  return built.workbook;
}

describe('parentsLeftBehind', () => {
  const book = objectives();
  const closing = ofQuarter(book.objectives, '2026-Q4', 1);

  it('keeping unfinished key results: names objectives aligned to a met key result or an objective met whole', () => {
    const found = parentsLeftBehind(book.objectives, book.imported, removedRows(closing), '2027-Q1');
    expect(found.map(({ id, parent }) => [id, parent])).toEqual([
      ['T1', 'C1.1'],
      ['T3', 'C2'],
      ['X1', 'C2'],
    ]);
    expect(found[2]?.text).toBe(
      'X1 "Design system" (Design) aligns to C2, which this close removes from the OKRs tab: ask Design to give it a Parent in 2027-Q1.',
    );
  });

  it('starting empty: names only what stays, the next quarter planned ahead and the imported objectives', () => {
    const found = parentsLeftBehind(book.objectives, book.imported, quarterRows(closing), '2027-Q1');
    expect(found.map(({ id, parent }) => [id, parent])).toEqual([
      ['N1', 'C1.2'],
      ['X1', 'C2'],
    ]);
  });
});
