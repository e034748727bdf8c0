import { describe, it, expect } from 'vitest';
import type { Cell } from '../../../src/core/cells';
import {
  checkInEntries,
  checkInLogLayout,
  historyEntries,
  historyLayout,
  inTimeOrder,
  newestById,
  readingsById,
} from '../../../src/core/checkIn/log';
import { buildWorkbook } from '../../../src/core/workbook/workbook';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Newest check-in day by lower-cased ID, as the model takes it from the log. */
function lookup(values: Cell[][]): Map<string, Date> {
  return newestById(checkInEntries(values));
}

function history(values: Cell[][]) {
  return readingsById(checkInEntries(values));
}

const HEADER = ['Timestamp', 'Quarter', 'ID', 'Item', 'Kind', 'Value', 'Confidence', 'Note', 'By'];

describe('newestById (lastCheckIns)', () => {
  it('keeps the newest date per ID, whatever the row order, keyed by the lower-cased ID', () => {
    const result = lookup([
      HEADER,
      [day('2026-11-10'), '2026-Q4', 'O1.1', 'Leads', 'KR', 40, 7, '', 'ana@example.com'],
      [day('2026-11-20'), '2026-Q4', 'O1.1', 'Leads', 'KR', 45, 7, '', 'ana@example.com'],
      [day('2026-11-15'), '2026-Q4', 'o1.1', 'Leads', 'KR', 42, 6, '', 'ana@example.com'],
      [day('2026-11-01'), '2026-Q4', 'K2', 'Churn', 'KPI', 0.05, '', '', 'ben@example.com'],
    ]);
    expect([...result]).toEqual([
      ['o1.1', day('2026-11-20')],
      ['k2', day('2026-11-01')],
    ]);
  });

  it('reads a timestamp with a time of day as its calendar day, and a typed date too', () => {
    const result = lookup([
      HEADER,
      [new Date('2026-11-20T15:30:00Z'), '', 'O1.1', '', '', 1, '', '', ''],
      ['2026-11-21', '', 'O1.2', '', '', 1, '', '', ''],
      [46347, '', 'O1.3', '', '', 1, '', '', ''], // Sheets serial day 46347 is 2026-11-21
    ]);
    expect(Object.fromEntries(result)).toEqual({
      'o1.1': day('2026-11-20'),
      'o1.2': day('2026-11-21'),
      'o1.3': day('2026-11-21'),
    });
  });

  it('the newest of two check-ins on one day is found by its time, and kept as that day', () => {
    const result = lookup([
      HEADER,
      [new Date('2026-11-20T09:00:00Z'), '', 'O1.1', '', '', 1, '', '', ''],
      [new Date('2026-11-20T17:45:00Z'), '', 'O1.1', '', '', 2, '', '', ''],
      [new Date('2026-11-19T23:59:00Z'), '', 'O1.1', '', '', 3, '', '', ''],
    ]);
    expect([...result]).toEqual([['o1.1', day('2026-11-20')]]);
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
    const result = lookup([['Check-in log'], ['ID', 'Note', 'When'], ['K1', 'steady', day('2026-11-05')]]);
    expect([...result]).toEqual([['k1', day('2026-11-05')]]);
  });

  it('an empty log gives an empty lookup', () => {
    expect(lookup([HEADER]).size).toBe(0);
  });
});

describe('readingsById (checkInHistory)', () => {
  it('orders each ID’s readings by time, counts a checkbox as 1 or 0, and skips rows it cannot read', () => {
    const readings = history([
      ['Timestamp', 'Quarter', 'ID', 'Item', 'Kind', 'Value'],
      [new Date(2026, 10, 20, 15), '2026-Q4', 'O1.1', 'Churn', 'KR', 0.05],
      [new Date(2026, 10, 20, 9), '2026-Q4', 'o1.1', 'Churn', 'KR', 0.06],
      [new Date(2026, 10, 21), '2026-Q4', 'O2.3', 'SOC 2', 'KR', true],
      ['', '2026-Q4', 'O1.1', 'Churn', 'KR', 0.01],
      [new Date(2026, 10, 22), '2026-Q4', 'O1.1', 'Churn', 'KR', 'lots'],
    ]);
    expect(readings.get('o1.1')?.map((reading) => reading.value)).toEqual([0.06, 0.05]);
    expect(readings.get('o2.3')?.map((reading) => reading.value)).toEqual([1]);
  });

  it('is empty without a Check-ins tab or its header', () => {
    const built = buildWorkbook({
      kpis: { values: [['KPI', 'Min']], formulas: [] },
      okrs: { values: [['Objective', 'Key Result', 'Target', 'Current']], formulas: [] },
      today: day('2026-11-23'),
      fiscalStartMonth: 1,
    });
    if (!built.ok) throw new Error(built.problems.join('; '));
    expect(built.workbook.readings.size).toBe(0);
    expect(history([['When?', 'What']]).size).toBe(0);
  });

  it('keeps each reading’s time: KPI History first, then check-ins, sorted together oldest first; a row with no number is no reading', () => {
    const readings = readingsById([
      ...historyEntries([
        ['Date', 'Quarter', 'ID', 'KPI', 'Value'],
        [day('2026-09-30'), '2026-Q3', 'K2', 'Churn', 0.05],
        [day('2026-12-31'), '2026-Q4', 'K2', 'Churn', 0.04],
      ]),
      ...checkInEntries([
        ['Timestamp', 'ID', 'Value'],
        [new Date('2026-11-20T10:00:00Z'), 'K2', 0.041],
        [new Date('2026-11-21T10:00:00Z'), 'K2', ''],
      ]),
    ]);
    expect(readings.get('k2')).toEqual([
      { at: day('2026-09-30'), value: 0.05 },
      { at: new Date('2026-11-20T10:00:00Z'), value: 0.041 },
      { at: day('2026-12-31'), value: 0.04 },
    ]);
  });

  it('ignores the Kind column: a KPI’s readings are the log rows with its ID', () => {
    const readings = history([
      HEADER,
      [day('2026-11-10'), '2026-Q4', 'K2', 'Churn', 'KPI', 0.05, '', '', 'a'],
      [day('2026-11-11'), '2026-Q4', 'K2', 'Churn', '', 0.045, '', '', 'a'],
      [day('2026-11-12'), '2026-Q4', 'K2', 'Churn', 'KR', 0.04, '', '', 'a'],
    ]);
    expect(readings.get('k2')?.map((reading) => reading.value)).toEqual([0.05, 0.045, 0.04]);
  });
});

