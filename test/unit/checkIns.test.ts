import { describe, it, expect } from 'vitest';
import type { Cell } from '../../src/core/cells';
import { lastCheckIns } from '../../src/core/checkIns';
import { findHeader } from '../../src/core/headers';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

function lookup(values: Cell[][]) {
  const header = findHeader('checkIns', values);
  if (!header.ok) throw new Error(`test header not found: ${header.missing.join(', ')}`);
  return lastCheckIns(values, header.header);
}

const HEADER = ['Timestamp', 'Quarter', 'ID', 'Item', 'Kind', 'Value', 'Confidence', 'Note', 'By'];

describe('lastCheckIns', () => {
  it('keeps the newest date per ID, whatever the row order, keyed by the lower-cased ID', () => {
    const result = lookup([
      HEADER,
      [day('2026-11-10'), '2026-Q4', 'O1.1', 'Leads', 'KR', 40, 7, '', 'ana@example.com'],
      [day('2026-11-20'), '2026-Q4', 'O1.1', 'Leads', 'KR', 45, 7, '', 'ana@example.com'],
      [day('2026-11-15'), '2026-Q4', 'o1.1', 'Leads', 'KR', 42, 6, '', 'ana@example.com'],
      [day('2026-11-01'), '2026-Q4', 'K2', 'Churn', 'KPI', 0.05, '', '', 'ben@example.com'],
    ]);
    expect([...result]).toEqual([['o1.1', day('2026-11-20')], ['k2', day('2026-11-01')]]);
  });

  it('reads a timestamp with a time of day as its calendar day, and a typed date too', () => {
    const result = lookup([
      HEADER,
      [new Date('2026-11-20T15:30:00Z'), '', 'O1.1', '', '', 1, '', '', ''],
      ['2026-11-21', '', 'O1.2', '', '', 1, '', '', ''],
      [46347, '', 'O1.3', '', '', 1, '', '', ''], // Sheets serial day 46347 is 2026-11-21
    ]);
    expect(Object.fromEntries(result)).toEqual({ 'o1.1': day('2026-11-20'), 'o1.2': day('2026-11-21'), 'o1.3': day('2026-11-21') });
  });

  it('skips malformed rows: blank ID, blank or unreadable timestamp, an error value', () => {
    const result = lookup([
      HEADER,
      [day('2026-11-20'), '', '', 'No ID', '', 1, '', '', ''],
      ['', '', 'O1.1', 'No time', '', 1, '', '', ''],
      ['last week', '', 'O1.1', 'Bad time', '', 1, '', '', ''],
      ['#REF!', '', 'O1.1', 'Error', '', 1, '', '', ''],
      [true, '', 'O1.1', 'Checkbox', '', 1, '', '', ''],
      [day('2026-11-02'), '', 'O1.1', 'Good', '', 1, '', '', ''],
      [],
    ]);
    expect([...result]).toEqual([['o1.1', day('2026-11-02')]]);
  });

  it('starts below a header that is not on the first row, in any column order', () => {
    const result = lookup([
      ['Check-in log'],
      ['ID', 'Note', 'When'],
      ['K1', 'steady', day('2026-11-05')],
    ]);
    expect([...result]).toEqual([['k1', day('2026-11-05')]]);
  });

  it('an empty log gives an empty lookup', () => {
    expect(lookup([HEADER]).size).toBe(0);
  });
});
