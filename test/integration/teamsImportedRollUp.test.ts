// A company key result rolled up from another team's spreadsheet: the company file's C1.2 has no Current and no
// KPI, and the Product team's own file holds T2 with Parent C1.2. Two emulated workbooks, the built bundle in the
// company one; the team's objectives come in through the Team OKRs tab once someone clicks Allow access.
import { describe, expect, it } from 'vitest';
import { type CellValue, type Workbook } from '../../emulator/index';
import { KPI_ROWS, TEAM_OKR_ROWS } from '../fixtures/examples';
import { productFile } from '../fixtures/teamFiles';
import { callServer, column, open } from './harness';

const COMPANY_ROWS = TEAM_OKR_ROWS.slice(0, 4);
/** The Support team's objective T3, kept in the company file itself and aligned to C1.2 like T2. */
const LOCAL_T3 = TEAM_OKR_ROWS.slice(10, 13);

function checkIns(weeks: number): CellValue[][] {
  return [
    ['Timestamp', 'Quarter', 'ID', 'Item', 'Kind', 'Value', 'Confidence', 'Note', 'By'],
    ...Array.from({ length: weeks }, (_, week): CellValue[] => [
      new Date(Date.UTC(2022, 0, 3 + 7 * week)),
      '2022-Q1',
      'C1.1',
      'Reduce customer churn',
      'KR',
      0.07,
      5,
      '',
      'p@example.com',
    ]),
  ];
}

/** The company file listing the Product file on its Teams tab, after Roll up teams (and Allow access when asked). */
function company(options: {
  extraRows?: CellValue[][];
  allow?: boolean;
  teamKeyResults?: number;
  weeks?: number;
  product?: Workbook;
}) {
  const product = options.product ?? productFile(options.teamKeyResults ?? 0);
  const opened = open({
    KPIs: { values: KPI_ROWS },
    OKRs: { values: [...COMPANY_ROWS.map((cells) => [...cells]), ...(options.extraRows ?? [])] },
    Teams: {
      values: [
        ['Team', 'Spreadsheet URL'],
        ['Product', product.url()],
      ],
    },
    'Check-ins': { values: checkIns(options.weeks ?? 0) },
  });
  opened.addon.run('rollUpTeams');
  if (options.allow === true) opened.workbook.allowImportFrom(product);
  opened.addon.run('refreshScores');
  return opened;
}

/** The Score, Status and Status note of the row holding an ID. */
function shown(workbook: Workbook, id: string): { score: CellValue; status: CellValue; note: string } {
  const values = workbook.read('OKRs').values();
  const header = values[0] ?? [];
  const row = column(workbook, 'OKRs', 'ID').indexOf(id) + 2;
  const statusColumn = String.fromCharCode(65 + header.indexOf('Status'));
  return {
    score: values[row - 1]?.[header.indexOf('Score')] ?? '',
    status: values[row - 1]?.[header.indexOf('Status')] ?? '',
    note: workbook.read('OKRs').cell(`${statusColumn}${row}`).note,
  };
}

function a1Of(workbook: Workbook, id: string, title: string): string {
  const header = workbook.read('OKRs').values()[0] ?? [];
  return `${String.fromCharCode(65 + header.indexOf(title))}${column(workbook, 'OKRs', 'ID').indexOf(id) + 2}`;
}

