// A custom function's spilled answer under a person's row actions in the playground (insert, delete, move,
// sort, undo). Its spilled cells are part of the answer, not data: they never travel with a row as values,
// and the answer spills again where it now belongs, never blocked by its own old cells (#REF!).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon } from '../../emulator/index';
import { UndoHistory } from '../../emulator/playground/undoHistory';
import { deleteRows, insertRows, moveRows, sortRange } from '../../emulator/rowOperations';
import { modelOf } from '../../emulator/workbook';

const code = readFileSync(fileURLToPath(new URL('../../dist/Code.js', import.meta.url)), 'utf8');
const SCORES = '=OKR_SCORE(0,B2:B4,C2:C4)';

/** Three key results (target 10, current 5, 9, 1) with a formula in E2 (given as a fixture) spilling to E4. */
function keyResults(formulas: Record<string, { formula: string; value: '' }> = {}) {
  const workbook = createWorkbook({
    sheets: {
      OKRs: {
        values: [
          ['ID', 'Target', 'Current', 'Note', 'Score'],
          ['KR-1', 10, 5],
          ['KR-2', 10, 9],
          ['KR-3', 10, 1],
        ],
        formulas,
      },
    },
  });
  const model = modelOf(workbook);
  const okrs = model.find('OKRs');
  if (okrs === undefined) throw new Error('no OKRs tab');
  const scores = () =>
    workbook
      .read('OKRs')
      .values()
      .slice(1)
      .map((row) => row[4]);
  return { workbook, model, okrs, scores };
}

/** The key results scored by one OKR_SCORE typed into E2, spilling down to E4. */
function scoredRows() {
  const rows = keyResults();
  const addon = loadAddon({ code, workbook: rows.workbook, now: new Date('2026-11-23T09:00:00Z') });
  addon.edit('OKRs', 'E2', SCORES);
  return rows;
}

describe('a spilled answer under row actions', () => {
  it('a row inserted inside it: the ranges grow and the answer spills one row further', () => {
    const { model, okrs, scores, workbook } = scoredRows();
    expect(scores()).toEqual([0.5, 0.9, 0.1]);
    insertRows(model, okrs, 3);
    expect(workbook.read('OKRs').cell('E2').formula).toBe('=OKR_SCORE(0,B2:B5,C2:C5)');
    expect(scores()).toEqual([0.5, 'NO DATA', 0.9, 0.1]);
  });

  it('a row deleted inside it: the answer shrinks and leaves nothing behind', () => {
    const { model, okrs, scores } = scoredRows();
    deleteRows(model, okrs, 3);
    expect(scores()).toEqual([0.5, 0.1]);
  });

  it('a row moved above it: the answer moves with its formula and follows the rows', () => {
    const { model, okrs, scores, workbook } = scoredRows();
    moveRows(model, okrs, 4, 1, 2); // KR-3 dragged to the top
    expect(workbook.read('OKRs').cell('E3').formula).toBe(SCORES);
    expect(scores()).toEqual(['', 0.1, 0.5, 0.9]);
  });

  it('rows sorted by the spilled column: the rows move, the answer is computed again in their new order', () => {
    const { okrs, scores, workbook } = scoredRows();
    sortRange(okrs, { row: 3, column: 1, numRows: 2, numColumns: 5 }, 5, true);
    expect(
      workbook
        .read('OKRs')
        .values()
        .map((row) => row[0]),
    ).toEqual(['ID', 'KR-1', 'KR-3', 'KR-2']);
    expect(scores()).toEqual([0.5, 0.1, 0.9]);
    expect(workbook.read('OKRs').formulaError('E2')).toBeNull();
  });

  it('undo after a move or an insert puts the answer back as it was', () => {
    const { model, okrs, scores } = scoredRows();
    const history = new UndoHistory(model);
    history.remember();
    moveRows(model, okrs, 4, 1, 2);
    history.remember();
    insertRows(model, okrs, 3);
    history.undo();
    expect(scores()).toEqual(['', 0.1, 0.5, 0.9]);
    history.undo();
    expect(scores()).toEqual([0.5, 0.9, 0.1]);
  });
});

describe('a built-in array result (ARRAYFORMULA) under row actions', () => {
  const ratios = () => keyResults({ E2: { formula: '=ARRAYFORMULA(C2:C4/B2:B4)', value: '' } });

  it('a moved row or a sort: the rows move, the result is computed again and never carried as data', () => {
    const moved = ratios();
    expect(moved.scores()).toEqual([0.5, 0.9, 0.1]);
    moveRows(moved.model, moved.okrs, 4, 1, 2);
    expect(moved.scores()).toEqual(['', 0.1, 0.5, 0.9]);
    const sorted = ratios();
    sortRange(sorted.okrs, { row: 3, column: 1, numRows: 2, numColumns: 5 }, 5, true);
    expect(sorted.scores()).toEqual([0.5, 0.1, 0.9]);
  });

  it('undo after an insert, a delete or a move puts the result back whole', () => {
    const { model, okrs, scores } = ratios();
    const history = new UndoHistory(model);
    history.remember();
    insertRows(model, okrs, 3);
    history.remember();
    deleteRows(model, okrs, 2);
    history.remember();
    moveRows(model, okrs, 4, 1, 2);
    history.undo();
    history.undo();
    history.undo();
    expect(scores()).toEqual([0.5, 0.9, 0.1]);
  });
});
