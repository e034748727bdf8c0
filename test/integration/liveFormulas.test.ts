// A team lead's Current kept as a live formula (=COUNTIF over a Leads tab) stays live through everything the
// add-on does: Refresh scores what the formula shows now, check-ins log beside it, and typing elsewhere
// recomputes it. The add-on never writes over it (DESIGN: "never a cell that holds a formula").
import { describe, expect, it } from 'vitest';
import { KPI_ROWS } from '../fixtures/examples';
import { callServer, column, open } from './harness';

const OKRS = [
  ['ID', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'Confidence', 'Quarter', 'Score', 'Status'],
  ['O1', 'Grow pipeline', '', '', '', '', '', '2026-Q4', '', ''],
  ['O1.1', '', 'Qualified leads', 0, 8, '', 5, '2026-Q4', '', ''],
  ['O1.2', '', 'Partner deals', 0, 10, 5, 5, '2026-Q4', '', ''],
];
const LEADS = [['Lead'], ['qualified'], ['qualified'], ['cold'], ['qualified']];
const COUNT = '=COUNTIF(Leads!A:A,"qualified")';

function book() {
  return open({
    KPIs: { values: KPI_ROWS },
    OKRs: { values: OKRS, formulas: { F3: { formula: COUNT, value: '' } } },
    Leads: { values: LEADS },
  });
}

describe('a Current kept as a live formula', () => {
  it('Refresh scores what it shows now, and again after a lead is added on another tab', () => {
    const { workbook, addon } = book();
    expect(workbook.read('OKRs').cell('F3').value).toBe(3);
    addon.run('refreshScores');
    expect(column(workbook, 'OKRs', 'Score')[1]).toBe(0.38); // 3 of 8
    addon.edit('Leads', 'A6', 'qualified');
    addon.edit('Leads', 'A7', 'qualified');
    expect(workbook.read('OKRs').cell('F3').value).toBe(5);
    addon.run('refreshScores');
    expect(column(workbook, 'OKRs', 'Score')[1]).toBe(0.63); // 5 of 8
    expect(workbook.read('OKRs').cell('F3').formula).toBe(COUNT);
  });

  it('an edit to its row re-scores from the live value and leaves the formula', () => {
    const { workbook, addon } = book();
    addon.run('refreshScores');
    addon.edit('OKRs', 'E3', '6');
    expect(column(workbook, 'OKRs', 'Score')[1]).toBe(0.5); // 3 of 6
    expect(workbook.read('OKRs').cell('F3').formula).toBe(COUNT);
  });

  it('a check-in logs its reading and leaves the formula live; other rows check in as usual', () => {
    const { workbook, addon } = book();
    const reply = callServer(addon, 'submitCheckIn', { id: 'O1.1', value: '7', confidence: '6', note: '' });
    expect(reply.message).toContain('formula');
    callServer(addon, 'submitCheckIn', { id: 'O1.2', value: '6', confidence: '6', note: '' });
    const okrs = workbook.read('OKRs');
    expect([okrs.cell('F3').formula, okrs.cell('F3').value, okrs.cell('F4').value]).toEqual([COUNT, 3, 6]);
    addon.edit('Leads', 'A6', 'qualified');
    expect(workbook.read('OKRs').cell('F3').value).toBe(4);
    addon.run('refreshScores');
    expect(column(workbook, 'OKRs', 'Score').slice(1)).toEqual([0.5, 0.6]);
  });
});