describe('a company key result rolled up from another team’s file', () => {
  it('before Allow access, C1.2 has nothing to go by; after, it is rolled up from the team’s own score', () => {
    const before = company({});
    expect(shown(before.workbook, 'C1.2')).toEqual({ score: '', status: 'NO DATA', note: '' });
    const after = company({ allow: true });
    expect(shown(after.workbook, 'C1.2')).toEqual({
      score: 0.4,
      status: 'AT RISK',
      note: 'Rolled up from T2: the weighted mean of their scores.',
    });
    // C1 follows: the mean of C1.1 (0.63) and C1.2 (0.4).
    expect(shown(after.workbook, 'C1').score).toBe(0.52);
  });

  it('before Allow access, a local objective alone rolls up; after, the team’s joins it', () => {
    const before = company({ extraRows: LOCAL_T3 });
    expect(shown(before.workbook, 'T3').score).toBe(0.66);
    expect(shown(before.workbook, 'C1.2')).toMatchObject({
      score: 0.66,
      note: 'Rolled up from T3: the weighted mean of their scores.',
    });
    const after = company({ extraRows: LOCAL_T3, allow: true });
    expect(shown(after.workbook, 'C1.2')).toMatchObject({
      score: 0.53, // (0.66 + 0.4) / 2
      note: 'Rolled up from T3, T2: the weighted mean of their scores.',
    });
  });

  it('once the team clears T2’s Parent in its own file, the next Refresh ends the roll-up and its note', () => {
    const product = productFile();
    const { workbook, addon } = company({ allow: true, product });
    expect(shown(workbook, 'C1.2').note).toBe('Rolled up from T2: the weighted mean of their scores.');
    product.setCell('OKRs', 'L2', '');
    addon.run('refreshScores');
    expect(shown(workbook, 'C1.2')).toEqual({ score: '', status: 'NO DATA', note: '' });
  });

  it('the health check and the dashboard see the roll-up: C1.2 is not silent, and the steering shows its score', () => {
    const { addon, workbook } = company({ allow: true });
    const reply = addon.run('getHealthFindings') as { ok: boolean; findings: { rule: string; what: string }[] };
    expect(reply.ok).toBe(true);
    expect(reply.findings.filter((finding) => finding.what.startsWith('C1.2 '))).toEqual([]);
    expect(reply.findings.map((finding) => finding.rule)).not.toContain('parent-names-nothing');
    // Before access the same C1.2 is reported as never checked in: the finding above is the roll-up's doing.
    const before = company({}).addon.run('getHealthFindings') as { findings: { what: string }[] };
    expect(before.findings.filter((finding) => finding.what.startsWith('C1.2 '))).not.toEqual([]);
    addon.run('buildDashboard');
    const values = workbook.read('Dashboard').values();
    const row = values.find((cells) => String(cells[0]).trim() === 'Make getting started effortless');
    expect(row?.slice(3, 6)).toEqual([0.4, '████░░░░░░', 'AT RISK']);
  });

  it('the check-in sidebar shows C1.2 with the team’s score and says it is rolled up from T2', () => {
    const cardOf = (addon: ReturnType<typeof company>['addon']) =>
      callServer(addon, 'getCheckInState')
        .objectives.flatMap((objective) => objective.keyResults)
        .find((keyResult) => keyResult.id === 'C1.2');
    expect(cardOf(company({ allow: true }).addon)).toMatchObject({
      score: 0.4,
      rolledUpFrom: [{ id: 'T2', name: 'Shorten time-to-value for new customers' }],
    });
    expect(cardOf(company({}).addon)?.rolledUpFrom).toEqual([]);
  });
});

