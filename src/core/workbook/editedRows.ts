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
export function editedRows(kind: 'kpis' | 'okrs', header: HeaderMatch<KpiColumn> | HeaderMatch<OkrColumn>, edited: EditedRange, height: number): number[] {
  const computed: readonly string[] = COMPUTED[kind];
  const inputColumns = Object.entries(header.columns)
    .filter(([column]) => !computed.includes(column))
    .map(([, index]) => index as number);
  const columns = span(edited.column - 1, edited.columns);
  if (!columns.some((column) => inputColumns.includes(column))) return [];
  return span(edited.row - 1, edited.rows).filter((row) => row > header.row && row < height);
}
