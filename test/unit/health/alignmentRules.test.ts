// The alignment rules of the health check: a Parent naming nothing, a loop of Parents, a team objective left
// unaligned, and "more than 5 objectives" counted per team.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells';
import { parentLoop, parentNamesNothing, unalignedObjective } from '../../../src/core/health/alignmentRules';
import type { HealthContext } from '../../../src/core/health/finding';
import { runHealthCheck } from '../../../src/core/health/index';
import { silentKeyResult } from '../../../src/core/health/keyResultRules';
import { tooManyObjectives } from '../../../src/core/health/objectiveRules';
import type { ImportedObjective } from '../../../src/core/teams/importedOkrs';
import { buildWorkbook } from '../../../src/core/workbook/workbook';
import { KPI_ROWS, TEAM_OKR_ROWS, TODAY } from '../../fixtures/examples';

const HEADER = ['ID', 'Quarter', 'Team', 'Objective', 'Key Result', 'Owner', 'Start', 'Target', 'Current', 'Parent'];

/** An objective row (Team, Parent) and two key results; `quarter` for the objective and its key results. */
function objective(id: string, team: string, parent: string, quarter = '2026-Q4'): Cell[][] {
  return [
    [id, quarter, team, `${id} objective`, '', 'Lead', '', '', '', parent],
    [`${id}.1`, quarter, '', '', `${id} first`, 'Lead', 0, 10, 5, ''],
    [`${id}.2`, quarter, '', '', `${id} second`, 'Lead', 0, 10, '', ''],
  ];
}

function book(rows: Cell[][], imported: ImportedObjective[] = [], header: Cell[] = HEADER): HealthContext {
  const built = buildWorkbook({
    okrs: { values: [header, ...rows], formulas: [] },
    kpis: { values: KPI_ROWS.map((cells) => [...cells]), formulas: [] },
    today: TODAY,
    fiscalStartMonth: 1,
    imported,
  });
  if (!built.ok) throw new Error(built.problems.join('; '));
  return { ...built.workbook, okrTab: 'OKRs', kpiTab: 'KPIs' };
}

function imported(id: string, parent: string): ImportedObjective {
  return {
    id,
    text: `${id} imported`,
    owner: 'Lead',
    team: 'Design',
    parent,
    quarter: '2026-Q4',
    score: 0.5,
    status: 'ON TRACK',
    keyResults: [{ id: `${id}.1`, text: 'x', owner: 'Lead', score: 0.5, status: 'ON TRACK', weight: 1 }],
    source: 'https://docs.google.com/spreadsheets/d/design',
  };
}

describe('parent-names-nothing', () => {
  it("reports T4's C9 in the teams example, on T4's row, and nothing else", () => {
    const findings = parentNamesNothing(
      book(
        TEAM_OKR_ROWS.slice(1).map((cells) => [...cells]),
        [],
        TEAM_OKR_ROWS[0],
      ),
    );
    expect(findings).toEqual([
      {
        rule: 'parent-names-nothing',
        tab: 'OKRs',
        row: 14,
        what: 'T4 "Open Southeast Asia" aligns to "C9", which is no objective or key result ID.',
        fix: 'Type the ID of the company objective or key result it contributes to in its Parent cell, or clear it.',
      },
    ]);
  });

  it('takes an imported ID as a target, and reports an imported objective whose Parent names nothing', () => {
    const context = book([...objective('C1', '', ''), ...objective('T1', 'Sales', 'x1.1')], [imported('X1', 'C7')]);
    expect(parentNamesNothing(context)).toEqual([
      expect.objectContaining({
        tab: 'Team OKRs',
        row: 1,
        what: 'X1 "X1 imported" (Design) aligns to "C7", which is no objective or key result ID.',
      }),
    ]);
  });
});

