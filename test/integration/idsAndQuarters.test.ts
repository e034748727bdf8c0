// Integrity of what the add-on writes against: an ID is never handed out twice, a blank Quarter is pinned while
// it is true, and a check-in only ever lands on the row the person picked.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../emulator/index';
import { CHECK_IN_ROWS } from '../../emulator/playground/exampleRows';
import { GROUPED_OKR_ROWS, KPI_ROWS } from '../fixtures/examples';
import { generatedWorkbook } from '../fixtures/generated';
import { deleteRow, moveRow, rewriteRows } from '../fixtures/rearrange';
import { column, open } from './harness';

const blankIds = (rows: readonly CellValue[][]): CellValue[][] =>
  rows.map((row, index) => (index === 0 ? [...row] : ['', ...row.slice(1)]));

describe('IDs are never reused', () => {
  it("a KPI added after K3 was deleted gets K12, not K3, and inherits none of K3's check-ins", () => {
    const log = [
      CHECK_IN_ROWS[0]!,
      [new Date('2026-11-20T10:00:00Z'), '2026-Q4', 'K3', 'Net Promoter Score', 'KPI', 44, '', '', 'Head of CS'],
    ];
    const { workbook, addon } = open({
      KPIs: { values: KPI_ROWS },
      OKRs: { values: GROUPED_OKR_ROWS },
      'Check-ins': { values: log },
    });
    addon.run('refreshScores');
    deleteRow(workbook, 'KPIs', 4); // K3
    const reply = addon.run('addKpiOrKeyResult', {
      args: [{ kind: 'KPI', name: 'Activation rate', owner: 'Product lead', unit: '%', low: '30%', high: '' }],
    });
    expect(reply).toMatchObject({ ok: true, message: 'Added KPI K12 to the KPIs tab.' });
    expect(column(workbook, 'KPIs', 'ID')).toContain('K12');
    expect(column(workbook, 'KPIs', 'ID')).not.toContain('K3');
    const state = addon.run('getCheckInState') as {
      kpis: { id: string; lastCheckIn: string | null; trend: unknown[] }[];
    };
    expect(state.kpis.find((kpi) => kpi.id === 'K12')).toMatchObject({ lastCheckIn: null, trend: [] });
  });

  it('a document used before IDs were remembered is read once for every ID: a KPI deleted long ago is not reused', () => {
    // K12 was deleted before this version of the add-on: only the log still names it.
    const log = [
      CHECK_IN_ROWS[0]!,
      [new Date('2025-02-03T10:00:00Z'), '2025-Q1', 'K12', 'Old metric', 'KPI', 3, '', '', 'Finance lead'],
      [new Date('2026-11-20T10:00:00Z'), '2026-Q4', 'K5', 'Website uptime', 'KPI', 0.9993, '', '', 'SRE lead'],
    ];
    const kpis = [
      ...KPI_ROWS,
      ['', 'New metric', 'Ops lead', '', 1, '', '', '', 2, 'monthly', new Date('2026-11-20T00:00:00Z'), '', ''],
    ];
    const { workbook, addon } = open({
      KPIs: { values: kpis },
      OKRs: { values: GROUPED_OKR_ROWS },
      'Check-ins': { values: log },
    });
    addon.run('refreshScores');
    expect(column(workbook, 'KPIs', 'ID')[11]).toBe('K13');
    expect(addon.properties.document.idsUsed?.split(' ')).toContain('K13');
  });

  it('an edit on a document that remembers its IDs gives a new key result an ID past every one used', () => {
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS } });
    addon.run('refreshScores');
    deleteRow(workbook, 'OKRs', 13); // O3.3, the last key result of O3
    addon.editRange('OKRs', 'D13:H13', [['Increase weekly active teams', 'Product lead', '10', '25', '12']]);
    expect(column(workbook, 'OKRs', 'ID')[11]).toBe('O3.4');
    addon.editRange('OKRs', 'D14:H14', [['Raise activation', 'Product lead', '0.2', '0.35', '0.25']]);
    expect(column(workbook, 'OKRs', 'ID')[12]).toBe('O3.5');
  });

  it('keeps IDs past 2^53 exact: they are text', () => {
    const kpis = [
      ...KPI_ROWS.slice(0, 2),
      ['K9007199254740993', ...KPI_ROWS[2]!.slice(1)],
      ['', 'Next', 'Ops lead', '', 1, '', 2, 'monthly', '', ''],
    ];
    const { workbook, addon } = open({ KPIs: { values: kpis }, OKRs: { values: GROUPED_OKR_ROWS } });
    addon.run('refreshScores');
    expect(column(workbook, 'KPIs', 'ID')[2]).toBe('K9007199254740994');
  });
});

