// The KPI confirms: one verdict per key result linked to a KPI, from its reading at the quarter's start to
// its reading at the close, against the range it had before the close moved any bound.
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../src/core/checkIn/log';
import { kpiLookup, type Kpi } from '../../../src/core/kpi/kpis';
import type { KeyResult } from '../../../src/core/okr/okrs';
import { parseQuarter } from '../../../src/core/quarter';
import {
  confirmText,
  confirmsCell,
  kpiConfirms,
  startReading,
  verdictOf,
  type ConfirmInput,
} from '../../../src/core/quarterClose/kpiConfirms';
import type { BoundMove } from '../../../src/core/quarterClose/kpiBounds';
import { confirmsColumn, quarterLogRow, summaryText, QUARTER_LOG } from '../../../src/core/quarterClose/logRows';
import { gradesOf } from '../../../src/core/quarterClose/grades';
import { fakeKeyResult, fakeKpi, fakeObjective } from '../fakeModel';

const day = (iso: string): Date => new Date(`${iso}T00:00:00`);
const Q4 = (() => {
  const parsed = parseQuarter('2026-Q4', 1);
  if (parsed.kind !== 'value') throw new Error('2026-Q4 does not parse');
  return parsed.value;
})();

function input(
  kpi: Kpi,
  keyResult: Partial<KeyResult>,
  readings: { snapshots?: LogEntry[]; checkIns?: LogEntry[]; moves?: BoundMove[] } = {},
): ConfirmInput {
  return {
    objectives: [fakeObjective('O1', 1, [fakeKeyResult({ id: 'O1.1', row: 2, kpi: kpi.id, ...keyResult })])],
    kpis: kpiLookup([kpi]),
    snapshots: readings.snapshots ?? [],
    checkIns: readings.checkIns ?? [],
    quarter: Q4,
    closeDay: day('2027-01-04'),
    boundMoves: readings.moves ?? [],
  };
}

const churn = (current: number): Kpi => fakeKpi({ id: 'K2', name: 'Churn', max: 0.03, current });
const snapshot = (id: string, iso: string, value: number): LogEntry => ({ id, at: day(iso), value });

