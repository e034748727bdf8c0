import { describe, it, expect } from 'vitest';
import type { Cell } from '../../src/core/cells';
import { GREEN, RED, YELLOW } from '../../src/core/colours';
import { columnPatches, type ComputedColumn } from '../../src/core/workbook/columnPatches';
import { findHeader, type HeaderMatch, type KpiColumn, type OkrColumn } from '../../src/core/workbook/headers';

interface Result {
  row: number;
  newId?: string;
  score: number | '';
  colour: string | null;
  status: string;
  last: Date | '';
}

function header<K extends 'kpis' | 'okrs'>(
  kind: K,
  rows: Cell[][],
): HeaderMatch<K extends 'kpis' ? KpiColumn : OkrColumn> {
  const found = findHeader(kind, rows);
  if (!found.ok) throw new Error(`test header not found: ${found.missing.join(', ')}`);
  return found.header as HeaderMatch<K extends 'kpis' ? KpiColumn : OkrColumn>;
}

// A title row, then the header on row 1 (0-based): ID A, Objective B, Key Result C, Target D, Current E,
// Score F, Status G; no Last check-in column. Data rows are 2, 3 and 4.
const OKR_HEADER = header('okrs', [
  ['Team OKRs'],
  ['ID', 'Objective', 'Key Result', 'Target', 'Current', 'Score', 'Status'],
]);

const NOV_1 = new Date('2026-11-01T00:00:00Z');
const RESULTS: Result[] = [
  { row: 2, score: 0.5, colour: YELLOW, status: 'ON TRACK', last: NOV_1 },
  { row: 3, newId: 'O1.2', score: 0.9, colour: GREEN, status: 'AT RISK', last: '' },
  { row: 4, score: 0.2, colour: RED, status: 'OFF TRACK', last: '' },
];

const COLUMNS: Partial<Record<OkrColumn, ComputedColumn<Result>>> = {
  id: { value: (result) => result.newId },
  score: { value: (result) => result.score, colour: (result) => result.colour },
  status: { value: (result) => result.status },
  lastCheckIn: { value: (result) => result.last },
};

const NO_FORMULAS: string[][] = [];

