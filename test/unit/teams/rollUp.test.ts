import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells';
import { GREY, PURPLE_GREY } from '../../../src/core/colours';
import type { KeyResult, Objective } from '../../../src/core/okr/okrs';
import type { ImportedObjective } from '../../../src/core/teams/importedOkrs';
import { buildWorkbook, type Workbook } from '../../../src/core/workbook/workbook';
import { KPI_ROWS, TEAM_OKR_ROWS, TODAY } from '../../fixtures/examples';

// 2026-11-23: 53 of the 91 days of 2026-Q4 have passed (elapsed ≈ 0.58): ON TRACK from 0.41, AT RISK from 0.23.
const HEADER = [
  'ID',
  'Quarter',
  'Team',
  'Objective',
  'Key Result',
  'Start',
  'Target',
  'Current',
  'KPI',
  'Weight',
  'Parent',
];

interface Line {
  readonly id: string;
  readonly team?: string;
  readonly objective?: string;
  readonly keyResult?: string;
  readonly start?: Cell;
  readonly target?: Cell;
  readonly current?: Cell;
  readonly kpi?: string;
  readonly weight?: Cell;
  readonly parent?: string;
}

function row(line: Line): Cell[] {
  const { id, team = '', objective = '', keyResult = '', start = '', target = '', current = '' } = line;
  return [
    id,
    '2026-Q4',
    team,
    objective,
    keyResult,
    start,
    target,
    current,
    line.kpi ?? '',
    line.weight ?? '',
    line.parent ?? '',
  ];
}

/** An objective row, then one key result row per score given (Start 0, Target 1, Current the score; '' blank). */
function objective(id: string, parent: string, scores: readonly Cell[], extra: Partial<Line> = {}): Cell[][] {
  return [
    row({ id, objective: `${id} objective`, parent, ...extra }),
    ...scores.map((current, index) =>
      row({ id: `${id}.${index + 1}`, keyResult: `${id} result ${index + 1}`, start: 0, target: 1, current }),
    ),
  ];
}

function workbook(
  rows: readonly Cell[][],
  imported: readonly ImportedObjective[] = [],
  checkIns: readonly [string, Date][] = [],
): Workbook {
  const built = buildWorkbook({
    okrs: { values: [HEADER, ...rows], formulas: [] },
    checkIns: {
      values: [['Timestamp', 'ID', 'Value'], ...checkIns.map(([id, at]) => [at, id, 1])],
      formulas: [],
    },
    kpis: { values: KPI_ROWS.map((cells) => [...cells]), formulas: [] },
    today: TODAY,
    fiscalStartMonth: 1,
    imported,
  });
  if (!built.ok) throw new Error(built.problems.join('; '));
  return built.workbook;
}

function keyResult(book: Workbook, id: string): KeyResult {
  const found = book.keyResults.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no key result ${id}`);
  return found;
}

function objectiveOf(book: Workbook, id: string): Objective {
  const found = book.objectives.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no objective ${id}`);
  return found;
}

/** The row Refresh writes for an ID: the one `rows` holds, which must be the model's own. */
function writtenRow(book: Workbook, id: string) {
  return book.rows.okrs.find((candidate) => candidate.kind !== 'blank' && candidate.id === id);
}

function imported(id: string, parent: string, score: number | ''): ImportedObjective {
  return {
    id,
    text: `${id} imported`,
    owner: 'Team lead',
    team: 'Imported team',
    parent,
    quarter: '2026-Q4',
    score,
    status: score === '' ? 'NO DATA' : 'ON TRACK',
    keyResults: [],
    source: 'https://docs.google.com/spreadsheets/d/abc',
  };
}

describe('roll-up in the teams example', () => {
  const book = workbook(
    TEAM_OKR_ROWS.map((cells) => {
      // The example's columns, placed under this test's header by name.
      const named = Object.fromEntries((TEAM_OKR_ROWS[0] as string[]).map((title, index) => [title, cells[index]]));
      return HEADER.map((title) => named[title] ?? '');
    }).slice(1),
  );

  it('scores C1.2 as the mean of T2 and T3, and C1 follows', () => {
    // T2: time-to-value 14 → 5 days at 9 (0.56), onboarding 45% → 80% at 62% (0.49): 0.53 (0.525 rounded up).
    expect(objectiveOf(book, 'T2').score).toBe(0.53);
    // T3: first response 24 → 4 hours at 9 (0.75), CSAT 4.1 → 4.8 at 4.5 (0.57): 0.66.
    expect(objectiveOf(book, 'T3').score).toBe(0.66);
    const rolled = keyResult(book, 'C1.2');
    expect(rolled).toMatchObject({ score: 0.6, status: 'ON TRACK', rolledUpFrom: ['T2', 'T3'] });
    // C1: churn 8% → 4% at 5.5% (0.63) and the rolled-up 0.6.
    expect(objectiveOf(book, 'C1').score).toBe(0.62);
    expect(objectiveOf(book, 'C1').keyResults[1]).toBe(rolled);
    expect(writtenRow(book, 'C1.2')).toBe(rolled);
    expect(writtenRow(book, 'C1')).toBe(objectiveOf(book, 'C1'));
  });

  it('leaves a key result with its own Current or a linked KPI alone, and does not mark it', () => {
    // T1 aligns to C1.1, which follows K2 (churn): its score is the KPI's, not T1's.
    expect(keyResult(book, 'C1.1').rolledUpFrom).toBeUndefined();
    expect(keyResult(book, 'C1.1').score).toBe(0.63);
  });
});

