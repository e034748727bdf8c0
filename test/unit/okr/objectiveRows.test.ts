// Which rows an edit reads: the edited key results' objectives, whole, and the key results following an
// edited KPI. Rows are 0-based indexes into the tab's values; spans are [from, to).
import { describe, it, expect } from 'vitest';
import type { Cell } from '../../../src/core/cells';
import { findHeader, type HeaderMatch, type OkrColumn } from '../../../src/core/workbook/headers';
import { followerRows, mergeSpans, objectiveSpans, type RowSpan } from '../../../src/core/okr/objectiveRows';
import { buildWorkbook } from '../../../src/core/workbook/workbook';

const HEADER = ['ID', 'Quarter', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'KPI'];

function headerOf(values: Cell[][]): HeaderMatch<OkrColumn> {
  const found = findHeader('okrs', values);
  if (!found.ok) throw new Error(`test header not found: ${found.missing.join(', ')}`);
  return found.header;
}

function spans(values: Cell[][], rows: number[]): RowSpan[] {
  return objectiveSpans(values, headerOf(values), rows);
}

// Grouped layout: an objective row owns the rows below it until the next one.
const GROUPED: Cell[][] = [
  HEADER,
  ['O1', '2026-Q4', 'Grow', '', '', '', '', ''], // 1
  ['O1.1', '', '', 'Leads', 0, 100, 40, ''], // 2
  ['O1.2', '', '', 'Deals', 0, 10, 3, 'K2'], // 3
  ['O2', '2026-Q4', 'Keep', '', '', '', '', ''], // 4
  ['O2.1', '', '', 'Churn', 0.08, 0.04, '', 'K2'], // 5
  ['O2.2', '', '', 'NPS', 30, 50, 41, ''], // 6
];

// Flat layout: each key result repeats its objective; one objective may be spread over the tab.
const FLAT: Cell[][] = [
  HEADER,
  ['O1.1', '2026-Q4', 'Grow', 'Leads', 0, 100, 40, ''], // 1
  ['O2.1', '2026-Q4', 'Keep', 'Churn', 0.08, 0.04, 0.06, ''], // 2
  ['O1.2', '2026-Q4', 'grow', 'Deals', 0, 10, 3, ''], // 3: the same objective, any case
  ['O1.3', '', '', 'Calls', 0, 10, 5, ''], // 4: no objective typed: it joins the one above
  ['O3.1', '2027-Q1', 'Grow', 'Leads next quarter', 0, 100, 0, ''], // 5: another quarter, another objective
];

describe('objectiveSpans: grouped layout', () => {
  it('an edited key result reads its objective row and every key result down to the next objective', () => {
    expect(spans(GROUPED, [2])).toEqual([{ from: 1, to: 4 }]);
    expect(spans(GROUPED, [6])).toEqual([{ from: 4, to: 7 }]);
  });

  it('an edited objective row reads its own objective', () => {
    expect(spans(GROUPED, [1])).toEqual([{ from: 1, to: 4 }]);
  });

  it('edits under two objectives read both, in one span when they touch', () => {
    expect(spans(GROUPED, [3, 5])).toEqual([{ from: 1, to: 7 }]);
  });

  it('the header, rows above it and rows past the tab are no edit', () => {
    expect(spans(GROUPED, [0, 7, 40])).toEqual([]);
  });
});

describe('objectiveSpans: flat layout', () => {
  it('every row naming the same objective text (in any case, in any quarter) starts a span of its own', () => {
    expect(spans(FLAT, [1])).toEqual([
      { from: 1, to: 2 },
      { from: 3, to: 6 },
    ]);
  });

  it('a row with no objective typed reads the objective above it, whole', () => {
    expect(spans(FLAT, [4])).toEqual([
      { from: 1, to: 2 },
      { from: 3, to: 6 },
    ]);
  });

  it('the same text in another quarter is read too (the Quarter column is not read to find spans), and grouped apart', () => {
    expect(spans(FLAT, [5])).toEqual([
      { from: 1, to: 2 },
      { from: 3, to: 6 },
    ]);
    expect(spans(FLAT, [2])).toEqual([{ from: 2, to: 3 }]);
    // Read whole, the 2027-Q1 row is still another objective.
    const built = buildWorkbook({
      kpis: { values: [['KPI', 'Min']], formulas: [] },
      okrs: { values: FLAT, formulas: [] },
      today: new Date(2026, 10, 23),
      fiscalStartMonth: 1,
    });
    expect(
      built.ok && built.workbook.objectives.map((objective) => objective.keyResults.map((keyResult) => keyResult.id)),
    ).toEqual([['O1.1', 'O1.2', 'O1.3'], ['O2.1'], ['O3.1']]);
  });
});

