import { describe, it, expect } from 'vitest';
import { DESIGN_KPI_HEADER } from '../../fixtures/examples';
import type { Cell } from '../../../src/core/cells';
import { GREEN, GREY, PURPLE_GREY, RED, YELLOW } from '../../../src/core/colours';
import type { KpiColumn } from '../../../src/core/workbook/headers';
import type { Kpi, KpiRow } from '../../../src/core/kpi/kpis';
import { planRefresh, type RefreshPlan } from '../../../src/core/workbook/refresh';

const TODAY = new Date('2026-11-23T00:00:00Z');
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const HEADER = DESIGN_KPI_HEADER;
const KEYS: KpiColumn[] = [
  ...['id', 'name', 'owner', 'unit', 'min', 'max', 'current', 'cadence', 'updated'],
  ...['warnBelow', 'warnAbove', 'type', 'status'],
] as KpiColumn[];
const OKR_HEADER = ['Objective', 'Key Result', 'Target', 'Current'];

type Row = Partial<Record<KpiColumn, Cell>>;

/** The KPIs tab as given, beside an empty OKRs tab, refreshed. */
function refresh(values: Cell[][]): Extract<RefreshPlan, { ok: true }> {
  const plan = planRefresh({
    kpis: { values, formulas: [] },
    okrs: { values: [OKR_HEADER], formulas: [] },
    today: TODAY,
    fiscalStartMonth: 1,
  });
  if (!plan.ok) throw new Error(`test tabs not read: ${plan.problems.join('; ')}`);
  return plan;
}

/** A KPIs tab row as it shows after a refresh: the model's fields, and the Status cell and colour Refresh writes. */
type Shown = KpiRow & {
  readonly newId?: string;
  readonly status: Cell | undefined;
  readonly colour: string | null | undefined;
};

function shown(plan: Extract<RefreshPlan, { ok: true }>): Shown[] {
  const { headers } = plan.workbook;
  const status = plan.patches.kpis.find(
    (patch) => patch.column === headers.kpis.columns.status && patch.firstRow > headers.kpis.row,
  );
  return plan.workbook.rows.kpis.map((row, index): Shown => ({
    status: status?.values[index],
    colour: status?.backgrounds?.[index],
    ...row,
  }));
}

function flag(rows: Row[], header: Cell[] = HEADER, keys: KpiColumn[] = KEYS): Shown[] {
  return shown(refresh([header, ...rows.map((row) => keys.map((key) => row[key] ?? ''))]));
}

function flagOne(row: Row): Kpi {
  const result = flag([{ id: 'K1', name: 'Metric', ...row }])[0]!;
  if (result.kind !== 'kpi') throw new Error('not a KPI row');
  return result;
}

type Field = 'row' | 'kind' | 'id' | 'newId' | 'name' | 'status' | 'colour' | 'flag' | 'current' | 'type';

const pick = (results: readonly Shown[], ...fields: Field[]) =>
  results.map((result) =>
    Object.fromEntries(fields.map((field) => [field, (result as Partial<Record<Field, unknown>>)[field]])),
  );

/** What a KPI lookup entry tells a key result: the KPI's ID and its reading. */
const idAndCurrent = (kpi: Kpi | undefined) =>
  kpi && { id: kpi.id, ...(kpi.current === undefined ? {} : { current: kpi.current }) };

