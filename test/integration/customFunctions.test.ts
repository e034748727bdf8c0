import { describe, expect, it } from 'vitest';
import { open } from './harness';

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('custom functions, called the way Sheets calls them', () => {
  it('OKR_SCORE scores one cell, a falling target, and a whole range in one call', () => {
    const { addon } = open({});
    expect(addon.customFunction('OKR_SCORE', 0, 60, 38)).toBe(0.63);
    expect(addon.customFunction('OKR_SCORE', 0.08, 0.04, 0.055)).toBe(0.63);
    expect(addon.customFunction('OKR_SCORE', [[0], [24], [0]], [[60], [4], [10]], [[38], [9], ['abc']])).toEqual([
      [0.63],
      [0.75],
      ['INVALID: Current: "abc" is not a number'],
    ]);
  });

  it('OKR_SCORE gives 1 or 0 for a yes/no checkbox and a readable reason for a bad row', () => {
    const { addon } = open({});
    expect(addon.customFunction('OKR_SCORE', '', '', true)).toBe(1);
    expect(addon.customFunction('OKR_SCORE', 5, 5, 5)).toBe('INVALID: target equals start');
  });

  it('OKR_STATUS paces a score against the time elapsed to the deadline', () => {
    const { addon } = open({});
    const today = date('2026-11-23');
    expect(addon.customFunction('OKR_STATUS', [[1], [0.5], [0.3], [0.1]], date('2026-12-31'), today)).toEqual([
      ['DONE'],
      ['ON TRACK'],
      ['AT RISK'],
      ['OFF TRACK'],
    ]);
  });

  it('OBJECTIVE_SCORE is the weighted mean of the valid scores', () => {
    const { addon } = open({});
    expect(addon.customFunction('OBJECTIVE_SCORE', [[0.6], [0.3], ['INVALID: x'], ['']], [[1], [2], [1], [1]])).toBe(
      0.4,
    );
    expect(addon.customFunction('OBJECTIVE_SCORE', [['']])).toBe('NO DATA');
  });

  it('KPI_STATUS flags readings against a range and its watch lines', () => {
    const { addon } = open({});
    expect(addon.customFunction('KPI_STATUS', [[262000], [240000], [300000], ['']], 250000, '', 275000)).toEqual([
      ['WARN'],
      ['ALERT'],
      ['OK'],
      ['NO DATA'],
    ]);
    // One bound and no watch line: no band, so 262000 over a 250000 floor is healthy.
    expect(addon.customFunction('KPI_STATUS', 262000, 250000, '')).toBe('OK');
    expect(addon.customFunction('KPI_STATUS', 0.9994, 0.999, '', 0.9995)).toBe('WARN');
    expect(addon.customFunction('KPI_STATUS', 0.027, '', 0.03, '', 0.025)).toBe('WARN');
    expect(addon.customFunction('KPI_STATUS', 5, 0, 10, 11)).toBe(
      'INVALID: Warn below is over Max: set it between Min and Max',
    );
    expect(addon.customFunction('KPI_STATUS', 5, 10, 1)).toBe('INVALID: Min is above Max');
  });

  it('QUARTER and QUARTER_PROGRESS follow a fiscal year that starts in February', () => {
    const { addon } = open({});
    expect(addon.customFunction('QUARTER', date('2027-01-15'), 2)).toBe('2026-Q4');
    expect(addon.customFunction('QUARTER', date('2026-11-23'))).toBe('2026-Q4');
    expect(addon.customFunction('QUARTER_PROGRESS', date('2026-11-16'))).toBe(0.5);
  });

  it('answers a clear INVALID in its own cell instead of a silent wrong answer', () => {
    const { addon } = open({});
    expect(addon.customFunction('OKR_STATUS', [[0.5], [1.5], [-0.1]], date('2026-12-31'), date('2026-11-23'))).toEqual([
      ['ON TRACK'],
      ['INVALID: Score: 1.5 is outside 0–1'],
      ['INVALID: Score: -0.1 is outside 0–1'],
    ]);
    expect(addon.customFunction('OBJECTIVE_SCORE', [[0.5], [2]])).toBe('INVALID: Score: 2 is outside 0–1');
    expect(addon.customFunction('OBJECTIVE_SCORE', [[0.5], [1]], [[-2], [1]])).toBe('INVALID: Weight: -2 is negative');
    expect(addon.customFunction('OBJECTIVE_SCORE', [[0.5], [1]], [['lots'], [1]])).toBe(
      'INVALID: Weight: "lots" is not a number',
    );
    expect(addon.customFunction('QUARTER', date('2026-11-23'), 13)).toBe(
      'INVALID: Fiscal start month: 13 is not a month number 1–12',
    );
    expect(addon.customFunction('OKR_SCORE', 0.1 + 0.2, 0.3, 0.3)).toBe('INVALID: target equals start');
  });

  it('never returns NaN or Infinity, however large the numbers', () => {
    const { addon } = open({});
    expect(addon.customFunction('OKR_SCORE', -1.7e308, 1.7e308, 1.7e308)).toBe(1);
    expect(addon.customFunction('OBJECTIVE_SCORE', [[0.5], [1]], [[1e308], [1e308]])).toBe(0.75);
    expect(addon.customFunction('KPI_STATUS', 1.6e308, -1.7e308, 1.7e308)).toBe('WARN');
  });

  it('reads a date computed by EOMONTH, which arrives as a serial number', () => {
    const { addon } = open({});
    expect(addon.customFunction('QUARTER', 46387)).toBe('2026-Q4'); // 2026-12-31
  });

  it('reads no cell and calls no service', () => {
    const { addon } = open({});
    addon.customFunction('OKR_SCORE', [[0], [1]], [[10], [2]], [[5], [2]]);
    addon.customFunction('QUARTER');
    expect(addon.counter.total).toBe(0);
  });
});

describe('custom functions in a spreadsheet east of UTC', () => {
  it('read a date cell as the day it shows: Tokyo’s 1 October is in Q4, not Q3', () => {
    const { addon } = open({}, { timeZone: 'Asia/Tokyo' });
    const tokyoOctoberFirst = new Date('2026-09-30T15:00:00Z');
    expect(addon.customFunction('QUARTER', tokyoOctoberFirst)).toBe('2026-Q4');
    expect(addon.customFunction('QUARTER', [[tokyoOctoberFirst], [new Date('2026-12-31T15:00:00Z')]])).toEqual([
      ['2026-Q4'],
      ['2027-Q1'],
    ]);
  });
});
