import { describe, it, expect } from 'vitest';
import { isoDate } from '../../src/core/dates';
import { nextQuarter, parseQuarter, quarterOf, quarterProgress, type Quarter } from '../../src/core/quarter';

/** A quarter as label and ISO days, so failures read plainly. */
function plain(q: Quarter): [string, number, number, string, string] {
  return [q.label, q.year, q.number, isoDate(q.start), isoDate(q.end)];
}

const day = (iso: string): Date => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1);
};

describe('quarterOf', () => {
  it.each<[string, number, [string, number, number, string, string]]>([
    // calendar quarters, including both edges of each
    ['2026-01-01', 1, ['2026-Q1', 2026, 1, '2026-01-01', '2026-03-31']],
    ['2026-03-31', 1, ['2026-Q1', 2026, 1, '2026-01-01', '2026-03-31']],
    ['2026-04-01', 1, ['2026-Q2', 2026, 2, '2026-04-01', '2026-06-30']],
    ['2026-09-30', 1, ['2026-Q3', 2026, 3, '2026-07-01', '2026-09-30']],
    ['2026-10-01', 1, ['2026-Q4', 2026, 4, '2026-10-01', '2026-12-31']],
    ['2026-12-31', 1, ['2026-Q4', 2026, 4, '2026-10-01', '2026-12-31']],
    ['2028-02-29', 1, ['2028-Q1', 2028, 1, '2028-01-01', '2028-03-31']],
    // fiscal year starting February
    ['2026-02-01', 2, ['2026-Q1', 2026, 1, '2026-02-01', '2026-04-30']],
    ['2026-01-31', 2, ['2025-Q4', 2025, 4, '2025-11-01', '2026-01-31']],
    ['2026-11-01', 2, ['2026-Q4', 2026, 4, '2026-11-01', '2027-01-31']],
    ['2027-01-15', 2, ['2026-Q4', 2026, 4, '2026-11-01', '2027-01-31']],
    ['2028-02-29', 2, ['2028-Q1', 2028, 1, '2028-02-01', '2028-04-30']],
    ['2027-12-31', 2, ['2027-Q4', 2027, 4, '2027-11-01', '2028-01-31']],
    // fiscal year starting July
    ['2026-07-01', 7, ['2026-Q1', 2026, 1, '2026-07-01', '2026-09-30']],
    ['2026-06-30', 7, ['2026-Q4', 2026, 4, '2026-04-01', '2026-06-30']],
    ['2026-12-31', 7, ['2026-Q2', 2026, 2, '2026-10-01', '2026-12-31']],
    ['2027-01-01', 7, ['2027-Q3', 2027, 3, '2027-01-01', '2027-03-31']],
    // fiscal year starting December: Q1 spans the new year
    ['2027-01-10', 12, ['2026-Q1', 2026, 1, '2026-12-01', '2027-02-28']],
    ['2028-02-29', 12, ['2027-Q1', 2027, 1, '2027-12-01', '2028-02-29']],
  ])('%s with fiscal start %i', (date, start, expected) => {
    expect(plain(quarterOf(day(date), start))).toEqual(expected);
  });

  it('ignores the time of day at the very end of a quarter', () => {
    expect(quarterOf(new Date(2026, 11, 31, 23, 59, 59)).label).toBe('2026-Q4');
  });

  it('gives local-midnight start and end', () => {
    const q = quarterOf(day('2026-05-10'));
    expect([q.start.getHours(), q.end.getHours(), q.end.getMinutes()]).toEqual([0, 0, 0]);
  });

  it.each([0, 13, 1.5, Number.NaN])('refuses fiscal start month %s', (month) => {
    expect(() => quarterOf(day('2026-01-01'), month)).toThrow(RangeError);
  });
});

describe('parseQuarter', () => {
  it.each([
    ['2026-Q4', 1, ['2026-Q4', 2026, 4, '2026-10-01', '2026-12-31']],
    ['2026 Q4', 1, ['2026-Q4', 2026, 4, '2026-10-01', '2026-12-31']],
    ['Q4 2026', 1, ['2026-Q4', 2026, 4, '2026-10-01', '2026-12-31']],
    ['q4-2026', 1, ['2026-Q4', 2026, 4, '2026-10-01', '2026-12-31']],
    ['2026Q4', 1, ['2026-Q4', 2026, 4, '2026-10-01', '2026-12-31']],
    [' 2026/q1 ', 1, ['2026-Q1', 2026, 1, '2026-01-01', '2026-03-31']],
    ['2026-Q4', 2, ['2026-Q4', 2026, 4, '2026-11-01', '2027-01-31']],
    ['2027-Q3', 7, ['2027-Q3', 2027, 3, '2027-01-01', '2027-03-31']],
    ['2026-Q2', 7, ['2026-Q2', 2026, 2, '2026-10-01', '2026-12-31']],
  ] as const)('%j with fiscal start %i', (text, start, expected) => {
    const reading = parseQuarter(text, start);
    expect(reading.kind === 'value' && plain(reading.value)).toEqual(expected);
  });

  it('round-trips every label quarterOf makes', () => {
    for (const start of [1, 2, 7, 12]) {
      for (let month = 0; month < 24; month++) {
        const q = quarterOf(new Date(2026, month, 15), start);
        const parsed = parseQuarter(q.label, start);
        expect(parsed.kind === 'value' && plain(parsed.value)).toEqual(plain(q));
      }
    }
  });

  it('reads blank as blank', () => {
    expect(parseQuarter('  ')).toEqual({ kind: 'blank' });
  });

  it.each(['xyz', '2026-Q5', 'Q0 2026', '26-Q4', '2026 Q4 extra', 'Q4'])('rejects %j', (text) => {
    expect(parseQuarter(text)).toEqual({ kind: 'invalid', why: `Quarter: "${text.trim()}" is not like 2026-Q4` });
  });
});

describe('quarterProgress', () => {
  const q4 = quarterOf(day('2026-11-15')); // 92 days
  it.each<[string, number]>([
    ['2026-09-30', 0],
    ['2026-10-01', 0],
    ['2026-10-02', 1 / 92],
    ['2026-11-16', 46 / 92],
    ['2026-12-31', 91 / 92],
    ['2027-01-01', 1],
    ['2027-06-01', 1],
  ])('%s → %d', (date, expected) => {
    expect(quarterProgress(day(date), q4)).toBeCloseTo(expected, 12);
  });

  it('counts a leap February', () => {
    const q1 = quarterOf(day('2028-01-01')); // 91 days in a leap year
    expect(quarterProgress(day('2028-03-01'), q1)).toBeCloseTo(60 / 91, 12);
  });
});

describe('nextQuarter', () => {
  const label = (text: string, fiscal = 1): string => {
    const reading = parseQuarter(text, fiscal);
    if (reading.kind !== 'value') throw new Error(text);
    const next = nextQuarter(reading.value, fiscal);
    return `${next.label} from ${isoDate(next.start)}`;
  };

  it('follows the calendar, across the year end', () => {
    expect(label('2026-Q3')).toBe('2026-Q4 from 2026-10-01');
    expect(label('2026-Q4')).toBe('2027-Q1 from 2027-01-01');
  });

  it('follows a fiscal year starting in February: Nov–Jan 2026-Q4 is followed by Feb 2027, 2027-Q1', () => {
    expect(label('2026-Q4', 2)).toBe('2027-Q1 from 2027-02-01');
    expect(label('2026-Q3', 2)).toBe('2026-Q4 from 2026-11-01');
  });
});
