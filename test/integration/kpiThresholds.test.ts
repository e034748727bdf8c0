// KPI watch lines and early warning on the built bundle: the example KPIs refreshed, their Status cells,
// the early warning's note on its Status cell, the sidebar's card, and what an edit does with a warning.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../emulator/index';
import { modelOf } from '../../emulator/workbook';
import { CHECK_IN_ROWS } from '../../emulator/playground/exampleRows';
import { GROUPED_OKR_ROWS, KPI_ROWS, TODAY } from '../fixtures/examples';
import { loadAddon } from '../../emulator/index';
import { demoWorkbook } from '../../emulator/playground/demoWorkbook';
import { GREEN, YELLOW, backgroundColumn, bundleCode, column, open } from './harness';

// KPIs columns: A ID · B KPI · C Owner · D Unit · E Min · F Max · G Warn below · H Warn above · I Current ·
// J Cadence · K Updated · L Type · M Status. K8 (on-time delivery) is row 9.
const K8_REASON = 'heading below Min by about 27 Nov';

/** K8's weekly readings before its Current (96% on 20 Nov), as the KPI check-ins that logged them. */
const K8_CHECK_INS: CellValue[][] = [
  [new Date('2026-10-30T09:00:00Z'), '2026-Q4', 'K8', 'On-time delivery rate', 'KPI', 0.995, '', '', 'Ops lead'],
  [new Date('2026-11-06T09:00:00Z'), '2026-Q4', 'K8', 'On-time delivery rate', 'KPI', 0.985, '', '', 'Ops lead'],
  [new Date('2026-11-13T09:00:00Z'), '2026-Q4', 'K8', 'On-time delivery rate', 'KPI', 0.972, '', '', 'Ops lead'],
];

function time(row: readonly CellValue[]): number {
  return row[0] instanceof Date ? row[0].getTime() : 0;
}

/** The example workbook with K8's readings in the log, in time order as the add-on appends them. */
function withK8Readings() {
  const [header = [], ...rows] = CHECK_IN_ROWS;
  const log = [header, ...[...rows, ...K8_CHECK_INS].sort((a, b) => time(a) - time(b))];
  return open({
    KPIs: { values: KPI_ROWS },
    OKRs: { values: GROUPED_OKR_ROWS },
    'Check-ins': { values: log },
  });
}

const statusOf = (workbook: ReturnType<typeof open>['workbook'], id: string): CellValue => {
  const ids = column(workbook, 'KPIs', 'ID');
  return column(workbook, 'KPIs', 'Status')[ids.indexOf(id)] ?? '';
};

describe('KPI watch lines', () => {
  it('K5 uptime 99.94% under its 99.95% watch line is WARN; K4 gross margin 64% above its 62% line is OK', () => {
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS } });
    addon.run('refreshScores');
    expect(statusOf(workbook, 'K5')).toBe('WARN');
    expect(statusOf(workbook, 'K4')).toBe('OK');
    const colours = backgroundColumn(workbook, 'KPIs', 'Status');
    expect([colours[4], colours[3]]).toEqual([YELLOW, GREEN]);
  });

  it('a one-bound KPI with no watch line in range is OK, however close to its bound', () => {
    const rows = KPI_ROWS.map((row) => [...row]);
    rows[6]![8] = 0.951; // K6 attendance, Min 95%, no watch line: a hair above the floor
    const { workbook, addon } = open({ KPIs: { values: rows }, OKRs: { values: GROUPED_OKR_ROWS } });
    addon.run('refreshScores');
    expect(statusOf(workbook, 'K6')).toBe('OK');
    expect(statusOf(workbook, 'K11')).toBe('OK'); // conversion 3.1% over a 2% floor
  });
});

