// Which rows an edit re-scores: the rows below the header where a column the user types into changed. An
// edit to a computed column (Score, Status, Last check-in) or above the header changes no score.

import { COMPUTED, type HeaderMatch, type KpiColumn, type OkrColumn } from './headers';

/** A block of edited cells: 1-based first row and column, and how many of each, as Range reports them. */
export interface EditedRange {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

function span(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, offset) => first + offset);
}

/** The 0-based rows to re-score, or none when the edit touched no input cell of the table. */
export function editedRows(
  kind: 'kpis' | 'okrs',
  header: HeaderMatch<KpiColumn> | HeaderMatch<OkrColumn>,
  edited: EditedRange,
  height: number,
): number[] {
  const computed: readonly string[] = COMPUTED[kind];
  const inputColumns = Object.entries(header.columns)
    .filter(([column]) => !computed.includes(column))
    .map(([, index]) => index);
  const lastColumn = edited.column - 1 + edited.columns;
  if (!inputColumns.some((column) => column >= edited.column - 1 && column < lastColumn)) return [];
  const first = Math.max(edited.row - 1, header.row + 1);
  return span(first, Math.max(0, Math.min(edited.row - 1 + edited.rows, height) - first));
}

function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

const WHOLE = 1_000_000;

/**
 * The edited block from its A1 notation (`C5`, `C5:E7`, a whole row `5:7` or column `C:E`): one call for what
 * getRow, getColumn, getNumRows and getNumColumns tell in four. Undefined for any other shape.
 */
export function parseA1(a1: string): EditedRange | undefined {
  const cell = /^([A-Z]+)?(\d+)?$/i;
  const [from, to = from] = a1.split(':');
  const start = cell.exec(from ?? '');
  const end = cell.exec(to ?? '');
  if (start === null || end === null || (start[1] === undefined && start[2] === undefined)) return undefined;
  const firstColumn = start[1] === undefined ? 1 : columnNumber(start[1]);
  const lastColumn = end[1] === undefined ? WHOLE : columnNumber(end[1]);
  const firstRow = start[2] === undefined ? 1 : Number(start[2]);
  const lastRow = end[2] === undefined ? WHOLE : Number(end[2]);
  if (lastColumn < firstColumn || lastRow < firstRow) return undefined;
  return { row: firstRow, column: firstColumn, rows: lastRow - firstRow + 1, columns: lastColumn - firstColumn + 1 };
}

/** Whether the edited block covers any of these 0-based columns (an absent column is never covered). */
export function touchesColumns(edited: EditedRange, columns: readonly (number | undefined)[]): boolean {
  return columns.some(
    (column) => column !== undefined && column >= edited.column - 1 && column < edited.column - 1 + edited.columns,
  );
}
