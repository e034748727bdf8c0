// Geometry checks shared by Sheet.getRange, Range.offset and Range.getCell, with Apps Script's texts.
import { parseA1 } from './a1';
import { exception, signatureMismatch } from './errors';
import type { Realm } from './realm';
import type { SheetModel } from './sheetModel';

export interface Box {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

export function checkBox(realm: Realm, sheet: SheetModel, box: Box): Box {
  const { row, column, numRows, numColumns } = box;
  if (row < 1) throw exception(realm, 'The starting row of the range is too small.');
  if (column < 1) throw exception(realm, 'The starting column of the range is too small.');
  if (numRows < 1) throw exception(realm, 'The number of rows in the range must be at least 1.');
  if (numColumns < 1) throw exception(realm, 'The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
    throw exception(realm, OUTSIDE);
  }
  return box;
}

export function boxFromA1(realm: Realm, sheet: SheetModel, a1: string): Box {
  const ref = parseA1(a1);
  if (ref === null) throw exception(realm, 'Range not found');
  const lastRow = ref.lastRow ?? sheet.maxRows;
  const lastColumn = ref.lastColumn ?? sheet.maxColumns;
  return checkBox(realm, sheet, {
    row: ref.row,
    column: ref.column,
    numRows: lastRow - ref.row + 1,
    numColumns: lastColumn - ref.column + 1,
  });
}

/** The four getRange overloads: (a1), (row, column), (row, column, numRows), (row, column, numRows, numColumns). */
export function boxFromArgs(realm: Realm, sheet: SheetModel, args: readonly unknown[], method: string): Box {
  const [first] = args;
  if (typeof first === 'string' && args.length === 1) return boxFromA1(realm, sheet, first);
  const numbers = args.every((arg) => typeof arg === 'number' && Number.isFinite(arg));
  if (!numbers || args.length < 2 || args.length > 4) throw signatureMismatch(realm, args, method);
  const [row, column, numRows = 1, numColumns = 1] = args.map((arg) => Math.floor(arg as number));
  return checkBox(realm, sheet, { row: row ?? 0, column: column ?? 0, numRows, numColumns });
}
