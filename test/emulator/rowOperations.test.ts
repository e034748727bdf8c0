// A person's row actions (insert, delete, move, sort) on the emulator's model: values move with their rows
// and formulas follow as Sheets rewrites them.
import { describe, expect, it } from 'vitest';
import { rewriteRowReferences, followRows, shiftRelativeRows } from '../../emulator/formulaReferences';
import { createWorkbook, type CellValue } from '../../emulator/index';
import { deleteRows, insertRows, moveRows, sortRange } from '../../emulator/rowOperations';
import { modelOf } from '../../emulator/workbook';

function book(values: CellValue[][], formulas: Record<string, { formula: string; value: CellValue }> = {}) {
  const workbook = createWorkbook({
    sheets: { OKRs: { values, formulas, frozenRows: 1 }, Summary: { values: [['']] } },
  });
  const model = modelOf(workbook);
  const okrs = model.find('OKRs');
  const summary = model.find('Summary');
  if (okrs === undefined || summary === undefined) throw new Error('tabs missing');
  return { workbook, model, okrs, summary };
}

const ROWS: CellValue[][] = [
  ['ID', 'Key result', 'Current'],
  ['KR-1', 'Churn', 5],
  ['KR-2', 'NPS', 40],
  ['KR-3', 'Revenue', 12],
];

describe('references in formula text', () => {
  const down = (from: number, by: number) =>
    followRows(
      (name) => name === null || name === 'OKRs',
      (row) => (row >= from ? row + by : row),
    );

  it('moves cell and range rows below an inserted row, $ rows included, and leaves names and strings alone', () => {
    expect(rewriteRowReferences('=SUM(C2:C4)+$C$3+LOG10(C2)&"C3"', down(3, 1))).toBe('=SUM(C2:C5)+$C$4+LOG10(C2)&"C3"');
    expect(rewriteRowReferences("='OKRs'!C3+Other!C3", down(3, 2))).toBe("='OKRs'!C5+Other!C3");
  });

  it('keeps an open-ended range (C2:C, OKRs!A3:A) open: only its first row follows', () => {
    expect(rewriteRowReferences('=SUM(C2:C)+COUNTA(OKRs!A3:A)', down(2, 1))).toBe('=SUM(C3:C)+COUNTA(OKRs!A4:A)');
    const deleteRow3 = followRows(
      () => true,
      (row) => (row === 3 ? null : row > 3 ? row - 1 : row),
      [3, 3],
    );
    expect(rewriteRowReferences('=SUM(C3:C)', deleteRow3)).toBe('=SUM(C3:C)');
    expect(rewriteRowReferences('=C3:C', shiftRelativeRows(2))).toBe('=C5:C');
  });

  it('turns a reference to a deleted row into #REF! and shrinks a range over it', () => {
    const deleteRow3 = followRows(
      () => true,
      (row) => (row === 3 ? null : row > 3 ? row - 1 : row),
    );
    expect(rewriteRowReferences('=C3*2', deleteRow3)).toBe('=#REF!*2');
    expect(rewriteRowReferences('=SUM(C2:C4)', deleteRow3)).toBe('=SUM(C2:C3)');
  });

  it('keeps a range over rows moved within it, and trims one whose first rows were deleted', () => {
    const moveRow4Above2 = followRows(
      () => true,
      (row) => (row === 4 ? 2 : row === 2 || row === 3 ? row + 1 : row),
      [2, 4],
    );
    expect(rewriteRowReferences('=SUM(C2:C40000)+C4', moveRow4Above2)).toBe('=SUM(C2:C40000)+C2');
    const deleteRows1And2 = followRows(
      () => true,
      (row) => (row <= 2 ? null : row - 2),
      [1, 2],
    );
    expect(rewriteRowReferences('=SUM(C2:C4)+SUM(C1:C2)', deleteRows1And2)).toBe('=SUM(C1:C2)+SUM(#REF!)');
  });

  it('shifts only relative rows when a cell is sorted down', () => {
    expect(rewriteRowReferences('=C2*$C$1+D2', shiftRelativeRows(2))).toBe('=C4*$C$1+D4');
  });
});