describe('roll-up rules', () => {
  it('chains through any depth: a team objective rolled up from its sub-teams feeds the company', () => {
    const book = workbook([
      ...objective('C1', '', ['']),
      ...objective('T1', 'C1.1', ['']),
      ...objective('S1', 'T1.1', ['']),
      ...objective('P1', 'S1.1', [0.8, 0.4]),
    ]);
    expect(objectiveOf(book, 'P1').score).toBe(0.6);
    expect(keyResult(book, 'S1.1')).toMatchObject({ score: 0.6, rolledUpFrom: ['P1'] });
    expect(keyResult(book, 'T1.1')).toMatchObject({ score: 0.6, rolledUpFrom: ['S1'] });
    expect(keyResult(book, 'C1.1')).toMatchObject({ score: 0.6, rolledUpFrom: ['T1'] });
    expect(objectiveOf(book, 'C1').score).toBe(0.6);
  });

  it('is evaluated in dependency order whatever the sheet order', () => {
    const book = workbook([
      ...objective('P1', 's1.1', [0.9]),
      ...objective('C1', '', ['']),
      ...objective('S1', 't1.1', ['']),
      ...objective('T1', 'c1.1', ['']),
    ]);
    expect(objectiveOf(book, 'C1').score).toBe(0.9);
  });

  it("weighs each aligned objective by its own row's Weight, 1 when blank", () => {
    const book = workbook([
      ...objective('C1', '', ['']),
      ...objective('T1', 'C1.1', [1], { weight: 3 }),
      ...objective('T2', 'C1.1', [0]),
    ]);
    expect(keyResult(book, 'C1.1').score).toBe(0.75);
  });

  it('names every aligned objective weighing 0', () => {
    const book = workbook([...objective('C1', '', ['']), ...objective('T1', 'C1.1', [1], { weight: 0 })]);
    expect(keyResult(book, 'C1.1').status).toBe(
      'INVALID: Weight: every objective aligned to it weighs 0, so none counts',
    );
  });

  it('counts a zero score and leaves out an objective with no data; all blank is NO DATA, still marked', () => {
    const zero = workbook([
      ...objective('C1', '', ['']),
      ...objective('T1', 'C1.1', [0]),
      ...objective('T2', 'C1.1', [1]),
      ...objective('T3', 'C1.1', ['']),
    ]);
    expect(keyResult(zero, 'C1.1')).toMatchObject({ score: 0.5, rolledUpFrom: ['T1', 'T2', 'T3'] });
    const blank = workbook([...objective('C1', '', ['']), ...objective('T1', 'C1.1', [''])]);
    expect(keyResult(blank, 'C1.1')).toMatchObject({ score: '', status: 'NO DATA', rolledUpFrom: ['T1'] });
    expect(keyResult(blank, 'C1.1').scoreColour).toBe(GREY);
  });

  it('paces the rolled score like any key result', () => {
    const book = workbook([
      ...objective('C1', '', ['', '', '']),
      ...objective('T1', 'C1.1', [1]),
      ...objective('T2', 'C1.2', [0.3]),
      ...objective('T3', 'C1.3', [0.1]),
    ]);
    expect(['C1.1', 'C1.2', 'C1.3'].map((id) => keyResult(book, id).status)).toEqual(['DONE', 'AT RISK', 'OFF TRACK']);
  });

  it("keeps what an objective's own row says is wrong, while its key result still rolls up", () => {
    const book = workbook([
      ...objective('C1', '', [''], { weight: 'heavy' }),
      ...objective('C1', '', [0.2]), // the same ID again: INVALID, and not re-scored as the first
      ...objective('T1', 'C1.1', [0.5]),
    ]);
    expect(keyResult(book, 'C1.1').score).toBe(0.5);
    expect(book.objectives.map((found) => [found.id, found.score, found.status.slice(0, 14)])).toEqual([
      ['C1', '', 'INVALID: Weigh'],
      ['C1', '', 'INVALID: dupli'],
      ['T1', 0.5, 'ON TRACK'],
    ]);
  });

  it('is never stale: its numbers come from the aligned objectives, which carry their own check-ins', () => {
    const book = workbook(
      [...objective('C1', '', ['']), ...objective('T1', 'C1.1', [0.5])],
      [],
      [['C1.1', new Date('2026-10-05T00:00:00Z')]],
    );
    expect(keyResult(book, 'C1.1').status).toBe('ON TRACK');
  });

  it('rolls nothing up along a loop of Parents, says so, and still scores the rest', () => {
    const book = workbook([...objective('T5', 'T6.1', [0.5, '']), ...objective('T6', 'T5.2', ['', 0.8])]);
    expect(keyResult(book, 'T6.1').status).toBe(
      'INVALID: Parent: T5 → T6.1 → T6 → T5.2 → T5 loops back: change one of those Parent cells so the chain ends at a company objective',
    );
    expect(keyResult(book, 'T6.1').statusColour).toBe(PURPLE_GREY);
    expect(keyResult(book, 'T5.2').status).toMatch(/^INVALID: Parent: T6 → T5\.2 → T5 → T6\.1 → T6 loops back/);
    expect(objectiveOf(book, 'T5').score).toBe(0.5);
    expect(objectiveOf(book, 'T6').score).toBe(0.8);
  });

  it('treats an objective aligned to its own key result as a loop', () => {
    const book = workbook(objective('T1', 't1.2', [0.4, '']));
    expect(keyResult(book, 'T1.2').status).toMatch(/^INVALID: Parent: T1 → T1\.2 → T1 loops back/);
    expect(objectiveOf(book, 'T1').score).toBe(0.4);
  });

  it('ignores a Parent that names nothing or an objective: nothing rolls up', () => {
    const book = workbook([
      ...objective('C1', '', ['']),
      ...objective('T1', 'C9', [0.5]),
      ...objective('T2', 'C1', [0.5]),
    ]);
    expect(keyResult(book, 'C1.1')).toMatchObject({ score: '', status: 'NO DATA' });
    expect(keyResult(book, 'C1.1').rolledUpFrom).toBeUndefined();
  });

  it('works in a flat layout, where each key result row repeats its objective and the first one holds its Parent', () => {
    const book = workbook([
      row({ id: 'C1.1', objective: 'Company', keyResult: 'Rolled', start: 0, target: 1 }),
      row({ id: 'T1.1', objective: 'Team', keyResult: 'Leads', start: 0, target: 10, current: 4, parent: 'C1.1' }),
      row({ id: 'T1.2', objective: 'Team', keyResult: 'Deals', start: 0, target: 10, current: 6 }),
    ]);
    expect(keyResult(book, 'C1.1')).toMatchObject({ score: 0.5, rolledUpFrom: ['T1'] });
    expect(objectiveOf(book, 'C1').score).toBe(0.5);
  });

  it('takes imported objectives aligned to a local key result into its roll-up, with their own scores', () => {
    const book = workbook(
      [...objective('C1', '', ['']), ...objective('T1', 'C1.1', [0.2])],
      [imported('X1', 'c1.1', 0.8), imported('X2', 'C1.1', ''), imported('X3', 'C7', 0.1)],
    );
    expect(keyResult(book, 'C1.1')).toMatchObject({ score: 0.5, rolledUpFrom: ['T1', 'X1', 'X2'] });
    expect(book.imported).toHaveLength(3);
  });

  it("rolls up only the objectives of the key result's own quarter; others still align", () => {
    const nextQuarter = (rows: Cell[][]): Cell[][] =>
      rows.map((cells) => [cells[0] ?? '', '2027-Q1', ...cells.slice(2)]);
    const book = workbook(
      [...objective('C1', '', ['']), ...objective('T1', 'C1.1', [0.8]), ...nextQuarter(objective('T2', 'C1.1', [0]))],
      [{ ...imported('X1', 'C1.1', 0.1), quarter: '2027-Q1' }],
    );
    expect(keyResult(book, 'C1.1')).toMatchObject({ score: 0.8, rolledUpFrom: ['T1'] });
    // With only next quarter's objectives aligned there is nothing to roll up: its own NO DATA, unmarked.
    const planned = workbook([...objective('C1', '', ['']), ...nextQuarter(objective('T2', 'C1.1', [0.5]))]);
    expect(keyResult(planned, 'C1.1')).toMatchObject({ score: '', status: 'NO DATA' });
    expect(keyResult(planned, 'C1.1').rolledUpFrom).toBeUndefined();
  });

  it('rolls up into a key result whose Parent is typed in any case with spaces around it', () => {
    const book = workbook([...objective('C1', '', ['']), ...objective('T1', ' c1.1  ', [0.7])]);
    expect(keyResult(book, 'C1.1')).toMatchObject({ score: 0.7, rolledUpFrom: ['T1'] });
  });
});
