import { describe, it, expect } from 'vitest';
import { DESIGN_OKR_HEADER } from '../../fixtures/examples';
import type { Cell } from '../../../src/core/cells';
import { GREEN, GREY, MUTED, PURPLE_GREY, RED, YELLOW } from '../../../src/core/colours';
import type { OkrColumn } from '../../../src/core/workbook/headers';
import type { OkrRow } from '../../../src/core/okr/okrs';
import { planRefresh } from '../../../src/core/workbook/refresh';

// Today is pinned to 2026-11-23 (TZ=UTC): 53 of the 91 days from 2026-10-01 to 2026-12-31 have passed,
// so elapsed = 53/91 ≈ 0.5824 for a KR due at the quarter's end;
// ON TRACK needs ≥ 0.7 × 0.5824 ≈ 0.4077, AT RISK ≥ 0.4 × 0.5824 ≈ 0.2330.
const TODAY = new Date('2026-11-23T00:00:00Z');
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const HEADER = DESIGN_OKR_HEADER;
const KEYS: OkrColumn[] = [
  'id',
  'quarter',
  'objective',
  'keyResult',
  'owner',
  'start',
  'target',
  'current',
  'unit',
  'weight',
  'due',
  'confidence',
  'kpi',
  'team',
  'parent',
  'score',
  'status',
  'lastCheckIn',
];

const KPI_HEADER = ['ID', 'KPI', 'Min', 'Max', 'Current'];
const LOG_HEADER = ['Timestamp', 'ID', 'Value'];

type Row = Partial<Record<OkrColumn, Cell>>;

function cells(row: Row): Cell[] {
  return KEYS.map((key) => row[key] ?? '');
}

interface Options {
  /** Rows of the KPIs tab, under KPI_HEADER. */
  kpis?: Cell[][];
  /** Check-ins in the log: [ID, when]. */
  checkIns?: [string, Date][];
  fiscalStartMonth?: number;
  today?: Date;
  above?: Cell[][];
}

/** A row of the model as the OKRs tab shows it after a refresh: the model's fields, and the cells Refresh writes. */
type Shown = OkrRow & {
  readonly newId?: string;
  readonly score: Cell;
  readonly status: Cell;
  readonly lastCheckIn: Cell;
  readonly scoreColour: string | null;
  readonly statusColour: string | null;
};

/** The OKRs tab (title rows `above`, the header, then `rows`) with a KPIs tab and a check-in log, refreshed. */
function refresh(rows: Row[], options: Options = {}) {
  const values: Cell[][] = [...(options.above ?? []), HEADER, ...rows.map(cells)];
  const plan = planRefresh({
    okrs: { values, formulas: [] },
    kpis: { values: [KPI_HEADER, ...(options.kpis ?? [])], formulas: [] },
    checkIns: { values: [LOG_HEADER, ...(options.checkIns ?? []).map(([id, at]) => [at, id, 1])], formulas: [] },
    today: options.today ?? TODAY,
    fiscalStartMonth: options.fiscalStartMonth ?? 1,
  });
  if (!plan.ok) throw new Error(`test tabs not read: ${plan.problems.join('; ')}`);
  return plan;
}

/**
 * Scores a table whose header row sits after `above` (title rows); row i of `rows` is values[above.length + 1 + i].
 * A blank row carries no score in the model: what it shows is what Refresh writes there (cleared cells).
 */
function score(rows: Row[], options: Options = {}): Shown[] {
  const plan = refresh(rows, options);
  const { columns } = plan.workbook.headers.okrs;
  const patch = (column: number | undefined) =>
    plan.patches.okrs.find(
      (candidate) => candidate.column === column && candidate.firstRow > plan.workbook.headers.okrs.row,
    );
  const [scores, statuses, lastCheckIns] = [columns.score, columns.status, columns.lastCheckIn].map(patch);
  // A colourless column whose every cell already reads right is not written: its cells read as they were.
  const values = [...(options.above ?? []), HEADER, ...rows.map(cells)];
  return plan.workbook.rows.okrs.map(
    (row, index) =>
      ({
        score: scores?.values[index],
        status: statuses?.values[index],
        lastCheckIn:
          lastCheckIns === undefined ? (values[row.row]?.[columns.lastCheckIn!] ?? '') : lastCheckIns.values[index],
        scoreColour: scores?.backgrounds?.[index],
        statusColour: statuses?.backgrounds?.[index],
        ...row,
      }) as Shown,
  );
}

/** One KR row on its own under an objective row; returns the KR's result. */
function scoreOne(kr: Row, options: Options = {}): Shown {
  const results = score(
    [
      { id: 'O1', objective: 'Goal' },
      { id: 'O1.1', keyResult: 'KR', ...kr },
    ],
    options,
  );
  return results[1]!;
}

type Field =
  | 'row'
  | 'kind'
  | 'id'
  | 'newId'
  | 'score'
  | 'status'
  | 'lastCheckIn'
  | 'scoreColour'
  | 'statusColour'
  | 'objectiveRow'
  | 'objectiveId';

/** The fields a row result used to carry: the model's rows carry more (text, owner, current…). */
const ROW_FIELDS: Field[] = [
  'row',
  'kind',
  'id',
  'newId',
  'score',
  'status',
  'lastCheckIn',
  'scoreColour',
  'statusColour',
  'objectiveRow',
  'objectiveId',
];

