import { describe, it, expect } from 'vitest';
import { CADENCE_DAYS, isReadingStale, rangeFlag, type Cadence, type KpiRange } from '../../src/core/kpi/rangeFlag';

const flagOf = (value: number, range: KpiRange) => rangeFlag(value, range);

describe('rangeFlag with both bounds and no watch line', () => {
  it.each<[number, string]>([
    [50, 'OK'],
    [10, 'OK'], // the band's edge: 10% of 0..100 is 10
    [90, 'OK'],
    [9.99, 'WARN'],
    [90.01, 'WARN'],
    [0, 'WARN'], // exactly at the bound is inside
    [100, 'WARN'],
    [-0.01, 'ALERT'],
    [100.01, 'ALERT'],
  ])('%d in 0..100 → %s', (value, expected) => {
    expect(flagOf(value, { min: 0, max: 100 })).toEqual({ kind: 'value', value: expected });
  });

  it('scales the band with the range, not the values, and forgives float noise at its edge', () => {
    expect(flagOf(0.23, { min: 0.2, max: 0.5 })).toEqual({ kind: 'value', value: 'OK' });
    expect(flagOf(0.229, { min: 0.2, max: 0.5 })).toEqual({ kind: 'value', value: 'WARN' });
    // 0.013 − 0.01 is 0.002999999999999999 in floats, a hair under the 0.003 band.
    expect(flagOf(0.013, { min: 0.01, max: 0.04 })).toEqual({ kind: 'value', value: 'OK' });
  });

  it('accepts min equal to max', () => {
    expect(flagOf(5, { min: 5, max: 5 })).toEqual({ kind: 'value', value: 'OK' });
    expect(flagOf(5.1, { min: 5, max: 5 })).toEqual({ kind: 'value', value: 'ALERT' });
  });
});

describe('rangeFlag with one bound and no watch line: OK or ALERT only', () => {
  it.each<[number, number | undefined, number | undefined, string]>([
    [300, 250, undefined, 'OK'],
    [274, 250, undefined, 'OK'], // no band from a bound's own size
    [250, 250, undefined, 'OK'],
    [249, 250, undefined, 'ALERT'],
    [0.9994, 0.999, undefined, 'OK'], // uptime a hair above its floor is healthy
    [0.028, undefined, 0.03, 'OK'],
    [0.03, undefined, 0.03, 'OK'],
    [0.041, undefined, 0.03, 'ALERT'],
    [-9.5, -10, undefined, 'OK'],
    [-12, -10, undefined, 'ALERT'],
    [0, 0, undefined, 'OK'],
    [-1, 0, undefined, 'ALERT'],
  ])('%d with min %s, max %s → %s', (value, min, max, expected) => {
    expect(flagOf(value, { min, max })).toEqual({ kind: 'value', value: expected });
  });
});

describe('rangeFlag with watch lines', () => {
  it.each<[number, KpiRange, string]>([
    [0.9994, { min: 0.999, warnBelow: 0.9995 }, 'WARN'], // uptime under its watch line
    [0.9995, { min: 0.999, warnBelow: 0.9995 }, 'OK'], // on the line is healthy
    [0.9989, { min: 0.999, warnBelow: 0.9995 }, 'ALERT'],
    [0.64, { min: 0.6, warnBelow: 0.62 }, 'OK'], // gross margin above its line
    [0.61, { min: 0.6, warnBelow: 0.62 }, 'WARN'],
    [0.027, { max: 0.03, warnAbove: 0.025 }, 'WARN'],
    [0.025, { max: 0.03, warnAbove: 0.025 }, 'OK'],
    [0.031, { max: 0.03, warnAbove: 0.025 }, 'ALERT'],
    // A typed line replaces the default band on both sides: 99 is near Max but past no line.
    [99, { min: 0, max: 100, warnBelow: 20 }, 'OK'],
    [19, { min: 0, max: 100, warnBelow: 20 }, 'WARN'],
    [81, { min: 0, max: 100, warnBelow: 20, warnAbove: 80 }, 'WARN'],
    [50, { min: 0, max: 100, warnBelow: 50, warnAbove: 50 }, 'OK'],
    [0.6, { min: 0.6, warnBelow: 0.6 }, 'OK'], // a line on its bound warns nowhere inside the range
    // A line may be typed without the bound on its side: it still warns past it.
    [3.5, { max: 4, warnBelow: 1 }, 'OK'],
    [0.5, { max: 4, warnBelow: 1 }, 'WARN'],
  ])('%d with %j → %s', (value, range, expected) => {
    expect(flagOf(value, range)).toEqual({ kind: 'value', value: expected });
  });
});

