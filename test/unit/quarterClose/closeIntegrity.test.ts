// The pure rules behind a close's integrity: which quarter closes, how a re-run's roll lands on live rows
// found by ID, what "start empty" removes, and which archive cells are frozen.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells';
import { localDate } from '../../../src/core/dates';
import { findHeader, type HeaderMatch, type OkrColumn } from '../../../src/core/workbook/headers';
import { frozenFormulaPatches } from '../../../src/core/quarterClose/frozenFormulas';
import { onLiveRows } from '../../../src/core/quarterClose/liveRoll';
import { archivedQuarters, chooseQuarter, latestClosed } from '../../../src/core/quarterClose/quarterChoice';
import { emptyingPlan } from '../../../src/core/quarterClose/roll';
import { parseQuarter, type Quarter } from '../../../src/core/quarter';
import { objectContaining } from '../../matchers';

const q = (label: string, fiscal = 1): Quarter => {
  const reading = parseQuarter(label, fiscal);
  if (reading.kind !== 'value') throw new Error(label);
  return reading.value;
};

function headerOf(values: Cell[][]): HeaderMatch<OkrColumn> {
  const found = findHeader('okrs', values);
  if (!found.ok) throw new Error('header');
  return found.header;
}

describe('chooseQuarter', () => {
  const jan4 = localDate(2027, 0, 4);

  it('prefers the most recent ended quarter that is not closed over the one under way', () => {
    expect(
      chooseQuarter({
        named: [q('2026-Q3'), q('2026-Q4'), q('2027-Q1')],
        archived: [],
        today: jan4,
        fiscalStartMonth: 1,
      }),
    ).toMatchObject({ kind: 'ended', quarter: { label: '2026-Q4' } });
  });

  it('counts the quarter after the last close even when no row names it', () => {
    expect(
      chooseQuarter({ named: [], lastClosed: q('2026-Q3'), archived: [], today: jan4, fiscalStartMonth: 1 }),
    ).toMatchObject({ kind: 'ended', quarter: { label: '2026-Q4' } });
  });

  it('skips quarters at or before the last close, and archived ones', () => {
    expect(
      chooseQuarter({ named: [q('2026-Q3'), q('2026-Q4')], archived: ['2026-Q4'], today: jan4, fiscalStartMonth: 1 }),
    ).toMatchObject({ kind: 'ended', quarter: { label: '2026-Q3' } });
    expect(
      chooseQuarter({
        named: [q('2026-Q3')],
        lastClosed: q('2026-Q4'),
        archived: [],
        today: jan4,
        fiscalStartMonth: 1,
      }),
    ).toEqual({ kind: 'current', quarter: objectContaining({ label: '2027-Q1' }), day: 4, days: 90 });
  });

  it('offers the quarter under way as an early close only when no ended one is open, and nothing once it is closed', () => {
    const july1 = localDate(2027, 6, 1);
    expect(
      chooseQuarter({
        named: [q('2027-Q3')],
        lastClosed: q('2027-Q2'),
        archived: [],
        today: july1,
        fiscalStartMonth: 1,
      }),
    ).toMatchObject({ kind: 'current', quarter: { label: '2027-Q3' }, day: 1, days: 92 });
    expect(
      chooseQuarter({
        named: [q('2027-Q3')],
        lastClosed: q('2027-Q2'),
        archived: [],
        today: localDate(2027, 5, 30),
        fiscalStartMonth: 1,
      }),
    ).toMatchObject({ kind: 'closed', quarter: { label: '2027-Q2' } });
  });

  it('a quarter has ended only from the day after its last day', () => {
    expect(
      chooseQuarter({ named: [q('2026-Q4')], archived: [], today: localDate(2026, 11, 31), fiscalStartMonth: 1 }),
    ).toMatchObject({ kind: 'current', day: 92, days: 92 });
  });

  it('reads closed quarters from the journal and from archive tabs named after them', () => {
    expect(
      archivedQuarters(['OKRs', 'OKRs 2026-Q3', 'OKRs 2026-Q4 (old)', 'OKRs notes', 'KPIs 2026-Q2'], 'OKRs', 1),
    ).toEqual(['2026-Q3']);
    expect(latestClosed('2026-Q2', ['2026-Q3', '2025-Q4'], 1)?.label).toBe('2026-Q3');
    expect(latestClosed(undefined, [], 1)).toBeUndefined();
  });
});