describe('flagKpis: range flags', () => {
  it.each<[Cell, Cell, Cell, string, string]>([
    // Min 100, Max 200: the warning band is 10% of the width, 10, inside each bound.
    [100, 200, 99, 'ALERT', RED],
    [100, 200, 100, 'WARN', YELLOW], // at the bound: in range but inside the band
    [100, 200, 109.9, 'WARN', YELLOW],
    [100, 200, 110, 'OK', GREEN], // the band's own edge is OK
    [100, 200, 150, 'OK', GREEN],
    [100, 200, 190, 'OK', GREEN],
    [100, 200, 190.5, 'WARN', YELLOW],
    [100, 200, 200, 'WARN', YELLOW],
    [100, 200, 200.1, 'ALERT', RED],
    [5, 5, 5, 'OK', GREEN], // a zero-width range has a zero-width band, and a zero band never warns
    // One bound and no watch line: no band, OK or ALERT only.
    [250000, '', 262000, 'OK', GREEN],
    [250000, '', 275000, 'OK', GREEN],
    [250000, '', 1e9, 'OK', GREEN],
    [250000, '', 249999, 'ALERT', RED],
    ['', 4, 3.5, 'OK', GREEN],
    ['', 4, 3.7, 'OK', GREEN],
    ['', 4, 4, 'OK', GREEN],
    ['', 4, 6, 'ALERT', RED],
    ['', 4, -100, 'OK', GREEN],
    // Min 0 only: the band is 0 wide, so 0 itself is OK.
    [0, '', 0, 'OK', GREEN],
    [0, '', -0.01, 'ALERT', RED],
    // Numbers typed as text.
    ['$250,000', '', '$262,000', 'OK', GREEN],
    ['', '3%', '4.1%', 'ALERT', RED],
  ])('Min %s, Max %s, Current %s → %s', (min, max, current, status, colour) => {
    const result = flagOne({ min, max, current });
    expect(result.status).toBe(status);
    expect(result.flag).toBe(status);
    expect(result.colour).toBe(colour);
  });

  it.each<[Row, string, string]>([
    [{ min: 0.999, warnBelow: 0.9995, current: 0.9994 }, 'WARN', YELLOW],
    [{ min: '60%', warnBelow: '62%', current: '64%' }, 'OK', GREEN],
    [{ max: 0.03, warnAbove: 0.025, current: 0.027 }, 'WARN', YELLOW],
    [{ min: 0, max: 100, warnAbove: 80, current: 5 }, 'OK', GREEN], // a typed line replaces the default band
    [
      { min: 0.6, warnBelow: 0.5, current: 0.64 },
      'INVALID: Warn below is under Min: set it between Min and Max',
      PURPLE_GREY,
    ],
    [{ min: 0.6, warnBelow: 0.5 }, 'INVALID: Warn below is under Min: set it between Min and Max', PURPLE_GREY],
    [
      { max: 10, warnAbove: 12, current: 5 },
      'INVALID: Warn above is over Max: set it between Min and Max',
      PURPLE_GREY,
    ],
    [
      { min: 0, max: 10, warnBelow: 6, warnAbove: 4, current: 5 },
      'INVALID: Warn below is above Warn above: swap them',
      PURPLE_GREY,
    ],
    [
      { min: 0, type: 'vanity', current: 5 },
      'INVALID: Type: "vanity" is not health, operational or strategic',
      PURPLE_GREY,
    ],
    [{ min: 0, type: '', current: 5 }, 'OK', GREEN],
  ])('watch lines and Type: %j → %s', (row, status, colour) => {
    const result = flagOne(row);
    expect([result.status, result.colour]).toEqual([status, colour]);
  });

  it('keeps the reading as a number on the result', () => {
    expect(flagOne({ min: '10%', current: '45%' }).current).toBe(0.45);
  });

  it('a blank Current is NO DATA in grey, with no flag and no current', () => {
    const result = flagOne({ min: 1, max: 2, current: '' });
    expect([result.status, result.colour, result.flag, result.current]).toEqual([
      'NO DATA',
      GREY,
      undefined,
      undefined,
    ]);
  });
});

describe('flagKpis: staleness', () => {
  it.each<[Cell, Date | string, number, string, string]>([
    // weekly: stale after 1.5 × 7 = 10.5 days. 2026-11-12 is 11 days before today, 2026-11-13 is 10.
    ['weekly', day('2026-11-12'), 150, 'STALE', GREEN],
    ['weekly', day('2026-11-13'), 150, 'OK', GREEN],
    ['Week', day('2026-11-12'), 95, 'STALE', RED], // keeps the ALERT colour
    // monthly: 1.5 × 30 = 45 days. 2026-10-08 is 46 days back (31 + 15), 2026-10-09 is 45.
    ['monthly', day('2026-10-08'), 105, 'STALE', YELLOW], // keeps the WARN colour
    ['monthly', day('2026-10-09'), 105, 'WARN', YELLOW],
    ['', day('2026-10-08'), 150, 'STALE', GREEN], // blank cadence is monthly
    ['', day('2026-10-09'), 150, 'OK', GREEN],
    ['every month', '2026-10-08', 150, 'STALE', GREEN], // a date typed as text
    // quarterly: 1.5 × 91 = 136.5 days. 2026-07-09 is 137 days back; 2026-07-10 is 136.
    ['quarterly', day('2026-07-09'), 150, 'STALE', GREEN],
    ['quarterly', day('2026-07-10'), 150, 'OK', GREEN],
    ['daily', day('2026-11-21'), 150, 'STALE', GREEN], // 2 days > 1.5
    ['daily', day('2026-11-22'), 150, 'OK', GREEN],
    ['weekly', '', 150, 'OK', GREEN], // no Updated date: never stale
  ])('cadence %s, updated %s, current %d → %s', (cadence, updated, current, status, colour) => {
    const result = flagOne({ min: 100, max: 200, current, cadence, updated });
    expect([result.status, result.colour]).toEqual([status, colour]);
  });

  it('a STALE KPI keeps its range flag', () => {
    const result = flagOne({ min: 100, max: 200, current: 95, cadence: 'weekly', updated: day('2026-10-01') });
    expect([result.status, result.flag]).toEqual(['STALE', 'ALERT']);
  });

  it('a KPI with no reading is NO DATA however old its Updated date', () => {
    expect(flagOne({ min: 1, current: '', cadence: 'weekly', updated: day('2026-01-01') }).status).toBe('NO DATA');
  });
});