const pick = (results: readonly Shown[], ...fields: Field[]) =>
  results.map((result) =>
    Object.fromEntries(fields.map((field) => [field, (result as Partial<Record<Field, unknown>>)[field]])),
  );

describe('scoreOkrs: layouts', () => {
  it('grouped layout: an objective row owns the KR rows below it and scores their weighted mean', () => {
    const results = score([
      { id: 'O1', quarter: '2026-Q4', objective: 'Grow revenue', owner: 'Ana' },
      { id: 'O1.1', keyResult: 'Qualified leads', owner: 'Ben', start: 0, target: 100, current: 50 },
      { id: 'O1.2', keyResult: 'Enterprise deals', owner: 'Cy', start: 0, target: 10, current: 2, weight: 3 },
    ]);
    // KRs: 50/100 = 0.5 (≥ 0.4077 ON TRACK); 2/10 = 0.2 (< 0.2330 OFF TRACK).
    // Objective: (0.5 × 1 + 0.2 × 3) / 4 = 0.275 → 0.28, between 0.2330 and 0.4077 → AT RISK.
    expect(pick(results, ...ROW_FIELDS)).toEqual([
      {
        row: 1,
        kind: 'objective',
        id: 'O1',
        score: 0.28,
        status: 'AT RISK',
        lastCheckIn: '',
        scoreColour: RED,
        statusColour: YELLOW,
      },
      {
        row: 2,
        kind: 'keyResult',
        id: 'O1.1',
        score: 0.5,
        status: 'ON TRACK',
        lastCheckIn: '',
        scoreColour: YELLOW,
        statusColour: GREEN,
        objectiveRow: 1,
        objectiveId: 'O1',
      },
      {
        row: 3,
        kind: 'keyResult',
        id: 'O1.2',
        score: 0.2,
        status: 'OFF TRACK',
        lastCheckIn: '',
        scoreColour: RED,
        statusColour: RED,
        objectiveRow: 1,
        objectiveId: 'O1',
      },
    ]);
  });

  it('result rows are indexes into values, below title rows above the header', () => {
    const results = score(
      [
        { id: 'O1', objective: 'Goal' },
        { id: 'O1.1', keyResult: 'KR', start: 0, target: 4, current: 3 },
      ],
      { above: [['Team OKRs'], ['']] },
    );
    expect(pick(results, 'row', 'kind', 'score', 'objectiveRow')).toEqual([
      { row: 3, kind: 'objective', score: 0.75, objectiveRow: undefined },
      { row: 4, kind: 'keyResult', score: 0.75, objectiveRow: 3 },
    ]);
  });

  it('flat layout: rows repeating the objective text (any case) share one objective, with no objective row', () => {
    const results = score([
      {
        id: 'O3.1',
        quarter: '2026-Q4',
        objective: 'Delight users',
        keyResult: 'NPS',
        start: 30,
        target: 50,
        current: 46,
      },
      {
        id: '',
        quarter: '2026-Q4',
        objective: 'delight users',
        keyResult: 'Tickets',
        start: 0,
        target: 10,
        current: 10,
      },
    ]);
    // (46 − 30) / 20 = 0.8 → ON TRACK; 10/10 = 1 → DONE. The objective's ID O3 is read off O3.1.
    expect(pick(results, 'kind', 'id', 'newId', 'score', 'status', 'objectiveRow', 'objectiveId')).toEqual([
      {
        kind: 'keyResult',
        id: 'O3.1',
        newId: undefined,
        score: 0.8,
        status: 'ON TRACK',
        objectiveRow: undefined,
        objectiveId: 'O3',
      },
      {
        kind: 'keyResult',
        id: 'O3.2',
        newId: 'O3.2',
        score: 1,
        status: 'DONE',
        objectiveRow: undefined,
        objectiveId: 'O3',
      },
    ]);
  });

  it('the model holds a flat objective once, with no row of its own but a score and pacing from its key results', () => {
    const { objectives } = refresh([
      {
        id: 'O3.1',
        quarter: '2026-Q4',
        objective: 'Delight users',
        keyResult: 'NPS',
        start: 30,
        target: 50,
        current: 46,
      },
      {
        id: '',
        quarter: '2026-Q4',
        objective: 'delight users',
        keyResult: 'Tickets',
        start: 0,
        target: 10,
        current: 10,
      },
    ]).workbook;
    // (0.8 + 1) / 2 = 0.9 → ON TRACK; named first on row 1 (values[1]).
    expect(
      objectives.map((objective) => ({
        id: objective.id,
        ownRow: objective.ownRow,
        row: objective.row,
        firstRow: objective.firstRow,
        text: objective.text,
        score: objective.score,
        status: objective.status,
        keyResults: objective.keyResults.map((keyResult) => keyResult.id),
      })),
    ).toEqual([
      {
        id: 'O3',
        ownRow: undefined,
        row: 1,
        firstRow: 1,
        text: 'Delight users',
        score: 0.9,
        status: 'ON TRACK',
        keyResults: ['O3.1', 'O3.2'],
      },
    ]);
  });

  it('mixed layout: grouped objective, flat objective, a blank-objective KR joining the flat one, and a flat row naming the grouped objective', () => {
    const results = score([
      { id: 'O1', quarter: '2026-Q4', objective: 'Retain customers' },
      { id: 'O1.1', keyResult: 'Churn', start: 0.08, target: 0.04, current: 0.06 },
      { id: '', quarter: '2026-Q4', objective: 'Expand', keyResult: 'Upsells', start: 0, target: 20, current: 5 },
      { id: '', keyResult: 'Cross-sells', start: 0, target: 10, current: 7 },
      {
        id: '',
        quarter: '2026-Q4',
        objective: 'RETAIN CUSTOMERS',
        keyResult: 'Renewals',
        start: 0,
        target: 10,
        current: 9,
      },
    ]);
    // Churn (0.06 − 0.08)/(0.04 − 0.08) = 0.5; Upsells 5/20 = 0.25; Cross-sells 0.7; Renewals 0.9.
    // O1 = (0.5 + 0.9) / 2 = 0.7 → ON TRACK. "Expand" is a new objective O2 (after O1); its KRs O2.1, O2.2.
    // Renewals joins O1 and takes O1.2, the next after O1.1.
    expect(pick(results, 'id', 'score', 'status', 'objectiveRow')).toEqual([
      { id: 'O1', score: 0.7, status: 'ON TRACK', objectiveRow: undefined },
      { id: 'O1.1', score: 0.5, status: 'ON TRACK', objectiveRow: 1 },
      { id: 'O2.1', score: 0.25, status: 'AT RISK', objectiveRow: undefined },
      { id: 'O2.2', score: 0.7, status: 'ON TRACK', objectiveRow: undefined },
      { id: 'O1.2', score: 0.9, status: 'ON TRACK', objectiveRow: 1 },
    ]);
  });

  it('KR rows before any objective are orphans: scored, no objectiveRow, sharing one fresh O<n>', () => {
    const results = score([
      { keyResult: 'First orphan', start: 0, target: 10, current: 5 },
      { keyResult: 'Second orphan', start: 0, target: 10, current: 1 },
      { id: 'O4', objective: 'Later objective' },
      { keyResult: 'Owned', start: 0, target: 10, current: 8 },
    ]);
    // The objective row keeps O4; the orphans get the next objective number, O5, and share it.
    expect(pick(results, 'kind', 'id', 'newId', 'score', 'status', 'objectiveRow')).toEqual([
      { kind: 'keyResult', id: 'O5.1', newId: 'O5.1', score: 0.5, status: 'ON TRACK', objectiveRow: undefined },
      { kind: 'keyResult', id: 'O5.2', newId: 'O5.2', score: 0.1, status: 'OFF TRACK', objectiveRow: undefined },
      { kind: 'objective', id: 'O4', newId: undefined, score: 0.8, status: 'ON TRACK', objectiveRow: undefined },
      { kind: 'keyResult', id: 'O4.1', newId: 'O4.1', score: 0.8, status: 'ON TRACK', objectiveRow: 3 },
    ]);
  });

  it('a blank row is blank, and the KR after it still belongs to the objective above', () => {
    const results = score([
      { id: 'O1', objective: 'Goal' },
      {},
      { id: 'O1.1', keyResult: 'KR', start: 0, target: 10, current: 6 },
    ]);
    expect(pick(results, ...ROW_FIELDS)[1]).toEqual({
      row: 2,
      kind: 'blank',
      id: '',
      score: '',
      status: '',
      lastCheckIn: '',
      scoreColour: null,
      statusColour: null,
    });
    expect(pick(results, 'kind', 'score', 'objectiveRow')).toEqual([
      { kind: 'objective', score: 0.6, objectiveRow: undefined },
      { kind: 'blank', score: '', objectiveRow: undefined },
      { kind: 'keyResult', score: 0.6, objectiveRow: 1 },
    ]);
  });

  it.each<[string, Row]>([
    ['owner only', { owner: 'Ana' }],
    ['an unticked checkbox alone', { current: false }],
    ['unit, weight, due and confidence only', { unit: '%', weight: 2, due: day('2026-12-01'), confidence: 5 }],
    ['only spaces', { objective: '   ', keyResult: ' ' }],
  ])('a row with %s is a blank row', (_, row) => {
    const results = score([{ id: 'O1', objective: 'Goal' }, row]);
    expect(pick(results, 'kind', 'status', 'scoreColour', 'statusColour')[1]).toEqual({
      kind: 'blank',
      status: '',
      scoreColour: null,
      statusColour: null,
    });
    expect(results[0]!.status).toBe('NO DATA');
  });

  it('an objective row with no KRs is NO DATA in grey', () => {
    const results = score([
      { id: 'O1', objective: 'Empty objective', owner: 'Ana' },
      { id: 'O2', objective: 'Scored objective' },
      { id: 'O2.1', keyResult: 'KR', start: 0, target: 10, current: 10 },
    ]);
    expect(pick(results, ...ROW_FIELDS)[0]).toEqual({
      row: 1,
      kind: 'objective',
      id: 'O1',
      score: '',
      status: 'NO DATA',
      lastCheckIn: '',
      scoreColour: GREY,
      statusColour: GREY,
    });
    expect(pick(results, 'score', 'status').slice(1)).toEqual([
      { score: 1, status: 'DONE' },
      { score: 1, status: 'DONE' },
    ]);
  });

  it('an objective whose KRs have no readings or are invalid is NO DATA; invalid KRs are left out of a scored mean', () => {
    const results = score([
      { id: 'O1', objective: 'Nothing yet' },
      { id: 'O1.1', keyResult: 'No reading', start: 0, target: 10 },
      { id: 'O1.2', keyResult: 'Broken', start: 5, target: 5, current: 5 },
      { id: 'O2', objective: 'Half valid' },
      { id: 'O2.1', keyResult: 'Good', start: 0, target: 10, current: 5 },
      { id: 'O2.2', keyResult: 'Broken', start: 0, target: 'ten', current: 9 },
    ]);
    expect(pick(results, 'id', 'score', 'status')).toEqual([
      { id: 'O1', score: '', status: 'NO DATA' },
      { id: 'O1.1', score: '', status: 'NO DATA' },
      { id: 'O1.2', score: '', status: 'INVALID: target equals start' },
      { id: 'O2', score: 0.5, status: 'ON TRACK' },
      { id: 'O2.1', score: 0.5, status: 'ON TRACK' },
      { id: 'O2.2', score: '', status: 'INVALID: Target: "ten" is not a number' },
    ]);
  });
});