describe('a blank Quarter is pinned by Refresh and by an edit', () => {
  it("fills a blank Quarter with the objective's quarter, else today's, and never touches a filled one", () => {
    const rows = GROUPED_OKR_ROWS.map((row, index) =>
      index === 1 || index === 2
        ? [row[0]!, '', ...row.slice(2)]
        : index === 5
          ? [row[0]!, '2026-Q3', ...row.slice(2)]
          : [...row],
    );
    rows[6] = [rows[6]![0]!, '', ...rows[6]!.slice(2)];
    const { workbook, addon } = open(
      { KPIs: { values: KPI_ROWS }, OKRs: { values: rows } },
      { now: new Date('2026-11-23T09:00:00Z') },
    );
    addon.run('refreshScores');
    const quarters = column(workbook, 'OKRs', 'Quarter');
    expect(quarters.slice(0, 7)).toEqual(['2026-Q4', '2026-Q4', '2026-Q4', '2026-Q4', '2026-Q3', '2026-Q3', '2026-Q4']);
  });

  it('a key result typed into a new row gets its quarter as it is typed, so January never re-reads it', () => {
    const { workbook, addon } = open(
      { KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS } },
      { now: new Date('2026-12-30T09:00:00Z') },
    );
    addon.editRange('OKRs', 'D14:H14', [['Win back churned accounts', 'Head of CS', '0', '20', '4']]);
    expect(column(workbook, 'OKRs', 'Quarter')[12]).toBe('2026-Q4');
  });
});

describe('a check-in lands only on the row the person picked', () => {
  it('on a sheet without IDs, opening the list binds every ID to its row first; sorting afterwards sends nothing astray', () => {
    const { workbook, addon } = open({
      KPIs: { values: blankIds(KPI_ROWS) },
      OKRs: { values: blankIds(GROUPED_OKR_ROWS) },
    });
    const state = addon.run('getCheckInState') as {
      objectives: { name: string; keyResults: { id: string; name: string }[] }[];
    };
    expect(column(workbook, 'OKRs', 'ID').slice(0, 4)).toEqual(['O1', 'O1.1', 'O1.2', 'O1.3']);
    const third = state.objectives[0]!.keyResults[2]!;
    expect(third).toMatchObject({ id: 'O1.3', name: 'Cut support first response time' });
    moveRow(workbook, 'OKRs', 5, 3); // O1.3 dragged above O1.1 (Data → Sort fires no onEdit)
    const reply = addon.run('submitCheckIn', {
      args: [{ id: 'O1.3', value: '7', name: third.name, objective: state.objectives[0]!.name }],
    });
    expect(reply).toMatchObject({ ok: true });
    const okrs = workbook.read('OKRs').values();
    const row = okrs.findIndex((cells) => cells[0] === 'O1.3');
    expect(okrs[row]?.[3]).toBe('Cut support first response time');
    expect(okrs[row]?.[7]).toBe(7);
    expect(okrs.find((cells) => cells[0] === 'O1.1')?.[7]).toBe(0.055);
  });

  it('refuses, and writes nothing, when the row behind an ID now shows another key result', () => {
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS } });
    addon.run('refreshScores');
    const rows = workbook
      .read('OKRs')
      .values()
      .map((row) => [...row]);
    rows[2]![3] = 'Reduce churn of small accounts'; // O1.1 re-typed to something else since the list loaded
    rewriteRows(workbook, 'OKRs', rows);
    const before = JSON.stringify(workbook.toJSON());
    const reply = addon.run('submitCheckIn', { args: [{ id: 'O1.1', value: '5%', name: 'Reduce customer churn' }] });
    expect(reply).toMatchObject({ ok: false, field: 'id' });
    expect((reply as { message: string }).message).toContain(
      '"Reduce churn of small accounts", not "Reduce customer churn"',
    );
    expect(JSON.stringify(workbook.toJSON())).toBe(before);
  });

  it('refuses a check-in crafted against an objective, naming it as an objective', () => {
    const { addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS } });
    const reply = addon.run('submitCheckIn', { args: [{ id: 'O2', value: '5' }] });
    expect(reply).toMatchObject({
      ok: false,
      field: 'id',
      message: 'O2 is an objective: check in on one of its key results instead. Nothing was saved.',
    });
  });
});

describe('the memory of used IDs at scale', () => {
  it('a Refresh of 1,250 objectives keeps its memory across several properties, and the next new ID is still past every one', () => {
    const { workbook, addon } = open(generatedWorkbook(5_000));
    addon.run('refreshScores');
    expect(Object.keys(addon.properties.document).filter((key) => key.startsWith('idsUsed')).length).toBeGreaterThan(1);
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/KRs scored/);
    // O1250.4, the last key result, is re-typed as a new one: its ID cleared, the tab no longer shows O1250.4.
    workbook.setCell('OKRs', 'A6251', '');
    addon.editRange('OKRs', 'D6251', [['One more']]);
    expect(column(workbook, 'OKRs', 'ID').at(-1)).toBe('O1250.5');
  }, 60_000);
});
