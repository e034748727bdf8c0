// A check-in is planned against the tabs as they are at save time: the row found by the ID must still be
// the one the person picked, or nothing is written.
import { describe, it, expect } from 'vitest';
import type { Cell } from '../../src/core/cells';
import type { CheckInPayload } from '../../src/core/checkIn/payload';
import { planCheckIn } from '../../src/core/checkIn/plan';
import { buildWorkbook } from '../../src/core/workbook/workbook';
import { stringContaining } from '../matchers';

const NOW = new Date(2026, 10, 23, 10, 30);

const KPIS: Cell[][] = [
  ['ID', 'KPI', 'Owner', 'Unit', 'Min', 'Max', 'Current', 'Updated'],
  ['K1', 'Customer churn', 'Ana', '%', '', 0.03, 0.041, ''],
  ['', 'Signups', 'Ben', '', 100, '', 90, ''], // no ID yet: the model gives it K2
];

const OKRS: Cell[][] = [
  ['ID', 'Objective', 'Key Result', 'Owner', 'Start', 'Target', 'Current', 'Confidence'],
  ['O1', 'Keep customers', '', 'Ana', '', '', '', ''], // 1
  ['O1.1', '', 'Cut churn', '', 0.08, 0.04, 0.06, ''], // 2
  ['', '', 'Renewals', '', 0, 10, 4, ''], // 3: no ID yet: the model gives it O1.2
  ['O2.1', 'Delight users', 'Raise NPS', 'Cy', 30, 50, 41, ''], // 4: flat layout, its own objective
];

function plan(payload: Partial<CheckInPayload> & { id: string }) {
  const built = buildWorkbook({
    kpis: { values: KPIS, formulas: [] },
    okrs: { values: OKRS, formulas: [] },
    today: new Date(2026, 10, 23),
    fiscalStartMonth: 1,
  });
  if (!built.ok) throw new Error(built.problems.join('; '));
  return planCheckIn({
    workbook: built.workbook,
    formulas: { kpis: [], okrs: [] },
    payload: { value: '5', ...payload },
    now: NOW,
    by: 'ana@example.com',
  });
}

describe('planCheckIn: the row must still be the one picked', () => {
  it("an objective's ID (any case) is refused, saying it is an objective", () => {
    expect(plan({ id: 'o1' })).toEqual({
      ok: false,
      field: 'id',
      message: 'O1 is an objective: check in on one of its key results instead. Nothing was saved.',
    });
  });

  it('an ID on neither tab is refused as deleted or changed', () => {
    expect(plan({ id: 'O9.9' })).toEqual({
      ok: false,
      field: 'id',
      message: 'O9.9 is no longer on the OKRs or KPIs tab (deleted, or its ID changed). Nothing was saved.',
    });
  });

  it.each([
    ['a key result', 'O1.2'],
    ['a KPI', 'K2'],
  ])('%s whose ID was only just assigned (its ID cell still blank) is refused: no row holds that ID yet', (_, id) => {
    expect(plan({ id })).toEqual({
      ok: false,
      field: 'id',
      message: `${id} has no ID in its row yet, so the add-on cannot be sure which row it is. Nothing was saved: reopen Check in… (it fills the IDs) and try again.`,
    });
  });

  it('a name that no longer matches the row is refused, naming what the row reads and what was picked', () => {
    expect(plan({ id: 'O1.1', name: ' Renewals ' })).toEqual({
      ok: false,
      field: 'id',
      message:
        'O1.1 now reads "Cut churn", not "Renewals": the rows changed since the list was loaded. Nothing was saved; check the list and try again.',
    });
    expect(plan({ id: 'K1', name: 'Signups' })).toMatchObject({
      ok: false,
      field: 'id',
      message: stringContaining('K1 now reads "Customer churn", not "Signups"'),
    });
  });

  it('a flat-layout row whose objective no longer matches is refused, naming both objectives', () => {
    expect(plan({ id: 'O2.1', name: 'Raise NPS', objective: 'Keep customers' })).toEqual({
      ok: false,
      field: 'id',
      message:
        'O2.1 now belongs to "Delight users", not "Keep customers": the rows changed since the list was loaded. Nothing was saved; check the list and try again.',
    });
  });

  it('the same name and objective in other case and spacing are the same row', () => {
    expect(plan({ id: 'o1.1', name: '  cut CHURN ' }).ok).toBe(true);
    expect(plan({ id: 'O2.1', name: 'raise nps', objective: ' delight USERS ' }).ok).toBe(true);
  });

  it("under an objective row a key result's own row shows no objective, so only its name is checked", () => {
    expect(plan({ id: 'O1.1', name: 'Cut churn', objective: 'Keep clients' }).ok).toBe(true);
  });

  it('a payload without name or objective (an older sidebar) is checked by ID alone', () => {
    expect(plan({ id: 'O1.1' }).ok).toBe(true);
  });
});

describe('planCheckIn: what an accepted check-in writes', () => {
  it("the key result's Current and Confidence on its own row, and a log entry naming it", () => {
    const planned = plan({ id: 'O1.1', name: 'Cut churn', value: '5%', confidence: '7', note: 'better' });
    if (!planned.ok) throw new Error(planned.message);
    expect(planned.writes).toEqual([
      { tab: 'okrs', row: 2, column: 6, value: 0.05 },
      { tab: 'okrs', row: 2, column: 7, value: 7 },
    ]);
    expect(planned.log).toMatchObject({
      timestamp: NOW,
      id: 'O1.1',
      item: 'Cut churn',
      kind: 'KR',
      value: 0.05,
      confidence: 7,
      note: 'better',
      by: 'ana@example.com',
    });
  });
});
