// One passing and one failing example per health rule, on small tabs read the way the sidebar reads them.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells';
import type { HealthContext, Rule } from '../../../src/core/health/finding';
import { runHealthCheck } from '../../../src/core/health/index';
import { kpiWithoutRange, unaddressedKpi } from '../../../src/core/health/kpiRules';
import {
  earlyPerfectScore,
  isTaskLike,
  silentKeyResult,
  taskLikeKeyResult,
  unknownKpi,
} from '../../../src/core/health/keyResultRules';
import {
  keyResultCount,
  missingOwner,
  objectiveWithoutKpi,
  tooManyObjectives,
} from '../../../src/core/health/objectiveRules';
import { buildWorkbook } from '../../../src/core/workbook/workbook';
import { anyOf } from '../../matchers';

const day = (iso: string): Date => new Date(`${iso}T00:00:00`);
const LATE_NOVEMBER = day('2026-11-23');

const OKR_HEADER = ['ID', 'Quarter', 'Objective', 'Key Result', 'Owner', 'Start', 'Target', 'Current', 'KPI'];
const KPI_HEADER = ['ID', 'KPI', 'Owner', 'Min', 'Max', 'Current'];

/** An objective row and its key results: [text, owner, start, target, current, kpi]. */
function objective(
  id: string,
  text: string,
  owner: string,
  keyResults: [string, string, number, number, Cell, string][],
): Cell[][] {
  return [
    [id, '2026-Q4', text, '', owner, '', '', '', ''],
    ...keyResults.map(([kr, krOwner, start, target, current, kpi], index) => [
      `${id}.${index + 1}`,
      '2026-Q4',
      '',
      kr,
      krOwner,
      start,
      target,
      current,
      kpi,
    ]),
  ];
}

const HEALTHY = objective('O1', 'Delight customers', 'Ana', [
  ['Raise NPS', 'Ana', 30, 50, 40, 'K1'],
  ['Cut churn', 'Ben', 0.08, 0.04, 0.06, ''],
]);

function bookOf(
  options: {
    okrs?: Cell[][];
    okrHeader?: string[];
    kpis?: Cell[][];
    checkIns?: Cell[][];
    history?: Cell[][];
    today?: Date;
  } = {},
): HealthContext {
  const table = (values: Cell[][]) => ({ values, formulas: values.map((row) => row.map(() => '')) });
  const built = buildWorkbook({
    okrs: table([options.okrHeader ?? OKR_HEADER, ...(options.okrs ?? HEALTHY)]),
    kpis: table([KPI_HEADER, ...(options.kpis ?? [['K1', 'Net Promoter Score', 'Ana', 45, '', 48]])]),
    ...(options.checkIns === undefined ? {} : { checkIns: table(options.checkIns) }),
    ...(options.history === undefined ? {} : { kpiHistory: table(options.history) }),
    today: options.today ?? LATE_NOVEMBER,
    fiscalStartMonth: 1,
  });
  if (!built.ok) throw new Error(built.problems.join('; '));
  return { ...built.workbook, okrTab: 'OKRs', kpiTab: 'KPIs' };
}

const CHECK_IN_HEADER = ['Timestamp', 'Quarter', 'ID', 'Item', 'Kind', 'Value', 'Confidence', 'Note', 'By'];
const recentCheckIns = (...ids: string[]): Cell[][] => [
  CHECK_IN_HEADER,
  ...ids.map((id) => [day('2026-11-20'), '2026-Q4', id, '', 'KR', 1, 7, '', 'a']),
];

function rows(rule: Rule, book: HealthContext): number[] {
  return rule(book).map((finding) => finding.row);
}