describe('historyEntries', () => {
  it('reads Date, ID and Value under a first-row header in any order and case, skipping unreadable rows', () => {
    const entries = historyEntries([
      ['value', 'KPI', 'id', 'DATE'],
      [0.05, 'Churn', 'K2', day('2026-09-30')],
      ['', 'NPS', 'K1', day('2026-09-30')], // no value: an entry with no reading
      [48, 'NPS', '', day('2026-09-30')], // no ID
      [48, 'NPS', 'K1', 'someday'], // no date
    ]);
    expect(entries).toEqual([
      { id: 'k2', at: day('2026-09-30'), value: 0.05 },
      { id: 'k1', at: day('2026-09-30') },
    ]);
  });

  it('reads nothing without all three of Date, ID and Value on the first row', () => {
    expect(
      historyEntries([
        ['Date', 'ID', 'Reading'],
        [day('2026-09-30'), 'K2', 0.05],
      ]),
    ).toEqual([]);
    expect(historyEntries([['KPI History'], ['Date', 'ID', 'Value'], [day('2026-09-30'), 'K2', 0.05]])).toEqual([]);
    expect(historyEntries([])).toEqual([]);
  });
});

describe('inTimeOrder', () => {
  const rows = (...times: Cell[]): Cell[][] => times.map((time) => ['x', time]);

  it('is true while the times never go back, equal times and unreadable ones included', () => {
    expect(
      inTimeOrder(rows(day('2026-11-01'), day('2026-11-01'), 'oops', '', new Date('2026-11-02T08:00:00Z')), 1),
    ).toBe(true);
    expect(inTimeOrder([], 1)).toBe(true);
  });

  it('is false as soon as one readable time is older than the one before it (to the second)', () => {
    expect(inTimeOrder(rows(new Date('2026-11-02T08:00:01Z'), 'oops', new Date('2026-11-02T08:00:00Z')), 1)).toBe(
      false,
    );
    expect(inTimeOrder(rows(day('2026-11-03'), day('2026-11-01')), 1)).toBe(false);
  });

  it('reads typed dates and serial days too', () => {
    expect(inTimeOrder(rows('2026-11-20', 46347), 1)).toBe(true); // 46347 is 2026-11-21
    expect(inTimeOrder(rows(46347, '2026-11-20'), 1)).toBe(false);
  });
});

describe('log layouts', () => {
  it('checkInLogLayout: the header row and the Timestamp, ID and Value columns, time first', () => {
    expect(checkInLogLayout([['Check-ins'], HEADER])).toEqual({ headerRow: 1, columns: [0, 2, 5] });
    expect(checkInLogLayout([['Value', 'ID', 'Note', 'When']])).toEqual({ headerRow: 0, columns: [3, 1, 0] });
  });

  it('checkInLogLayout: without a Value column the time and ID are still read', () => {
    expect(checkInLogLayout([['ID', 'Note', 'When']])).toEqual({ headerRow: 0, columns: [2, 0] });
  });

  it('checkInLogLayout: no layout without a header', () => {
    expect(checkInLogLayout([['Note'], ['hello']])).toBeUndefined();
    expect(checkInLogLayout([])).toBeUndefined();
  });

  it('historyLayout: Date, ID and Value on the first row, in that order; no layout when one is missing', () => {
    expect(historyLayout([['Date', 'Quarter', 'ID', 'KPI', 'Value', 'Min', 'Max', 'Status']])).toEqual({
      headerRow: 0,
      columns: [0, 2, 4],
    });
    expect(historyLayout([['Value', 'ID', 'Date']])).toEqual({ headerRow: 0, columns: [2, 1, 0] });
    expect(historyLayout([['Date', 'ID']])).toBeUndefined();
    expect(historyLayout([])).toBeUndefined();
  });
});
