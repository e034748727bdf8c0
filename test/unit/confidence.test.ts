import { describe, it, expect } from 'vitest';
import type { Cell } from '../../src/core/cells';
import { readConfidence } from '../../src/core/okr/confidence';

describe('readConfidence', () => {
  it.each<[Cell, number]>([
    [7, 7],
    ['7', 7],
    [' 7.5 ', 7.5],
    [0, 0],
    [10, 10],
  ])('%j → %d', (cell, expected) => {
    expect(readConfidence(cell)).toEqual({ kind: 'value', value: expected });
  });

  it.each<[Cell, string]>([
    ['70%', '"70%" is a percent; confidence is a number from 0 to 10'],
    ['7%', '"7%" is a percent; confidence is a number from 0 to 10'],
    [11, '11 is outside 0–10'],
    [-1, '-1 is outside 0–10'],
    ['high', '"high" is not a number'],
  ])('%j is invalid: %s', (cell, why) => {
    expect(readConfidence(cell)).toEqual({ kind: 'invalid', why });
  });

  it('reads a blank as no confidence', () => {
    expect(readConfidence('')).toEqual({ kind: 'blank' });
  });
});
