// The workbook as the page draws it: shown text, colours, bold, alignment, per tab.
import { cellA1 } from '../a1';
import { isDate } from '../realm';
import type { CellValue, Workbook, WorkbookSnapshot } from '../index';
import { modelOf } from '../workbook';
import type { GridCell, SheetView } from './protocol';
import { chartViews } from './chartView';
import { sparklineView } from './sparklineView';
import { IMPORT_NOT_CONNECTED } from '../importRange';

const WHITE = '#ffffff';
const BLACK = '#000000';

function alignOf(value: CellValue): GridCell['align'] {
  if (typeof value === 'number' || isDate(value)) return 'right';
  if (typeof value === 'boolean') return 'center';
  return undefined;
}

/** `snapshot` is workbook.toJSON(), taken once per change: it holds the fonts the views don't. */
export function sheetViews(workbook: Workbook, snapshot: WorkbookSnapshot): SheetView[] {
  return workbook.sheetNames().map((name, index) => {
    const sheet = workbook.read(name);
    const cells = snapshot.sheets[index]?.cells ?? {};
    const values = sheet.values();
    const shown = sheet.displayValues();
    const formulas = sheet.formulas();
    const backgrounds = sheet.backgrounds();
    const rows = shown.map((line, r) =>
      line.map((text, c): GridCell => {
        const cell: GridCell = { t: text };
        const formula = formulas[r]?.[c] ?? '';
        if (formula !== '') cell.f = formula;
        const background = backgrounds[r]?.[c] ?? WHITE;
        if (background !== WHITE) cell.bg = background;
        const align = alignOf(values[r]?.[c] ?? '');
        if (align !== undefined) cell.align = align;
        const saved = cells[cellA1(r + 1, c + 1)];
        if (saved?.fontWeight === 'bold') cell.bold = true;
        if (typeof saved?.fontColor === 'string' && saved.fontColor !== BLACK) cell.color = saved.fontColor;
        if (typeof saved?.note === 'string' && saved.note !== '') cell.note = saved.note;
        const spark = formula === '' ? null : sparklineView(formula, modelOf(workbook), name, cell.color);
        if (spark !== null) cell.spark = spark;
        const value = values[r]?.[c];
        const error =
          formula !== '' && typeof value === 'string' && value.startsWith('#')
            ? sheet.formulaError(cellA1(r + 1, c + 1))
            : null;
        if (error !== null) cell.err = error.message;
        if (error?.message === IMPORT_NOT_CONNECTED) cell.allow = true;
        return cell;
      }),
    );
    const model = modelOf(workbook);
    const tab = model.find(name);
    return {
      name,
      frozenRows: sheet.frozenRows,
      hidden: sheet.hidden,
      rows,
      hiddenRows: tab === undefined ? [] : [...tab.hiddenRows].sort((a, b) => a - b),
      hiddenColumns: tab === undefined ? [] : [...tab.hiddenColumns].sort((a, b) => a - b),
      columnWidths: tab === undefined ? {} : Object.fromEntries(tab.columnWidths),
      charts: tab === undefined ? [] : chartViews(tab, model),
    };
  });
}
