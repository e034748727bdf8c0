// A1 notation: 'B3', 'A1:C9', 'A:A', '2:2', 'A2:C' and sheet-qualified "'My tab'!A1:B2". Open ends are
// returned as null and resolved against the sheet's grid size by the caller.

export interface A1Ref {
  readonly sheetName: string | null;
  readonly row: number;
  readonly column: number;
  /** null: to the last row of the sheet. */
  readonly lastRow: number | null;
  /** null: to the last column of the sheet. */
  readonly lastColumn: number | null;
}

export function columnToLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function lettersToColumn(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

export function cellA1(row: number, column: number): string {
  return `${columnToLetters(column)}${row}`;
}

export function rangeA1(row: number, column: number, numRows: number, numColumns: number): string {
  const start = cellA1(row, column);
  return numRows === 1 && numColumns === 1 ? start : `${start}:${cellA1(row + numRows - 1, column + numColumns - 1)}`;
}

interface Corner {
  row: number | null;
  column: number | null;
}

function parseCorner(text: string): Corner | null {
  const match = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(text);
  if (match === null || (match[1] === '' && match[2] === '')) return null;
  const row = match[2] === '' ? null : Number(match[2]);
  if (row === 0) return null;
  return { row, column: match[1] === '' ? null : lettersToColumn(match[1] ?? '') };
}

function splitSheet(ref: string): { sheetName: string | null; cells: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, cells: ref };
  let name = ref.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, cells: ref.slice(bang + 1) };
}

/** One axis of a reference: 'A2:C' runs from row 2 to the end, 'A:C' from row 1 to the end. */
function span(from: number | null, to: number | null): [number, number | null] {
  if (from !== null && to !== null) return [Math.min(from, to), Math.max(from, to)];
  return [from ?? to ?? 1, null];
}

/** Parses an A1 reference; null when it is not one (Apps Script then says "Range not found"). */
export function parseA1(ref: string): A1Ref | null {
  const { sheetName, cells } = splitSheet(ref.trim());
  const [first, second, extra] = cells.split(':');
  if (first === undefined || extra !== undefined) return null;
  const start = parseCorner(first);
  const end = second === undefined ? start : parseCorner(second);
  if (start === null || end === null) return null;
  // 'A:A' and '2:2' are whole columns and rows; a lone 'A' or '2' is not a reference.
  if (second === undefined && (start.row === null || start.column === null)) return null;
  const [row, lastRow] = span(start.row, end.row);
  const [column, lastColumn] = span(start.column, end.column);
  return { sheetName, row, column, lastRow, lastColumn };
}