describe('health rules', () => {
  it('too-many-objectives: five objectives pass, six in one quarter flag the sixth', () => {
    const objectives = (n: number, owner: (i: number) => string) =>
      Array.from({ length: n }, (_, i) =>
        objective(`O${i + 1}`, `Goal ${i + 1}`, owner(i), [
          ['Raise a', 'x', 0, 1, 0.5, ''],
          ['Raise b', 'x', 0, 1, 0.5, ''],
        ]),
      ).flat();
    expect(tooManyObjectives(bookOf({ okrs: objectives(5, () => 'Ana') }))).toEqual([]);
    const six = tooManyObjectives(bookOf({ okrs: objectives(6, () => 'Ana') }));
    expect(six).toEqual([
      {
        rule: 'too-many-objectives',
        tab: 'OKRs',
        row: 17,
        what: '6 objectives in 2026-Q4 for Ana: focus is lost beyond 5.',
        fix: anyOf(String),
      },
    ]);
    // Per owner: six objectives split between two owners are fine.
    expect(tooManyObjectives(bookOf({ okrs: objectives(6, (i) => (i % 2 === 0 ? 'Ana' : 'Ben')) }))).toEqual([]);
    // An owner pasted as a wall of text is quoted short: the finding stays readable.
    const [long] = tooManyObjectives(bookOf({ okrs: objectives(6, () => 'A'.repeat(50_000)) }));
    expect(long?.what.length).toBeLessThan(200);
    expect(long?.what).toMatch(/^6 objectives in 2026-Q4 for "A+…"/);
  });

  it('key-result-count: 2 key results pass; 1 or 6 do not', () => {
    expect(keyResultCount(bookOf())).toEqual([]);
    const lonely = objective('O1', 'Lonely', 'Ana', [['Raise a', 'Ana', 0, 1, 0.5, 'K1']]);
    expect(keyResultCount(bookOf({ okrs: lonely }))[0]).toMatchObject({
      row: 2,
      what: 'O1 "Lonely" has 1 key result.',
    });
    const crowded = objective(
      'O1',
      'Crowded',
      'Ana',
      Array.from(
        { length: 6 },
        (_, i) => [`Raise ${i}`, 'Ana', 0, 1, 0.5, 'K1'] as [string, string, number, number, Cell, string],
      ),
    );
    expect(keyResultCount(bookOf({ okrs: crowded }))[0]?.fix).toContain('at most 5');
  });

  it('no-owner: owned rows pass; an objective and a key result with no owner (nor inherited) are flagged', () => {
    expect(missingOwner(bookOf())).toEqual([]);
    const unowned = objective('O1', 'Nobody', '', [
      ['Raise a', '', 0, 1, 0.5, 'K1'],
      ['Raise b', 'Ben', 0, 1, 0.5, ''],
    ]);
    expect(rows(missingOwner, bookOf({ okrs: unowned }))).toEqual([2, 3]);
    const noColumn = HEALTHY.map((row) => row.filter((_, index) => index !== 4));
    expect(
      missingOwner(bookOf({ okrs: noColumn, okrHeader: OKR_HEADER.filter((title) => title !== 'Owner') }))[0]?.what,
    ).toBe('The OKRs tab has no Owner column.');
  });

  it('task-like-key-result: outcomes pass; "Launch…", "Ship…" read like tasks', () => {
    expect(taskLikeKeyResult(bookOf())).toEqual([]);
    expect(['Launch the beta', 'Ship v2', 'Set up billing', 'Roll out SSO'].every(isTaskLike)).toBe(true);
    expect(
      ['Raise NPS to 50', 'Reduce churn', 'Shipping time under 2 days', 'Launches per week from 1 to 3'].some(
        isTaskLike,
      ),
    ).toBe(false);
    const task = objective('O1', 'Grow', 'Ana', [
      ['Launch the partner portal', 'Ana', 0, 1, 0, 'K1'],
      ['Raise b', 'Ana', 0, 1, 0, ''],
    ]);
    expect(rows(taskLikeKeyResult, bookOf({ okrs: task }))).toEqual([3]);
  });

  it('no-recent-check-in: a check-in within 7 days passes; an older or missing one is flagged', () => {
    expect(silentKeyResult(bookOf({ checkIns: recentCheckIns('O1.1', 'O1.2') }))).toEqual([]);
    const old = [CHECK_IN_HEADER, [day('2026-11-10'), '2026-Q4', 'O1.1', '', 'KR', 40, 7, '', 'a']];
    const found = silentKeyResult(bookOf({ checkIns: old }));
    expect(found.map((finding) => finding.what)).toEqual([
      'O1.1 "Raise NPS" was last checked in 13 days ago.',
      'O1.2 "Cut churn" has never been checked in.',
    ]);
    // The first week of a quarter is no silence yet.
    expect(silentKeyResult(bookOf({ today: day('2026-10-05') }))).toEqual([]);
  });

  it('early-perfect-score: 1.0 after mid-quarter passes; 1.0 before it is flagged', () => {
    const met = objective('O1', 'Grow', 'Ana', [
      ['Raise NPS', 'Ana', 30, 50, 50, 'K1'],
      ['Cut churn', 'Ana', 0.08, 0.04, 0.06, ''],
    ]);
    expect(earlyPerfectScore(bookOf({ okrs: met }))).toEqual([]);
    expect(rows(earlyPerfectScore, bookOf({ okrs: met, today: day('2026-10-20') }))).toEqual([3]);
  });

  it('kpi-without-range: a KPI with Min passes; one with neither bound is flagged on the KPIs tab', () => {
    expect(kpiWithoutRange(bookOf())).toEqual([]);
    const found = kpiWithoutRange(bookOf({ kpis: [['K1', 'Net Promoter Score', 'Ana', '', '', 48]] }));
    expect(found).toEqual([
      {
        rule: 'kpi-without-range',
        tab: 'KPIs',
        row: 2,
        what: 'K1 "Net Promoter Score" has no range.',
        fix: anyOf(String),
      },
    ]);
  });

  it('kpi-without-range: a KPI with Min and one unreadable cell is INVALID for that cell, not "no range"', () => {
    const book = bookOf({ kpis: [['K1', 'Net Promoter Score', 'Ana', 45, '', 'forty-eight']] });
    expect(book.kpis[0]?.status).toBe('INVALID: Current: "forty-eight" is not a number');
    expect(kpiWithoutRange(book)).toEqual([]);
  });

  it('kpi-out-of-range: three readings out of range with no key result linked offer a recovery OKR; a link or an in-range reading passes', () => {
    const history = [
      ['Date', 'Quarter', 'ID', 'KPI', 'Value', 'Min', 'Max', 'Status'],
      [day('2026-09-30'), '2026-Q3', 'K2', 'Churn', 0.05, '', 0.03, 'ALERT'],
    ];
    const checkIns = [
      CHECK_IN_HEADER,
      [day('2026-10-31'), '2026-Q4', 'K2', 'Churn', 'KPI', 0.045, '', '', 'a'],
      [day('2026-11-20'), '2026-Q4', 'K2', 'Churn', 'KPI', 0.041, '', '', 'a'],
    ];
    const kpis: Cell[][] = [
      ['K1', 'Net Promoter Score', 'Ana', 45, '', 48],
      ['K2', 'Churn', 'Cy', '', 0.03, 0.041],
    ];
    const found = unaddressedKpi(bookOf({ kpis, history, checkIns }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      tab: 'KPIs',
      row: 3,
      recovery: { kpiId: 'K2', keyResult: 'Lower Churn to at most 0.03', start: 0.041, target: 0.03, owner: 'Cy' },
    });
    // Linked by a key result of this quarter: someone is on it.
    const linked = objective('O1', 'Keep customers', 'Ana', [
      ['Cut churn', 'Ana', 0.05, 0.03, 0.041, 'Churn'],
      ['Raise NPS', 'Ana', 30, 50, 40, 'K1'],
    ]);
    expect(unaddressedKpi(bookOf({ okrs: linked, kpis, history, checkIns }))).toEqual([]);
    // The latest reading back in range.
    const recovered = [...checkIns, [day('2026-11-22'), '2026-Q4', 'K2', 'Churn', 'KPI', 0.029, '', '', 'a']];
    expect(unaddressedKpi(bookOf({ kpis, history, checkIns: recovered }))).toEqual([]);
  });

  it('unknown-kpi: a link by ID or name passes; a KPI not on the tab is flagged', () => {
    expect(unknownKpi(bookOf())).toEqual([]);
    const byName = objective('O1', 'Grow', 'Ana', [
      ['Raise NPS', 'Ana', 30, 50, 40, 'net promoter score'],
      ['Raise b', 'Ana', 0, 1, 0, 'K9'],
    ]);
    expect(unknownKpi(bookOf({ okrs: byName })).map((finding) => finding.what)).toEqual([
      'O1.2 links KPI "K9", which is not on the KPIs tab.',
    ]);
  });

  it('objective-without-kpi: one linked key result passes; none is flagged on the objective row', () => {
    expect(objectiveWithoutKpi(bookOf())).toEqual([]);
    const unlinked = objective('O1', 'Grow', 'Ana', [
      ['Raise a', 'Ana', 0, 1, 0.5, ''],
      ['Raise b', 'Ana', 0, 1, 0.5, ''],
    ]);
    expect(rows(objectiveWithoutKpi, bookOf({ okrs: unlinked }))).toEqual([2]);
  });

  it('runs every rule, findings in tab and row order', () => {
    const unlinked = objective('O1', 'Grow', '', [['Launch a', '', 0, 1, 0.5, '']]);
    const found = runHealthCheck(bookOf({ okrs: unlinked, kpis: [['K1', 'NPS', '', '', '', 48]] }));
    expect(found.map((finding) => `${finding.tab}:${finding.row}:${finding.rule}`)).toEqual([
      'KPIs:2:kpi-without-range',
      'KPIs:2:kpi-without-owner',
      'OKRs:2:key-result-count',
      'OKRs:2:no-owner',
      'OKRs:2:objective-without-kpi',
      'OKRs:3:no-owner',
      'OKRs:3:task-like-key-result',
      'OKRs:3:no-recent-check-in',
    ]);
  });
});
