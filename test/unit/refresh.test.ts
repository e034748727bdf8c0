import { describe, it, expect } from 'vitest';
import type { Cell } from '../../src/core/cells';
import { GREEN, MUTED, RED, YELLOW } from '../../src/core/colours';
import { planRefresh, type RefreshInput, type TableInput } from '../../src/core/workbook/refresh';

// 2026-11-23: 53 of 91 days of 2026-Q4 elapsed; ON TRACK needs ≥ 0.4077.
const TODAY = new Date('2026-11-23T00:00:00Z');
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

function table(values: Cell[][], formulas: string[][] = []): TableInput {
  return { values, formulas };
}

const KPI_VALUES: Cell[][] = [
  ['ID', 'KPI', 'Min', 'Max', 'Current', 'Status', 'Warn below'],
  ['K1', 'MRR', 250000, '', 262000, '', 275000], // in range, under its watch line → WARN
  ['', 'Churn', '', 0.03, 0.041, '', ''], // above Max → ALERT; gets K2
];

const OKR_VALUES: Cell[][] = [
  ['ID', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'KPI', 'Score', 'Status'],
  ['O1', 'Keep customers', '', '', '', '', '', '', ''],
  ['O1.1', '', 'Cut churn', 0.08, 0.04, '', 'K2', '', ''],
  ['', '', 'Leads', 0, 100, 50, '', '', ''],
];

const CHECK_INS: Cell[][] = [
  ['Timestamp', 'ID', 'Value'],
  [day('2026-11-01'), 'O1.1', 0.041],
];

function input(fields: Partial<RefreshInput> = {}): RefreshInput {
  return {
    kpis: table(KPI_VALUES),
    okrs: table(OKR_VALUES),
    checkIns: table(CHECK_INS),
    today: TODAY,
    fiscalStartMonth: 1,
    ...fields,
  };
}

describe('planRefresh: tabs and headers', () => {
  const noKpis = 'No KPIs tab: add a tab named "KPIs" or run Extensions → KPI & OKR → Set up tabs.';
  const noOkrs = 'No OKRs tab: add a tab named "OKRs" or run Extensions → KPI & OKR → Set up tabs.';

  it.each<[string, Partial<RefreshInput>, string[]]>([
    ['no KPIs tab', { kpis: undefined }, [noKpis]],
    ['no OKRs tab', { okrs: undefined }, [noOkrs]],
    ['neither', { kpis: undefined, okrs: undefined }, [noKpis, noOkrs]],
    [
      'no bound column on KPIs',
      { kpis: table([['ID', 'KPI', 'Owner']]) },
      [
        'The KPIs tab needs the column Min or Max in a header row within its top 10 rows: add the header text (any order, synonyms allowed).',
      ],
    ],
    [
      'OKRs lacking Target and Current',
      { okrs: table([['Objective', 'Key Result', 'Owner']]) },
      [
        'The OKRs tab needs the columns Target, Current in a header row within its top 10 rows: add the header text (any order, synonyms allowed).',
      ],
    ],
    [
      'both tabs empty',
      { kpis: table([]), okrs: table([]) },
      [
        'The KPIs tab needs the columns KPI, Min or Max in a header row within its top 10 rows: add the header text (any order, synonyms allowed).',
        'The OKRs tab needs the columns Objective, Key Result, Target, Current in a header row within its top 10 rows: add the header text (any order, synonyms allowed).',
      ],
    ],
  ])('%s → problems naming them', (_, fields, problems) => {
    expect(planRefresh(input(fields))).toEqual({ ok: false, problems });
  });

  it('a missing or unreadable Check-ins tab is no problem: nothing is stale and Last check-in stays blank', () => {
    for (const checkIns of [undefined, table([['Note'], ['hello']])]) {
      const plan = planRefresh(input({ checkIns }));
      if (!plan.ok) throw new Error(plan.problems.join('\n'));
      expect(
        plan.workbook.rows.okrs.map((row) => (row.kind === 'blank' ? [row.kind] : [row.status, row.lastCheckIn])),
      ).toEqual([
        ['ON TRACK', ''],
        ['ON TRACK', ''],
        ['ON TRACK', ''],
      ]);
    }
  });
});