describe('early warning', () => {
  it('K8 falling fast is WARN, with the reason as the note of its Status cell and nowhere else', () => {
    const { workbook, addon } = withK8Readings();
    modelOf(workbook).find('KPIs')!.ensure(9, 3).note = 'Ops lead is new: ask Dana';
    addon.run('refreshScores');
    expect(statusOf(workbook, 'K8')).toBe('WARN');
    const kpis = workbook.read('KPIs');
    expect(kpis.cell('M9').note).toBe(`Early warning: ${K8_REASON}.`);
    expect(kpis.cell('M9').background).toBe(YELLOW);
    expect(kpis.cell('C9').note).toBe('Ops lead is new: ask Dana'); // the user's note on another cell stays
    // Every other Status cell written carries no note.
    expect(
      kpis
        .values()
        .slice(1)
        .map((_, index) => kpis.cell(`M${index + 2}`).note),
    ).toEqual(KPI_ROWS.slice(1).map((row) => (row[0] === 'K8' ? `Early warning: ${K8_REASON}.` : '')));
  });

  it('the sidebar shows the reason on K8’s card', () => {
    const { addon } = withK8Readings();
    const state = addon.run('getCheckInState') as { kpis: { id: string; status: string; earlyWarning: string }[] };
    expect(state.kpis.find((kpi) => kpi.id === 'K8')).toMatchObject({ status: 'WARN', earlyWarning: K8_REASON });
    expect(state.kpis.filter((kpi) => kpi.earlyWarning !== '').map((kpi) => kpi.id)).toEqual(['K8']);
  });

  it('an edit of the owner keeps the warning its note remembers; a new reading typed drops it and its note', () => {
    const { workbook, addon } = withK8Readings();
    addon.run('refreshScores');
    addon.edit('KPIs', 'C9', 'Dana');
    expect(statusOf(workbook, 'K8')).toBe('WARN');
    expect(workbook.read('KPIs').cell('M9').note).toBe(`Early warning: ${K8_REASON}.`);
    addon.edit('KPIs', 'I9', '97%');
    expect(statusOf(workbook, 'K8')).toBe('OK');
    expect(workbook.read('KPIs').cell('M9').note).toBe('');
    // The next Refresh draws the trend again from the log, with the new reading.
    addon.run('refreshScores');
    expect(statusOf(workbook, 'K8')).toBe('OK'); // 97% on 20 Nov: the fall has slowed below the warning's pace
  });

  it('a check-in of a reading that still falls keeps the KPI WARN with its reason; one that recovers clears it', () => {
    const { workbook, addon } = withK8Readings();
    addon.run('refreshScores');
    expect(addon.run('submitCheckIn', { args: [{ id: 'K8', value: '95.5%' }] })).toMatchObject({ ok: true });
    expect(statusOf(workbook, 'K8')).toBe('WARN');
    expect(workbook.read('KPIs').cell('M9').note).toMatch(
      /^Early warning: heading below Min by about \d+ (Nov|Dec)\.$/,
    );
    expect(addon.run('submitCheckIn', { args: [{ id: 'K8', value: '99.5%' }] })).toMatchObject({ ok: true });
    expect(statusOf(workbook, 'K8')).toBe('OK');
    expect(workbook.read('KPIs').cell('M9').note).toBe('');
  });

  it('a Refresh that finds the fall over clears the note it wrote', () => {
    const { workbook, addon } = withK8Readings();
    addon.run('refreshScores');
    workbook.setCell('KPIs', 'I9', 0.99);
    addon.run('refreshScores');
    expect(statusOf(workbook, 'K8')).toBe('OK');
    expect(workbook.read('KPIs').cell('M9').note).toBe('');
  });
});

describe('the playground demo', () => {
  it('shows a believable mix once refreshed: OK, WARN (two watch lines, one early warning) and ALERT', () => {
    const workbook = demoWorkbook(TODAY);
    const addon = loadAddon({ code: bundleCode(), workbook, now: TODAY, user: 'lead@example.com', htmlFiles: {} });
    addon.run('refreshScores');
    const statuses = column(workbook, 'KPIs', 'Status');
    expect(Object.fromEntries(column(workbook, 'KPIs', 'ID').map((id, index) => [id, statuses[index]]))).toEqual({
      K1: 'WARN',
      K2: 'ALERT',
      K3: 'ALERT',
      K4: 'OK',
      K5: 'WARN',
      K6: 'OK',
      K7: 'ALERT',
      K8: 'WARN',
      K9: 'ALERT',
      K10: 'OK',
      K11: 'OK',
    });
    expect(workbook.read('KPIs').cell('M9').note).toBe(`Early warning: ${K8_REASON}.`);
    expect(workbook.read('KPI History').values()[0]).toEqual([
      'Date',
      'Quarter',
      'ID',
      'KPI',
      'Value',
      'Min',
      'Max',
      'Status',
    ]);
  });
});
