// What the check-in sidebar lists, read off the workbook model.
import { describe, it, expect } from 'vitest';
import type { Cell } from '../../../src/core/cells';
import { checkInState, itemsById } from '../../../src/core/checkIn/list';
import { GREY } from '../../../src/core/colours';
import { buildWorkbook, type Workbook } from '../../../src/core/workbook/workbook';

// 2026-11-23 (TZ=UTC): 53 of 91 days of 2026-Q4 elapsed; ON TRACK needs ≥ 0.4077.
const TODAY = new Date('2026-11-23T00:00:00Z');

const KPIS: Cell[][] = [
  ['ID', 'KPI', 'Owner', 'Unit', 'Min', 'Max', 'Current'],
  ['K1', 'Monthly recurring revenue', 'Finance lead', '$', 250000, '', 262000],
  ['K2', 'Customer churn', 'ana@example.com', '%', '', 0.03, 0.041],
  ['K3', 'Uptime', 'Ben', '%', 0.95, 1, 0.999],
  ['K4', 'Signups', 'Ana@Example.com', '', 100, '', ''],
];

const OKRS: Cell[][] = [
  ['ID', 'Objective', 'Key Result', 'Owner', 'Start', 'Target', 'Current', 'Unit', 'KPI', 'Confidence'],
  ['', '', 'Tidy the backlog', 'Ben', 0, 10, 5, '', '', ''], // above every objective
  ['O1', 'Keep customers', '', 'ana@example.com', '', '', '', '', '', ''],
  ['O1.1', '', 'Cut churn', '', 0.08, 0.04, '', '%', 'K2', 6], // inherits Ana; follows K2
  ['O1.2', '', 'Renewals', 'Ben', 0, 10, 9, '', '', ''],
  ['O2', 'Grow', '', 'Cy', '', '', '', '', '', ''],
  ['O2.1', '', 'Leads', '', 0, 100, 50, '', '', ''],
];

const LOG: Cell[][] = [
  ['Timestamp', 'ID', 'Value'],
  [new Date('2026-11-10T09:00:00Z'), 'K2', 0.045],
  [new Date('2026-11-20T09:00:00Z'), 'K2', 0.041],
  [new Date('2026-11-21T09:00:00Z'), 'O1.1', 0.041],
];

function workbook(okrs: Cell[][] = OKRS): Workbook {
  const built = buildWorkbook({
    kpis: { values: KPIS, formulas: [] },
    okrs: { values: okrs, formulas: [] },
    checkIns: { values: LOG, formulas: [] },
    today: TODAY,
    fiscalStartMonth: 1,
  });
  if (!built.ok) throw new Error(built.problems.join('; '));
  return built.workbook;
}

describe('checkInState', () => {
  it('All: every key result under its objective, orphans first in their own group, and every KPI', () => {
    const state = checkInState(workbook(), '');
    expect(state.objectives.map((group) => [group.id, group.name, group.keyResults.map((item) => item.id)])).toEqual([
      ['', 'Key results without an objective', ['O3.1']],
      ['O1', 'Keep customers', ['O1.1', 'O1.2']],
      ['O2', 'Grow', ['O2.1']],
    ]);
    expect(state.objectives[0]).toMatchObject({ score: null, scoreColour: GREY, status: '' });
    expect(state.kpis.map((item) => item.id)).toEqual(['K1', 'K2', 'K3', 'K4']);
    expect(state.owner).toBe('');
    expect(state.problem).toBeNull();
  });

  it('an owner (any case) sees the key results they own or inherit from their objective, and their KPIs; empty groups go', () => {
    const state = checkInState(workbook(), 'ANA@example.com');
    expect(state.objectives.map((group) => [group.id, group.keyResults.map((item) => [item.id, item.owner])])).toEqual([
      ['O1', [['O1.1', 'ana@example.com']]], // Renewals is Ben's even under Ana's objective
    ]);
    expect(state.kpis.map((item) => [item.id, item.owner])).toEqual([
      ['K2', 'ana@example.com'],
      ['K4', 'Ana@Example.com'],
    ]);
  });

  it('the orphan group shows for its owner too, and the owner filter never narrows the objectives a new key result can go under', () => {
    const state = checkInState(workbook(), 'Ben');
    expect(state.objectives.map((group) => [group.id, group.keyResults.map((item) => item.id)])).toEqual([
      ['', ['O3.1']],
      ['O1', ['O1.2']],
    ]);
    expect(state.kpis.map((item) => item.id)).toEqual(['K3']);
    expect(state.objectiveChoices).toEqual([
      { id: 'O1', name: 'Keep customers' },
      { id: 'O2', name: 'Grow' },
    ]);
  });

  it('no orphan group when every key result has an objective', () => {
    const state = checkInState(workbook(OKRS.filter((_, index) => index !== 1)), '');
    expect(state.objectives.map((group) => group.id)).toEqual(['O1', 'O2']);
  });

  it('lists every owner once (the first spelling), alphabetically', () => {
    expect(checkInState(workbook(), '').owners).toEqual(['ana@example.com', 'Ben', 'Cy', 'Finance lead']);
  });

  it('a KPI shows its healthy range in its unit: Min and Max, at least Min, at most Max', () => {
    const ranges = Object.fromEntries(checkInState(workbook(), '').kpis.map((item) => [item.id, item.range]));
    expect(ranges).toEqual({ K1: '≥ $250,000', K2: '≤ 3%', K3: '95% – 100%', K4: '≥ 100' });
  });

  it('a KPI WARN from a watch line shows the line beside its range, so the card says why it is yellow', () => {
    const kpis: Cell[][] = [
      ['ID', 'KPI', 'Owner', 'Unit', 'Min', 'Max', 'Warn below', 'Warn above', 'Current'],
      ['K1', 'Monthly recurring revenue', 'Fin', '$', 250000, '', 275000, '', 262000],
      ['K2', 'Customer churn', 'Ana', '%', '', 0.03, '', 0.025, 0.028],
      ['K3', 'Inventory days', 'Ben', 'days', 20, 40, 25, 35, 30],
    ];
    const built = buildWorkbook({
      kpis: { values: kpis, formulas: [] },
      okrs: { values: [['Objective', 'Key Result', 'Target', 'Current']], formulas: [] },
      today: TODAY,
      fiscalStartMonth: 1,
    });
    if (!built.ok) throw new Error(built.problems.join('; '));
    expect(checkInState(built.workbook, '').kpis.map((item) => [item.id, item.status, item.range])).toEqual([
      ['K1', 'WARN', '≥ $250,000, watch below $275,000'],
      ['K2', 'WARN', '≤ 3%, watch above 2.5%'],
      ['K3', 'OK', '20 days – 40 days, watch below 25 days and above 35 days'],
    ]);
  });

  it('a KPI shows its reading, status and newest check-in day; a key result its followed reading, score and trend', () => {
    const state = checkInState(workbook(), '');
    const churn = state.kpis.find((item) => item.id === 'K2');
    expect(churn).toMatchObject({
      kind: 'KPI',
      name: 'Customer churn',
      currentText: '4.1%',
      status: 'ALERT',
      score: null,
      confidence: null,
      lastCheckIn: '2026-11-20',
      trend: [
        { date: '2026-11-10', value: 0.045 },
        { date: '2026-11-20', value: 0.041 },
      ],
    });
    expect(state.kpis.find((item) => item.id === 'K4')).toMatchObject({
      currentText: '—',
      status: 'NO DATA',
      lastCheckIn: null,
      trend: [],
    });
    // Cut churn follows K2: (0.041 − 0.08) / (0.04 − 0.08) = 0.975 → 0.98.
    expect(state.objectives[1]!.keyResults[0]).toMatchObject({
      kind: 'KR',
      name: 'Cut churn',
      currentText: '4.1%',
      score: 0.98,
      status: 'ON TRACK',
      confidence: 6,
      lastCheckIn: '2026-11-21',
      trend: [{ date: '2026-11-21', value: 0.041 }],
    });
  });
});

