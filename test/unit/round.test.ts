import { describe, it, expect } from 'vitest';
import { atLeast, clamp, nearlyEqual, round2, roundTo } from '../../src/core/round';

describe('round2', () => {
  it.each([
    [0.695, 0.7],
    [0.685, 0.69],
    [0.005, 0.01],
    [0.004999, 0],
    [1.005, 1.01],
    [0.125, 0.13],
    [-0.125, -0.13],
    [-0.001, 0],
    [0.7, 0.7],
    [1, 1],
    [(0.0522 - 0.08) / (0.04 - 0.08), 0.7],
  ])('%d → %d', (value, expected) => {
    expect(round2(value)).toBe(expected);
  });

  it('rounds to other precisions', () => {
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(1.23456, 3)).toBe(1.235);
  });
});

describe('atLeast', () => {
  it.each([
    [0.63, 0.7 * 0.9, true],
    [0.6299999, 0.63, false],
    [1, 1, true],
    [0.5, 0.4, true],
    [0.4, 0.5, false],
  ])('%d ≥ %d is %s', (a, b, expected) => {
    expect(atLeast(a, b)).toBe(expected);
  });
});

describe('clamp', () => {
  it.each([
    [-0.2, 0],
    [0.5, 0.5],
    [1.7, 1],
  ])('%d → %d', (value, expected) => {
    expect(clamp(value, 0, 1)).toBe(expected);
  });
});

describe('nearlyEqual', () => {
  it.each([
    [0.1 + 0.2, 0.3, true],
    [1e308, 1e308 * (1 + 1e-12), true],
    [0, 1e-300, false], // relative: tiny numbers are not all zero
    [100, 100.001, false],
    [-0.3, -(0.1 + 0.2), true],
  ])('%d ≈ %d is %s', (a, b, expected) => {
    expect(nearlyEqual(a, b)).toBe(expected);
  });
});
