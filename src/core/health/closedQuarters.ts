// What the health check knows of past quarters: the newest rows of the Quarter log, each close's objective
// grades read back from the line the close wrote (`O1 Retain customers 0.62 · O2 Grow no score`).
import { readText, type Cell } from '../cells';
import { normaliseHeader } from '../workbook/headers';

export interface ClosedQuarter {
  /** 0-based index of the Quarter log row. */
  readonly row: number;
  readonly quarter: string;
  /** Each objective's final grade; null for one closed without a score. */
  readonly grades: readonly (number | null)[];
}

/** The grades of a close's Objectives cell, in order; a part that ends in neither a grade nor `no score` is skipped. */
export function gradesOfLine(line: string): (number | null)[] {
  if (line.trim() === '') return [];
  return line.split(' · ').flatMap((part) => {
    if (part.endsWith(' no score')) return [null];
    const grade = /\s(-?\d+(?:\.\d+)?)$/.exec(part)?.[1];
    return grade === undefined ? [] : [Number(grade)];
  });
}

/** The closes among the log rows read (header row first), in sheet order; none without the two columns. */
export function closedQuarters(
  header: readonly Cell[],
  rows: readonly { row: number; cells: readonly Cell[] }[],
): ClosedQuarter[] {
  const titles = header.map((cell) => normaliseHeader(readText(cell)));
  const quarter = titles.indexOf('quarter');
  const objectives = titles.indexOf('objectives');
  if (quarter < 0 || objectives < 0) return [];
  return rows.flatMap(({ row, cells }) => {
    const label = readText(cells[quarter] ?? '');
    return label === '' ? [] : [{ row, quarter: label, grades: gradesOfLine(readText(cells[objectives] ?? '')) }];
  });
}
