// The Status cell of a rolled-up key result: its note (where its score comes from, or will come from) and its pacing.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells';
import { rollUpNote } from '../../../src/core/teams/rollUpNote';
import { buildWorkbook } from '../../../src/core/workbook/workbook';
import { TODAY } from '../../fixtures/examples';

const HEADER = ['ID', 'Quarter', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'Weight', 'Parent'];

function noteOf(rows: Cell[][], id: string): string {
  const built = buildWorkbook({
    okrs: { values: [HEADER, ...rows], formulas: [] },
    kpis: { values: [['ID', 'KPI', 'Min', 'Current']], formulas: [] },
    today: TODAY,
    fiscalStartMonth: 1,
  });
  if (!built.ok) throw new Error(built.problems.join('; '));
  const row = built.workbook.rows.okrs.find((candidate) => candidate.kind !== 'blank' && candidate.id === id);
  if (row === undefined) throw new Error(`no row ${id}`);
  return rollUpNote(row);
}

const COMPANY: Cell[][] = [
  ['C1', '2026-Q4', 'Company', '', '', '', '', '', ''],
  ['C1.1', '2026-Q4', '', 'Rolled up', 0, 1, '', '', ''],
];

describe('rollUpNote', () => {
  it('names the objectives a scored roll-up comes from', () => {
    const rows = [
      ...COMPANY,
      ['T1', '2026-Q4', 'Team', '', '', '', '', '', 'C1.1'],
      ['T1.1', '2026-Q4', '', 'Leads', 0, 10, 4, '', ''],
    ];
    expect(noteOf(rows, 'C1.1')).toBe('Rolled up from T1: the weighted mean of their scores.');
  });

  it('says no score is there yet when no aligned objective has one, rather than a bare NO DATA', () => {
    const rows = [
      ...COMPANY,
      ['T1', '2026-Q4', 'Team', '', '', '', '', '', 'C1.1'],
      ['T1.1', '2026-Q4', '', 'Leads', 0, 10, '', '', ''],
    ];
    expect(noteOf(rows, 'C1.1')).toBe('Rolled up from T1: no score there yet.');
  });

  it('names an aligned objective left out of the mean for want of a score', () => {
    const rows = [
      ...COMPANY,
      ['T1', '2026-Q4', 'Team one', '', '', '', '', '', 'C1.1'],
      ['T1.1', '2026-Q4', '', 'Leads', 0, 10, 4, '', ''],
      ['T2', '2026-Q4', 'Team two', '', '', '', '', '', 'C1.1'],
      ['T2.1', '2026-Q4', '', 'Deals', 0, 10, '', '', ''],
    ];
    expect(noteOf(rows, 'C1.1')).toBe('Rolled up from T1, T2: the weighted mean of their scores (T2 has none yet).');
  });

  it('leaves an INVALID roll-up (every objective weighing 0) to its status', () => {
    const rows = [
      ...COMPANY,
      ['T1', '2026-Q4', 'Team', '', '', '', '', 0, 'C1.1'],
      ['T1.1', '2026-Q4', '', 'Leads', 0, 10, 4, '', ''],
    ];
    expect(noteOf(rows, 'C1.1')).toBe('');
  });

  it('is empty for a key result that is not rolled up', () => {
    expect(noteOf(COMPANY, 'C1.1')).toBe('');
  });

  it('paces a rolled-up key result with a Due exactly like a typed one with the same Due and score', () => {
    const header = [...HEADER, 'Due'];
    const build = (rows: Cell[][]) => {
      const built = buildWorkbook({
        okrs: { values: [header, ...rows], formulas: [] },
        kpis: { values: [['ID', 'KPI', 'Min', 'Current']], formulas: [] },
        today: TODAY,
        fiscalStartMonth: 1,
      });
      if (!built.ok) throw new Error(built.problems.join('; '));
      return built.workbook;
    };
    const due = new Date(2026, 10, 30); // a week after today: nearly all of its time has passed
    const rolled = build([
      ['C1', '2026-Q4', 'Company', '', '', '', '', '', '', ''],
      ['C1.1', '2026-Q4', '', 'Rolled up', 0, 1, '', '', '', due],
      ['T1', '2026-Q4', 'Team', '', '', '', '', '', 'C1.1', ''],
      ['T1.1', '2026-Q4', '', 'Leads', 0, 10, 5, '', '', ''],
    ]).keyResults.find((keyResult) => keyResult.id === 'C1.1');
    const typed = build([
      ['C1', '2026-Q4', 'Company', '', '', '', '', '', '', ''],
      ['C1.1', '2026-Q4', '', 'Typed', 0, 1, 0.5, '', '', due],
    ]).keyResults.find((keyResult) => keyResult.id === 'C1.1');
    const undated = build([
      ['C1', '2026-Q4', 'Company', '', '', '', '', '', '', ''],
      ['C1.1', '2026-Q4', '', 'Typed', 0, 1, 0.5, '', '', ''],
    ]).keyResults.find((keyResult) => keyResult.id === 'C1.1');
    expect(rolled).toMatchObject({ score: 0.5, rolledUpFrom: ['T1'], status: typed?.status });
    // The Due matters: the same score due at the quarter's end reads otherwise.
    expect(typed?.status).not.toBe(undated?.status);
  });
});
