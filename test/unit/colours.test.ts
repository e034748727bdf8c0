import { describe, it, expect } from 'vitest';
import {
  GREEN,
  GREY,
  MUTED,
  PURPLE_GREY,
  RED,
  YELLOW,
  gradeColour,
  keyResultStatusColour,
  kpiStatusColour,
} from '../../src/core/colours';
import type { RangeFlag } from '../../src/core/kpi/rangeFlag';

describe('palette', () => {
  it("uses Sheets' light colours", () => {
    expect([RED, YELLOW, GREEN, GREY, PURPLE_GREY, MUTED]).toEqual([
      '#f4c7c3',
      '#fce8b2',
      '#b7e1cd',
      '#e8eaed',
      '#e1d5e7',
      '#f1f3f4',
    ]);
  });
});

describe('gradeColour', () => {
  it.each([
    [0, RED],
    [0.39, RED],
    [0.4, YELLOW],
    [0.69, YELLOW],
    [0.7, GREEN],
    [1, GREEN],
  ])('%d → %s', (score, expected) => {
    expect(gradeColour(score)).toBe(expected);
  });
});

describe('keyResultStatusColour', () => {
  it.each([
    ['DONE', GREEN],
    ['ON TRACK', GREEN],
    ['AT RISK', YELLOW],
    ['OFF TRACK', RED],
    ['NO DATA', GREY],
    ['INVALID: target equals start', PURPLE_GREY],
    ['ON TRACK (stale)', MUTED],
    ['OFF TRACK (stale)', MUTED],
    ['', GREY],
    ['something else', GREY],
  ])('%j → %s', (status, expected) => {
    expect(keyResultStatusColour(status)).toBe(expected);
  });
});

describe('kpiStatusColour', () => {
  it.each<[string, RangeFlag | undefined, string]>([
    ['OK', undefined, GREEN],
    ['WARN', undefined, YELLOW],
    ['ALERT', undefined, RED],
    ['NO DATA', undefined, GREY],
    ['INVALID: Min is above Max', undefined, PURPLE_GREY],
    ['STALE', undefined, GREY],
    ['STALE', 'OK', GREEN],
    ['STALE', 'WARN', YELLOW],
    ['STALE', 'ALERT', RED],
    ['???', 'OK', GREY],
  ])('%j with flag %s → %s', (status, flag, expected) => {
    expect(kpiStatusColour(status, flag)).toBe(expected);
  });
});
