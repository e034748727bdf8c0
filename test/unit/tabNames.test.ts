import { describe, it, expect } from 'vitest';
import { TAB_TITLES, tabKind } from '../../src/core/workbook/tabNames';

describe('TAB_TITLES', () => {
  it('names the tabs Set up creates', () => {
    expect(TAB_TITLES).toEqual({ kpis: 'KPIs', okrs: 'OKRs', checkIns: 'Check-ins' });
  });
});

describe('tabKind', () => {
  it.each<[string, string | undefined]>([
    ['KPIs', 'kpis'],
    ['KPI', 'kpis'],
    ['kpis', 'kpis'],
    [' K.P.I. ', 'kpis'],
    ['OKRs', 'okrs'],
    ['okr', 'okrs'],
    ['Check-ins', 'checkIns'],
    ['check ins', 'checkIns'],
    ['CHECKIN', 'checkIns'],
    ['KPI History', undefined],
    ['OKRs 2026-Q3', undefined],
    ['Sheet1', undefined],
    ['', undefined],
    // Names that are properties of every plain object must not be mistaken for a tab kind.
    ['Constructor', undefined],
    ['__proto__', undefined],
    ['hasOwnProperty', undefined],
  ])('%j → %s', (name, kind) => {
    expect(tabKind(name)).toBe(kind);
  });
});
