// The inverse of Workbook.toJSON(): a document rebuilt from its snapshot, cell formats, validation, notes,
// frozen rows and protection included, so a host (the playground) can keep a workbook between runs.
import { parseA1 } from './a1';
import type { Cell, CellValue, ValidationRule } from './cells';
import { copyRuleValues, copyValue } from './cells';
import { restoreChart } from './chartSnapshot';
import type { WorkbookSnapshot } from './workbook';
import { createWorkbook, modelOf, type Workbook } from './workbook';

/** One entry of a snapshot's `cells`: only the fields that differ from a blank cell. */
export type CellSnapshot = {
  value?: CellValue;
  formula?: string;
  background?: string;
  numberFormat?: string;
  validation?: ValidationRule;
  note?: string;
  fontWeight?: string;
  fontColor?: string;
  wrap?: boolean;
  /** The value is part of another cell's array result: restored by recomputing that cell, not as data. */
  spilled?: boolean;
};

function restoreCell(cell: Cell, saved: CellSnapshot): void {
  if (saved.value !== undefined && saved.spilled !== true) cell.value = copyValue(saved.value);
  if (saved.formula !== undefined) cell.formula = saved.formula;
  if (saved.background !== undefined) cell.background = saved.background;
  if (saved.numberFormat !== undefined) cell.numberFormat = saved.numberFormat;
  if (saved.validation !== undefined)
    cell.validation = { ...saved.validation, values: copyRuleValues(saved.validation.values) };
  if (saved.note !== undefined) cell.note = saved.note;
  if (saved.fontWeight !== undefined) cell.fontWeight = saved.fontWeight;
  if (saved.fontColor !== undefined) cell.fontColor = saved.fontColor;
  if (saved.wrap !== undefined) cell.wrap = saved.wrap;
}

export function restoreWorkbook(snapshot: WorkbookSnapshot): Workbook {
  const workbook = createWorkbook({ name: snapshot.name, timeZone: snapshot.timeZone, sheets: {} });
  const model = modelOf(workbook);
  // createWorkbook starts with one sheet; the snapshot's sheets replace it.
  const [placeholder] = model.sheets;
  if (placeholder !== undefined) model.removeSheet(placeholder);
  for (const saved of snapshot.sheets) {
    const sheet = model.addSheet(saved.name, model.sheets.length, saved.maxRows, saved.maxColumns);
    sheet.frozenRows = saved.frozenRows;
    sheet.hidden = saved.hidden;
    sheet.protection = saved.protection === null ? null : { ...saved.protection };
    for (const [a1, cell] of Object.entries(saved.cells)) {
      const ref = parseA1(a1);
      if (ref === null) throw new Error(`bad cell reference in snapshot: ${a1}`);
      restoreCell(sheet.ensure(ref.row, ref.column), cell);
      sheet.touched(ref.row, ref.column);
    }
    for (const row of saved.hiddenRows ?? []) sheet.hiddenRows.add(row);
    for (const column of saved.hiddenColumns ?? []) sheet.hiddenColumns.add(column);
  }
  // Charts last: one may read a tab restored after its own.
  for (const saved of snapshot.sheets) {
    const sheet = model.find(saved.name);
    if (sheet !== undefined) for (const chart of saved.charts ?? []) restoreChart(model, sheet, chart);
  }
  const active = model.find(snapshot.activeSheet);
  if (active !== undefined) model.setActiveSheet(active);
  return workbook;
}
