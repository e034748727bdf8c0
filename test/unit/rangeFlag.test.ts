import { describe, it, expect } from 'vitest';
import { CADENCE_DAYS, isReadingStale, rangeFlag, type Cadence } from '../../src/core/kpi/rangeFlag';

describe('rangeFlag with both bounds', () => {
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
    expect(rangeFlag(value, 0, 100)).toEqual({ kind: 'value', value: expected });
  });

  it('scales the band with the range, not the values, and forgives float noise at its edge', () => {
    expect(rangeFlag(0.23, 0.2, 0.5)).toEqual({ kind: 'value', value: 'OK' });
    expect(rangeFlag(0.229, 0.2, 0.5)).toEqual({ kind: 'value', value: 'WARN' });
    // 0.013 − 0.01 is 0.002999999999999999 in floats, a hair under the 0.003 band.
    expect(rangeFlag(0.013, 0.01, 0.04)).toEqual({ kind: 'value', value: 'OK' });
  });

  it('accepts min equal to max', () => {
    expect(rangeFlag(5, 5, 5)).toEqual({ kind: 'value', value: 'OK' });
    expect(rangeFlag(5.1, 5, 5)).toEqual({ kind: 'value', value: 'ALERT' });
  });
});

describe('rangeFlag with one bound', () => {
  it.each<[number, number | undefined, number | undefined, string]>([
    [300, 250, undefined, 'OK'],
    [275, 250, undefined, 'OK'], // edge: 10% of 250 is 25
    [274, 250, undefined, 'WARN'],
    [250, 250, undefined, 'WARN'],
    [249, 250, undefined, 'ALERT'],
    [0.02, undefined, 0.03, 'OK'],
    [0.028, undefined, 0.03, 'WARN'],
    [0.03, undefined, 0.03, 'WARN'],
    [0.041, undefined, 0.03, 'ALERT'],
    [-12, -10, undefined, 'ALERT'],
    [-9.5, -10, undefined, 'WARN'], // the band uses the bound's magnitude
    [-5, -10, undefined, 'OK'],
    [0, 0, undefined, 'OK'], // a zero bound has no band
    [-1, 0, undefined, 'ALERT'],
  ])('%d with min %s, max %s → %s', (value, min, max, expected) => {
    expect(rangeFlag(value, min, max)).toEqual({ kind: 'value', value: expected });
  });
});

describe('rangeFlag margin', () => {
  it.each<[number, number, string]>([
    [0, 0, 'OK'], // no margin: the bound itself is OK
    [1, 0, 'OK'],
    [19, 0.2, 'WARN'],
    [20, 0.2, 'OK'],
    [49, 0.5, 'WARN'],
    [50, 0.5, 'OK'],
  ])('%d in 0..100 with margin %d → %s', (value, margin, expected) => {
    expect(rangeFlag(value, 0, 100, margin)).toEqual({ kind: 'value', value: expected });
  });
});

describe('rangeFlag invalid', () => {
  it.each<[number, number | undefined, number | undefined, number | undefined, string]>([
    [5, undefined, undefined, undefined, 'no range: set Min or Max'],
    [5, 10, 1, undefined, 'Min is above Max'],
    [5, 0, 10, 0.51, 'margin 0.51 is outside 0–0.5 (use a share like 10%)'],
    [5, 0, 10, -0.1, 'margin -0.1 is outside 0–0.5 (use a share like 10%)'],
    [5, 0, 10, 10, 'margin 10 is outside 0–0.5 (use a share like 10%)'],
    [5, 0, 10, Number.NaN, 'margin NaN is outside 0–0.5 (use a share like 10%)'],
    [Number.NaN, 0, 10, undefined, 'NaN is not a number'],
  ])('%d with min %s, max %s, margin %s: %s', (value, min, max, margin, why) => {
    expect(rangeFlag(value, min, max, margin)).toEqual({ kind: 'invalid', why });
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
    expect(rangeFlag(0.1 + 0.2, 0, 0.3, 0)).toEqual({ kind: 'value', value: 'OK' });
    expect(rangeFlag(0.3, 0.1 + 0.2, 1, 0)).toEqual({ kind: 'value', value: 'OK' });
    expect(rangeFlag(0.30001, 0, 0.3, 0)).toEqual({ kind: 'value', value: 'ALERT' });
  });

  it('reads Min a float noise above Max as one value, not a broken range', () => {
    expect(rangeFlag(0.3, 0.1 + 0.2, 0.3)).toEqual({ kind: 'value', value: 'OK' });
  });

  it('flags readings between bounds near the largest double', () => {
    expect(rangeFlag(0, -1.7e308, 1.7e308)).toEqual({ kind: 'value', value: 'OK' });
    expect(rangeFlag(1.6e308, -1.7e308, 1.7e308)).toEqual({ kind: 'value', value: 'WARN' });
    expect(rangeFlag(-1.7e308, -1.7e308, 1.7e308)).toEqual({ kind: 'value', value: 'WARN' });
    expect(rangeFlag(1.7e308, 1e308, undefined)).toEqual({ kind: 'value', value: 'OK' });
  });
});
