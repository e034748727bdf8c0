// Teams and alignment through the built bundle, on the shared teams example: C1.2 has no Current and no KPI,
// and T2 and T3 align to it, so Refresh and an edit roll their scores up into it and into C1.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../emulator/index';
import { KPI_ROWS, TEAM_OKR_ROWS } from '../fixtures/examples';
import { column, jobCost, open } from './harness';

// Row of each ID on the OKRs tab (1-based), as TEAM_OKR_ROWS lays them out.
const ROW = Object.fromEntries(TEAM_OKR_ROWS.slice(1).map((cells, index) => [String(cells[0]), index + 2]));

function teams(extra: CellValue[][] = []) {
  return {
    KPIs: { values: KPI_ROWS },
    OKRs: { values: [...TEAM_OKR_ROWS.map((cells) => [...cells]), ...extra] },
  };
}

function refreshed(extra: CellValue[][] = []) {
  const opened = open(teams(extra));
  opened.addon.run('refreshScores');
  return opened;
}

/** The Score, Status and Status note Refresh wrote on the row of an ID. */
function shown(workbook: ReturnType<typeof open>['workbook'], id: string) {
  const index = ROW[id]! - 2;
  const status = column(workbook, 'OKRs', 'Status');
  const statusColumn = String.fromCharCode(65 + TEAM_OKR_ROWS[0]!.length + 1);
  return {
    score: column(workbook, 'OKRs', 'Score')[index],
    status: status[index],
    note: workbook.read('OKRs').cell(`${statusColumn}${ROW[id]}`).note,
  };
}

describe('Refresh rolls team scores up', () => {
  it('writes C1.2 rolled up from T2 and T3, with a note saying so, and C1 follows', () => {
    const { workbook } = refreshed();
    expect(shown(workbook, 'T2').score).toBe(0.53);
    expect(shown(workbook, 'T3').score).toBe(0.66);
    expect(shown(workbook, 'C1.2')).toEqual({
      score: 0.6,
      status: 'ON TRACK',
      note: 'Rolled up from T2, T3: the weighted mean of their scores.',
    });
    expect(shown(workbook, 'C1').score).toBe(0.62);
    // A key result with its own Current carries no note.
    expect(shown(workbook, 'C1.1').note).toBe('');
  });

  it('clears the note once a Current is typed into the rolled-up key result', () => {
    const { workbook, addon } = refreshed();
    addon.edit('OKRs', `I${ROW['C1.2']}`, '0.2');
    expect(shown(workbook, 'C1.2')).toEqual({ score: 0.2, status: 'OFF TRACK', note: '' });
    expect(shown(workbook, 'C1').score).toBe(0.42);
  });

  it('rolls up into a key result whose Current is a formula showing nothing yet, as into a blank one', () => {
    const opened = open(teams());
    opened.workbook.setCell('OKRs', `I${ROW['C1.2']}`, '', { formula: '=IF(FALSE, 1, "")' });
    opened.addon.run('refreshScores');
    expect(shown(opened.workbook, 'C1.2')).toEqual({
      score: 0.6,
      status: 'ON TRACK',
      note: 'Rolled up from T2, T3: the weighted mean of their scores.',
    });
    // Once the formula shows a value, that value is the key result's own and the roll-up and its note go.
    opened.workbook.setCell('OKRs', `I${ROW['C1.2']}`, '', { formula: '=IF(TRUE, 0.9, "")' });
    opened.addon.run('refreshScores');
    expect(shown(opened.workbook, 'C1.2')).toEqual({ score: 0.9, status: 'ON TRACK', note: '' });
  });

  it('clears the note at the next Refresh once nothing aligns to the key result any more', () => {
    const { workbook, addon } = refreshed();
    // Set straight into the cells, as a paste of a block would leave them: no onEdit names the old Parents.
    workbook.setCell('OKRs', `L${ROW['T2']}`, '');
    workbook.setCell('OKRs', `L${ROW['T3']}`, '');
    addon.run('refreshScores');
    expect(shown(workbook, 'C1.2')).toEqual({ score: '', status: 'NO DATA', note: '' });
  });
});