describe('parent-loop', () => {
  it('reports a loop once, on its first row, naming the loop', () => {
    const context = book([
      ...objective('T5', 'A', 'T6.2'),
      ...objective('T6', 'B', 't5.2'),
      ...objective('C1', '', ''),
    ]);
    expect(parentLoop(context)).toEqual([
      expect.objectContaining({
        rule: 'parent-loop',
        row: 2,
        what: 'The Parents of T5 "T5 objective" loop back to it: T5 → T6.2 → T6 → T5.2 → T5. Nothing along it can roll up.',
      }),
    ]);
  });

  it('reports nothing for a chain with a top', () => {
    expect(parentLoop(book([...objective('C1', '', ''), ...objective('T1', 'A', 'C1.2')]))).toEqual([]);
  });
});

describe('unaligned-objective', () => {
  it('reports a team objective with no Parent once a company objective has something aligned to it', () => {
    const rows = [
      ...objective('C1', 'Company', ''),
      ...objective('T1', 'Sales', 'C1.2'),
      ...objective('T2', 'Ops', ''),
    ];
    expect(unalignedObjective(book(rows))).toEqual([
      {
        rule: 'unaligned-objective',
        tab: 'OKRs',
        row: 8,
        what: 'T2 "T2 objective" (Ops) aligns to no company objective.',
        fix: 'Type in its Parent cell the ID of the company objective or key result it moves (C1 or one of their key results).',
      },
    ]);
  });

  it('reports nothing before anything aligns, nor an objective with no Team', () => {
    expect(unalignedObjective(book([...objective('C1', 'Company', ''), ...objective('T2', 'Ops', '')]))).toEqual([]);
    expect(
      unalignedObjective(
        book([...objective('C1', '', ''), ...objective('T1', 'Sales', 'C1'), ...objective('C2', '', '')]),
      ),
    ).toEqual([]);
  });

  it('counts an imported objective aligned to a local one, and reports an imported one left out', () => {
    const context = book(objective('C1', 'Company', ''), [imported('X1', 'C1.2'), imported('X2', '')]);
    expect(unalignedObjective(context).map((finding) => [finding.tab, finding.what])).toEqual([
      ['Team OKRs', 'X2 "X2 imported" (Design) aligns to no company objective.'],
    ]);
  });
});

describe('too-many-objectives per team', () => {
  it('counts each team apart, and objectives with no team as one group', () => {
    const rows = [
      ...['S1', 'S2', 'S3', 'S4', 'S5'].flatMap((id) => objective(id, 'Sales', '')),
      ...['P1', 'P2', 'P3', 'P4', 'P5'].flatMap((id) => objective(id, 'Product', '')),
      ...['N1', 'N2', 'N3', 'N4', 'N5', 'N6'].flatMap((id) => objective(id, '', '')),
    ];
    expect(tooManyObjectives(book(rows)).map((finding) => finding.what)).toEqual([
      '6 objectives in 2026-Q4 with no team: focus is lost beyond 5.',
    ]);
    const sales = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'].flatMap((id) => objective(id, 'sales', ''));
    expect(tooManyObjectives(book(sales))).toEqual([
      expect.objectContaining({ row: 17, what: '6 objectives in 2026-Q4 for team sales: focus is lost beyond 5.' }),
    ]);
  });
});

describe('the health check with the teams example', () => {
  it('lists the broken Parent among its findings', () => {
    const findings = runHealthCheck(
      book(
        TEAM_OKR_ROWS.slice(1).map((cells) => [...cells]),
        [],
        TEAM_OKR_ROWS[0],
      ),
    );
    expect(
      findings.filter((finding) => finding.rule.startsWith('parent') || finding.rule === 'unaligned-objective'),
    ).toEqual([expect.objectContaining({ rule: 'parent-names-nothing', row: 14 })]);
  });
});

describe('no-recent-check-in with roll-ups', () => {
  it('leaves out a rolled-up key result: it is checked in through the objectives aligned to it', () => {
    const context = book([...objective('C1', 'Company', ''), ...objective('T1', 'Sales', 'C1.2')]);
    // C1.2 and T1.2 have no Current: C1.2 rolls up from T1, T1.2 is a plain key result never checked in.
    expect(silentKeyResult(context).map((finding) => finding.what.split(' ')[0])).toEqual(['C1.1', 'T1.1', 'T1.2']);
  });
});