describe('the verdict', () => {
  it('back in range: out at the start, in at the close', () => {
    const [confirm] = kpiConfirms(
      input(churn(0.028), { start: 0.05, target: 0.03 }, { snapshots: [snapshot('k2', '2026-10-02', 0.043)] }),
    );
    expect(confirm).toEqual({
      keyResultId: 'O1.1',
      kpiId: 'K2',
      kpi: 'Churn',
      unit: '',
      verdict: 'back in range',
      from: 0.043,
      to: 0.028,
      unconfirmed: false,
    });
    expect(confirmText(confirm!)).toBe('O1.1 → K2 Churn: back in range (0.043 → 0.028)');
  });

  it('shows the readings in the KPI’s unit, as its cells show them', () => {
    const percent = fakeKpi({ id: 'K2', name: 'Churn', unit: '%', max: 0.03, current: 0.028 });
    const hours = fakeKpi({ id: 'K9', name: 'Response', unit: 'hours', max: 4, current: 6 });
    const snapshots = [snapshot('k2', '2026-10-02', 0.043), snapshot('k9', '2026-10-02', 7)];
    expect(kpiConfirms(input(percent, {}, { snapshots })).map(confirmText)).toEqual([
      'O1.1 → K2 Churn: back in range (4.3% → 2.8%)',
    ]);
    expect(kpiConfirms(input(hours, {}, { snapshots })).map(confirmText)).toEqual([
      'O1.1 → K9 Response: moved the right way (7 hours → 6 hours)',
    ]);
  });

  it('out of range both times: toward the range is the right way, away from it the wrong way', () => {
    expect(verdictOf(0.05, 0.04, { max: 0.03 }, 0)).toBe('moved the right way');
    expect(verdictOf(0.04, 0.05, { max: 0.03 }, 0)).toBe('moved the wrong way');
    // Toward the range wins over the key result's own direction.
    expect(verdictOf(0.05, 0.04, { max: 0.03 }, 1)).toBe('moved the right way');
  });

  it('leaving the range is the wrong way, whatever the key result aimed for', () => {
    expect(verdictOf(0.02, 0.04, { max: 0.03 }, 1)).toBe('moved the wrong way');
  });

  it('in range both times: the way the key result set out to move it (Start → Target)', () => {
    expect(verdictOf(100, 120, { min: 50 }, 1)).toBe('moved the right way');
    expect(verdictOf(120, 100, { min: 50 }, 1)).toBe('moved the wrong way');
    expect(verdictOf(120, 100, { min: 50 }, -1)).toBe('moved the right way');
  });

  it('in range both times with no direction: away from the nearer bound is the right way', () => {
    expect(verdictOf(0.2, 0.4, { min: 0, max: 1 }, 0)).toBe('moved the right way');
    expect(verdictOf(0.4, 0.2, { min: 0, max: 1 }, 0)).toBe('moved the wrong way');
    expect(verdictOf(0.7, 0.9, { min: 0, max: 1 }, 0)).toBe('moved the wrong way');
    expect(verdictOf(5, 6, {}, 0)).toBe('moved, with no range or target to judge it by');
  });

  it('Min above Max (an INVALID KPI) is no range to judge by: the key result’s direction decides, else nothing', () => {
    expect(verdictOf(15, 12, { min: 20, max: 10 }, -1)).toBe('moved the right way');
    expect(verdictOf(15, 12, { min: 20, max: 10 }, 1)).toBe('moved the wrong way');
    expect(verdictOf(15, 12, { min: 20, max: 10 }, 0)).toBe('moved, with no range or target to judge it by');
  });

  it('no change: the same reading, float noise forgiven', () => {
    expect(verdictOf(0.3, 0.1 + 0.2, { max: 0.03 }, -1)).toBe('no change');
  });

  it("no start reading: neither a close's snapshot nor a check-in in the quarter", () => {
    const [confirm] = kpiConfirms(
      input(churn(0.028), {}, { checkIns: [{ id: 'k2', at: day('2026-09-20'), value: 0.05 }] }),
    );
    expect(confirm).toMatchObject({ verdict: "no reading at the quarter's start", to: 0.028 });
    expect(confirm).not.toHaveProperty('from');
    expect(confirmText(confirm!)).toBe("O1.1 → K2 Churn: no reading at the quarter's start (? → 0.028)");
  });

  it('no reading at the close: the KPI has no Current', () => {
    const kpi = fakeKpi({ id: 'K2', name: 'Churn', max: 0.03 });
    const [confirm] = kpiConfirms(input(kpi, {}, { snapshots: [snapshot('k2', '2026-10-02', 0.04)] }));
    expect(confirm?.verdict).toBe('no reading at the close');
  });
});

describe("the reading at the quarter's start", () => {
  const base = input(churn(0.028), {});

  it("is the last close's KPI History row, not this close's own (dated the close's day)", () => {
    const snapshots = [
      snapshot('k2', '2026-07-03', 0.05),
      snapshot('k2', '2026-10-02', 0.043),
      snapshot('k2', '2027-01-04', 0.028),
      snapshot('k9', '2026-12-01', 1),
    ];
    expect(startReading('k2', { ...base, snapshots })).toBe(0.043);
  });

  it('is the first reading of the quarter when KPI History also keeps readings from inside it', () => {
    // Monthly readings the team keeps in KPI History (as the demo does): the quarter started at 0.043, not at
    // December's 0.031, however many readings follow.
    const snapshots = [
      snapshot('k2', '2026-09-01', 0.039),
      snapshot('k2', '2026-10-01', 0.043),
      snapshot('k2', '2026-11-01', 0.036),
      snapshot('k2', '2026-12-01', 0.031),
    ];
    expect(startReading('k2', { ...base, snapshots })).toBe(0.043);
    const [confirm] = kpiConfirms(input(churn(0.028), { start: 0.043, target: 0.028 }, { snapshots }));
    expect(confirm).toMatchObject({ verdict: 'back in range', from: 0.043, to: 0.028 });
  });

  it('is the earlier of a KPI History row and a check-in inside the quarter', () => {
    const snapshots = [snapshot('k2', '2026-11-01', 0.036)];
    const checkIns: LogEntry[] = [{ id: 'k2', at: day('2026-10-08'), value: 0.045 }];
    expect(startReading('k2', { ...base, snapshots, checkIns })).toBe(0.045);
  });

  it("is the last close's row when that close was made before the quarter began", () => {
    // 2026-Q3 closed early, on 28 Sep; no reading since, until this close.
    const snapshots = [snapshot('k2', '2026-07-02', 0.05), snapshot('k2', '2026-09-28', 0.041)];
    expect(startReading('k2', { ...base, snapshots })).toBe(0.041);
  });

  it("never takes a KPI History row dated after the quarter's end as its start", () => {
    const snapshots = [snapshot('k2', '2026-10-02', 0.043), snapshot('k2', '2027-01-03', 0.028)];
    expect(startReading('k2', { ...base, snapshots })).toBe(0.043);
  });

  it('falls back to the first check-in inside the quarter when no close left a row', () => {
    const checkIns: LogEntry[] = [
      { id: 'k2', at: day('2026-09-30'), value: 0.06 },
      { id: 'k2', at: day('2026-11-01'), value: 0.04 },
      { id: 'k2', at: day('2026-10-05'), value: 0.045 },
      { id: 'k2', at: day('2026-10-04') },
      { id: 'k2', at: day('2027-01-02'), value: 0.03 },
    ];
    expect(startReading('k2', { ...base, checkIns })).toBe(0.045);
  });
});