describe('row actions a person takes', () => {
  it('Insert 1 row above: the rows below move down with their IDs, and formulas elsewhere follow them', () => {
    const { model, okrs, summary, workbook } = book(ROWS);
    summary.write(1, 1, { kind: 'formula', formula: '=OKRs!C3' });
    insertRows(model, okrs, 3);
    expect(
      workbook
        .read('OKRs')
        .values()
        .map((row) => row[0]),
    ).toEqual(['ID', 'KR-1', '', 'KR-2', 'KR-3']);
    expect(summary.get(1, 1)?.formula).toBe('=OKRs!C4');
    expect(okrs.maxRows).toBe(1001);
  });

  it('Delete row: the rows below move up; a reference to the deleted row becomes #REF!', () => {
    const { model, okrs, workbook } = book(ROWS, { D4: { formula: '=C3+C4', value: 52 } });
    deleteRows(model, okrs, 3);
    expect(
      workbook
        .read('OKRs')
        .values()
        .map((row) => row[0]),
    ).toEqual(['ID', 'KR-1', 'KR-3']);
    expect(okrs.get(3, 4)?.formula).toBe('=#REF!+C3');
  });

  it('deleting a header row shrinks the frozen rows, and inserting inside them widens them', () => {
    const { model, okrs } = book(ROWS);
    insertRows(model, okrs, 1);
    expect(okrs.frozenRows).toBe(2);
    deleteRows(model, okrs, 1, 2);
    expect(okrs.frozenRows).toBe(0);
  });

  it('Move row up and down: the whole row moves, and a formula pointing at it follows', () => {
    const { model, okrs, summary, workbook } = book(ROWS);
    summary.write(1, 1, { kind: 'formula', formula: '=OKRs!B4' });
    moveRows(model, okrs, 4, 1, 3);
    expect(
      workbook
        .read('OKRs')
        .values()
        .map((row) => row[0]),
    ).toEqual(['ID', 'KR-1', 'KR-3', 'KR-2']);
    expect(summary.get(1, 1)?.formula).toBe('=OKRs!B3');
    moveRows(model, okrs, 2, 1, 5);
    expect(
      workbook
        .read('OKRs')
        .values()
        .map((row) => row[0]),
    ).toEqual(['ID', 'KR-3', 'KR-2', 'KR-1']);
    expect(summary.get(1, 1)?.formula).toBe('=OKRs!B2');
  });

  it('Sort range by a column: each row of the block moves together, blanks last, formulas shift with their row', () => {
    const { okrs, workbook } = book([...ROWS, ['KR-4', 'Blank', ''], ['KR-5', 'Text', 'n/a']], {
      D2: { formula: '=C2*2', value: 10 },
    });
    sortRange(okrs, { row: 2, column: 1, numRows: 5, numColumns: 4 }, 3, true);
    const values = workbook.read('OKRs').values();
    expect(values.slice(1).map((row) => row[0])).toEqual(['KR-1', 'KR-3', 'KR-2', 'KR-5', 'KR-4']);
    expect(okrs.get(2, 4)?.formula).toBe('=C2*2');
    sortRange(okrs, { row: 2, column: 1, numRows: 5, numColumns: 4 }, 3, false);
    expect(
      workbook
        .read('OKRs')
        .values()
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['KR-5', 'KR-2', 'KR-3', 'KR-1', 'KR-4']);
    expect(okrs.get(5, 4)?.formula).toBe('=C5*2');
  });

  it('Sort range moves only the columns of the range: cells beside it stay where they are', () => {
    const { okrs, workbook } = book(ROWS.map((row, r) => [...row, r === 0 ? 'Note' : `note ${r}`]));
    sortRange(okrs, { row: 2, column: 1, numRows: 3, numColumns: 3 }, 3, false);
    const values = workbook.read('OKRs').values();
    expect(values.slice(1).map((row) => [row[0], row[3]])).toEqual([
      ['KR-2', 'note 1'],
      ['KR-3', 'note 2'],
      ['KR-1', 'note 3'],
    ]);
  });
});