describe('an edit whose chain reaches a key result rolled up from another team’s file', () => {
  it('writes the score Refresh writes, the team’s objective included', () => {
    const { workbook, addon } = company({ extraRows: LOCAL_T3, allow: true });
    addon.edit('OKRs', a1Of(workbook, 'T3.2', 'Current'), '4.8'); // CSAT at its target: 1
    const edited = shown(workbook, 'C1.2');
    const c1 = shown(workbook, 'C1').score;
    // T3 is (0.75 + 1) / 2 = 0.88; without T2 C1.2 would be T3's 0.88.
    expect(edited).toMatchObject({ score: 0.64, note: 'Rolled up from T3, T2: the weighted mean of their scores.' });
    addon.run('refreshScores');
    expect(shown(workbook, 'C1.2')).toEqual(edited);
    expect(shown(workbook, 'C1').score).toBe(c1);
  });

  it('a KPI reading edited on the KPIs tab moves its key result’s objective with the team’s roll-up in it', () => {
    const { workbook, addon } = company({ allow: true });
    addon.edit('OKRs', a1Of(workbook, 'C1.1', 'Current'), ''); // C1.1 now follows K2, the churn KPI
    addon.edit('KPIs', 'I3', '0.05'); // churn 8% → 4% at 5%: 0.75
    expect(shown(workbook, 'C1.1').score).toBe(0.75);
    const c1 = shown(workbook, 'C1').score;
    expect(c1).toBe(0.58); // (0.75 + 0.4) / 2, rounded up: C1.2 is T2's 0.4
    addon.run('refreshScores');
    expect(shown(workbook, 'C1').score).toBe(c1);
  });

  it('typing a Current into the rolled-up key result itself replaces the roll-up and clears its note', () => {
    const { workbook, addon } = company({ allow: true });
    addon.edit('OKRs', a1Of(workbook, 'C1.2', 'Current'), '0.9');
    expect(shown(workbook, 'C1.2')).toEqual({ score: 0.9, status: 'ON TRACK', note: '' });
    addon.edit('OKRs', a1Of(workbook, 'C1.2', 'Current'), '');
    expect(shown(workbook, 'C1.2')).toMatchObject({
      score: 0.4,
      note: 'Rolled up from T2: the weighted mean of their scores.',
    });
  });

  it('a check-in whose chain reaches it writes the score Refresh writes too', () => {
    const { workbook, addon } = company({ extraRows: LOCAL_T3, allow: true });
    expect(
      addon.run('submitCheckIn', { args: [{ id: 'T3.2', value: '4.8', confidence: '7', note: '' }] }),
    ).toMatchObject({ ok: true });
    const saved = shown(workbook, 'C1.2');
    expect(saved).toMatchObject({ score: 0.64, note: 'Rolled up from T3, T2: the weighted mean of their scores.' });
    addon.run('refreshScores');
    expect(shown(workbook, 'C1.2')).toEqual(saved);
  });

  const UNRELATED: CellValue[][] = [
    ['O5', '2026-Q4', 'Ops', 'Run a calmer support rota', '', 'Ops lead', '', '', '', '', '', ''],
    ['O5.1', '2026-Q4', '', '', 'Cut weekend pages', 'Ops lead', 20, 5, 12, '', '', ''],
  ];

  it('reads the Team OKRs tab only when the chain holds a key result that may be rolled up', () => {
    const calls = (allow: boolean, a1: (workbook: Workbook) => string): Record<string, number> => {
      const { workbook, addon } = company({ extraRows: UNRELATED, allow });
      addon.counter.reset();
      addon.edit('OKRs', a1(workbook), '10');
      return Object.fromEntries(addon.counter.calls);
    };
    const withoutTab = (a1: (workbook: Workbook) => string): Record<string, number> => {
      const { workbook, addon } = open({
        KPIs: { values: KPI_ROWS },
        OKRs: { values: [...COMPANY_ROWS.map((cells) => [...cells]), ...UNRELATED] },
      });
      addon.run('refreshScores');
      addon.counter.reset();
      addon.edit('OKRs', a1(workbook), '10');
      return Object.fromEntries(addon.counter.calls);
    };
    const unrelated = (workbook: Workbook): string => a1Of(workbook, 'O5.1', 'Current');
    const nextToRollUp = (workbook: Workbook): string => a1Of(workbook, 'C1.1', 'Start');
    // O5 feeds no roll-up: the edit does not even look for the tab, and costs what it costs with no team at all.
    const unrelatedCalls = calls(true, unrelated);
    expect(unrelatedCalls['Spreadsheet.getSheetByName']).toBeUndefined();
    expect(unrelatedCalls).toEqual(withoutTab(unrelated));
    // C1.1 shares C1 with C1.2, which may be rolled up: one look for the tab, and one read of it when it exists.
    const withTab = calls(true, nextToRollUp);
    const plain = withoutTab(nextToRollUp);
    expect(withTab['Spreadsheet.getSheetByName']).toBe(1);
    expect(plain['Spreadsheet.getSheetByName']).toBe(1);
    expect(withTab['Range.getValues']).toBe((plain['Range.getValues'] ?? 0) + 1);
  });

  it('a check-in reads the Team OKRs tab only when its chain holds a key result that may be rolled up', () => {
    const checkIn = (addon: ReturnType<typeof open>['addon'], id: string): Record<string, number> => {
      addon.counter.reset();
      expect(addon.run('submitCheckIn', { args: [{ id, value: '10', confidence: '7', note: '' }] })).toMatchObject({
        ok: true,
      });
      return Object.fromEntries(addon.counter.calls);
    };
    // The same file before any Roll up teams: no Team OKRs tab to read.
    const plainFile = () => {
      const opened = open({
        KPIs: { values: KPI_ROWS },
        OKRs: { values: [...COMPANY_ROWS.map((cells) => [...cells]), ...UNRELATED] },
        'Check-ins': { values: checkIns(0) },
      });
      opened.addon.run('refreshScores');
      return opened.addon;
    };
    const teamFile = () => company({ extraRows: UNRELATED, allow: true }).addon;
    const reads = (calls: Record<string, number>) => ({
      lookups: calls['Spreadsheet.getSheetByName'] ?? 0,
      reads: calls['Range.getValues'] ?? 0,
    });
    expect(reads(checkIn(teamFile(), 'O5.1'))).toEqual(reads(checkIn(plainFile(), 'O5.1')));
    const beside = reads(checkIn(teamFile(), 'C1.1'));
    const alone = reads(checkIn(plainFile(), 'C1.1'));
    expect(beside).toEqual({ lookups: alone.lookups, reads: alone.reads + 1 });
  });

  it('costs the same calls whatever the team file’s rows and the check-in history', () => {
    const calls = (teamKeyResults: number, weeks: number): Record<string, number> => {
      const { workbook, addon } = company({ extraRows: LOCAL_T3, allow: true, teamKeyResults, weeks });
      addon.counter.reset();
      addon.edit('OKRs', a1Of(workbook, 'T3.2', 'Current'), '4.8');
      expect(shown(workbook, 'C1.2').note).toBe('Rolled up from T3, T2: the weighted mean of their scores.');
      return Object.fromEntries(addon.counter.calls);
    };
    expect(calls(298, 200)).toEqual(calls(0, 5));
  });
});

describe('closing the quarter with a key result rolled up from another team’s file', () => {
  it('grades it as Refresh scores it, and names the imported objective a close would leave behind', () => {
    const { addon } = company({ allow: true });
    const preview = addon.run('getQuarterClosePreview') as {
      ok: boolean;
      objectives: { id: string; score: number | null }[];
      parentsLeftBehind: { keep: { id: string }[]; empty: { id: string; text: string }[] };
    };
    expect(preview.ok).toBe(true);
    expect(preview.objectives.find((objective) => objective.id === 'C1')?.score).toBe(0.52);
    // Starting empty removes C1.2, which T2 in the Product file aligns to: it stays, and needs a new Parent.
    expect(preview.parentsLeftBehind.keep).toEqual([]);
    expect(preview.parentsLeftBehind.empty.map((item) => item.id)).toEqual(['T2']);
  });
});
