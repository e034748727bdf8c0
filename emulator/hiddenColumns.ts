// Columns a script hid (Spreadsheet.hideColumn), per tab. Kept beside the tab's model rather than in it: only
// hiding and reading back are modelled; inserting or deleting columns does not move them (a known gap), and
// the playground draws hidden columns like the rest.
import type { SheetModel } from './sheetModel';

const hidden = new WeakMap<SheetModel, Set<number>>();

/** The 1-based columns hidden on a tab (a live set). */
export function hiddenColumnsOf(sheet: SheetModel): Set<number> {
  let columns = hidden.get(sheet);
  if (columns === undefined) {
    columns = new Set();
    hidden.set(sheet, columns);
  }
  return columns;
}
