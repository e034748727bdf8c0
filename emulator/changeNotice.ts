// Cells that move outside SheetModel.write() (a row move, a sort, an undo) must be reported to whatever
// keeps derived state about them — the formula engine, when the model has one — through the model's
// `touched(row, column)` hook. Where the model has no such hook this is a no-op, so the row actions work on
// either model.
import type { SheetModel } from './sheetModel';

type Watched = SheetModel & { touched?: (row: number, column: number) => void };

export function reportChanged(sheet: SheetModel, row: number, column: number): void {
  (sheet as Watched).touched?.(row, column);
}
