// The practice's remaining mistakes (a KPI nobody owns, a key result that restates its KPI, targets graded
// 0.9+ close after close) and the plateau suggestion: one passing and one failing example each.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells';
import { closedQuarters, gradesOfLine } from '../../../src/core/health/closedQuarters';
import { easyTargets } from '../../../src/core/health/easyTargets';
import type { HealthContext } from '../../../src/core/health/finding';
import { runHealthCheck } from '../../../src/core/health/index';
import { kpiWithoutOwner } from '../../../src/core/health/kpiWithoutOwner';
import { isFlat, plateau, plateauDraft } from '../../../src/core/health/plateau';
import { restatedKpi } from '../../../src/core/health/restatedKpi';
import { gradeLine } from '../../../src/core/quarterClose/grades';
import { QUARTER_LOG } from '../../../src/core/quarterClose/logRows';
import { buildWorkbook } from '../../../src/core/workbook/workbook';
import { fakeKpi } from '../fakeModel';

const day = (iso: string): Date => new Date(`${iso}T00:00:00`);
const OKR_HEADER = ['ID', 'Quarter', 'Objective', 'Key Result', 'Owner', 'Start', 'Target', 'Current', 'KPI'];
const KPI_HEADER = ['ID', 'KPI', 'Owner', 'Min', 'Max', 'Current', 'Updated', 'Type'];

function bookOf(options: {
  okrs?: Cell[][];
  kpis?: Cell[][];
  kpiHeader?: string[];
  history?: Cell[][];
}): HealthContext {
  const table = (values: Cell[][]) => ({ values, formulas: values.map((row) => row.map(() => '')) });
  const built = buildWorkbook({
    okrs: table([
      OKR_HEADER,
      ...(options.okrs ?? [
        ['O1', '2026-Q4', 'Grow', '', 'Ana', '', '', '', ''],
        ['O1.1', '2026-Q4', '', 'Raise NPS', 'Ana', 30, 50, 40, 'K1'],
      ]),
    ]),
    kpis: table([options.kpiHeader ?? KPI_HEADER, ...(options.kpis ?? [])]),
    ...(options.history === undefined ? {} : { kpiHistory: table([['Date', 'ID', 'Value'], ...options.history]) }),
    today: day('2026-11-23'),
    fiscalStartMonth: 1,
  });
  if (!built.ok) throw new Error(built.problems.join('; '));
  return { ...built.workbook, okrTab: 'OKRs', kpiTab: 'KPIs' };
}

const NPS: Cell[] = ['K1', 'Net Promoter Score', 'Ana', 45, '', 41, day('2026-11-01'), 'strategic'];

describe('kpi-without-owner', () => {
  it('a KPI with an owner passes; one without is "a dashboard no one acts on", named by its row', () => {
    expect(kpiWithoutOwner(bookOf({ kpis: [NPS] }))).toEqual([]);
    const found = kpiWithoutOwner(bookOf({ kpis: [NPS, ['K2', 'Conversion', '', 0.02, '', 0.03, '', '']] }));
    expect(found).toEqual([
      {
        rule: 'kpi-without-owner',
        tab: 'KPIs',
        row: 3,
        what: 'K2 "Conversion" has no owner: a dashboard no one acts on.',
        fix: 'Type the person who acts when it leaves its range in its Owner cell.',
      },
    ]);
  });

  it('a KPIs tab without an Owner column is one finding, not one per KPI', () => {
    const book = bookOf({
      kpiHeader: ['ID', 'KPI', 'Min'],
      kpis: [
        ['K1', 'NPS', 45],
        ['K2', 'Churn', 0],
      ],
    });
    expect(kpiWithoutOwner(book).map((finding) => [finding.row, finding.what])).toEqual([
      [2, 'The KPIs tab has no Owner column: a dashboard no one acts on.'],
    ]);
  });
});