describe('objectiveSpans: key results above the first objective', () => {
  const values: Cell[][] = [
    ['Team OKRs'],
    HEADER,
    ['', '', '', 'Orphan A', 0, 10, 5, ''], // 2
    ['', '', '', 'Orphan B', 0, 10, 6, ''], // 3
    ['O1', '2026-Q4', 'Grow', '', '', '', '', ''], // 4
    ['O1.1', '', '', 'Leads', 0, 100, 40, ''], // 5
  ];

  it('belong to no objective: an edit there reads them all, down to the first objective, below the header', () => {
    expect(spans(values, [3])).toEqual([{ from: 2, to: 4 }]);
  });

  it('an orphan and a key result of the objective below read as one span', () => {
    expect(spans(values, [2, 5])).toEqual([{ from: 2, to: 6 }]);
  });

  it('a row the read left out (undefined) names no objective', () => {
    const sparse: (Cell[] | undefined)[] = [...values.slice(0, 4), values[4], undefined, values[5]];
    expect(objectiveSpans(sparse, headerOf(values), [5])).toEqual([{ from: 4, to: 7 }]);
  });
});

describe('objectiveSpans: reading only the spans scores the edited objective as the whole tab does', () => {
  it.each<[string, Cell[][], number]>([
    ['grouped', GROUPED, 3],
    ['flat', FLAT, 4],
  ])('%s layout', (_, values, edited) => {
    const kpis = {
      values: [
        ['ID', 'KPI', 'Max', 'Current'],
        ['K2', 'Churn', 0.03, 0.05],
      ],
      formulas: [],
    };
    const model = (okrValues: Cell[][]) => {
      const built = buildWorkbook({
        kpis,
        okrs: { values: okrValues, formulas: [] },
        today: new Date(2026, 10, 23),
        fiscalStartMonth: 1,
      });
      if (!built.ok) throw new Error(built.problems.join('; '));
      return built.workbook.objectives;
    };
    const read = spans(values, [edited]);
    const inSpan = (row: number) => row === 0 || read.some((span) => row >= span.from && row < span.to);
    const slice = values.map((row, index) => (inSpan(index) ? row : []));
    const summary = (objective: ReturnType<typeof model>[number] | undefined) =>
      objective && {
        id: objective.id,
        score: objective.score,
        status: objective.status,
        keyResults: objective.keyResults.map((keyResult) => [keyResult.id, keyResult.score, keyResult.status]),
      };
    const whole = model(values).find((objective) => objective.keyResults.some((keyResult) => keyResult.row === edited));
    const fromSlice = model(slice).find((objective) =>
      objective.keyResults.some((keyResult) => keyResult.row === edited),
    );
    expect(whole).toBeDefined();
    expect(summary(fromSlice)).toEqual(summary(whole));
  });
});

describe('mergeSpans', () => {
  it('sorts spans and joins those that overlap or touch: one read each', () => {
    expect(
      mergeSpans([
        { from: 5, to: 7 },
        { from: 1, to: 3 },
        { from: 3, to: 4 },
        { from: 2, to: 3 },
        { from: 9, to: 10 },
      ]),
    ).toEqual([
      { from: 1, to: 4 },
      { from: 5, to: 7 },
      { from: 9, to: 10 },
    ]);
  });

  it('a span inside another disappears into it; none gives none', () => {
    expect(
      mergeSpans([
        { from: 1, to: 10 },
        { from: 3, to: 5 },
      ]),
    ).toEqual([{ from: 1, to: 10 }]);
    expect(mergeSpans([])).toEqual([]);
  });
});

describe('followerRows', () => {
  it('rows whose blank Current follows an edited KPI, by ID or name in any case', () => {
    const values: Cell[][] = [
      HEADER,
      ['O1', '2026-Q4', 'Grow', '', '', '', '', ''], // 1
      ['O1.1', '', '', 'Churn by ID', 0.08, 0.04, '', 'k2'], // 2: follows
      ['O1.2', '', '', 'Churn by name', 0.08, 0.04, '', 'CHURN'], // 3: follows
      ['O1.3', '', '', 'Its own Current', 0.08, 0.04, 0.05, 'K2'], // 4: its Current wins
      ['O1.4', '', '', 'Another KPI', 0, 10, '', 'K3'], // 5
      ['O1.5', '', '', 'No KPI', 0, 10, '', ''], // 6
    ];
    expect(followerRows(values, headerOf(values), new Set(['k2', 'churn']))).toEqual([2, 3]);
    expect(followerRows(values, headerOf(values), new Set())).toEqual([]);
  });

  it('no KPI column: nothing follows a KPI', () => {
    const values: Cell[][] = [
      ['Objective', 'Key Result', 'Target', 'Current'],
      ['Grow', 'Leads', 100, ''],
    ];
    expect(followerRows(values, headerOf(values), new Set(['k2']))).toEqual([]);
  });
});
