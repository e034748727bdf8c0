import { describe, it, expect } from 'vitest';
import type { Cell } from '../../src/core/cells';
import { finiteResult, makeSheetFunctions, type CellArg } from '../../src/core/sheetFunctions';

// 15 Nov 2026: 45 of the 91 days from 1 Oct to 31 Dec have passed (elapsed ≈ 0.495).
const fns = makeSheetFunctions(() => new Date(2026, 10, 15, 14, 30));
const { OKR_SCORE, OKR_STATUS, OBJECTIVE_SCORE, KPI_STATUS, QUARTER, QUARTER_PROGRESS } = fns;
const omitted = undefined;

describe('OKR_SCORE', () => {
  it.each<[Cell, Cell, Cell, Cell]>([
    [0, 100, 50, 0.5],
    ['8%', '4%', '5.5%', 0.63],
    [0.08, 0.04, 0.0522, 0.7],
    ['', 60, 38, 'INVALID: Start: missing'], // never guessed as 0: a falling KR would read DONE
    [0, 10, 25, 1],
    ['', '', true, 1],
    [0, 1, false, 0],
    [0, 1, 'TRUE', 1],
    [0, 100, '', 'NO DATA'],
    ['', 100, '', 'NO DATA'],
    ['', '', '', ''],
    [0, 100, 'abc', 'INVALID: Current: "abc" is not a number'],
    ['x', '#N/A', 5, 'INVALID: Start: "x" is not a number; Target: error value #N/A'],
    [5, 5, 7, 'INVALID: target equals start'],
    [0, '', 7, 'INVALID: Target: missing'],
    [new Date(2026, 0, 1), 10, 5, 'INVALID: Start: a date, not a number'],
  ])('(%j, %j, %j) → %j', (start, target, current, expected) => {
    expect(OKR_SCORE(start, target, current)).toBe(expected);
  });

  it('scores whole columns, one result per row', () => {
    const starts: Cell[][] = [[0], [0], ['']];
    const targets: Cell[][] = [[10], [10], ['']];
    const currents: Cell[][] = [[7], ['bad'], ['']];
    expect(OKR_SCORE(starts, targets, currents)).toEqual([[0.7], ['INVALID: Current: "bad" is not a number'], ['']]);
  });

  it('broadcasts a scalar start and target', () => {
    expect(OKR_SCORE(0, 4, [[1], [2], [5]])).toEqual([[0.25], [0.5], [1]]);
  });

  it('throws only for ranges of different sizes', () => {
    expect(() => OKR_SCORE([[0], [0]], [[1], [1], [1]], 1)).toThrow('ranges must be the same size: 2×1 and 3×1');
  });
});

describe('OKR_STATUS', () => {
  it.each<[CellArg, CellArg | undefined, CellArg | undefined, Cell]>([
    [1, omitted, omitted, 'DONE'],
    [0.35, omitted, omitted, 'ON TRACK'], // 0.7 × 0.495 = 0.346
    [0.34, omitted, omitted, 'AT RISK'],
    [0.2, omitted, omitted, 'AT RISK'], // 0.4 × 0.495 = 0.198
    [0.19, omitted, omitted, 'OFF TRACK'],
    ['35%', '', '', 'ON TRACK'],
    [0.5, '2026-11-30', '2026-11-15', 'AT RISK'], // 45 of 60 days: needs 0.525
    [0.53, new Date(2026, 10, 30), new Date(2026, 10, 15), 'ON TRACK'],
    [0.9, omitted, '2026-12-31', 'ON TRACK'],
    [0.6, omitted, '2026-12-31', 'AT RISK'],
    [0.5, omitted, '2027-01-01', 'ON TRACK'], // a new quarter has just begun
    [0, '2026-10-01', '2026-10-01', 'OFF TRACK'], // due on the quarter's first day
    ['', omitted, omitted, ''],
    ['NO DATA', omitted, omitted, 'NO DATA'],
    ['INVALID: target equals start', omitted, omitted, 'INVALID: target equals start'],
    ['abc', omitted, omitted, 'INVALID: Score: "abc" is not a number'],
    [0.5, 'soon', 'xyz', 'INVALID: Due: "soon" is not a date; Today: "xyz" is not a date'],
    [0.5, '03/04/2026', omitted, 'INVALID: Due: "03/04/2026" is ambiguous — use 2026-04-03'],
  ])('(%j, %j, %j) → %j', (score, due, today, expected) => {
    expect(OKR_STATUS(score, due, today)).toBe(expected);
  });

  it('maps a column of scores against one date', () => {
    expect(OKR_STATUS([[1], [0.1], ['']], omitted, '2026-11-15')).toEqual([['DONE'], ['OFF TRACK'], ['']]);
  });
});