describe('key-result-restates-kpi', () => {
  const okrs = (start: number, target: number): Cell[][] => [
    ['O1', '2026-Q4', 'Grow', '', 'Ana', '', '', '', ''],
    ['O1.1', '2026-Q4', '', 'Keep NPS up', 'Ana', start, target, start, 'K1'],
  ];

  it('Start and Target both inside the healthy range restate the KPI', () => {
    const found = restatedKpi(bookOf({ okrs: okrs(46, 48), kpis: [NPS] }));
    expect(found.map((finding) => [finding.rule, finding.tab, finding.row])).toEqual([
      ['key-result-restates-kpi', 'OKRs', 3],
    ]);
    expect(found[0]?.what).toBe(
      'O1.1 "Keep NPS up" starts and ends inside K1 "Net Promoter Score"\'s healthy range: it restates the KPI.',
    );
  });

  it('a key result that starts or ends outside the range, or whose KPI has no range, passes', () => {
    expect(restatedKpi(bookOf({ okrs: okrs(40, 48), kpis: [NPS] }))).toEqual([]);
    expect(restatedKpi(bookOf({ okrs: okrs(46, 44), kpis: [NPS] }))).toEqual([]);
    const noRange: Cell[] = ['K1', 'NPS', 'Ana', '', '', 41, '', ''];
    expect(restatedKpi(bookOf({ okrs: okrs(46, 48), kpis: [noRange] }))).toEqual([]);
    // On a bound is inside: Min means "at or above".
    expect(restatedKpi(bookOf({ okrs: okrs(45, 47), kpis: [NPS] }))).toHaveLength(1);
  });

  it('a key result that pushes the KPI on past its baseline, as a plateau OKR does, does not restate it', () => {
    // 45 → 50 moves NPS 11% away from its floor: beyond its baseline, an OKR's job.
    expect(restatedKpi(bookOf({ okrs: okrs(45, 50), kpis: [NPS] }))).toEqual([]);
    // Backwards, towards the floor, is no push, however far.
    expect(restatedKpi(bookOf({ okrs: okrs(60, 46), kpis: [NPS] }))).toHaveLength(1);
  });

  it('the OKR the plateau suggestion drafts is never reported as restating its KPI', () => {
    const conversion: Cell[] = [
      'K1',
      'Website conversion rate',
      'Ana',
      0.02,
      '',
      0.0312,
      day('2026-11-01'),
      'strategic',
    ];
    const book = bookOf({ okrs: [], kpis: [conversion] });
    const [kpi] = book.kpis;
    for (const reading of [0.0312, 0.031, 0.02, 0.5, 4, 123]) {
      const draft = plateauDraft(kpi!, reading, '2026-Q4');
      const drafted = bookOf({ okrs: okrs(draft.start, draft.target), kpis: [conversion] });
      expect(restatedKpi(drafted), `from ${reading} to ${draft.target}`).toEqual([]);
    }
  });
});

describe('targets-too-easy', () => {
  const log = (...lines: string[]): HealthContext => ({
    ...bookOf({ kpis: [NPS] }),
    closedQuarters: closedQuarters(
      QUARTER_LOG.header,
      lines.map((line, index) => ({ row: index + 1, cells: ['', `2026-Q${index + 1}`, '', '', line] })),
    ),
  });

  it('every objective at 0.9 or more in each of the last two closes: the targets were too easy', () => {
    const found = easyTargets(log('O1 A 0.50', 'O2 B 0.95 · O3 C 0.90', 'O4 D 1.00 · O5 E no score'));
    expect(found).toEqual([
      {
        rule: 'targets-too-easy',
        tab: 'Quarter log',
        row: 4,
        what: 'Every objective was graded 0.9 or more in each of the last 2 closed quarters (2026-Q2, 2026-Q3): the targets were too easy.',
        fix: 'Set targets you are about 70% sure to reach: a stretch that lands at 0.6–0.7 is success.',
      },
    ]);
  });

  it('one close below 0.9, a single close, or no Quarter log: nothing to say', () => {
    expect(easyTargets(log('O1 A 0.95', 'O2 B 0.95 · O3 C 0.89'))).toEqual([]);
    expect(easyTargets(log('O1 A 0.95 · O2 B 1.00'))).toEqual([]);
    expect(easyTargets(log('O1 A no score', 'O2 B 0.95'))).toEqual([]);
    expect(easyTargets(bookOf({ kpis: [NPS] }))).toEqual([]);
  });

  it('reads back the grades a close wrote, text with numbers and dots included', () => {
    const line = gradeLine([
      { id: 'O1', text: 'Grow 3.5x in Q4', score: 0.92, colour: '' },
      { id: 'O2', text: 'Hire', score: null, colour: '' },
      { id: 'O3', text: 'Ship v2.0', score: 1, colour: '' },
    ]);
    expect(gradesOfLine(line)).toEqual([0.92, null, 1]);
  });
});

