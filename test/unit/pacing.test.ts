import { describe, it, expect } from 'vitest';
import { STALE_AFTER_DAYS, elapsedShare, isCheckInStale, paceStatus } from '../../src/core/okr/pacing';

const start = new Date(2026, 9, 1); // Q4 2026
const end = new Date(2026, 11, 31); // 91 days after start

describe('elapsedShare', () => {
  it.each<[Date, Date, number]>([
    [new Date(2026, 9, 1), end, 0],
    [new Date(2026, 8, 20), end, 0],
    [new Date(2026, 10, 15), end, 45 / 91],
    [new Date(2026, 11, 31), end, 1],
    [new Date(2026, 11, 31, 22), end, 1],
    [new Date(2027, 0, 5), end, 1],
    [new Date(2026, 9, 11), new Date(2026, 9, 21), 0.5], // an early due date
  ])('on %s with due %s → %d', (today, due, expected) => {
    expect(elapsedShare(start, due, today)).toBeCloseTo(expected, 12);
  });

  it.each<[Date, Date, number]>([
    [start, start, 1], // due on the first day: due today
    [new Date(2026, 8, 30), start, 0],
    [new Date(2026, 9, 1), new Date(2026, 8, 15), 1], // due before the quarter started
    [new Date(2026, 8, 10), new Date(2026, 8, 15), 0],
  ])('when due is not after the start: on %s with due %s → %d', (today, due, expected) => {
    expect(elapsedShare(start, due, today)).toBe(expected);
  });
});

describe('paceStatus', () => {
  it.each<[number, number, number | undefined, string]>([
    [1, 0.1, undefined, 'DONE'],
    [1.2, 0.5, undefined, 'DONE'],
    [1, 0.5, 1, 'DONE'], // low confidence never undoes DONE
    [0.35, 0.5, undefined, 'ON TRACK'], // exactly 0.7 × elapsed
    [0.34, 0.5, undefined, 'AT RISK'],
    [0.63, 0.9, undefined, 'ON TRACK'], // 0.7 × 0.9 is 0.6299999999999999 in floats
    [0.2, 0.5, undefined, 'AT RISK'], // exactly 0.4 × elapsed
    [0.19, 0.5, undefined, 'OFF TRACK'],
    [0, 0, undefined, 'ON TRACK'], // nothing expected yet
    [0, 0.01, undefined, 'OFF TRACK'],
    [0.9, 1, undefined, 'ON TRACK'],
    [0.5, 1, undefined, 'AT RISK'],
    [0.8, 0.5, 3, 'AT RISK'], // confidence ≤ 3 caps
    [0.8, 0.5, 0, 'AT RISK'],
    [0.8, 0.5, 4, 'ON TRACK'],
    [0.1, 0.5, 2, 'OFF TRACK'], // the cap doesn't lift OFF TRACK
    [0.25, 0.5, 3, 'AT RISK'],
  ])('score %d at elapsed %d (confidence %s) → %s', (score, elapsed, confidence, expected) => {
    expect(paceStatus(score, elapsed, confidence)).toBe(expected);
  });
});

describe('isCheckInStale', () => {
  const today = new Date(2026, 10, 20, 9);
  it.each<[Date, boolean]>([
    [new Date(2026, 10, 20), false],
    [new Date(2026, 10, 6), false], // exactly 14 days
    [new Date(2026, 10, 6, 0, 1), false],
    [new Date(2026, 10, 5, 23), true], // 15 days
    [new Date(2026, 9, 1), true],
  ])('last check-in %s → %s', (last, expected) => {
    expect(isCheckInStale(last, today)).toBe(expected);
  });

  it('uses two weeks', () => {
    expect(STALE_AFTER_DAYS).toBe(14);
  });
});