describe('scoreOkrs: weights', () => {
  it('weight 0 leaves a KR out of the mean, a blank weight counts as 1', () => {
    const results = score([
      { id: 'O1', objective: 'Goal' },
      { id: 'O1.1', keyResult: 'Zero weight', start: 0, target: 10, current: 10, weight: 0 },
      { id: 'O1.2', keyResult: 'Blank weight', start: 0, target: 10, current: 4, weight: '' },
      { id: 'O1.3', keyResult: 'Weight 1', start: 0, target: 10, current: 6, weight: 1 },
      { id: 'O1.4', keyResult: 'Weight 2 as text', start: 0, target: 10, current: 9, weight: '2' },
    ]);
    // (0.4 × 1 + 0.6 × 1 + 0.9 × 2) / 4 = 2.8 / 4 = 0.7; the weight-0 KR (score 1) does not count.
    expect(pick(results, 'score', 'status')).toEqual([
      { score: 0.7, status: 'ON TRACK' },
      { score: 1, status: 'DONE' }, // its own row is still scored
      { score: 0.4, status: 'AT RISK' },
      { score: 0.6, status: 'ON TRACK' },
      { score: 0.9, status: 'ON TRACK' },
    ]);
  });

  it('an objective whose only scored KRs weigh 0 says the weights are why it has no score; a negative weight is INVALID', () => {
    const results = score([
      { id: 'O1', objective: 'Weightless' },
      { id: 'O1.1', keyResult: 'KR', start: 0, target: 10, current: 5, weight: 0 },
      { id: 'O2', objective: 'Negative' },
      { id: 'O2.1', keyResult: 'KR', start: 0, target: 10, current: 5, weight: -1 },
    ]);
    expect(pick(results, 'id', 'score', 'status')).toEqual([
      { id: 'O1', score: '', status: 'INVALID: Weight: every key result weighs 0, so none counts' },
      { id: 'O1.1', score: 0.5, status: 'ON TRACK' },
      { id: 'O2', score: '', status: 'NO DATA' },
      { id: 'O2.1', score: '', status: 'INVALID: Weight: -1 is negative' },
    ]);
  });
});