describe('onLiveRows', () => {
  const archiveValues: Cell[][] = [
    ['ID', 'Quarter', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'Score'],
    ['O1', '2026-Q4', 'Grow', '', '', '', '', 0.5],
    ['O1.1', '2026-Q4', '', 'Leads', 0, 60, 30, 0.5],
    ['O1.2', '2026-Q4', '', 'Deals', 0, 8, 4, 0.5],
  ];
  const archive = { values: archiveValues, header: headerOf(archiveValues) };
  // What the roll computes from the archive: next quarter, Start = last Current, Current and Score blank.
  const patches = [
    { column: 1, firstRow: 1, values: ['2027-Q1', '2027-Q1', '2027-Q1'] },
    { column: 4, firstRow: 1, values: ['', 30, 4] },
    { column: 6, firstRow: 1, values: ['', '', ''] },
    { column: 7, firstRow: 1, values: ['', '', ''], backgrounds: [null, null, null] },
  ];

  it('writes each cell on the row with the same ID, wherever it moved, leaving inserted rows and typed values alone', () => {
    const liveValues: Cell[][] = [
      ['ID', 'Quarter', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'Score'],
      ['O1', '2026-Q4', 'Grow', '', '', '', '', 0.5],
      ['', '2027-Q1', '', 'New one', 0, 5, 1, ''], // inserted
      ['O1.2', '2026-Q4', '', 'Deals', 0, 8, 6, 0.5], // O1.1 deleted; 6 typed into Current
    ];
    const live = { values: liveValues, header: headerOf(liveValues), formulas: [] };
    const rolled = onLiveRows(archive, patches, live);
    const byColumn = Object.fromEntries(rolled.patches.map((patch) => [String(liveValues[0]![patch.column]), patch]));
    // The inserted row between O1 and O1.2 is written back as it is (one call per column).
    expect(byColumn.Quarter).toEqual({ column: 1, firstRow: 1, values: ['2027-Q1', '2027-Q1', '2027-Q1'] });
    expect(byColumn.Start).toEqual({ column: 4, firstRow: 3, values: [4] });
    expect(byColumn.Current).toBeUndefined();
    // A colour cannot be written back unread: the inserted row splits the Score column.
    expect(byColumn.Score).toEqual({
      column: 7,
      firstRow: 1,
      values: ['', undefined, ''],
      backgrounds: [null, undefined, null],
    });
    expect(rolled.left).toEqual(['O1.2 Current']);
    expect(rolled.missing).toEqual(['O1.1']);
  });

  it('writes a cell already rolled again (a re-run changes nothing), and never a formula', () => {
    const liveValues: Cell[][] = [
      ['ID', 'Quarter', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'Score'],
      ['O1', '2027-Q1', 'Grow', '', '', '', '', ''],
      ['O1.1', '2027-Q1', '', 'Leads', 30, 60, 31, ''],
      ['O1.2', '2027-Q1', '', 'Deals', 4, 8, '', ''],
    ];
    const formulas = [[], [], ['', '', '', '', '', '', '=COUNT(A:A)'], []];
    const rolled = onLiveRows(archive, patches, { values: liveValues, header: headerOf(liveValues), formulas });
    const current = rolled.patches.find((patch) => patch.column === 6);
    expect(current?.values).toEqual(['']); // O1.2 only: O1's is unchanged and O1.1's is a formula
    expect(rolled.left).toEqual([]);
    expect(rolled.missing).toEqual([]);
  });

  it('does not take a row whose ID now names another text, or an ID found twice', () => {
    const liveValues: Cell[][] = [
      ['ID', 'Quarter', 'Objective', 'Key Result', 'Start', 'Target', 'Current', 'Score'],
      ['O1', '2026-Q4', 'Grow', '', '', '', '', 0.5],
      ['O1.1', '2026-Q4', '', 'Something else', 0, 60, 30, 0.5],
      ['O1.2', '2026-Q4', '', 'Deals', 0, 8, 4, 0.5],
      ['O1.2', '2026-Q4', '', 'Deals', 0, 8, 4, 0.5],
    ];
    const rolled = onLiveRows(archive, patches, { values: liveValues, header: headerOf(liveValues), formulas: [] });
    expect(rolled.missing.sort()).toEqual(['O1.1', 'O1.2']);
    expect(rolled.patches.every((patch) => patch.firstRow === 1 && patch.values.length === 1)).toBe(true);
  });
});

describe('emptyingPlan', () => {
  const values: Cell[][] = [
    ['ID', 'Quarter', 'Objective', 'Key Result', 'Target', 'Current'],
    ['O1', '2026-Q4', 'Grow', '', '', ''],
    ['O1.1', '2026-Q4', '', 'Leads', 60, 30],
    ['O2', '2027-Q1', 'Next', '', '', ''],
    ['O2.1', '2027-Q1', '', 'Planned', 5, ''],
  ];
  const closed = [
    { id: 'O1', text: 'Grow' },
    { id: 'O1.1', text: 'Leads' },
  ];

  it("removes only the closed quarter's rows when other rows remain", () => {
    expect(emptyingPlan(values, headerOf(values), closed)).toEqual({ runs: [{ row: 2, count: 2 }] });
  });

  it('keeps the top row, cleared, when nothing else would be left; a re-run finds only that row', () => {
    const only = values.slice(0, 3);
    expect(emptyingPlan(only, headerOf(only), closed)).toEqual({ runs: [{ row: 3, count: 1 }], clear: 2 });
    expect(emptyingPlan(only.slice(0, 2), headerOf(only), closed)).toEqual({ runs: [], clear: 2 });
    expect(emptyingPlan([only[0]!, ['', '', '', '', '', '']], headerOf(only), closed)).toEqual({ runs: [] });
  });
});

describe('frozenFormulaPatches', () => {
  it('writes only the cells that hold a formula, with the value each showed', () => {
    const values: Cell[][] = [
      ['ID', 'Note', 'Current'],
      ['O1.1', '3/4/2026', 38],
      ['O1.2', 'x', 4],
      ['O1.3', 'y', 5],
    ];
    const formulas = [
      ['', '', ''],
      ['', '', '=COUNTA(A:A)'],
      ['', '', ''],
      ['', '', '=1+4'],
    ];
    expect(frozenFormulaPatches(values, formulas)).toEqual([
      { column: 2, firstRow: 0, values: [undefined, 38, undefined, 5] },
    ]);
    expect(
      frozenFormulaPatches(
        values,
        values.map(() => ['', '', '']),
      ),
    ).toEqual([]);
  });
});
