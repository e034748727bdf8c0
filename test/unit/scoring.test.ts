import { describe, it, expect } from 'vitest';
import { keyResultScore, objectiveScore, scoreFromValues } from '../../src/core/okr/scoring';

describe('keyResultScore', () => {
  it.each([
    [0, 100, 50, 0.5],
    [0, 100, 0, 0],
    [0, 100, 100, 1],
    [0, 100, 150, 1], // over-achievement clamps
    [0, 100, -20, 0], // going backwards clamps
    [0, 1000, 695, 0.7], // half-way rounding against float noise
    [0, 1000, 694, 0.69],
    [0, 3, 1, 0.33],
    [0, 3, 2, 0.67],
    [10, 20, 17, 0.7],
    [0.08, 0.04, 0.055, 0.63], // falling target: churn 8% → 4%
    [0.08, 0.04, 0.0522, 0.7],
    [0.08, 0.04, 0.04, 1],
    [0.08, 0.04, 0.03, 1],
    [0.08, 0.04, 0.09, 0],
    [24, 4, 6, 0.9],
    [-10, 10, 0, 0.5],
  ])('start %d, target %d, current %d → %d', (start, target, current, expected) => {
    expect(keyResultScore(start, target, current)).toEqual({ kind: 'value', value: expected });
  });

  it.each([
    [5, 5, 5, 'target equals start'],
    [0, 0, 3, 'target equals start'],
    [Number.NaN, 1, 1, 'not a number'],
    [0, Number.POSITIVE_INFINITY, 1, 'not a number'],
  ])('start %d, target %d, current %d is invalid: %s', (start, target, current, why) => {
    expect(keyResultScore(start, target, current)).toEqual({ kind: 'invalid', why });
  });
});

describe('scoreFromValues', () => {
  it.each([
    [0, 10, undefined, { kind: 'blank' }],
    [undefined, undefined, true, { kind: 'value', value: 1 }],
    [0, 10, false, { kind: 'value', value: 0 }],
    [undefined, 10, 7, { kind: 'invalid', why: 'Start: missing' }], // never guessed as 0: a falling KR would read DONE
    [undefined, 0.04, 0.055, { kind: 'invalid', why: 'Start: missing' }],
    [0, undefined, 7, { kind: 'invalid', why: 'Target: missing' }],
    [3, 3, 7, { kind: 'invalid', why: 'target equals start' }],
  ] as const)('start %s, target %s, current %s', (start, target, current, expected) => {
    expect(scoreFromValues(start, target, current)).toEqual(expected);
  });
});

describe('objectiveScore', () => {
  it.each([
    [
      [
        { score: 0.5, weight: 1 },
        { score: 1, weight: 1 },
      ],
      0.75,
    ],
    [
      [
        { score: 0.5, weight: 1 },
        { score: 1, weight: 3 },
      ],
      0.88,
    ],
    [
      [
        { score: 0.2, weight: 0 },
        { score: 0.9, weight: 2 },
      ],
      0.9,
    ],
    [
      [
        { score: 0.3, weight: 1 },
        { score: 0.3, weight: 1 },
        { score: 0.4, weight: 1 },
      ],
      0.33,
    ],
    [
      [
        { score: 0.6, weight: 1 },
        { score: 0.9, weight: -5 },
      ],
      0.6,
    ], // a negative weight doesn't count
    [
      [
        { score: Number.NaN, weight: 1 },
        { score: 0.4, weight: 1 },
      ],
      0.4,
    ],
    [[{ score: 0.7, weight: 0.5 }], 0.7],
  ])('%j → %d', (parts, expected) => {
    expect(objectiveScore(parts)).toBe(expected);
  });

  it.each([
    [[]],
    [
      [
        { score: 0.5, weight: 0 },
        { score: 0.8, weight: 0 },
      ],
    ],
  ])('%j → undefined', (parts) => {
    expect(objectiveScore(parts)).toBeUndefined();
  });
});

describe('scores of computed and extreme numbers', () => {
  it('reads a Start of =0.1+0.2 against Target 0.3 as no distance to travel, not DONE', () => {
    expect(keyResultScore(0.1 + 0.2, 0.3, 0.3)).toEqual({ kind: 'invalid', why: 'target equals start' });
    expect(keyResultScore(0.3, 0.1 + 0.2, 1)).toEqual({ kind: 'invalid', why: 'target equals start' });
  });

  it('still tells apart tiny numbers that really differ', () => {
    expect(keyResultScore(0, 1e-12, 0.5e-12)).toEqual({ kind: 'value', value: 0.5 });
  });

  it('scores bounds near the largest double without NaN or Infinity', () => {
    expect(keyResultScore(-1e308, 1e308, 1e308)).toEqual({ kind: 'value', value: 1 });
    expect(keyResultScore(-1.7e308, 1.7e308, 0)).toEqual({ kind: 'value', value: 0.5 });
    expect(keyResultScore(1.7e308, -1.7e308, -1.7e308)).toEqual({ kind: 'value', value: 1 });
  });

  it('averages huge weights like small ones instead of overflowing', () => {
    expect(
      objectiveScore([
        { score: 0.5, weight: 1e308 },
        { score: 1, weight: 1e308 },
      ]),
    ).toBe(0.75);
    expect(
      objectiveScore([
        { score: 0.5, weight: 1.7e308 },
        { score: 1, weight: 1.7e308 },
        { score: 0, weight: 1.7e308 },
      ]),
    ).toBe(0.5);
    expect(
      objectiveScore([
        { score: 0.2, weight: 5e-324 },
        { score: 1, weight: 5e-324 },
      ]),
    ).toBe(0.6);
  });
});