describe('scoreOkrs: linked KPIs and checkboxes', () => {
  // Rows of the KPIs tab (ID, KPI, Min, Max, Current): a key result finds one by ID or name, any case.
  const kpis: Cell[][] = [
    ['K2', 'Customer churn rate', '', 0.03, 0.055],
    ['K7', 'Signups', 100, '', ''], // a KPI with no reading
  ];

  it.each<[string, Cell, number | '', string]>([
    // (0.055 − 0.08) / (0.04 − 0.08) = 0.625 → 0.63 (half away from zero), ≥ 0.4077 → ON TRACK.
    ['by ID', 'K2', 0.63, 'ON TRACK'],
    ['by ID in lower case', 'k2', 0.63, 'ON TRACK'],
    ['by name, any case', 'Customer CHURN rate', 0.63, 'ON TRACK'],
    ['with no reading on the KPI', 'K7', '', 'NO DATA'],
    ['unknown', 'K9', '', 'INVALID: linked KPI "K9" is not on the KPIs tab'],
    ['unknown by name', 'Churn', '', 'INVALID: linked KPI "Churn" is not on the KPIs tab'],
  ])('a blank Current follows the linked KPI %s', (_, kpi, expectedScore, status) => {
    const result = scoreOne({ start: 0.08, target: 0.04, current: '', kpi }, { kpis });
    expect([result.score, result.status]).toEqual([expectedScore, status]);
  });

  it('a filled Current wins over the linked KPI, even an unknown one', () => {
    // (0.07 − 0.08) / (0.04 − 0.08) = 0.25 → AT RISK.
    expect(scoreOne({ start: 0.08, target: 0.04, current: 0.07, kpi: 'K2' }, { kpis }).score).toBe(0.25);
    expect(scoreOne({ start: 0.08, target: 0.04, current: 0.07, kpi: 'K9' }, { kpis }).status).toBe('AT RISK');
  });

  it.each<[Cell, number, string]>([
    [true, 1, 'DONE'],
    [false, 0, 'OFF TRACK'], // 0 < 0.2330
    ['yes', 1, 'DONE'],
    ['FALSE', 0, 'OFF TRACK'],
  ])('a checkbox Current %s scores %d without Start or Target', (current, expectedScore, status) => {
    const result = scoreOne({ keyResult: 'Publish the report (yes/no)', current });
    expect(pick([result], 'kind', 'score', 'status')[0]).toEqual({ kind: 'keyResult', score: expectedScore, status });
  });

  it('a KR row with a blank Current and no KPI is NO DATA in grey, even with no Start (yes/no KRs have none)', () => {
    expect(
      pick(
        [scoreOne({ start: 0, target: 10 }), scoreOne({ target: 10 })],
        'score',
        'status',
        'scoreColour',
        'statusColour',
      ),
    ).toEqual([
      { score: '', status: 'NO DATA', scoreColour: GREY, statusColour: GREY },
      { score: '', status: 'NO DATA', scoreColour: GREY, statusColour: GREY },
    ]);
  });
});

