// Sheet: one tab. Geometry, rows and columns, appendRow, freezing, protection, copy, visibility.
import { clearCell } from './cells';
import type { Shape } from './apiShape';
import { blankChartSpec, newChartId, placeChart, unplaceChart } from './chartModel';
import { EmbeddedChartImpl, makeChartBuilder, makeEmbeddedChart } from './charts';
import { checkCellLimit } from './cellLimit';
import type { Env } from './env';
import { nowOf } from './env';
import { exception, notEmulated, signatureMismatch } from './errors';
import { makeProtection } from './protection';
import { emulate, implOf } from './proxy';
import { makeRange, RangeImpl } from './range';
import type { Box } from './rangeBounds';
import { boxFromArgs } from './rangeBounds';
import { realmArray } from './realm';
import type { SheetModel } from './sheetModel';
import { makeSpreadsheet, SpreadsheetImpl } from './spreadsheet';
import { scriptEntry } from './typedInput';

type SheetApi = Shape<
  Pick<
    GoogleAppsScript.Spreadsheet.Sheet,
    | 'getName'
    | 'getSheetName'
    | 'setName'
    | 'getSheetId'
    | 'getIndex'
    | 'getParent'
    | 'getRange'
    | 'getDataRange'
    | 'getLastRow'
    | 'getLastColumn'
    | 'getMaxRows'
    | 'getMaxColumns'
    | 'insertRowsAfter'
    | 'insertRowsBefore'
    | 'insertRowAfter'
    | 'insertRowBefore'
    | 'insertColumnsAfter'
    | 'insertColumnsBefore'
    | 'deleteRow'
    | 'deleteRows'
    | 'deleteColumn'
    | 'deleteColumns'
    | 'appendRow'
    | 'getFrozenRows'
    | 'setFrozenRows'
    | 'protect'
    | 'copyTo'
    | 'clear'
    | 'clearContents'
    | 'setColumnWidth'
    | 'setColumnWidths'
    | 'getColumnWidth'
    | 'autoResizeColumns'
    | 'hideSheet'
    | 'showSheet'
    | 'isSheetHidden'
    | 'activate'
    | 'newChart'
    | 'insertChart'
    | 'updateChart'
    | 'removeChart'
    | 'getCharts'
    | 'hideRows'
    | 'showRows'
    | 'hideRow'
    | 'unhideRow'
    | 'isRowHiddenByUser'
    | 'hideColumns'
    | 'showColumns'
    | 'hideColumn'
    | 'unhideColumn'
    | 'isColumnHiddenByUser'
  >
>;

export const DUPLICATE_NAME = (name: string): string =>
  `A sheet with the name "${name}" already exists. Please enter another name.`;

export function makeSheet(env: Env, sheet: SheetModel): GoogleAppsScript.Spreadsheet.Sheet {
  return emulate('Sheet', new SheetImpl(env, sheet), env) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
}

const DEFAULT_COLUMN_WIDTH = 100;

export class SheetImpl implements SheetApi {
  readonly #env: Env;
  readonly #sheet: SheetModel;

  constructor(env: Env, sheet: SheetModel) {
    this.#env = env;
    this.#sheet = sheet;
  }

  get model(): SheetModel {
    return this.#sheet;
  }

  #fail(message: string): Error {
    return exception(this.#env.realm, message);
  }

  getName(): string {
    return this.#sheet.name;
  }

  getSheetName(): string {
    return this.#sheet.name;
  }