describe('rangeFlag invalid', () => {
  it.each<[number, KpiRange, string]>([
    [5, {}, 'no range: set Min or Max'],
    [5, { warnBelow: 3 }, 'no range: set Min or Max'],
    [5, { min: 10, max: 1 }, 'Min is above Max'],
    [5, { min: 0, warnBelow: -1 }, 'Warn below is under Min: set it between Min and Max'],
    [5, { max: 10, warnBelow: 11 }, 'Warn below is over Max: set it between Min and Max'],
    [5, { max: 10, warnAbove: 11 }, 'Warn above is over Max: set it between Min and Max'],
    [5, { min: 0, warnAbove: -1 }, 'Warn above is under Min: set it between Min and Max'],
    [5, { min: 0, max: 10, warnBelow: 7, warnAbove: 3 }, 'Warn below is above Warn above: swap them'],
    [Number.NaN, { min: 0, max: 10 }, 'NaN is not a number'],
  ])('%d with %j: %s', (value, range, why) => {
    expect(flagOf(value, range)).toEqual({ kind: 'invalid', why });
  });

  it('names a misplaced line even when the reading is out of range, so the line gets fixed', () => {
    expect(flagOf(-5, { min: 0, warnBelow: -1 })).toEqual({
      kind: 'invalid',
      why: 'Warn below is under Min: set it between Min and Max',
    });
  });
});

describe('isReadingStale', () => {
  const today = new Date(2026, 10, 30);
  const daysAgo = (days: number): Date => new Date(2026, 10, 30 - days);
  it.each<[Cadence, number, boolean]>([
    ['daily', 1, false],
    ['daily', 2, true], // 1.5 days
    ['weekly', 10, false],
    ['weekly', 11, true], // 10.5 days
    ['monthly', 45, false],
    ['monthly', 46, true],
    ['quarterly', 136, false],
    ['quarterly', 137, true], // 136.5 days
    ['yearly', 547, false],
    ['yearly', 548, true],
  ])('%s reading %i days old → %s', (cadence, age, expected) => {
    expect(isReadingStale(daysAgo(age), cadence, today)).toBe(expected);
  });

  it('knows each cadence', () => {
    expect(CADENCE_DAYS).toEqual({ daily: 1, weekly: 7, monthly: 30, quarterly: 91, yearly: 365 });
  });
});

describe('rangeFlag with computed and extreme numbers', () => {
  it('counts a reading a float noise past its bound as on the bound', () => {
    expect(rangeFlag(0.1 + 0.2, { max: 0.3 })).toEqual({ kind: 'value', value: 'OK' });
    expect(rangeFlag(0.3, { min: 0.1 + 0.2 })).toEqual({ kind: 'value', value: 'OK' });
    expect(rangeFlag(0.30001, { max: 0.3 })).toEqual({ kind: 'value', value: 'ALERT' });
  });

  it('reads Min a float noise above Max as one value, not a broken range', () => {
    expect(rangeFlag(0.3, { min: 0.1 + 0.2, max: 0.3 })).toEqual({ kind: 'value', value: 'OK' });
  });

  it('flags readings between bounds near the largest double', () => {
    expect(rangeFlag(0, { min: -1.7e308, max: 1.7e308 })).toEqual({ kind: 'value', value: 'OK' });
    expect(rangeFlag(1.6e308, { min: -1.7e308, max: 1.7e308 })).toEqual({ kind: 'value', value: 'WARN' });
    expect(rangeFlag(-1.7e308, { min: -1.7e308, max: 1.7e308 })).toEqual({ kind: 'value', value: 'WARN' });
    expect(rangeFlag(1.7e308, { min: 1e308 })).toEqual({ kind: 'value', value: 'OK' });
  });
});