describe('scoreOkrs: INVALID rows', () => {
  it.each<[string, Row, string]>([
    ['a bad number', { start: 0, target: 'abc', current: 5 }, 'INVALID: Target: "abc" is not a number'],
    ['an error value', { start: 0, target: 10, current: '#N/A' }, 'INVALID: Current: error value #N/A'],
    ['an error value in Start', { start: '#REF!', target: 10, current: 5 }, 'INVALID: Start: error value #REF!'],
    ['start = target', { start: 10, target: 10, current: 12 }, 'INVALID: target equals start'],
    ['a blank Start (never read as 0)', { start: '', target: 0.04, current: 0.055 }, 'INVALID: Start: missing'],
    ['a blank Target', { start: 0, target: '', current: 5 }, 'INVALID: Target: missing'],
    [
      'confidence above 10',
      { start: 0, target: 10, current: 5, confidence: 11 },
      'INVALID: Confidence: 11 is outside 0–10',
    ],
    [
      'confidence below 0',
      { start: 0, target: 10, current: 5, confidence: -1 },
      'INVALID: Confidence: -1 is outside 0–10',
    ],
    [
      'a bad quarter',
      { quarter: '2026-Q5', start: 0, target: 10, current: 5 },
      'INVALID: Quarter: "2026-Q5" is not like 2026-Q4',
    ],
    ['a bad due date', { start: 0, target: 10, current: 5, due: 'soon' }, 'INVALID: Due: "soon" is not a date'],
    [
      'two mistakes at once',
      { start: 0, target: 'abc', current: 5, confidence: 12 },
      'INVALID: Target: "abc" is not a number; Confidence: 12 is outside 0–10',
    ],
  ])('%s', (_, row, status) => {
    const result = scoreOne(row);
    expect(pick([result], 'score', 'status', 'scoreColour', 'statusColour')[0]).toEqual({
      score: '',
      status,
      scoreColour: PURPLE_GREY,
      statusColour: PURPLE_GREY,
    });
  });

  it('a duplicate ID (any case) is INVALID on the later rows, naming the first sheet row; the first keeps its score', () => {
    const results = score([
      { id: 'O1', objective: 'Goal' },
      { id: 'O1.1', keyResult: 'First', start: 0, target: 10, current: 5 },
      { id: 'O1.1', keyResult: 'Second', start: 0, target: 10, current: 9 },
      { id: 'o1.1', keyResult: 'Third', start: 0, target: 10, current: 9 },
      { id: 'O1', objective: 'Repeated objective' },
    ]);
    // values[2] is sheet row 3. The duplicates carry no weight, so O1 = 0.5.
    expect(pick(results, 'id', 'score', 'status')).toEqual([
      { id: 'O1', score: 0.5, status: 'ON TRACK' },
      { id: 'O1.1', score: 0.5, status: 'ON TRACK' },
      { id: 'O1.1', score: '', status: 'INVALID: duplicate ID O1.1 (also on row 3)' },
      { id: 'o1.1', score: '', status: 'INVALID: duplicate ID o1.1 (also on row 3)' },
      { id: 'O1', score: '', status: 'INVALID: duplicate ID O1 (also on row 2)' },
    ]);
    expect(results[4]!.statusColour).toBe(PURPLE_GREY);
  });

  it('a bad quarter on an objective row makes the objective INVALID', () => {
    const results = score([
      { id: 'O1', quarter: 'next quarter', objective: 'Goal' },
      { id: 'O1.1', keyResult: 'KR', start: 0, target: 10, current: 5 },
    ]);
    expect(results[0]!.status).toBe('INVALID: Quarter: "next quarter" is not like 2026-Q4');
    expect(results[0]!.scoreColour).toBe(PURPLE_GREY);
  });
});