describe('OBJECTIVE_SCORE', () => {
  it.each<[CellArg, CellArg | undefined, Cell]>([
    [[[0.5], [1]], omitted, 0.75],
    [[[0.5], [1]], [[1], [3]], 0.88],
    [[[0.5], [1]], [[''], [3]], 0.88], // a blank weight is 1
    [[[0.5], [''], ['NO DATA'], [1]], omitted, 0.75], // blanks and OKR_SCORE's own text are ignored
    [[[0.5], [true], [1]], omitted, 'INVALID: Score: TRUE is a checkbox, not a number'], // a Current column, not scores
    [[[0.5, 0.25]], omitted, 0.38],
    [0.6, omitted, 0.6],
    [[[''], ['INVALID: x']], omitted, 'NO DATA'],
    [[[0.5], [1]], [[0], [0]], 'INVALID: Weight: every weight is 0, so no score counts'],
    ['', omitted, 'NO DATA'],
    [[[0.5], [1]], [['heavy'], [1]], 'INVALID: Weight: "heavy" is not a number'],
    [[[0.5], [1]], [[-1], [1]], 'INVALID: Weight: -1 is negative'],
    [[[''], [1]], [['heavy'], [1]], 1], // a weight beside no score doesn't matter
  ])('(%j, %j) → %j', (scores, weights, expected) => {
    expect(OBJECTIVE_SCORE(scores, weights)).toBe(expected);
  });

  it('needs weights the size of the scores', () => {
    expect(() => OBJECTIVE_SCORE([[0.5], [1]], [[1]])).toThrow('ranges must be the same size: 2×1 and 1×1');
  });
});

describe('KPI_STATUS', () => {
  it.each<[Cell, Cell, Cell, Cell | undefined, Cell | undefined, Cell]>([
    [50, 0, 100, omitted, omitted, 'OK'],
    [5, 0, 100, omitted, omitted, 'WARN'], // two bounds, no watch line: within 10% of the width
    [101, 0, 100, omitted, omitted, 'ALERT'],
    [100, 0, 100, omitted, omitted, 'WARN'],
    [15, 0, 100, 20, omitted, 'WARN'],
    [15, 0, 100, '10%', omitted, 'OK'],
    [95, 0, 100, 10, omitted, 'OK'], // a typed line replaces the default band
    [95, 0, 100, '', 90, 'WARN'],
    ['99.94%', '99.9%', '', '99.95%', omitted, 'WARN'],
    [0.64, 0.6, '', 0.62, omitted, 'OK'],
    ['4.1%', '', '3%', omitted, omitted, 'ALERT'],
    [280000, '$250,000', '', omitted, omitted, 'OK'],
    [262000, '$250,000', '', omitted, omitted, 'OK'], // one bound, no line: no band from the bound's size
    ['', 0, 100, omitted, omitted, 'NO DATA'],
    ['', '', '', omitted, omitted, ''],
    ['', '', '', 10, 20, ''],
    [5, '', '', omitted, omitted, 'INVALID: no range: set Min or Max'],
    [5, 10, 1, omitted, omitted, 'INVALID: Min is above Max'],
    [5, 0, 10, 11, omitted, 'INVALID: Warn below is over Max: set it between Min and Max'],
    [5, 0, 10, 7, 3, 'INVALID: Warn below is above Warn above: swap them'],
    [5, 0, 10, 'wide', omitted, 'INVALID: Warn below: "wide" is not a number'],
    [5, 0, 10, omitted, 'soon', 'INVALID: Warn above: "soon" is not a number'],
    ['#DIV/0!', 0, 10, omitted, omitted, 'INVALID: Value: error value #DIV/0!'],
    ['', 'low', 10, omitted, omitted, 'INVALID: Min: "low" is not a number'],
    [true, 0, 1, omitted, omitted, 'INVALID: Value: TRUE is a checkbox, not a number'],
  ])('(%j, %j, %j, %j, %j) → %j', (value, min, max, warnBelow, warnAbove, expected) => {
    expect(KPI_STATUS(value, min, max, warnBelow, warnAbove)).toBe(expected);
  });

  it('flags a column of readings against per-row bounds', () => {
    expect(KPI_STATUS([[50], [''], [200]], [[0], [0], [0]], [[100], [100], [100]])).toEqual([
      ['OK'],
      ['NO DATA'],
      ['ALERT'],
    ]);
  });
});

