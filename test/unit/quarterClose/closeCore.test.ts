// The pure parts of closing a quarter: which KPI bounds move, what the roll writes and deletes, the
// journal's size limit.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells';
import { findHeader } from '../../../src/core/workbook/headers';
import { kpiLookup } from '../../../src/core/kpi/kpis';
import type { KeyResult, Objective } from '../../../src/core/okr/okrs';
import { boundMoves, boundPatches } from '../../../src/core/quarterClose/kpiBounds';
import { readJournal, writeJournal, type Journal } from '../../../src/core/quarterClose/journal';
import { ofQuarter } from '../../../src/core/quarterClose/plan';
import { deletionRuns, removedRows, rollPatches } from '../../../src/core/quarterClose/roll';
import { fakeKeyResult, fakeKpi, fakeObjective } from '../fakeModel';

function keyResult(part: Partial<KeyResult> & { id: string; row: number }): KeyResult {
  return fakeKeyResult({
    text: part.id,
    owner: '',
    quarter: '2026-Q4',
    weight: 1,
    kpi: '',
    score: 0.5,
    status: 'ON TRACK',
    ...part,
  });
}

/** An objective whose own row is `ownRow` (grouped layout), or with none (flat layout). */
function objectiveOf(id: string, ownRow: number | undefined, keyResults: KeyResult[]): Objective {
  return fakeObjective(id, ownRow, keyResults, { text: `${id} text`, owner: '', quarter: '2026-Q4' });
}

describe('boundMoves', () => {
  // The workbook's lookup: a key result's KPI cell finds its KPI by ID or name, any case.
  const kpis = kpiLookup([
    fakeKpi({ id: 'K1', name: 'NPS', min: 45 }),
    fakeKpi({ id: 'K2', name: 'Churn', max: 0.03 }),
    fakeKpi({ id: 'K3', name: 'Uptime', min: 0.99, max: 0.999 }),
  ]);
  const met = (id: string, kpi: string, start: number, target: number): KeyResult =>
    keyResult({ id, row: 1, kpi, start, target, current: target, score: 1 });

  it('a met rising key result raises Min to its target; a met falling one lowers Max; reported old and new', () => {
    const moves = boundMoves([objectiveOf('O1', 0, [met('O1.1', 'K1', 30, 50), met('O1.2', 'k2', 0.05, 0.02)])], kpis);
    expect(moves).toEqual([
      { kpiId: 'K1', kpi: 'NPS', bound: 'min', from: 45, to: 50, keyResultId: 'O1.1' },
      { kpiId: 'K2', kpi: 'Churn', bound: 'max', from: 0.03, to: 0.02, keyResultId: 'O1.2' },
    ]);
  });

  it('moves nothing that would loosen the range, cross the other bound, or was not met', () => {
    const objectives = [
      objectiveOf('O1', 0, [
        met('O1.1', 'K1', 30, 40), // Min 45 is already tighter
        met('O1.2', 'K2', 0.05, 0.04), // Max 3% is already tighter
        met('O1.3', 'K3', 0.98, 0.9995), // above Max 0.999: Min cannot pass it
        { ...met('O1.4', 'K1', 30, 60), score: 0.9 },
      ]),
    ];
    expect(boundMoves(objectives, kpis)).toEqual([]);
  });

  it('two met key results on one bound: the tighter target wins', () => {
    const moves = boundMoves(
      [objectiveOf('O1', 0, [met('O1.1', 'K1', 30, 50), met('O1.2', 'K1', 30, 55), met('O1.3', 'K1', 30, 48)])],
      kpis,
    );
    expect(moves.map((move) => [move.to, move.keyResultId])).toEqual([[55, 'O1.2']]);
  });

  it('writes the bounds by KPI ID, leaving every other cell alone', () => {
    const values: Cell[][] = [
      ['ID', 'KPI', 'Min', 'Max'],
      ['K2', 'Churn', '', 0.03],
      ['K1', 'NPS', 45, ''],
    ];
    const header = findHeader('kpis', values);
    if (!header.ok) throw new Error('header');
    const patches = boundPatches(values, header.header, [
      { kpiId: 'K1', kpi: 'NPS', bound: 'min', from: 45, to: 50, keyResultId: 'O1.1' },
    ]);
    expect(patches).toEqual([{ column: 2, firstRow: 1, values: [undefined, 50] }]);
  });
});