describe('kpi-plateau', () => {
  const flat = (type: string): Cell[][] => [['K1', 'Conversion', 'Ana', 0.02, '', 0.031, day('2026-11-01'), type]];
  const history: Cell[][] = [
    [day('2026-08-01'), 'K1', 0.031],
    [day('2026-09-01'), 'K1', 0.0312],
    [day('2026-10-01'), 'K1', 0.031],
  ];
  const unlinked: Cell[][] = [
    ['O1', '2026-Q4', 'Grow', '', 'Ana', '', '', '', ''],
    ['O1.1', '2026-Q4', '', 'Raise signups', 'Ana', 0, 10, 4, ''],
  ];

  it('a strategic KPI in range and flat over its last 4 readings (Current the 4th) is offered an OKR, as a suggestion', () => {
    const found = plateau(bookOf({ okrs: unlinked, kpis: flat('strategic'), history }));
    expect(found).toEqual([
      {
        rule: 'kpi-plateau',
        tab: 'KPIs',
        row: 2,
        what: 'K1 "Conversion" is in range but flat over its last 4 readings: a plateau worth an OKR.',
        fix: 'Suggestion: add an OKR this quarter to raise Conversion from 0.031 to 0.0341.',
        recovery: {
          kpiId: 'K1',
          objective: 'Move Conversion off its plateau',
          keyResult: 'Raise Conversion from 0.031 to 0.0341',
          owner: 'Ana',
          quarter: '2026-Q4',
          start: 0.031,
          target: 0.0341,
          unit: '',
        },
        suggestion: true,
      },
    ]);
  });

  it('a KPI with no Type plateaus too; a health or operational one does not', () => {
    expect(plateau(bookOf({ okrs: unlinked, kpis: flat(''), history }))).toHaveLength(1);
    expect(plateau(bookOf({ okrs: unlinked, kpis: flat('operational'), history }))).toEqual([]);
    expect(plateau(bookOf({ okrs: unlinked, kpis: flat('health'), history }))).toEqual([]);
  });

  it('three readings, a moving series, a KPI out of range, or a key result already on it: no suggestion', () => {
    expect(plateau(bookOf({ okrs: unlinked, kpis: flat('strategic'), history: history.slice(1) }))).toEqual([]);
    const rising: Cell[][] = history.map((row, index) => [row[0]!, row[1]!, 0.025 + index * 0.002]);
    expect(plateau(bookOf({ okrs: unlinked, kpis: flat('strategic'), history: rising }))).toEqual([]);
    const low: Cell[][] = [['K1', 'Conversion', 'Ana', 0.04, '', 0.031, day('2026-11-01'), 'strategic']];
    expect(plateau(bookOf({ okrs: unlinked, kpis: low, history }))).toEqual([]);
    const linked = unlinked.map((row) => (row[0] === 'O1.1' ? [...row.slice(0, 8), 'K1'] : row));
    expect(plateau(bookOf({ okrs: linked, kpis: flat('strategic'), history }))).toEqual([]);
  });

  it('a count held at zero under its Max is not a plateau: there is nothing below zero to aim for', () => {
    // Critical incidents, at most 2 a month, none for four months: no "Lower Incidents from 0 to -0.2".
    const incidents: Cell[][] = [['K1', 'Incidents', 'Ana', '', 2, 0, day('2026-11-01'), '']];
    const header = ['ID', 'KPI', 'Owner', 'Min', 'Max', 'Current', 'Updated', 'Type'];
    const zeros: Cell[][] = history.map((row) => [row[0]!, row[1]!, 0]);
    expect(plateau(bookOf({ okrs: unlinked, kpis: incidents, kpiHeader: header, history: zeros }))).toEqual([]);
    // Held at 1, it still plateaus, and the draft stops at zero rather than past it.
    const ones: Cell[][] = history.map((row) => [row[0]!, row[1]!, 1]);
    const atOne: Cell[][] = [['K1', 'Incidents', 'Ana', '', 2, 1, day('2026-11-01'), '']];
    expect(
      plateau(bookOf({ okrs: unlinked, kpis: atOne, kpiHeader: header, history: ones }))[0]?.recovery,
    ).toMatchObject({
      keyResult: 'Lower Incidents from 1 to 0.9',
    });
    // A range of zero width (Min = Max) leaves a draft nowhere to go either.
    const exact: Cell[][] = [['K1', 'Headcount', 'Ana', 1, 1, 1, day('2026-11-01'), '']];
    expect(plateau(bookOf({ okrs: unlinked, kpis: exact, kpiHeader: header, history: ones }))).toEqual([]);
  });

  it('an INVALID KPI is not offered a plateau OKR: its Status names what to fix first', () => {
    // Updated typed a year ahead: the row is INVALID, though its cells read.
    const future: Cell[][] = [['K1', 'Conversion', 'Ana', 0.02, '', 0.031, day('2027-11-01'), 'strategic']];
    const book = bookOf({ okrs: unlinked, kpis: future, history });
    expect(book.kpis[0]?.status).toMatch(/^INVALID: Updated/);
    expect(plateau(book)).toEqual([]);
  });

  it('a Current checked in on its Updated day is one reading, not two', () => {
    const checkedIn: Cell[][] = [...history.slice(1), [day('2026-11-01'), 'K1', 0.031]];
    expect(plateau(bookOf({ okrs: unlinked, kpis: flat('strategic'), history: checkedIn }))).toEqual([]);
  });

  it('flat is a spread within 2% of the range width, or of the mean with one bound', () => {
    expect(isFlat([50, 51, 50.5, 51], { min: 0, max: 100 })).toBe(true);
    expect(isFlat([50, 53, 50.5, 51], { min: 0, max: 100 })).toBe(false);
    expect(isFlat([100, 101.9, 101, 100], { min: 50 })).toBe(true);
    expect(isFlat([100, 103, 101, 100], { min: 50 })).toBe(false);
    expect(isFlat([5, 5, 5, 5], {})).toBe(false);
  });

  it('the draft moves away from the bound that limits it, and never past the other', () => {
    const kpi = (min?: number, max?: number) =>
      fakeKpi({ id: 'K1', name: 'X', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) });
    expect(plateauDraft(kpi(undefined, 4), 3, '2026-Q4')).toMatchObject({
      keyResult: 'Lower X from 3 to 2.7',
      target: 2.7,
    });
    expect(plateauDraft(kpi(0, 100), 20, '2026-Q4')).toMatchObject({ target: 22 });
    // In the KPI's unit, as its cells show it: the key result's name stays in the sheet.
    const percent = fakeKpi({ id: 'K1', name: 'Conversion', unit: '%', min: 0.02 });
    expect(plateauDraft(percent, 0.031, '2026-Q4')).toMatchObject({
      keyResult: 'Raise Conversion from 3.1% to 3.41%',
      start: 0.031,
      target: 0.0341,
    });
    expect(plateauDraft(kpi(0, 100), 95, '2026-Q4')).toMatchObject({ keyResult: 'Lower X from 95 to 85.5' });
    expect(plateauDraft(kpi(0, 1), 0.99, '2026-Q4').target).toBeGreaterThanOrEqual(0);
    expect(plateauDraft(kpi(0.9, 1), 0.95, '2026-Q4').target).toBeLessThanOrEqual(1);
    // A reading never negative is not drafted below zero.
    expect(plateauDraft(kpi(undefined, 2), 0, '2026-Q4').target).toBe(0);
    expect(plateauDraft(kpi(undefined, 0), -10, '2026-Q4')).toMatchObject({ target: -11 });
  });
});

describe('the health check runs the new rules', () => {
  it('a KPI with no owner and a plateau are both reported on its row, the plateau as a suggestion', () => {
    const found = runHealthCheck(
      bookOf({
        okrs: [
          ['O1', '2026-Q4', 'Grow', '', 'Ana', '', '', '', ''],
          ['O1.1', '2026-Q4', '', 'Raise signups', 'Ana', 0, 10, 4, ''],
        ],
        kpis: [['K1', 'Conversion', '', 0.02, '', 0.031, day('2026-11-01'), 'strategic']],
        history: [
          [day('2026-08-01'), 'K1', 0.031],
          [day('2026-09-01'), 'K1', 0.0312],
          [day('2026-10-01'), 'K1', 0.031],
        ],
      }),
    ).filter((finding) => finding.tab === 'KPIs');
    expect(found.map((finding) => [finding.row, finding.rule, finding.suggestion ?? false])).toEqual([
      [2, 'kpi-without-owner', false],
      [2, 'kpi-plateau', true],
    ]);
  });
});
