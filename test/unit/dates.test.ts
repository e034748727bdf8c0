import { describe, it, expect } from 'vitest';
import { dayNumber, daysBetween, fromDayNumber, isDate, isoDate, localDate } from '../../src/core/dates';

describe('dayNumber', () => {
  it.each([
    [new Date(1970, 0, 1), 0],
    [new Date(1970, 0, 2), 1],
    [new Date(1969, 11, 31), -1],
    [new Date(2026, 11, 31), 20818],
    [new Date(1899, 11, 30), -25569],
  ])('%s → %i', (date, expected) => {
    expect(dayNumber(date)).toBe(expected);
  });

  it('ignores the time of day', () => {
    expect(dayNumber(new Date(2026, 5, 1, 23, 59, 59))).toBe(dayNumber(new Date(2026, 5, 1)));
  });
});

describe('daysBetween', () => {
  it.each([
    [new Date(2026, 0, 1), new Date(2026, 0, 1), 0],
    [new Date(2026, 0, 1), new Date(2026, 0, 31), 30],
    [new Date(2026, 0, 31), new Date(2026, 0, 1), -30],
    [new Date(2028, 1, 28), new Date(2028, 2, 1), 2], // leap year
    [new Date(2026, 1, 28), new Date(2026, 2, 1), 1],
    [new Date(2026, 0, 1, 23, 0), new Date(2026, 0, 2, 1, 0), 1],
  ])('%s → %s is %i days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe('fromDayNumber', () => {
  it('is local midnight and inverts dayNumber', () => {
    const date = fromDayNumber(20818);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2026, 11, 31, 0]);
    expect(dayNumber(fromDayNumber(-25569))).toBe(-25569);
  });
});

describe('localDate', () => {
  it('keeps two-digit years as written and rolls day overflow', () => {
    expect(localDate(45, 0, 1).getFullYear()).toBe(45);
    expect(isoDate(localDate(2026, 3, 0))).toBe('2026-03-31');
  });
});

describe('isoDate', () => {
  it.each([
    [new Date(2026, 11, 31), '2026-12-31'],
    [new Date(2026, 0, 5, 22, 30), '2026-01-05'],
    [localDate(999, 0, 1), '0999-01-01'],
  ])('%s → %s', (date, expected) => {
    expect(isoDate(date)).toBe(expected);
  });
});

describe('isDate', () => {
  it.each([
    [new Date(), true],
    [new Date(Number.NaN), true],
    ['2026-01-01', false],
    [45000, false],
  ])('%s → %s', (value, expected) => {
    expect(isDate(value)).toBe(expected);
  });
});