describe('QUARTER', () => {
  it.each<[CellArg | undefined, CellArg | undefined, Cell]>([
    [omitted, omitted, '2026-Q4'],
    [new Date(2026, 0, 31), omitted, '2026-Q1'],
    ['2027-01-15', 2, '2026-Q4'],
    ['2027-01-15', '', '2027-Q1'],
    ['2027-01-01', 7, '2027-Q3'],
    [46387, omitted, '2026-Q4'],
    [omitted, 12, '2026-Q4'], // December start: Q4 runs Sep–Nov
    [omitted, 11, '2026-Q1'], // November start: Q1 runs Nov–Jan
    ['', omitted, ''],
    ['someday', omitted, 'INVALID: Date: "someday" is not a date'],
    ['2026-05-01', 13, 'INVALID: Fiscal start month: 13 is not a month number 1–12'],
    ['2026-05-01', 1.5, 'INVALID: Fiscal start month: 1.5 is not a month number 1–12'],
    ['2026-05-01', 'July', 'INVALID: Fiscal start month: "July" is not a number'],
  ])('(%j, %j) → %j', (date, fiscalStartMonth, expected) => {
    expect(QUARTER(date, fiscalStartMonth)).toBe(expected);
  });

  it('labels a column of dates', () => {
    expect(QUARTER([[new Date(2026, 2, 31)], [new Date(2026, 3, 1)], ['']])).toEqual([['2026-Q1'], ['2026-Q2'], ['']]);
  });
});

describe('QUARTER_PROGRESS', () => {
  it.each<[CellArg | undefined, CellArg | undefined, Cell]>([
    [omitted, omitted, 0.49], // 45 of 92 days
    ['2026-10-01', omitted, 0],
    ['2026-12-31', omitted, 0.99],
    ['2026-11-16', omitted, 0.5],
    ['2027-01-31', 2, 0.99],
    ['2026-11-01', 2, 0],
    ['', omitted, ''],
    ['2026-11-16', 0, 'INVALID: Fiscal start month: 0 is not a month number 1–12'],
  ])('(%j, %j) → %j', (date, fiscalStartMonth, expected) => {
    expect(QUARTER_PROGRESS(date, fiscalStartMonth)).toBe(expected);
  });
});

describe('custom functions never answer silently wrong', () => {
  it.each<[CellArg, Cell]>([
    [1.5, 'INVALID: Score: 1.5 is outside 0–1'],
    [-0.2, 'INVALID: Score: -0.2 is outside 0–1'],
    ['150%', 'INVALID: Score: 1.5 is outside 0–1'],
  ])('OKR_STATUS of score %j → %j', (score, expected) => {
    expect(OKR_STATUS(score, omitted, omitted)).toBe(expected);
  });

  it.each<[CellArg, CellArg | undefined, Cell]>([
    [[[0.5], [1.5]], omitted, 'INVALID: Score: 1.5 is outside 0–1'],
    [[[0.5], [-1]], omitted, 'INVALID: Score: -1 is outside 0–1'],
    [[[0.5], ['half']], omitted, 'INVALID: Score: "half" is not a number'],
    [[[0.5], [1]], [[1e308], [1e308]], 0.75],
    [[[0.5], [1]], [[true], [1]], 'INVALID: Weight: TRUE is a checkbox, not a number'],
    [[[0.5], [1]], [[new Date(2026, 0, 1)], [1]], 'INVALID: Weight: a date, not a number'],
  ])('OBJECTIVE_SCORE(%j, %j) → %j', (scores, weights, expected) => {
    expect(OBJECTIVE_SCORE(scores, weights)).toBe(expected);
  });

  it('reads a date computed by EOMONTH (a serial number) as that date', () => {
    // 46356 is 2026-11-30, as =EOMONTH(…) hands it to a custom function.
    expect(OKR_STATUS(0.5, 46356, '2026-11-15')).toBe('AT RISK');
  });

  it('scores bounds near the largest double without NaN', () => {
    expect(OKR_SCORE(-1.7e308, 1.7e308, 1.7e308)).toBe(1);
    expect(KPI_STATUS(1.6e308, -1.7e308, 1.7e308, omitted)).toBe('WARN');
  });

  it('turns any non-finite number into an INVALID text before it reaches a cell', () => {
    expect(finiteResult(Number.NaN)).toBe('INVALID: NaN is not a finite number');
    expect(finiteResult([[0.5, Number.POSITIVE_INFINITY]])).toEqual([
      [0.5, 'INVALID: Infinity is not a finite number'],
    ]);
    expect(finiteResult('OK')).toBe('OK');
  });
});
