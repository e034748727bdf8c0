// Custom functions receive either a single value or a 2-D range. Broadcasting one cell-wise function over
// them lets one formula fill a whole column (`=OKR_SCORE(F2:F, G2:G, H2:H)`), which Sheets recalculates
// far faster than one formula per row.

import type { Cell } from './cells';

export type CellArg = Cell | Cell[][];
export type CellResult = Cell | Cell[][];

function isRange(arg: CellArg | null | undefined): arg is Cell[][] {
  return Array.isArray(arg);
}

function shapeOf(range: Cell[][]): [number, number] {
  return [range.length, range[0]?.length ?? 0];
}

/** Applies `fn` cell by cell; scalars repeat over the ranges' common shape; omitted arguments read ''. */
export function mapCells(args: (CellArg | null | undefined)[], fn: (...cells: Cell[]) => Cell): CellResult {
  const ranges = args.filter(isRange);
  const first = ranges[0];
  const cellAt = (arg: CellArg | null | undefined, row: number, column: number): Cell => {
    if (arg === undefined || arg === null) return '';
    return isRange(arg) ? (arg[row]?.[column] ?? '') : arg;
  };
  if (first === undefined) return fn(...args.map((arg) => cellAt(arg, 0, 0)));

  const [rows, columns] = shapeOf(first);
  for (const range of ranges) {
    const [otherRows, otherColumns] = shapeOf(range);
    if (otherRows !== rows || otherColumns !== columns) {
      throw new Error(`ranges must be the same size: ${rows}×${columns} and ${otherRows}×${otherColumns}`);
    }
  }
  return Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => fn(...args.map((arg) => cellAt(arg, row, column)))),
  );
}