describe('the roll', () => {
  const values: Cell[][] = [
    ['ID', 'Quarter', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'Due', 'Confidence', 'KPI', 'Score'],
    ['O1', '2026-Q4', 'Grow', '', '', '', '', '', '', '', 0.5],
    ['O1.1', '2026-Q4', '', 'Leads', 0, 60, 38, new Date(2026, 11, 31), 7, '', 0.63],
    ['O1.2', '2026-Q4', '', 'Deals', 0, 8, 8, '', 5, '', 1],
    ['O1.3', '2026-Q4', '', 'Churn', 0.08, 0.04, '', new Date(2027, 2, 31), '', 'K2', 0.2],
    ['O2', '2026-Q4', 'Done', '', '', '', '', '', '', '', 1],
    ['O2.1', '2026-Q4', '', 'Shipped', 0, 1, true, '', '', '', 1],
  ];
  const header = findHeader('okrs', values);
  if (!header.ok) throw new Error('header');
  const objectives = [
    objectiveOf('O1', 1, [
      keyResult({ id: 'O1.1', text: 'Leads', row: 2, start: 0, target: 60, current: 38, score: 0.63 }),
      keyResult({ id: 'O1.2', text: 'Deals', row: 3, start: 0, target: 8, current: 8, score: 1 }),
      keyResult({ id: 'O1.3', text: 'Churn', row: 4, start: 0.08, target: 0.04, kpi: 'K2', score: 0.2 }),
    ]),
    {
      ...objectiveOf('O2', 5, [keyResult({ id: 'O2.1', text: 'Shipped', row: 6, current: true, score: 1 })]),
      text: 'Done',
    },
  ];
  const formulas = values.map((row) => row.map(() => ''));
  formulas[2]![6] = '=COUNT(Leads!A:A)';

  it('kept rows: next quarter, Start = last Current (or the followed KPI), Current, Confidence and computed cells blank, old Dues cleared, formulas kept', () => {
    const patches = rollPatches({
      values,
      header: header.header,
      objectives,
      formulas,
      next: '2027-Q1',
      closedEnd: new Date(2026, 11, 31),
      kpiCurrent: (kpi) => (kpi === 'K2' ? 0.07 : undefined),
    });
    const byColumn = Object.fromEntries(patches.map((patch) => [String(values[0]![patch.column]), patch.values]));
    // Cells the roll leaves are written back as they were (one call per column); only formulas are skipped.
    expect(byColumn.Quarter).toEqual(['2027-Q1', '2027-Q1', '2026-Q4', '2027-Q1', '2026-Q4', '2026-Q4']);
    expect(byColumn.Start).toEqual(['', 38, 0, 0.07, '', 0]);
    expect(byColumn.Current).toEqual(['', undefined, 8, '', '', true]); // O1.1's formula stays
    expect(byColumn.Due).toEqual(['', '', '', new Date(2027, 2, 31), '', '']); // December 2026 cleared, March 2027 kept
    expect(byColumn.Confidence).toEqual(['', '', 5, '', '', '']);
    expect(patches.find((patch) => values[0]![patch.column] === 'Score')?.backgrounds).toEqual([
      null,
      null,
      undefined,
      null,
      undefined,
      undefined,
    ]);
  });

  it('removes met key results and objectives left with none, found by ID and text, bottom first', () => {
    const removed = removedRows(objectives);
    expect(removed).toEqual([
      { id: 'O1.2', text: 'Deals' },
      { id: 'O2.1', text: 'Shipped' },
      { id: 'O2', text: 'Done' },
    ]);
    expect(deletionRuns(values, header.header, removed)).toEqual([
      { row: 6, count: 2 },
      { row: 4, count: 1 },
    ]);
    // After O2 and O2.1 went, a re-run finds only what is left.
    expect(deletionRuns(values.slice(0, 5), header.header, removed)).toEqual([{ row: 4, count: 1 }]);
  });
});

describe('the journal', () => {
  const journal: Journal = {
    quarter: '2026-Q4',
    next: '2027-Q1',
    archive: 'OKRs 2026-Q4',
    mode: 'keep',
    date: '2026-11-23',
    done: ['scores'],
    boundMoves: [],
  };

  it('round-trips, and anything unreadable counts as no journal', () => {
    expect(readJournal(writeJournal(journal))).toEqual(journal);
    expect(readJournal('{"quarter":')).toBeUndefined();
    expect(readJournal(JSON.stringify({ ...journal, done: ['teleport'] }))).toBeUndefined();
    expect(readJournal(null)).toBeUndefined();
  });

  it('refuses to start a close whose journal would not fit DocumentProperties (9 KB)', () => {
    const move = {
      kpiId: 'K1',
      kpi: 'A KPI with a rather long name to fill the journal',
      bound: 'min' as const,
      from: 1,
      to: 2,
      keyResultId: 'O1.1',
    };
    expect(() => writeJournal({ ...journal, boundMoves: Array<typeof move>(200).fill(move) })).toThrow(
      'too many to record safely',
    );
    expect(() => writeJournal({ ...journal, boundMoves: Array<typeof move>(50).fill(move) })).not.toThrow();
  });
});

describe('ofQuarter', () => {
  it("keeps the closing quarter's key results (blank Quarter included); an objective spanning quarters loses its row", () => {
    const objectives = [
      objectiveOf('O1', 0, [keyResult({ id: 'O1.1', row: 1 }), keyResult({ id: 'O1.2', row: 2, quarter: '' })]),
      objectiveOf('O2', 3, [keyResult({ id: 'O2.1', row: 4 }), keyResult({ id: 'O2.2', row: 5, quarter: '2027-Q1' })]),
      objectiveOf('O3', 6, [keyResult({ id: 'O3.1', row: 7, quarter: '2026-Q3' })]),
    ];
    const closing = ofQuarter(objectives, '2026-Q4', 1);
    expect(
      closing.map((objective) => [objective.id, objective.ownRow, objective.keyResults.map((kr) => kr.id)]),
    ).toEqual([
      ['O1', 0, ['O1.1', 'O1.2']],
      ['O2', undefined, ['O2.1']],
    ]);
  });
});