describe('onEdit follows the roll-up chain', () => {
  it("editing T2.1's Current re-scores T2, the rolled-up C1.2 and C1", () => {
    const { workbook, addon } = refreshed();
    workbook.setCell('OKRs', `M${ROW['T4']}`, 'untouched');
    addon.edit('OKRs', `I${ROW['T2.1']}`, '5'); // time-to-value at its 5-day target: 1.0
    expect(shown(workbook, 'T2.1').score).toBe(1);
    expect(shown(workbook, 'T2').score).toBe(0.75); // (1 + 0.49) / 2, rounded up
    expect(shown(workbook, 'C1.2')).toMatchObject({ score: 0.71, status: 'ON TRACK' }); // (0.75 + 0.66) / 2
    expect(shown(workbook, 'C1').score).toBe(0.67); // (0.63 + 0.71) / 2
    // T4 feeds no roll-up: its row is neither read whole nor written.
    expect(shown(workbook, 'T4').score).toBe('untouched');
  });

  it('a check-in on T2.1 moves C1.2 and C1 too', () => {
    const { workbook, addon } = refreshed();
    expect(addon.run('submitCheckIn', { args: [{ id: 'T2.1', value: '5', confidence: '7', note: '' }] })).toMatchObject(
      { ok: true },
    );
    expect(shown(workbook, 'T2').score).toBe(0.75);
    expect(shown(workbook, 'C1.2')).toMatchObject({
      score: 0.71,
      note: 'Rolled up from T2, T3: the weighted mean of their scores.',
    });
    expect(shown(workbook, 'C1').score).toBe(0.67);
  });

  it('a Parent edited away re-scores the key result it named: from T3 alone, then NO DATA with its note gone', () => {
    const { workbook, addon } = refreshed();
    addon.edit('OKRs', `L${ROW['T2']}`, '');
    expect(shown(workbook, 'C1.2')).toEqual({
      score: 0.66,
      status: 'ON TRACK',
      note: 'Rolled up from T3: the weighted mean of their scores.',
    });
    addon.edit('OKRs', `L${ROW['T3']}`, '');
    expect(shown(workbook, 'C1.2')).toEqual({ score: '', status: 'NO DATA', note: '' });
    expect(shown(workbook, 'C1').score).toBe(0.63);
  });

  it('a Parent typed in another case with spaces rolls up as Refresh does', () => {
    const { workbook, addon } = refreshed();
    addon.edit('OKRs', `L${ROW['T4']}`, ' c1.2 ');
    const edited = shown(workbook, 'C1.2');
    expect(edited.note).toBe('Rolled up from T2, T3, T4: the weighted mean of their scores.');
    addon.run('refreshScores');
    expect(shown(workbook, 'C1.2')).toEqual(edited);
  });

  it('reads the same calls whatever the unrelated rows and history, and of those rows only the locating columns', () => {
    const unrelated = (objectives: number): CellValue[][] =>
      Array.from({ length: objectives }, (_, n) => [
        [`U${n + 1}`, '2026-Q4', 'Ops', `Unrelated ${n + 1}`, '', 'Ops lead', '', '', '', '', '', ''],
        [`U${n + 1}.1`, '2026-Q4', '', '', 'Something else', 'Ops lead', 0, 10, 4, '', '', ''],
      ]).flat();
    const history = (weeks: number): CellValue[][] => [
      ['Timestamp', 'Quarter', 'ID', 'Item', 'Kind', 'Value', 'Confidence', 'Note', 'By'],
      ...Array.from({ length: weeks }, (_, week) => [
        new Date(Date.UTC(2022, 0, 3 + 7 * week)),
        '2022-Q1',
        'T2.1',
        'Reduce time-to-value',
        'KR',
        10,
        5,
        '',
        'p@example.com',
      ]),
    ];
    const edit = (rows: number, weeks: number) =>
      jobCost({ ...teams(unrelated(rows)), 'Check-ins': { values: history(weeks) } }, (addon) =>
        addon.edit('OKRs', `I${ROW['T2.1']}`, '5'),
      );
    const small = edit(5, 10);
    const large = edit(500, 200);
    expect(large.calls).toEqual(small.calls);
    // Each unrelated row costs its ID, Objective, Parent, Current and KPI cells (the locating columns), nothing more.
    expect(large.cellsRead - small.cellsRead).toBe((500 - 5) * 2 * 5);
  });
});

describe('the health check on the teams example', () => {
  it("reports T4's Parent C9, which names nothing, on T4's row", () => {
    const { addon } = open(teams());
    const reply = addon.run('getHealthFindings') as {
      ok: boolean;
      findings: { rule: string; tab: string; row: number; what: string; fix: string }[];
    };
    expect(reply.ok).toBe(true);
    expect(reply.findings.filter((finding) => finding.rule === 'parent-names-nothing')).toEqual([
      {
        rule: 'parent-names-nothing',
        tab: 'OKRs',
        row: ROW['T4'],
        what: 'T4 "Open Southeast Asia" aligns to "C9", which is no objective or key result ID.',
        fix: 'Type the ID of the company objective or key result it contributes to in its Parent cell, or clear it.',
      },
    ]);
    expect(reply.findings.map((finding) => finding.rule)).not.toContain('parent-loop');
  });
});

describe('closing the quarter keeps alignment', () => {
  /** The teams example with C1.1 met: churn at its 4% target. */
  function metChurn() {
    const sheets = teams();
    sheets.OKRs.values[ROW['C1.1']! - 1]![8] = 0.04;
    return open(sheets);
  }

  it('previews each objective that stays but aligns to a row the close removes', () => {
    const { addon } = metChurn();
    const preview = addon.run('getQuarterClosePreview') as {
      ok: boolean;
      parentsLeftBehind: { keep: { id: string; parent: string; text: string }[]; empty: unknown[] };
    };
    expect(preview.ok).toBe(true);
    expect(preview.parentsLeftBehind.keep).toEqual([
      {
        id: 'T1',
        parent: 'C1.1',
        text: 'T1 "Catch at-risk accounts before they churn" aligns to C1.1, which this close removes from the OKRs tab (the archive keeps it): give T1 a Parent in 2027-Q1.',
      },
    ]);
    // Starting empty removes every objective of the quarter: none stays to be left behind.
    expect(preview.parentsLeftBehind.empty).toEqual([]);
  });

  it('kept objectives keep their Team and Parent in the next quarter', () => {
    const { workbook, addon } = metChurn();
    expect(addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] })).toMatchObject({ ok: true });
    const ids = column(workbook, 'OKRs', 'ID');
    const teamOf = (id: string) => column(workbook, 'OKRs', 'Team')[ids.indexOf(id)];
    const parentOf = (id: string) => column(workbook, 'OKRs', 'Parent')[ids.indexOf(id)];
    expect(ids).not.toContain('C1.1');
    expect(['T1', 'T2', 'T3', 'T4'].map((id) => [teamOf(id), parentOf(id)])).toEqual([
      ['Customer Success', 'C1.1'],
      ['Product', 'C1.2'],
      ['Support', 'C1.2'],
      ['Sales', 'C9'],
    ]);
    expect(column(workbook, 'OKRs', 'Quarter')[ids.indexOf('T2')]).toBe('2027-Q1');
  });
});