describe('scoreOkrs: quarters, due dates and pacing', () => {
  it.each<[string, Cell, number, string]>([
    // Blank quarter = 2026-Q4 (today's): elapsed 53/91, 0.5 ≥ 0.4077 → ON TRACK.
    ["blank (today's quarter)", '', 0.5, 'ON TRACK'],
    ['2026-Q4 spelled Q4 2026', 'Q4 2026', 0.5, 'ON TRACK'],
    // 2026-Q3 ended on 2026-09-30: elapsed 1, 0.5 < 0.7 but ≥ 0.4 → AT RISK; 0.3 → OFF TRACK.
    ['2026-Q3 (over)', '2026-Q3', 0.5, 'AT RISK'],
    ['2026-Q3 (over), low score', '2026-Q3', 0.3, 'OFF TRACK'],
    // 2027-Q1 has not started: elapsed 0, so even 0 is ON TRACK.
    ['2027-Q1 (not started)', '2027-Q1', 0, 'ON TRACK'],
  ])('quarter %s, score %d → %s', (_, quarter, value, status) => {
    const result = scoreOne({ quarter, start: 0, target: 100, current: value * 100 });
    expect([result.score, result.status]).toEqual([value, status]);
  });

  it.each<[number, number, string]>([
    // Fiscal year from February: 2026-Q4 is 2026-11-01..2027-01-31 (91 days), 22 days elapsed:
    // elapsed = 22/91 ≈ 0.2418; ON TRACK ≥ 0.1692, AT RISK ≥ 0.0967.
    [2, 0.2, 'ON TRACK'],
    [2, 0.15, 'AT RISK'],
    [2, 0.09, 'OFF TRACK'],
    // The same scores in calendar quarters (elapsed 53/91).
    [1, 0.2, 'OFF TRACK'],
    [1, 0.15, 'OFF TRACK'],
  ])('fiscal start month %d, score %d → %s', (fiscalStartMonth, value, status) => {
    const result = scoreOne({ start: 0, target: 100, current: value * 100 }, { fiscalStartMonth });
    expect([result.score, result.status]).toEqual([value, status]);
  });

  it('with fiscal start month 2, "2026-Q4" runs to 2027-01-31 and a blank quarter is that quarter', () => {
    const results = score(
      [
        { id: 'O1', objective: 'Goal', quarter: '2026-Q4' },
        { id: 'O1.1', keyResult: 'Labelled', quarter: '2026-Q4', start: 0, target: 100, current: 20 },
        { id: 'O1.2', keyResult: 'Blank quarter', start: 0, target: 100, current: 20 },
      ],
      { fiscalStartMonth: 2 },
    );
    expect(results.map((result) => result.status)).toEqual(['ON TRACK', 'ON TRACK', 'ON TRACK']);
  });

  it.each<[string, Cell, number, string]>([
    // Due 2026-11-13, before today: elapsed 1, so 0.65 < 0.7 → AT RISK (ON TRACK with the default due).
    ['before today', day('2026-11-13'), 0.65, 'AT RISK'],
    ['before today, typed as text', '2026-11-13', 0.65, 'AT RISK'],
    ['blank (quarter end)', '', 0.65, 'ON TRACK'],
    // Due 2026-12-01: elapsed 53/61 ≈ 0.8689, ON TRACK needs ≥ 0.6082.
    ['2026-12-01', day('2026-12-01'), 0.6, 'AT RISK'],
    ['2026-12-01, score 0.61', day('2026-12-01'), 0.61, 'ON TRACK'],
    ['today', TODAY, 0.69, 'AT RISK'],
  ])('due %s, score %d → %s', (_, due, value, status) => {
    const result = scoreOne({ due, start: 0, target: 100, current: value * 100 });
    expect([result.score, result.status]).toEqual([value, status]);
  });

  it('an objective row is paced to its latest Due', () => {
    const results = score([
      { id: 'O1', objective: 'All due early' },
      { id: 'O1.1', keyResult: 'A', start: 0, target: 100, current: 60, due: day('2026-11-13') },
      { id: 'O1.2', keyResult: 'B', start: 0, target: 100, current: 70, due: day('2026-11-20') },
      { id: 'O2', objective: 'One due at quarter end' },
      { id: 'O2.1', keyResult: 'A', start: 0, target: 100, current: 60, due: day('2026-11-13') },
      { id: 'O2.2', keyResult: 'B', start: 0, target: 100, current: 70 },
    ]);
    // Both objectives score (0.6 + 0.7) / 2 = 0.65. O1's latest Due 2026-11-20 has passed: elapsed 1 → AT RISK.
    // O2's latest Due is 2026-12-31: elapsed 53/91, 0.65 ≥ 0.4077 → ON TRACK.
    expect(pick(results, 'id', 'score', 'status')).toEqual([
      { id: 'O1', score: 0.65, status: 'AT RISK' },
      { id: 'O1.1', score: 0.6, status: 'AT RISK' },
      { id: 'O1.2', score: 0.7, status: 'ON TRACK' }, // exactly 0.7 × 1
      { id: 'O2', score: 0.65, status: 'ON TRACK' },
      { id: 'O2.1', score: 0.6, status: 'AT RISK' },
      { id: 'O2.2', score: 0.7, status: 'ON TRACK' },
    ]);
  });

  it.each<[number, Cell, string]>([
    [0.8, 3, 'AT RISK'], // confidence ≤ 3 caps ON TRACK
    [0.8, 0, 'AT RISK'],
    [0.8, '2', 'AT RISK'],
    [0.8, 4, 'ON TRACK'],
    [0.8, '', 'ON TRACK'],
    [1, 1, 'DONE'], // never capped
    [0.1, 2, 'OFF TRACK'], // the cap does not lift OFF TRACK
    [0.3, 3, 'AT RISK'],
  ])('score %d with confidence %s → %s', (value, confidence, status) => {
    expect(scoreOne({ start: 0, target: 10, current: value * 10, confidence }).status).toBe(status);
  });

  it("an objective row is not capped by its KRs' low confidence", () => {
    const results = score([
      { id: 'O1', objective: 'Goal' },
      { id: 'O1.1', keyResult: 'KR', start: 0, target: 10, current: 8, confidence: 2 },
    ]);
    expect(pick(results, 'score', 'status')).toEqual([
      { score: 0.8, status: 'ON TRACK' },
      { score: 0.8, status: 'AT RISK' },
    ]);
  });
});