describe('planRefresh: a full refresh', () => {
  const plan = planRefresh(input());
  if (!plan.ok) throw new Error(plan.problems.join('\n'));

  it('flags KPIs and scores OKRs through the KPI link and the check-in log', () => {
    expect(plan.workbook.rows.kpis.map((row) => (row.kind === 'blank' ? [row.kind] : [row.id, row.status]))).toEqual([
      ['K1', 'WARN'],
      ['K2', 'ALERT'],
    ]);
    // Cut churn follows K2 (a new ID): (0.041 − 0.08) / (0.04 − 0.08) = 0.975 → 0.98; checked in 22 days ago → stale.
    // Leads 50/100 = 0.5. O1 = (0.98 + 0.5) / 2 = 0.74.
    expect(
      plan.workbook.rows.okrs.map((row) =>
        row.kind === 'blank' ? [row.kind] : [row.id, row.score, row.status, row.lastCheckIn],
      ),
    ).toEqual([
      ['O1', 0.74, 'ON TRACK', day('2026-11-01')],
      ['O1.1', 0.98, 'ON TRACK (stale)', day('2026-11-01')],
      ['O1.2', 0.5, 'ON TRACK', ''],
    ]);
  });

  it('patches both tabs: new IDs, computed values and colours, and the missing Last check-in column', () => {
    expect(plan.patches).toEqual({
      kpis: [
        { column: 0, firstRow: 1, values: [undefined, 'K2'] },
        { column: 5, firstRow: 1, values: ['WARN', 'ALERT'], backgrounds: [YELLOW, RED] },
      ],
      okrs: [
        { column: 0, firstRow: 1, values: [undefined, undefined, 'O1.2'] },
        { column: 7, firstRow: 1, values: [0.74, 0.98, 0.5], backgrounds: [GREEN, GREEN, YELLOW] },
        {
          column: 8,
          firstRow: 1,
          values: ['ON TRACK', 'ON TRACK (stale)', 'ON TRACK'],
          backgrounds: [GREEN, MUTED, GREEN],
        },
        { column: 9, firstRow: 0, values: ['Last check-in'] },
        { column: 9, firstRow: 1, values: [day('2026-11-01'), day('2026-11-01'), ''] },
      ],
    });
  });

  it('summarises the refresh', () => {
    expect(plan.summary).toBe('2 KRs scored · 1 KPI in ALERT · 0 rows need attention · 2 IDs added');
  });
});

describe('planRefresh: an edit', () => {
  it('onlyRows rewrites the edited KR and its objective row, adds no column, and leaves other rows and tabs alone', () => {
    const plan = planRefresh(input({ onlyRows: { kpis: new Set(), okrs: new Set([2]) } }));
    if (!plan.ok) throw new Error(plan.problems.join('\n'));
    expect(plan.patches).toEqual({
      kpis: [],
      okrs: [
        { column: 7, firstRow: 1, values: [0.74, 0.98, undefined], backgrounds: [GREEN, GREEN, undefined] },
        {
          column: 8,
          firstRow: 1,
          values: ['ON TRACK', 'ON TRACK (stale)', undefined],
          backgrounds: [GREEN, MUTED, undefined],
        },
      ],
    });
  });

  it('an edited KPI row gets its status and new ID; an edited orphan KR adds no objective row', () => {
    const okrs = table([
      ['ID', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'Score', 'Status', 'Last check-in'],
      ['', '', 'Orphan', 0, 10, 3, '', '', ''],
      ['O1', 'Goal', '', '', '', '', '', '', ''],
    ]);
    const plan = planRefresh(input({ okrs, onlyRows: { kpis: new Set([2]), okrs: new Set([1]) } }));
    if (!plan.ok) throw new Error(plan.problems.join('\n'));
    expect(plan.patches.kpis).toEqual([
      { column: 0, firstRow: 1, values: [undefined, 'K2'] },
      { column: 5, firstRow: 1, values: [undefined, 'ALERT'], backgrounds: [undefined, RED] },
    ]);
    // 3/10 = 0.3 → AT RISK (0.2330 ≤ 0.3 < 0.4077). The orphan's new ID is O2.1 (O1 is taken).
    expect(plan.patches.okrs).toEqual([
      { column: 0, firstRow: 1, values: ['O2.1', undefined] },
      { column: 6, firstRow: 1, values: [0.3, undefined], backgrounds: [RED, undefined] },
      { column: 7, firstRow: 1, values: ['AT RISK', undefined], backgrounds: [YELLOW, undefined] },
      // Last check-in already reads blank: a column with nothing to change is not written.
    ]);
  });

  it('an edited KPI also rewrites the key results whose blank Current follows it, and their objective', () => {
    const plan = planRefresh(input({ onlyRows: { kpis: new Set([2]), okrs: new Set() } }));
    if (!plan.ok) throw new Error(plan.problems.join('\n'));
    // O1.1 follows K2 (the churn row, ID assigned now); the Leads row follows nothing and is left alone.
    expect(plan.patches.okrs).toEqual([
      { column: 7, firstRow: 1, values: [0.74, 0.98, undefined], backgrounds: [GREEN, GREEN, undefined] },
      {
        column: 8,
        firstRow: 1,
        values: ['ON TRACK', 'ON TRACK (stale)', undefined],
        backgrounds: [GREEN, MUTED, undefined],
      },
    ]);
  });

  it('a formula in a computed cell is never overwritten', () => {
    const formulas = [[], ['', '', '', '', '', '', '', '=AVERAGE(H3:H4)']];
    const plan = planRefresh(input({ okrs: table(OKR_VALUES, formulas) }));
    if (!plan.ok) throw new Error(plan.problems.join('\n'));
    expect(plan.patches.okrs[1]).toEqual({
      column: 7,
      firstRow: 1,
      values: [undefined, 0.98, 0.5],
      backgrounds: [undefined, GREEN, YELLOW],
    });
  });
});