describe('flagKpis: INVALID rows', () => {
  it.each<[string, Row, string]>([
    ['Min above Max', { min: 10, max: 5, current: 7 }, 'INVALID: Min is above Max'],
    ['Min above Max, no reading yet', { min: 10, max: 5, current: '' }, 'INVALID: Min is above Max'],
    ['no bound', { current: 7 }, 'INVALID: no range: set Min or Max'],
    ['no bound, no reading yet', { owner: 'Ana', current: '' }, 'INVALID: no range: set Min or Max'],
    ['a bad number in Min', { min: 'abc', max: 5, current: 3 }, 'INVALID: Min: "abc" is not a number'],
    ['an error value in Current', { min: 1, current: '#DIV/0!' }, 'INVALID: Current: error value #DIV/0!'],
    ['a checkbox in Current', { min: 1, current: true }, 'INVALID: Current: TRUE is a checkbox, not a number'],
    ['a bad Updated date', { min: 1, current: 2, updated: 'yesterday' }, 'INVALID: Updated: "yesterday" is not a date'],
    ['a blank name', { name: '', min: 1, current: 2 }, 'INVALID: KPI name is blank'],
    [
      'a bad cadence',
      { min: 1, current: 2, cadence: 'fortnightly' },
      'INVALID: Cadence: "fortnightly" is not daily, weekly, monthly, quarterly or yearly',
    ],
    ['two mistakes', { min: 'x', max: 'y', current: 2 }, 'INVALID: Min: "x" is not a number; Max: "y" is not a number'],
  ])('%s', (_, row, status) => {
    const result = flagOne(row);
    expect([result.kind, result.status, result.colour, result.flag]).toEqual(['kpi', status, PURPLE_GREY, undefined]);
  });

  it('a duplicate ID (any case) is INVALID on the later rows, naming the first sheet row', () => {
    const results = flag([
      { id: 'K1', name: 'A', min: 1, current: 5 },
      { id: 'K2', name: 'B', min: 1, current: 5 },
      { id: 'k1', name: 'C', min: 1, current: 5 },
      { id: 'K1', name: 'D', min: 1, current: 5 },
    ]);
    // values[1] is sheet row 2.
    expect(results.map((result) => result.status)).toEqual([
      'OK',
      'OK',
      'INVALID: duplicate ID k1 (also on row 2)',
      'INVALID: duplicate ID K1 (also on row 2)',
    ]);
    expect(results[3]!.colour).toBe(PURPLE_GREY);
  });
});

