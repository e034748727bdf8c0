import { describe, expect, it } from 'vitest';
import { checkInHistory } from '../../src/core/checkInHistory';
import { ownerToShow } from '../../src/core/checkInState';

describe('ownerToShow', () => {
  const owners = ['Head of CS', 'lead@example.com'];

  it("before any choice, the user's email when it is an Owner (any case), else All", () => {
    expect(ownerToShow(owners, null, 'Lead@Example.com')).toBe('lead@example.com');
    expect(ownerToShow(owners, null, 'someone@example.com')).toBe('');
    expect(ownerToShow(owners, null, '')).toBe('');
  });

  it('a saved choice wins, even All; an owner no longer on the tabs falls back to All', () => {
    expect(ownerToShow(owners, 'head of cs', 'lead@example.com')).toBe('Head of CS');
    expect(ownerToShow(owners, '', 'lead@example.com')).toBe('');
    expect(ownerToShow(owners, 'Former owner', 'lead@example.com')).toBe('');
  });
});

describe('checkInHistory', () => {
  it('orders each ID’s readings by time, counts a checkbox as 1 or 0, and skips rows it cannot read', () => {
    const history = checkInHistory([
      ['Timestamp', 'Quarter', 'ID', 'Item', 'Kind', 'Value'],
      [new Date(2026, 10, 20, 15), '2026-Q4', 'O1.1', 'Churn', 'KR', 0.05],
      [new Date(2026, 10, 20, 9), '2026-Q4', 'o1.1', 'Churn', 'KR', 0.06],
      [new Date(2026, 10, 21), '2026-Q4', 'O2.3', 'SOC 2', 'KR', true],
      ['', '2026-Q4', 'O1.1', 'Churn', 'KR', 0.01],
      [new Date(2026, 10, 22), '2026-Q4', 'O1.1', 'Churn', 'KR', 'lots'],
    ]);
    expect(history.get('o1.1')?.map((reading) => reading.value)).toEqual([0.06, 0.05]);
    expect(history.get('o2.3')?.map((reading) => reading.value)).toEqual([1]);
  });

  it('is empty without a Check-ins tab or its header', () => {
    expect(checkInHistory(undefined).size).toBe(0);
    expect(checkInHistory([['When?', 'What']]).size).toBe(0);
  });
});