describe('itemsById', () => {
  it('finds key results and KPIs by lower-cased ID; of a repeated ID the first row (the later one is INVALID)', () => {
    const okrs: Cell[][] = [...OKRS, ['o2.1', '', 'Copied leads', '', 0, 100, 70, '', '', '']];
    const items = itemsById(workbook(okrs));
    expect(items.get('o2.1')).toMatchObject({ kind: 'keyResult', text: 'Leads' });
    expect(items.get('k3')).toMatchObject({ kind: 'kpi', name: 'Uptime' });
    expect(items.has('o1')).toBe(false); // an objective is no check-in item
  });
});

describe('checkInState: KPI cards by Type, with the early warning', () => {
  it('lists health, then strategic, then operational, then untyped KPIs, sheet order within each, and shows the reason', () => {
    const kpis: Cell[][] = [
      ['ID', 'KPI', 'Min', 'Current', 'Cadence', 'Updated', 'Type'],
      ['K1', 'Attendance', 0.95, 0.97, 'monthly', new Date('2026-11-01T00:00:00Z'), 'operational'],
      ['K2', 'Conversion', 0.02, 0.031, 'monthly', new Date('2026-11-01T00:00:00Z'), ''],
      ['K3', 'On-time delivery', 0.95, 0.96, 'weekly', new Date('2026-11-20T00:00:00Z'), 'operational'],
      ['K4', 'NPS', 45, 50, 'quarterly', new Date('2026-10-01T00:00:00Z'), 'Strategic'],
      ['K5', 'MRR', 250000, 262000, 'monthly', new Date('2026-11-01T00:00:00Z'), 'health'],
    ];
    const log: Cell[][] = [
      ['Timestamp', 'ID', 'Value'],
      [new Date('2026-10-30T09:00:00Z'), 'K3', 0.995],
      [new Date('2026-11-06T09:00:00Z'), 'K3', 0.985],
      [new Date('2026-11-13T09:00:00Z'), 'K3', 0.972],
    ];
    const built = buildWorkbook({
      kpis: { values: kpis, formulas: [] },
      okrs: { values: [['Objective', 'Key Result', 'Target', 'Current']], formulas: [] },
      checkIns: { values: log, formulas: [] },
      today: TODAY,
      fiscalStartMonth: 1,
    });
    if (!built.ok) throw new Error(built.problems.join('; '));
    expect(
      checkInState(built.workbook, '').kpis.map((item) => [item.id, item.kpiType, item.status, item.earlyWarning]),
    ).toEqual([
      ['K5', 'health', 'OK', ''],
      ['K4', 'strategic', 'OK', ''],
      ['K1', 'operational', 'OK', ''],
      ['K3', 'operational', 'WARN', 'heading below Min by about 27 Nov'],
      ['K2', '', 'OK', ''],
    ]);
  });
});