describe('flagKpis: blank rows and IDs', () => {
  it('a row with no input is blank, even with a stale Status left in it, and gets no ID', () => {
    const results = flag([
      { id: 'K1', name: 'A', min: 1, current: 5 },
      {},
      { status: 'ALERT' },
      { name: '   ' },
      { name: 'B', max: 10, current: 5 },
    ]);
    // A blank row of the model is its row and ID alone; Refresh clears its Status cell and colour.
    expect(pick(results.slice(1, 4), 'row', 'kind', 'id', 'newId', 'status', 'colour')).toEqual([
      { row: 2, kind: 'blank', id: '', status: '', colour: null },
      { row: 3, kind: 'blank', id: '', status: '', colour: null },
      { row: 4, kind: 'blank', id: '', status: '', colour: null },
    ]);
    expect(pick(results, 'row', 'kind', 'id', 'newId', 'name', 'status', 'colour', 'flag', 'current')[4]).toEqual({
      row: 5,
      kind: 'kpi',
      id: 'K2',
      newId: 'K2',
      name: 'B',
      status: 'OK',
      colour: GREEN,
      flag: 'OK',
      current: 5,
    });
  });

  it('new IDs continue after the highest K<n> in the table (any case, anywhere), never reusing a free lower one', () => {
    const results = flag([
      { id: 'K1', name: 'A', min: 1 },
      { id: '', name: 'B', min: 1 },
      { id: 'k5', name: 'C', min: 1 },
      { id: '', name: 'D', min: 1 },
      { id: 'MRR', name: 'E', min: 1 },
      { id: '', name: '', min: 1 }, // an INVALID row still gets an ID
    ]);
    expect(results.map((result) => [result.id, result.newId])).toEqual([
      ['K1', undefined],
      ['K6', 'K6'],
      ['k5', undefined],
      ['K7', 'K7'],
      ['MRR', undefined],
      ['K8', 'K8'],
    ]);
    expect(results[5]!.status).toBe('INVALID: KPI name is blank');
  });

  it('reads a table with its own column order, names and title rows', () => {
    const values: Cell[][] = [
      ['Company health'],
      ['Metric', 'Floor', 'Notes', 'Value', 'Frequency', 'As of', 'Watch below', 'Category', 'Status'],
      ['Uptime', 0.999, 'SLA', 0.9994, 'weekly', day('2026-11-20'), 0.9995, 'Operational', ''],
    ];
    const results = shown(refresh(values));
    // 0.9994 is inside Min 0.999 but under the 0.9995 watch line → WARN. The new ID is K1.
    expect(pick(results, 'row', 'kind', 'id', 'newId', 'name', 'status', 'colour', 'flag', 'current', 'type')).toEqual([
      {
        row: 2,
        kind: 'kpi',
        id: 'K1',
        newId: 'K1',
        name: 'Uptime',
        status: 'WARN',
        colour: YELLOW,
        flag: 'WARN',
        current: 0.9994,
        type: 'operational',
      },
    ]);
  });
});

/** The workbook's one lookup of a KPI cell's text, over a KPIs tab of these rows. */
function lookupOf(rows: Row[]) {
  return refresh([HEADER, ...rows.map((row) => KEYS.map((key) => row[key] ?? ''))]).workbook.kpiByKey;
}

describe('kpiLookup', () => {
  it('finds KPIs by lower-cased ID and name, with their current reading when they have one', () => {
    const lookup = lookupOf([
      { id: 'K1', name: 'Monthly Recurring Revenue', min: 250000, current: 262000 },
      { id: 'K2', name: 'Churn', max: 0.03, current: '' },
      {},
      { id: '', name: 'NPS', min: 45, current: 41 },
    ]);
    expect(Object.fromEntries([...lookup].map(([key, kpi]) => [key, idAndCurrent(kpi)]))).toEqual({
      'monthly recurring revenue': { id: 'K1', current: 262000 },
      k1: { id: 'K1', current: 262000 },
      churn: { id: 'K2' },
      k2: { id: 'K2' },
      nps: { id: 'K3', current: 41 }, // found by the ID this refresh gives it
      k3: { id: 'K3', current: 41 },
    });
    expect(lookup.get('k2')).not.toHaveProperty('current');
  });

  it('the first KPI with a name wins; an INVALID row keeps a reading it parsed, not one it could not', () => {
    const lookup = lookupOf([
      { id: 'K1', name: 'Churn', max: 0.03, current: 0.04 },
      { id: 'K2', name: 'churn', min: 5, max: 1, current: 0.05 },
      { id: 'K3', name: 'Broken', min: 'abc', current: 7 },
    ]);
    expect(idAndCurrent(lookup.get('churn'))).toEqual({ id: 'K1', current: 0.04 });
    expect(idAndCurrent(lookup.get('k2'))).toEqual({ id: 'K2', current: 0.05 });
    expect(idAndCurrent(lookup.get('k3'))).toEqual({ id: 'K3' });
    expect(lookup.size).toBe(5); // churn, k1, k2, broken, k3
  });

  it("an ID wins over another KPI's name; of two rows with one ID the first is found (the later is INVALID)", () => {
    const lookup = lookupOf([
      { id: 'K1', name: 'K2', min: 1, current: 5 },
      { id: 'K2', name: 'Churn', max: 0.03, current: 0.02 },
      { id: 'k2', name: 'Copy of churn', max: 0.03, current: 0.04 },
    ]);
    expect(idAndCurrent(lookup.get('k2'))).toEqual({ id: 'K2', current: 0.02 });
    expect(lookup.get('copy of churn')?.status).toBe('INVALID: duplicate ID k2 (also on row 3)');
  });
});