describe('columnPatches', () => {
  it('a full write: one patch per column from the row below the header, and the missing column added at the right', () => {
    const patches = columnPatches({
      kind: 'okrs',
      header: OKR_HEADER,
      width: 7,
      formulas: NO_FORMULAS,
      results: RESULTS,
      columns: COLUMNS,
    });
    expect(patches).toEqual([
      { column: 0, firstRow: 2, values: [undefined, 'O1.2', undefined] },
      { column: 5, firstRow: 2, values: [0.5, 0.9, 0.2], backgrounds: [YELLOW, GREEN, RED] },
      { column: 6, firstRow: 2, values: ['ON TRACK', 'AT RISK', 'OFF TRACK'] },
      { column: 7, firstRow: 1, values: ['Last check-in'] }, // the header cell, on the header row
      { column: 7, firstRow: 2, values: [NOV_1, '', ''] },
    ]);
    expect(patches[2]).not.toHaveProperty('backgrounds');
  });

  it('leaves formula cells alone: undefined value and background', () => {
    const formulas = [[], [], ['', '', '', '', '', '', '=IF(E3>0,"ok","")'], ['', '', '', '', '', '=0.9']];
    const patches = columnPatches({
      kind: 'okrs',
      header: OKR_HEADER,
      width: 7,
      formulas,
      results: RESULTS,
      columns: COLUMNS,
    });
    expect(patches.filter((patch) => patch.column === 5 || patch.column === 6)).toEqual([
      { column: 5, firstRow: 2, values: [0.5, undefined, 0.2], backgrounds: [YELLOW, undefined, RED] },
      { column: 6, firstRow: 2, values: [undefined, 'AT RISK', 'OFF TRACK'] },
    ]);
  });

  it.each<[string, number, number]>([
    // Column index = max(width, header.width) + the number of columns already added. header.width is 7.
    ['data wider than the header', 10, 10],
    ['data narrower than the header', 3, 7],
  ])('places a missing column after the wider of the data and the header: %s', (_, width, column) => {
    const patches = columnPatches({
      kind: 'okrs',
      header: OKR_HEADER,
      width,
      formulas: NO_FORMULAS,
      results: RESULTS,
      columns: COLUMNS,
    });
    expect(patches.slice(-2).map((patch) => [patch.column, patch.firstRow])).toEqual([
      [column, 1],
      [column, 2],
    ]);
  });

  it('several missing columns are added side by side, in the order given, each with its title', () => {
    const bare = header('okrs', [['Objective', 'Key Result', 'Target', 'Current']]);
    const results = RESULTS.map((result) => ({ ...result, row: result.row - 1 }));
    const patches = columnPatches({
      kind: 'okrs',
      header: bare,
      width: 4,
      formulas: NO_FORMULAS,
      results,
      columns: COLUMNS,
    });
    expect(patches.map((patch) => [patch.column, patch.firstRow, patch.values.length])).toEqual([
      [4, 0, 1],
      [4, 1, 3], // ID
      [5, 0, 1],
      [5, 1, 3], // Score
      [6, 0, 1],
      [6, 1, 3], // Status
      [7, 0, 1],
      [7, 1, 3], // Last check-in
    ]);
    expect(patches.filter((patch) => patch.firstRow === 0).map((patch) => patch.values[0])).toEqual([
      'ID',
      'Score',
      'Status',
      'Last check-in',
    ]);
  });

  it('onlyRows: writes just those rows and adds no missing column', () => {
    const patches = columnPatches({
      kind: 'okrs',
      header: OKR_HEADER,
      width: 7,
      formulas: NO_FORMULAS,
      results: RESULTS,
      columns: COLUMNS,
      onlyRows: new Set([2, 4]),
    });
    // ID has nothing to write in rows 2 and 4 (no new IDs there), so no ID patch either.
    expect(patches).toEqual([
      { column: 5, firstRow: 2, values: [0.5, undefined, 0.2], backgrounds: [YELLOW, undefined, RED] },
      { column: 6, firstRow: 2, values: ['ON TRACK', undefined, 'OFF TRACK'] },
    ]);
  });

  it('a column with nothing to write yields no patch: no new IDs, every row a formula, or no row in onlyRows', () => {
    const noIds = RESULTS.map(({ newId: _, ...result }) => result);
    expect(
      columnPatches({
        kind: 'okrs',
        header: OKR_HEADER,
        width: 7,
        formulas: NO_FORMULAS,
        results: noIds,
        columns: { id: COLUMNS.id! },
      }),
    ).toEqual([]);
    const allFormulas = [[], [], ['', '', '', '', '', '=1'], ['', '', '', '', '', '=1'], ['', '', '', '', '', '=1']];
    expect(
      columnPatches({
        kind: 'okrs',
        header: OKR_HEADER,
        width: 7,
        formulas: allFormulas,
        results: RESULTS,
        columns: { score: COLUMNS.score! },
      }),
    ).toEqual([]);
    expect(
      columnPatches({
        kind: 'okrs',
        header: OKR_HEADER,
        width: 7,
        formulas: NO_FORMULAS,
        results: RESULTS,
        columns: COLUMNS,
        onlyRows: new Set([9]),
      }),
    ).toEqual([]);
  });

  it('a missing column is still titled on a full write when no row has a value for it yet', () => {
    const bare = header('okrs', [['Objective', 'Key Result', 'Target', 'Current']]);
    const results = [{ row: 1, score: 0.5, colour: null, status: 'ON TRACK', last: '' as const }];
    expect(
      columnPatches({
        kind: 'okrs',
        header: bare,
        width: 4,
        formulas: NO_FORMULAS,
        results,
        columns: { id: COLUMNS.id! },
      }),
    ).toEqual([{ column: 4, firstRow: 0, values: ['ID'] }]);
  });

  it('passes a null colour through (clear the background) and titles a missing KPI Status column', () => {
    const kpiHeader = header('kpis', [['ID', 'KPI', 'Min', 'Current']]);
    const results = [
      { row: 1, status: 'OK', colour: GREEN as string | null },
      { row: 2, status: '', colour: null },
    ];
    const patches = columnPatches({
      kind: 'kpis',
      header: kpiHeader,
      width: 4,
      formulas: NO_FORMULAS,
      results,
      columns: { status: { value: (result) => result.status, colour: (result) => result.colour } },
    });
    expect(patches).toEqual([
      { column: 4, firstRow: 0, values: ['Status'] },
      { column: 4, firstRow: 1, values: ['OK', ''], backgrounds: [GREEN, null] },
    ]);
  });
});