describe('scoreOkrs: check-ins and staleness', () => {
  it.each<[string, Date, number, string, string]>([
    // 2026-11-08 → 2026-11-23 is 15 days (> 14): stale, muted status, score keeps its grade colour.
    ['15 days old', day('2026-11-08'), 0.5, 'ON TRACK (stale)', MUTED],
    ['14 days old', day('2026-11-09'), 0.5, 'ON TRACK', GREEN],
    ['15 days old, off track', day('2026-11-08'), 0.1, 'OFF TRACK (stale)', MUTED],
    ['15 days old, low confidence', day('2026-11-08'), 0.8, 'AT RISK (stale)', MUTED],
    ['a month old but DONE', day('2026-10-20'), 1, 'DONE', GREEN],
  ])('a last check-in %s', (_, lastCheckIn, value, status, statusColour) => {
    const checkIns: [string, Date][] = [['O1.1', lastCheckIn]];
    const confidence = value === 0.8 ? 2 : '';
    const result = scoreOne({ start: 0, target: 10, current: value * 10, confidence }, { checkIns });
    expect(pick([result], 'status', 'statusColour', 'lastCheckIn')[0]).toEqual({ status, statusColour, lastCheckIn });
    expect(result.scoreColour).toBe(value < 0.4 ? RED : value < 0.7 ? YELLOW : GREEN);
  });

  it('a KR never checked in is judged on its sheet values alone, with a blank Last check-in', () => {
    const checkIns: [string, Date][] = [['O9.9', day('2026-01-01')]];
    const result = scoreOne({ start: 0, target: 10, current: 5 }, { checkIns });
    expect([result.status, result.lastCheckIn]).toEqual(['ON TRACK', '']);
  });

  it("an objective row shows its KRs' newest check-in; a KR with a new ID is looked up by that ID", () => {
    const checkIns: [string, Date][] = [
      ['O1.1', day('2026-11-01')],
      ['o1.2', day('2026-11-20')], // the log's ID in any case
    ];
    const results = score(
      [
        { id: 'O1', objective: 'Goal' },
        { id: 'O1.1', keyResult: 'A', start: 0, target: 10, current: 5 },
        { id: '', keyResult: 'B', start: 0, target: 10, current: 5 },
        { id: 'O2', objective: 'Never checked in' },
        { id: 'O2.1', keyResult: 'C', start: 0, target: 10, current: 5 },
      ],
      { checkIns },
    );
    expect(pick(results, 'id', 'status', 'lastCheckIn')).toEqual([
      { id: 'O1', status: 'ON TRACK', lastCheckIn: day('2026-11-20') }, // objective status never stale
      { id: 'O1.1', status: 'ON TRACK (stale)', lastCheckIn: day('2026-11-01') }, // 22 days
      { id: 'O1.2', status: 'ON TRACK', lastCheckIn: day('2026-11-20') },
      { id: 'O2', status: 'ON TRACK', lastCheckIn: '' },
      { id: 'O2.1', status: 'ON TRACK', lastCheckIn: '' },
    ]);
  });
});

describe('scoreOkrs: a Last check-in remembered on the row', () => {
  it('a row keeps the newer of its Last check-in cell and the log read (only its recent end is read)', () => {
    const results = score(
      [
        { id: 'O1', objective: 'Goal' },
        { id: 'O1.1', keyResult: 'Older in the log', start: 0, target: 10, current: 5, lastCheckIn: day('2026-11-20') },
        { id: 'O1.2', keyResult: 'Newer in the log', start: 0, target: 10, current: 5, lastCheckIn: day('2026-11-01') },
        { id: 'O1.3', keyResult: 'Remembered only', start: 0, target: 10, current: 5, lastCheckIn: day('2026-11-02') },
      ],
      {
        checkIns: [
          ['O1.1', day('2026-11-01')],
          ['O1.2', day('2026-11-21')],
        ],
      },
    );
    // O1.3's remembered check-in is 21 days old: stale, as if the log still held it.
    expect(pick(results, 'id', 'status', 'lastCheckIn')).toEqual([
      { id: 'O1', status: 'ON TRACK', lastCheckIn: day('2026-11-21') },
      { id: 'O1.1', status: 'ON TRACK', lastCheckIn: day('2026-11-20') },
      { id: 'O1.2', status: 'ON TRACK', lastCheckIn: day('2026-11-21') },
      { id: 'O1.3', status: 'ON TRACK (stale)', lastCheckIn: day('2026-11-02') },
    ]);
  });

  it('a row only now given an ID ignores its Last check-in cell: it may have been copied with another row', () => {
    const results = score([
      { id: 'O1', objective: 'Goal' },
      { id: '', keyResult: 'Copied row', start: 0, target: 10, current: 5, lastCheckIn: day('2026-11-02') },
    ]);
    expect(pick(results, 'id', 'newId', 'status', 'lastCheckIn')[1]).toEqual({
      id: 'O1.1',
      newId: 'O1.1',
      status: 'ON TRACK',
      lastCheckIn: '',
    });
  });
});