describe('flagKpis: early warning from the readings the job read', () => {
  const kpiValues: Cell[][] = [
    HEADER,
    ['K8', 'On-time delivery', '', '%', 0.95, '', 0.96, 'weekly', day('2026-11-20'), '', '', '', ''],
    ['K9', 'Stale delivery', '', '%', 0.95, '', 0.96, 'weekly', day('2026-10-20'), '', '', '', ''],
  ];
  const log: Cell[][] = [
    ['Timestamp', 'ID', 'Value'],
    ...(['K8', 'K9'] as const).flatMap((id) => [
      [day('2026-10-30'), id, 0.995],
      [day('2026-11-06'), id, 0.985],
      [day('2026-11-13'), id, 0.972],
    ]),
  ];
  const build = (checkIns?: Cell[][]) => {
    const plan = planRefresh({
      kpis: { values: kpiValues, formulas: [] },
      okrs: { values: [OKR_HEADER], formulas: [] },
      ...(checkIns === undefined ? {} : { checkIns: { values: checkIns, formulas: [] } }),
      today: TODAY,
      fiscalStartMonth: 1,
    });
    if (!plan.ok) throw new Error(plan.problems.join('; '));
    return plan.workbook.kpis.map((kpi) => [kpi.id, kpi.status, kpi.colour, kpi.earlyWarning]);
  };

  it('a KPI in range falling through its Min before its next reading is WARN with the reason; a stale one stays STALE', () => {
    expect(build(log)).toEqual([
      ['K8', 'WARN', YELLOW, 'heading below Min by about 27 Nov'],
      ['K9', 'STALE', GREEN, undefined],
    ]);
  });

  it('without the log (an edit) the same KPI is judged by its range alone', () => {
    expect(build()).toEqual([
      ['K8', 'OK', GREEN, undefined],
      ['K9', 'STALE', GREEN, undefined],
    ]);
  });
});

describe('planRefresh: the early warning as a note on the Status cell', () => {
  const log: Cell[][] = [
    ['Timestamp', 'ID', 'Value'],
    [day('2026-10-30'), 'K1', 0.995],
    [day('2026-11-06'), 'K1', 0.985],
    [day('2026-11-13'), 'K1', 0.972],
  ];
  const statusPatch = (rows: Cell[][], checkIns = log) => {
    const plan = planRefresh({
      kpis: { values: [['ID', 'KPI', 'Min', 'Current', 'Cadence', 'Updated', 'Status'], ...rows], formulas: [] },
      okrs: { values: [OKR_HEADER], formulas: [] },
      checkIns: { values: checkIns, formulas: [] },
      today: TODAY,
      fiscalStartMonth: 1,
    });
    if (!plan.ok) throw new Error(plan.problems.join('; '));
    return plan.patches.kpis.find((patch) => patch.column === 6);
  };
  const delivery = (status: Cell): Cell[] => ['K1', 'Delivery', 0.95, 0.96, 'weekly', day('2026-11-20'), status];
  const margin = (status: Cell): Cell[] => ['K2', 'Margin', 0.6, 0.64, 'monthly', day('2026-11-01'), status];

  it('writes the reason on the warned KPI and clears the note of every other Status cell written', () => {
    expect(statusPatch([delivery(''), margin('')])).toMatchObject({
      values: ['WARN', 'OK'],
      notes: ['Early warning: heading below Min by about 27 Nov.', ''],
    });
  });

  it('clears a note an earlier early warning left once the trend no longer warns', () => {
    expect(statusPatch([delivery('WARN'), margin('OK')], [['Timestamp', 'ID', 'Value']])).toMatchObject({
      values: ['OK', 'OK'],
      notes: ['', ''],
    });
  });

  it('leaves the notes alone where no Status cell has or had a warning: no call for a tab without one', () => {
    expect(statusPatch([margin('OK')], [['Timestamp', 'ID', 'Value']])?.notes).toBeUndefined();
  });
});