describe('a met key result', () => {
  it('whose KPI did not move is an OKR without a KPI to confirm it', () => {
    const kpi = fakeKpi({ id: 'K6', name: 'Attendance', min: 0.95, current: 0.97 });
    const [confirm] = kpiConfirms(
      input(kpi, { score: 1, start: 0.96, target: 0.97 }, { snapshots: [snapshot('k6', '2026-10-02', 0.97)] }),
    );
    expect(confirm).toMatchObject({ verdict: 'no change', unconfirmed: true });
    expect(confirmText(confirm!)).toBe(
      'O1.1 → K6 Attendance: no change (0.97 → 0.97): met, but an OKR without a KPI to confirm it',
    );
  });

  it('is judged against the range before this close raised its bound', () => {
    // Min 45 → 50 moved by this very close (a re-run reads the KPI with Min 50 already).
    const kpi = fakeKpi({ id: 'K3', name: 'NPS', min: 50, current: 48 });
    const moves: BoundMove[] = [{ kpiId: 'K3', kpi: 'NPS', bound: 'min', from: 45, to: 50, keyResultId: 'O1.1' }];
    const [confirm] = kpiConfirms(
      input(kpi, { score: 0.9, start: 40, target: 50 }, { snapshots: [snapshot('k3', '2026-10-02', 41)], moves }),
    );
    expect(confirm?.verdict).toBe('back in range');
  });
});

describe('only key results linked to a known KPI are judged', () => {
  it('a key result with no KPI, or an unknown one, gets no verdict; the log says when none is linked', () => {
    const none = input(churn(0.02), { kpi: '' });
    expect(kpiConfirms(none)).toEqual([]);
    expect(kpiConfirms(input(churn(0.02), { kpi: 'K404' }))).toEqual([]);
    expect(confirmsCell([])).toBe('no key result linked to a KPI');
  });
});

describe('the summary and the Quarter log', () => {
  const confirms = kpiConfirms(input(churn(0.028), {}, { snapshots: [snapshot('k2', '2026-10-02', 0.043)] }));
  const summary = {
    quarter: '2026-Q4',
    next: '2027-Q1',
    archive: 'OKRs 2026-Q4',
    grades: gradesOf([]),
    boundMoves: [],
    confirms,
    kept: 0,
  };

  it('the summary lists what each linked KPI did', () => {
    expect(summaryText(summary)).toContain(
      'What the KPIs did over the quarter:\nO1.1 → K2 Churn: back in range (0.043 → 0.028)',
    );
  });

  it('the Quarter log row ends with the KPIs confirm cell, under its own header', () => {
    const row = quarterLogRow(summary, day('2027-01-04'));
    expect(QUARTER_LOG.header.at(-1)).toBe('KPIs confirm');
    expect(row).toHaveLength(QUARTER_LOG.header.length);
    expect(row.at(-1)).toBe('O1.1 → K2 Churn: back in range (0.043 → 0.028)');
  });

  it('an older log gets the column at the right of what is there; a log that has it keeps it where it is', () => {
    const old = QUARTER_LOG.header.slice(0, -1);
    expect(confirmsColumn(old)).toEqual({ column: 12, add: true });
    expect(confirmsColumn([...old, 'Notes', '', ''])).toEqual({ column: 13, add: true });
    expect(confirmsColumn([...old, 'Notes', 'kpis confirm'])).toEqual({ column: 13, add: false });
  });
});