describe('scoreOkrs: colours', () => {
  it.each<[number, string, string]>([
    [0, RED, RED], // OFF TRACK
    [0.39, RED, YELLOW], // AT RISK (0.39 < 0.4077)
    [0.4, YELLOW, YELLOW],
    [0.41, YELLOW, GREEN], // ON TRACK
    [0.69, YELLOW, GREEN],
    [0.7, GREEN, GREEN],
    [1, GREEN, GREEN], // DONE
  ])('score %d: score cell %s, status cell %s', (value, scoreColour, statusColour) => {
    const result = scoreOne({ start: 0, target: 100, current: value * 100 });
    expect([result.score, result.scoreColour, result.statusColour]).toEqual([value, scoreColour, statusColour]);
  });
});

describe('scoreOkrs: ID assignment', () => {
  it('a new objective row gets O<n> after the highest existing objective ID (any case), never a free lower one', () => {
    const results = score([
      { id: 'o7', objective: 'Existing' },
      { id: '', objective: 'New one' },
      { id: '', objective: 'Another new one' },
    ]);
    expect(pick(results, 'id', 'newId')).toEqual([
      { id: 'o7', newId: undefined },
      { id: 'O8', newId: 'O8' },
      { id: 'O9', newId: 'O9' },
    ]);
  });

  it('a new KR gets <objective id>.<m> after the highest under that objective, wherever it sits in the table', () => {
    const results = score([
      { id: 'O2', objective: 'Goal' },
      { id: 'O2.1', keyResult: 'A', start: 0, target: 1, current: 1 },
      { id: '', keyResult: 'B', start: 0, target: 1, current: 1 },
      { id: 'O2.5', keyResult: 'C', start: 0, target: 1, current: 1 },
      { id: '', keyResult: 'D', start: 0, target: 1, current: 1 },
      { id: '', objective: 'New objective' },
      { id: '', keyResult: 'E', start: 0, target: 1, current: 1 },
    ]);
    expect(pick(results, 'id', 'newId')).toEqual([
      { id: 'O2', newId: undefined },
      { id: 'O2.1', newId: undefined },
      { id: 'O2.6', newId: 'O2.6' },
      { id: 'O2.5', newId: undefined },
      { id: 'O2.7', newId: 'O2.7' },
      { id: 'O3', newId: 'O3' },
      { id: 'O3.1', newId: 'O3.1' },
    ]);
  });

  it("an objective row with a blank ID takes the prefix of its KRs' IDs", () => {
    const results = score([
      { id: '', objective: 'Goal' },
      { id: '', keyResult: 'A', start: 0, target: 1, current: 1 },
      { id: 'O4.2', keyResult: 'B', start: 0, target: 1, current: 1 },
    ]);
    expect(results.map((result) => result.id)).toEqual(['O4', 'O4.3', 'O4.2']);
  });

  it('a fresh flat table: each objective gets the next O<n>, its KRs O<n>.1, O<n>.2…', () => {
    const results = score([
      { objective: 'Alpha', keyResult: 'A1', start: 0, target: 1, current: 1 },
      { objective: 'Beta', keyResult: 'B1', start: 0, target: 1, current: 1 },
      { objective: 'Alpha', keyResult: 'A2', start: 0, target: 1, current: 1 },
    ]);
    expect(results.map((result) => result.newId)).toEqual(['O1.1', 'O2.1', 'O1.2']);
  });

  it("a flat objective added later does not reuse an objective number its neighbours' KR IDs already use", () => {
    // After a first refresh a flat table holds only KR IDs (O1.1, O1.2, O2.1): no cell says O1 or O2,
    // yet those objective numbers are taken. A new flat objective must become O3, not O1 again.
    const results = score([
      { id: 'O1.1', objective: 'Alpha', keyResult: 'A1', start: 0, target: 1, current: 1 },
      { id: 'O1.2', objective: 'Alpha', keyResult: 'A2', start: 0, target: 1, current: 1 },
      { id: 'O2.1', objective: 'Beta', keyResult: 'B1', start: 0, target: 1, current: 1 },
      { id: '', objective: 'Gamma', keyResult: 'C1', start: 0, target: 1, current: 1 },
      { id: '', objective: 'Gamma', keyResult: 'C2', start: 0, target: 1, current: 1 },
      { id: '', keyResult: 'Orphan-free: joins Gamma', start: 0, target: 1, current: 1 },
    ]);
    expect(results.map((result) => result.id)).toEqual(['O1.1', 'O1.2', 'O2.1', 'O3.1', 'O3.2', 'O3.3']);
  });

  it('orphans added later get a fresh objective number too, never one a KR ID already uses', () => {
    const results = score([
      { keyResult: 'Orphan', start: 0, target: 1, current: 1 },
      { id: 'O1.1', objective: 'Alpha', keyResult: 'A1', start: 0, target: 1, current: 1 },
    ]);
    expect(results.map((result) => result.id)).toEqual(['O2.1', 'O1.1']);
  });

  it('blank rows get no ID; a row with an ID keeps it and has no newId', () => {
    const results = score([{ id: 'O1', objective: 'Goal' }, {}, { id: 'O1.1', keyResult: 'KR' }]);
    expect(results.map((result) => [result.id, result.newId])).toEqual([
      ['O1', undefined],
      ['', undefined],
      ['O1.1', undefined],
    ]);
  });
});
