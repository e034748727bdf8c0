// A1 notation for the formulas and chart ranges the dashboard points at its own hidden cells with.

/** `A` for 1, `Z` for 26, `AA` for 27. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** `V5:AB5` for a rectangle given by its 1-based top-left cell and size. */
export function rangeA1(row: number, column: number, rows: number, columns: number): string {
  const start = `${columnLetters(column)}${row}`;
  const end = `${columnLetters(column + columns - 1)}${row + rows - 1}`;
  return rows === 1 && columns === 1 ? start : `${start}:${end}`;
}