  setName(name: unknown): this {
    const text = String(name);
    const other = this.#env.model.find(text);
    if (other !== undefined && other !== this.#sheet) throw this.#fail(DUPLICATE_NAME(text));
    this.#sheet.name = text;
    return this;
  }

  getSheetId(): number {
    return this.#sheet.id;
  }

  getIndex(): number {
    return this.#env.model.sheets.indexOf(this.#sheet) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return makeSpreadsheet(this.#env);
  }

  getRange(...args: unknown[]): GoogleAppsScript.Spreadsheet.Range {
    return makeRange(
      this.#env,
      this.#sheet,
      boxFromArgs(this.#env.realm, this.#sheet, args, 'SpreadsheetApp.Sheet.getRange'),
    );
  }

  /** A1 to (getLastRow, getLastColumn); an empty sheet gives A1. */
  getDataRange(): GoogleAppsScript.Spreadsheet.Range {
    return makeRange(this.#env, this.#sheet, {
      row: 1,
      column: 1,
      numRows: Math.max(1, this.#sheet.lastRow()),
      numColumns: Math.max(1, this.#sheet.lastColumn()),
    });
  }

  getLastRow(): number {
    return this.#sheet.lastRow();
  }

  getLastColumn(): number {
    return this.#sheet.lastColumn();
  }

  getMaxRows(): number {
    return this.#sheet.maxRows;
  }

  getMaxColumns(): number {
    return this.#sheet.maxColumns;
  }

  #checkRowPosition(position: number, allowAfterLast = false): void {
    const limit = this.#sheet.maxRows + (allowAfterLast ? 1 : 0);
    if (!Number.isInteger(position) || position < 1 || position > limit)
      throw this.#fail('Those rows are out of bounds.');
  }

  #checkColumnPosition(position: number): void {
    if (!Number.isInteger(position) || position < 1 || position > this.#sheet.maxColumns) {
      throw this.#fail('Those columns are out of bounds.');
    }
  }

  #howMany(howMany: unknown, method: string): number {
    if (typeof howMany !== 'number' || howMany < 1)
      throw signatureMismatch(this.#env.realm, [howMany], `SpreadsheetApp.Sheet.${method}`);
    return Math.floor(howMany);
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.#checkRowPosition(afterPosition);
    this.#sheet.insertRows(afterPosition + 1, this.#howMany(howMany, 'insertRowsAfter'));
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.#checkRowPosition(beforePosition);
    this.#sheet.insertRows(beforePosition, this.#howMany(howMany, 'insertRowsBefore'));
    return this;
  }

  insertRowAfter(afterPosition: number): this {
    this.#checkRowPosition(afterPosition);
    this.#sheet.insertRows(afterPosition + 1, 1);
    return this;
  }

  insertRowBefore(beforePosition: number): this {
    this.#checkRowPosition(beforePosition);
    this.#sheet.insertRows(beforePosition, 1);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.#checkColumnPosition(afterPosition);
    this.#sheet.insertColumns(afterPosition + 1, this.#howMany(howMany, 'insertColumnsAfter'));
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.#checkColumnPosition(beforePosition);
    this.#sheet.insertColumns(beforePosition, this.#howMany(howMany, 'insertColumnsBefore'));
    return this;
  }

  #deleteRows(position: number, howMany: number): void {
    this.#checkRowPosition(position);
    if (position + howMany - 1 > this.#sheet.maxRows) throw this.#fail('Those rows are out of bounds.');
    if (this.#sheet.maxRows - howMany <= this.#sheet.frozenRows) {
      throw this.#fail('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.#sheet.deleteRows(position, howMany);
  }

  deleteRow(rowPosition: number): this {
    this.#deleteRows(rowPosition, 1);
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.#deleteRows(rowPosition, this.#howMany(howMany, 'deleteRows'));
  }

  #deleteColumns(position: number, howMany: number): void {
    this.#checkColumnPosition(position);
    if (position + howMany - 1 > this.#sheet.maxColumns) throw this.#fail('Those columns are out of bounds.');
    if (this.#sheet.maxColumns - howMany < 1)
      throw this.#fail('Sorry, it is not possible to delete all non-frozen columns.');
    this.#sheet.deleteColumns(position, howMany);
  }

  deleteColumn(columnPosition: number): this {
    this.#deleteColumns(columnPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.#deleteColumns(columnPosition, this.#howMany(howMany, 'deleteColumns'));
  }

  /** Writes at getLastRow()+1, growing the grid when it is full; '=…' strings become formulas. */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents))
      throw signatureMismatch(this.#env.realm, [rowContents], 'SpreadsheetApp.Sheet.appendRow');
    checkCellLimit(this.#env.realm, rowContents);
    const row = this.#sheet.lastRow() + 1;
    if (row > this.#sheet.maxRows) {
      this.#sheet.maxRows = row;
      this.#env.model.formulas.gridResized();
    }
    if (rowContents.length > this.#sheet.maxColumns) this.#sheet.maxColumns = rowContents.length;
    rowContents.forEach((value, index) => {
      const cell = this.#sheet.ensure(row, index + 1);
      this.#sheet.write(
        row,
        index + 1,
        scriptEntry(value, cell.numberFormat, this.#env.model.timeZone, nowOf(this.#env)),
      );
    });
    this.#env.counter.cellsWritten += rowContents.length;
    return this;
  }

  getFrozenRows(): number {
    return this.#sheet.frozenRows;
  }

  setFrozenRows(rows: number): void {
    if (typeof rows !== 'number' || rows < 0)
      throw signatureMismatch(this.#env.realm, [rows], 'SpreadsheetApp.Sheet.setFrozenRows');
    this.#sheet.frozenRows = Math.floor(rows);
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return makeProtection(this.#env, this.#sheet);
  }

  /** Only copies within the same emulated spreadsheet; the copy is named "Copy of <name>". */
  copyTo(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
    if (implOf(spreadsheet, SpreadsheetImpl) === undefined) {
      throw signatureMismatch(this.#env.realm, [spreadsheet], 'SpreadsheetApp.Sheet.copyTo');
    }
    const base = `Copy of ${this.#sheet.name}`;
    let name = base;
    for (let n = 2; this.#env.model.find(name) !== undefined; n += 1) name = `${base} ${n}`;
    return makeSheet(this.#env, this.#env.model.adoptCopy(this.#sheet, name));
  }

  /** Content and formats go; notes and data validation stay (contract §2, live-tested by gas-fakes). */
  clear(): this {
    for (const [row, column, cell] of this.#sheet.cells()) {
      clearCell(cell);
      this.#sheet.touched(row, column);
    }
    return this;
  }

  clearContents(): this {
    for (const [row, column, cell] of this.#sheet.cells()) {
      cell.value = '';
      cell.formula = '';
      this.#sheet.touched(row, column);
    }
    return this;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.#checkColumnPosition(columnPosition);
    this.#sheet.columnWidths.set(columnPosition, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c += 1) {
      this.#checkColumnPosition(c);
      this.#sheet.columnWidths.set(c, width);
    }
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    return this.#sheet.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** No text metrics here: widths are left as they are. */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this.#checkColumnPosition(startColumn);
    this.#checkColumnPosition(startColumn + numColumns - 1);
    return this;
  }

  hideSheet(): this {
    if (this.#sheet.hidden) return this;
    const visible = this.#env.model.sheets.filter((sheet) => !sheet.hidden);
    // The documented behaviour is a throw; the wording is not documented (contract §2).
    if (visible.length <= 1) throw this.#fail("You can't hide all the sheets in a document.");
    this.#sheet.hidden = true;
    return this;
  }

  showSheet(): this {
    this.#sheet.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.#sheet.hidden;
  }

  activate(): this {
    this.#sheet.hidden = false;
    this.#env.model.setActiveSheet(this.#sheet);
    return this;
  }

  /** A builder whose chart belongs to this tab; nothing is drawn until insertChart (contract §14). */
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return makeChartBuilder(this.#env, this.#sheet, blankChartSpec());
  }

  #chartArg(chart: unknown, method: string): EmbeddedChartImpl {
    const impl = implOf(chart, EmbeddedChartImpl);
    if (impl === undefined) throw signatureMismatch(this.#env.realm, [chart], `SpreadsheetApp.Sheet.${method}`);
    return impl;
  }

  /** Places a new chart with a new id; the object passed keeps a null id (re-read it with getCharts). */
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const spec = this.#chartArg(chart, 'insertChart').spec;
    spec.id = newChartId(this.#env.model);
    placeChart(this.#sheet, spec);
  }

  /** Replaces the chart with the same id, in place: the id and the order of getCharts() stay. */
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const spec = this.#chartArg(chart, 'updateChart').spec;
    const at = spec.id === null ? -1 : unplaceChart(this.#sheet, spec.id);
    // What Sheets does with a chart that is not on this tab is not documented.
    if (at < 0) throw notEmulated(this.#env.realm, 'Sheet.updateChart(a chart that is not on this sheet)');
    placeChart(this.#sheet, spec, at);
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const { id } = this.#chartArg(chart, 'removeChart').spec;
    if (id === null || unplaceChart(this.#sheet, id) < 0)
      throw notEmulated(this.#env.realm, 'Sheet.removeChart(a chart that is not on this sheet)');
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return realmArray(
      this.#env.realm,
      this.#sheet.charts.map((spec) => makeEmbeddedChart(this.#env, this.#sheet, spec)),
    );
  }

  #lines(index: unknown, count: unknown, method: string, limit: number): number[] {
    const args = count === undefined ? [index] : [index, count];
    if (!args.every((arg) => typeof arg === 'number' && Number.isFinite(arg)))
      throw signatureMismatch(this.#env.realm, args, `SpreadsheetApp.Sheet.${method}`);
    const first = Math.floor(index as number);
    const size = count === undefined ? 1 : Math.floor(count as number);
    if (first < 1 || size < 1 || first + size - 1 > limit)
      throw this.#fail(`Those ${method.includes('Column') ? 'columns' : 'rows'} are out of bounds.`);
    return Array.from({ length: size }, (_, i) => first + i);
  }

  #rangeBox(range: unknown, method: string): Box {
    const impl = implOf(range, RangeImpl);
    if (impl === undefined || impl.sheetModel !== this.#sheet)
      throw signatureMismatch(this.#env.realm, [range], `SpreadsheetApp.Sheet.${method}`);
    return impl.box;
  }

  hideRows(rowIndex: number, numRows?: number): void {
    for (const row of this.#lines(rowIndex, numRows, 'hideRows', this.#sheet.maxRows)) this.#sheet.hiddenRows.add(row);
  }

  showRows(rowIndex: number, numRows?: number): void {
    for (const row of this.#lines(rowIndex, numRows, 'showRows', this.#sheet.maxRows))
      this.#sheet.hiddenRows.delete(row);
  }

  hideRow(row: GoogleAppsScript.Spreadsheet.Range): void {
    const box = this.#rangeBox(row, 'hideRow');
    for (let r = box.row; r < box.row + box.numRows; r += 1) this.#sheet.hiddenRows.add(r);
  }

  unhideRow(row: GoogleAppsScript.Spreadsheet.Range): void {
    const box = this.#rangeBox(row, 'unhideRow');
    for (let r = box.row; r < box.row + box.numRows; r += 1) this.#sheet.hiddenRows.delete(r);
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    return this.#sheet.hiddenRows.has(rowPosition);
  }

  hideColumns(columnIndex: number, numColumns?: number): void {
    for (const column of this.#lines(columnIndex, numColumns, 'hideColumns', this.#sheet.maxColumns))
      this.#sheet.hiddenColumns.add(column);
  }

  showColumns(columnIndex: number, numColumns?: number): void {
    for (const column of this.#lines(columnIndex, numColumns, 'showColumns', this.#sheet.maxColumns))
      this.#sheet.hiddenColumns.delete(column);
  }

  hideColumn(column: GoogleAppsScript.Spreadsheet.Range): void {
    const box = this.#rangeBox(column, 'hideColumn');
    for (let c = box.column; c < box.column + box.numColumns; c += 1) this.#sheet.hiddenColumns.add(c);
  }

  unhideColumn(column: GoogleAppsScript.Spreadsheet.Range): void {
    const box = this.#rangeBox(column, 'unhideColumn');
    for (let c = box.column; c < box.column + box.numColumns; c += 1) this.#sheet.hiddenColumns.delete(c);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.#sheet.hiddenColumns.has(columnPosition);
  }
}
