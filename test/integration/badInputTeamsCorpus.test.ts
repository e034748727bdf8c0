// The bad-input corpus for teams, alignment and the dashboard (cases in badInputsTeams.ts) on the built bundle:
// for every case, no uncaught error, no user cell changed outside the cells the action owns, every text the
// add-on wrote fits a cell, and a status or message that names the cause.
import { describe, expect, it } from 'vitest';
import { type CellValue, type SheetFixture, type WorkbookSnapshot } from '../../emulator/index';
import { FLAT_OKR_ROWS, KPI_ROWS, TEAM_OKR_ROWS } from '../fixtures/examples';
import { ALIGNMENT_EDIT_CASES, ALIGNMENT_REFRESH_CASES, type AlignmentCase } from './badInputsTeams';
import { expectOnlyScoringChanged, splitA1 } from './badInputChecks';
import { column, open } from './harness';

/** `CORPUS_DEFECTS=show` runs the cases marked with a defect as ordinary cases, to read each one's failure. */
const defectCase = process.env.CORPUS_DEFECTS === 'show' ? it : it.fails;

const CELL_LIMIT = 50_000;

/** Every value, formula and note the workbook holds fits a cell: a longer one Sheets refuses to write. */
function expectEveryCellFits(snapshot: WorkbookSnapshot): void {
  const over = snapshot.sheets.flatMap((sheet) =>
    Object.entries(sheet.cells).flatMap(([a1, cell]) =>
      [cell.value, cell.formula, cell.note]
        .filter((text) => typeof text === 'string' && text.length > CELL_LIMIT)
        .map(() => `${sheet.name}!${a1}`),
    ),
  );
  expect(over, 'no cell over 50,000 characters').toEqual([]);
}

type Content = CellValue | { formula: string; value: CellValue };

/** Rows with `cells` put in (a formula cell as its formula and the value it shows), and the formulas. */
function withCells(rows: readonly (readonly CellValue[])[], cells: Record<string, Content>): SheetFixture {
  const values = rows.map((row) => [...row]);
  const formulas: Record<string, { formula: string; value: CellValue }> = {};
  for (const [a1, content] of Object.entries(cells)) {
    const { column: letter, row } = splitA1(a1);
    while (values.length < row) values.push(values[0]!.map(() => ''));
    const index = letter.charCodeAt(0) - 65;
    if (typeof content === 'object' && !(content instanceof Date)) {
      values[row - 1]![index] = content.value;
      formulas[a1] = content;
    } else {
      values[row - 1]![index] = content;
    }
  }
  return { values, formulas };
}

// ---------------------------------------------------------------------------------------------------------
// Team and Parent on the OKRs tab: Refresh, and an edit after it.
// ---------------------------------------------------------------------------------------------------------

/** The flat example with Team and Parent columns after its own (P and Q). */
const FLAT_TEAM_ROWS: CellValue[][] = FLAT_OKR_ROWS.map((row, index) => [
  ...row,
  index === 0 ? 'Team' : '',
  index === 0 ? 'Parent' : '',
]);

function alignmentBook(c: AlignmentCase) {
  return open({
    KPIs: { values: KPI_ROWS },
    OKRs: withCells(c.flat === true ? FLAT_TEAM_ROWS : TEAM_OKR_ROWS, c.cells),
  });
}

function expectRows(workbook: ReturnType<typeof open>['workbook'], c: AlignmentCase): void {
  const statuses = column(workbook, 'OKRs', 'Status');
  const scores = column(workbook, 'OKRs', 'Score');
  for (const check of c.checks) {
    const status = String(statuses[check.row - 2]);
    expect(status.length, `row ${check.row}: a Status a person can read`).toBeLessThanOrEqual(300);
    expect(status, `row ${check.row} Status`).toMatch(check.status);
    if (check.score !== undefined) expect(scores[check.row - 2], `row ${check.row} Score`).toBe(check.score);
  }
}

function alignmentRefreshCase(c: AlignmentCase): void {
  const { workbook, addon } = alignmentBook(c);
  const before = workbook.toJSON();
  addon.run('refreshScores'); // an uncaught error fails the case here
  const after = workbook.toJSON();
  expect(addon.ui.alerts, 'no alert: a bad cell is reported in its own Status').toEqual([]);
  expect(addon.ui.toasts.at(-1)?.message).toMatch(/KRs? scored/);
  expectOnlyScoringChanged(before, after);
  expectEveryCellFits(after);
  expectRows(workbook, c);
}

function alignmentEditCase(c: AlignmentCase): void {
  const { workbook, addon } = alignmentBook(c);
  addon.run('refreshScores');
  const edit = c.edit!;
  const before = workbook.toJSON();
  const single = edit.typed.length === 1 && edit.typed[0]!.length === 1;
  if (single) addon.edit('OKRs', edit.range, edit.typed[0]![0]!);
  else addon.editRange('OKRs', edit.range, edit.typed);
  const after = workbook.toJSON();
  const { row: firstRow, column: firstColumn } = splitA1(edit.range.split(':')[0]!);
  const { row: lastRow, column: lastColumn } = splitA1(edit.range.split(':')[1] ?? edit.range.split(':')[0]!);
  // The cells typed into are the person's; everything else but scoring must be as it was.
  const typedHere = (change: { sheet: string; row: number; column: string }): boolean =>
    change.sheet === 'OKRs' &&
    change.row >= firstRow &&
    change.row <= lastRow &&
    change.column >= firstColumn &&
    change.column <= lastColumn;
  expectOnlyScoringChanged(before, after, typedHere);
  expectEveryCellFits(after);
  expectRows(workbook, c);
}

describe('Refresh on odd Team and Parent cells', () => {
  it.each(ALIGNMENT_REFRESH_CASES.filter((c) => c.defect === undefined))('$what', alignmentRefreshCase);
  defectCase.each(ALIGNMENT_REFRESH_CASES.filter((c) => c.defect !== undefined))('DEFECT $what', alignmentRefreshCase);
});

describe('onEdit of Team and Parent cells', () => {
  it.each(ALIGNMENT_EDIT_CASES.filter((c) => c.defect === undefined))('$what', alignmentEditCase);
  defectCase.each(ALIGNMENT_EDIT_CASES.filter((c) => c.defect !== undefined))('DEFECT $what', alignmentEditCase);
});
