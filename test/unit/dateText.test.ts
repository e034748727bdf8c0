import { describe, it, expect } from 'vitest';
import { calendarDate, monthFromName, parseDateText } from '../../src/core/dateText';
import { isoDate } from '../../src/core/dates';

describe('monthFromName', () => {
  it.each<[string, number | undefined]>([
    ['Jan', 1],
    ['sept', 9],
    ['SEP', 9],
    ['December', 12],
    ['Ma', undefined], // May or March: too short to tell
    ['Mar', 3],
    ['Decembre', undefined],
  ])('%j → %s', (name, expected) => {
    expect(monthFromName(name)).toBe(expected);
  });
});

describe('calendarDate', () => {
  it.each<[number, number, number, string | undefined]>([
    [2028, 2, 29, '2028-02-29'],
    [2026, 2, 29, undefined],
    [2100, 2, 29, undefined],
    [2000, 2, 29, '2000-02-29'],
    [2026, 4, 31, undefined],
    [2026, 0, 1, undefined],
    [2026, 1, 0, undefined],
  ])('%i-%i-%i → %s', (year, month, day, expected) => {
    const date = calendarDate(year, month, day);
    expect(date && isoDate(date)).toBe(expected);
  });
});

describe('parseDateText', () => {
  it('suggests the day-first reading for an ambiguous date', () => {
    expect(parseDateText('01/02/2026')).toEqual({ kind: 'invalid', why: '"01/02/2026" is ambiguous — use 2026-02-01' });
  });

  it('reads a day-first date when the day is above 12', () => {
    const reading = parseDateText('25.12.2026');
    expect(reading.kind === 'value' && isoDate(reading.value)).toBe('2026-12-25');
  });
});
