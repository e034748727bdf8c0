// The document behind a Workbook: its tabs in order, the active tab and range, zone and locale. Both
// the fixture API and the emulated services operate on this one object.
import { FormulaEngine } from './formulaEngine';
import { SheetModel } from './sheetModel';

export interface Selection {
  readonly sheet: SheetModel;
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export class WorkbookModel {
  readonly id: string;
  name: string;
  timeZone: string;
  locale = 'en_US';
  readonly sheets: SheetModel[] = [];
  private nextSheetId = 0;
  private activeSheet: SheetModel | null = null;
  private selection: Selection | null = null;
  /** Computes every formula cell; it hears of each change from the sheets themselves. */
  readonly formulas: FormulaEngine;

  constructor(id: string, name: string, timeZone: string) {
    this.id = id;
    this.name = name;
    this.timeZone = timeZone;
    this.formulas = new FormulaEngine(this);
  }

  /** Exact, case-sensitive, leftmost match, as getSheetByName does. */
  find(name: string): SheetModel | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  /** 'Sheet<N>' with the next unused N. */
  nextAutoName(): string {
    let n = this.sheets.length + 1;
    while (this.find(`Sheet${n}`) !== undefined) n += 1;
    return `Sheet${n}`;
  }

  addSheet(name: string, index = this.sheets.length, maxRows?: number, maxColumns?: number): SheetModel {
    const sheet = new SheetModel(name, this.nextSheetId, maxRows, maxColumns);
    this.nextSheetId += 1;
    this.sheets.splice(index, 0, sheet);
    this.formulas.sheetAdded(sheet);
    return sheet;
  }

  adoptCopy(source: SheetModel, name: string): SheetModel {
    const sheet = source.copy(name, this.nextSheetId);
    this.nextSheetId += 1;
    this.sheets.push(sheet);
    this.formulas.sheetAdded(sheet, source);
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    const index = this.sheets.indexOf(sheet);
    if (index >= 0) this.sheets.splice(index, 1);
    this.formulas.sheetRemoved(sheet);
    if (this.activeSheet === sheet) this.activeSheet = null;
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  getActiveSheet(): SheetModel {
    const active = this.activeSheet;
    if (active !== null && this.sheets.includes(active)) return active;
    const first = this.sheets.find((sheet) => !sheet.hidden) ?? this.sheets[0];
    if (first === undefined) throw new Error('workbook has no sheets');
    return first;
  }

  setActiveSheet(sheet: SheetModel): void {
    this.activeSheet = sheet;
    if (this.selection?.sheet !== sheet) this.selection = null;
  }

  getSelection(): Selection {
    const sheet = this.getActiveSheet();
    return this.selection?.sheet === sheet ? this.selection : { sheet, row: 1, column: 1, numRows: 1, numColumns: 1 };
  }

  select(selection: Selection): void {
    this.activeSheet = selection.sheet;
    this.selection = selection;
  }
}
