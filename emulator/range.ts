// Range: values, formulas, formats, validation and geometry over one rectangle of a SheetModel.
// Reads hand back realm arrays and realm Dates; writes copy what the script passed and never fire onEdit.
import { rangeA1 } from './a1';
import type { Shape } from './apiShape';
import type { Cell, CellValue, ValidationRule } from './cells';
import { clearCell, copyRuleValues } from './cells';
import { DEFAULT_BACKGROUND, normaliseColor } from './colors';
import { DataValidationImpl, makeDataValidation } from './dataValidation';
import { checkCellLimit } from './cellLimit';
import type { Env } from './env';
import { nowOf } from './env';
import { exception, notEmulated, signatureMismatch } from './errors';
import { DEFAULT_NUMBER_FORMAT, displayText, normaliseFormat } from './numberFormat';
import { emulate, implOf } from './proxy';
import type { Box } from './rangeBounds';
import { checkBox, OUTSIDE } from './rangeBounds';
import { isDate, realmDate, realmGrid } from './realm';
import { makeSheet } from './sheet';
import type { SheetModel } from './sheetModel';
import { scriptEntry } from './typedInput';
import { scriptText } from './scriptText';

type RangeApi = Shape<
  Pick<
    GoogleAppsScript.Spreadsheet.Range,
    | 'getValues'
    | 'getValue'
    | 'setValues'
    | 'setValue'
    | 'getFormulas'
    | 'getFormula'
    | 'setFormula'
    | 'setFormulas'
    | 'getDisplayValues'
    | 'getDisplayValue'
    | 'getBackgrounds'
    | 'getBackground'
    | 'setBackgrounds'
    | 'setBackground'
    | 'getNumberFormats'
    | 'getNumberFormat'
    | 'setNumberFormat'
    | 'setNumberFormats'
    | 'setDataValidation'
    | 'setDataValidations'
    | 'getDataValidation'
    | 'getDataValidations'
    | 'clearDataValidations'
    | 'insertCheckboxes'
    | 'isChecked'
    | 'check'
    | 'uncheck'
    | 'setFontWeight'
    | 'setFontWeights'
    | 'getFontWeight'
    | 'getFontWeights'
    | 'setFontColor'
    | 'setFontColors'
    | 'getFontColor'
    | 'getFontColors'
    | 'setNote'
    | 'getNote'
    | 'setNotes'
    | 'getNotes'
    | 'setWrap'
    | 'getRow'
    | 'getRowIndex'
    | 'getColumn'
    | 'getNumRows'
    | 'getNumColumns'
    | 'getLastRow'
    | 'getLastColumn'
    | 'getA1Notation'
    | 'getSheet'
    | 'getCell'
    | 'offset'
    | 'activate'
    | 'clearContent'
    | 'clear'
  >
>;

export function makeRange(env: Env, sheet: SheetModel, box: Box): GoogleAppsScript.Spreadsheet.Range {
  return emulate('Range', new RangeImpl(env, sheet, box), env) as unknown as GoogleAppsScript.Spreadsheet.Range;
}

/** setValues, setFormulas… demand exactly the range's shape, rows first, then every row's width. */
function checkGrid(env: Env, grid: unknown, box: Box, method: string): readonly (readonly unknown[])[] {
  if (!Array.isArray(grid) || grid.some((row) => !Array.isArray(row))) {
    const first: unknown = Array.isArray(grid) ? grid[0] : grid;
    const described = Array.isArray(grid) ? `${typeof first === 'string' ? 'String' : typeof first}[]` : 'Object';
    throw exception(
      env.realm,
      `The parameters (${described}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  const rows = grid as unknown[][];
  if (rows.length !== box.numRows) {
    throw exception(
      env.realm,
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${box.numRows}.`,
    );
  }
  for (const row of rows) {
    if (row.length !== box.numColumns) {
      throw exception(
        env.realm,
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${box.numColumns}.`,
      );
    }
  }
  return rows;
}

export class RangeImpl implements RangeApi {
  readonly #env: Env;
  readonly #sheet: SheetModel;
  readonly #box: Box;

  constructor(env: Env, sheet: SheetModel, box: Box) {
    this.#env = env;
    this.#sheet = sheet;
    this.#box = box;
  }

  get sheetModel(): SheetModel {
    return this.#sheet;
  }

  get box(): Box {
    return this.#box;
  }

  #read<T>(pick: (cell: Cell | undefined) => T): T[][] {
    const { row, column, numRows, numColumns } = this.#box;
    const grid: T[][] = [];
    for (let r = 0; r < numRows; r += 1) {
      const line: T[] = [];
      for (let c = 0; c < numColumns; c += 1) line.push(pick(this.#sheet.get(row + r, column + c)));
      grid.push(line);
    }
    this.#env.counter.cellsRead += numRows * numColumns;
    return grid;
  }

  #readOne<T>(pick: (cell: Cell | undefined) => T): T {
    this.#env.counter.cellsRead += 1;
    return pick(this.#sheet.get(this.#box.row, this.#box.column));
  }

  #write(apply: (cell: Cell, r: number, c: number) => void): void {
    const { row, column, numRows, numColumns } = this.#box;
    for (let r = 0; r < numRows; r += 1) {
      for (let c = 0; c < numColumns; c += 1) apply(this.#sheet.ensure(row + r, column + c), r, c);
    }
    this.#env.counter.cellsWritten += numRows * numColumns;
  }

  #toScript = (cell: Cell | undefined): CellValue => {
    const value = cell?.value ?? '';
    return isDate(value) ? realmDate(this.#env.realm, value.getTime()) : value;
  };

  #grid<T>(rows: T[][]): T[][] {
    return realmGrid(this.#env.realm, rows);
  }

  #storeValue(cell: Cell, r: number, c: number, value: unknown): void {
    this.#sheet.write(
      this.#box.row + r,
      this.#box.column + c,
      scriptEntry(value, cell.numberFormat, this.#env.model.timeZone, nowOf(this.#env)),
    );
  }

  #color(color: unknown): string | null {
    if (color === null || color === undefined) return null;
    const normalised = normaliseColor(scriptText(color));
    if (normalised === undefined) throw notEmulated(this.#env.realm, `colour ${JSON.stringify(color)}`);
    return normalised;
  }

  #rule(rule: unknown, method: string): ValidationRule | null {
    if (rule === null) return null;
    const impl = implOf(rule, DataValidationImpl);
    if (impl === undefined) throw signatureMismatch(this.#env.realm, [rule], `SpreadsheetApp.Range.${method}`);
    return impl.rule;
  }

  // values

  getValues(): CellValue[][] {
    return this.#grid(this.#read(this.#toScript));
  }

  getValue(): CellValue {
    return this.#readOne(this.#toScript);
  }

  setValues(values: unknown[][]): this {
    const rows = checkGrid(this.#env, values, this.#box, 'setValues');
    checkCellLimit(this.#env.realm, rows.flat());
    this.#write((cell, r, c) => this.#storeValue(cell, r, c, rows[r]?.[c]));
    return this;
  }

  setValue(value: unknown): this {
    checkCellLimit(this.#env.realm, [value]);
    this.#write((cell, r, c) => this.#storeValue(cell, r, c, value));
    return this;
  }

  getDisplayValues(): string[][] {
    const zone = this.#env.model.timeZone;
    return this.#grid(this.#read((cell) => displayText(cell?.value ?? '', cell?.numberFormat ?? null, zone)));
  }

  getDisplayValue(): string {
    const zone = this.#env.model.timeZone;
    return this.#readOne((cell) => displayText(cell?.value ?? '', cell?.numberFormat ?? null, zone));
  }

  clearContent(): this {
    this.#write((cell, r, c) => {
      cell.value = '';
      cell.formula = '';
      this.#sheet.touched(this.#box.row + r, this.#box.column + c);
    });
    return this;
  }

  /** Contents and formats go; notes and data validation stay (contract §2 clear()). */
  clear(): this {
    this.#write((cell, r, c) => {
      clearCell(cell);
      this.#sheet.touched(this.#box.row + r, this.#box.column + c);
    });
    return this;
  }

  // formulas

  getFormulas(): string[][] {
    return this.#grid(this.#read((cell) => cell?.formula ?? ''));
  }

  getFormula(): string {
    return this.#readOne((cell) => cell?.formula ?? '');
  }

  #storeFormula(r: number, c: number, formula: unknown): void {
    const text = formula === null || formula === undefined ? '' : scriptText(formula);
    this.#sheet.write(
      this.#box.row + r,
      this.#box.column + c,
      text === '' ? { kind: 'clear' } : { kind: 'formula', formula: text },
    );
  }

  setFormula(formula: string): this {
    checkCellLimit(this.#env.realm, [formula]);
    this.#write((_cell, r, c) => this.#storeFormula(r, c, formula));
    return this;
  }

  setFormulas(formulas: string[][]): this {
    const rows = checkGrid(this.#env, formulas, this.#box, 'setFormulas');
    checkCellLimit(this.#env.realm, rows.flat());
    this.#write((_cell, r, c) => this.#storeFormula(r, c, rows[r]?.[c]));
    return this;
  }

  // backgrounds

  getBackgrounds(): string[][] {
    return this.#grid(this.#read((cell) => cell?.background ?? DEFAULT_BACKGROUND));
  }

  getBackground(): string {
    return this.#readOne((cell) => cell?.background ?? DEFAULT_BACKGROUND);
  }

  setBackground(color: string | null): this {
    const normalised = this.#color(color);
    this.#write((cell) => {
      cell.background = normalised;
    });
    return this;
  }

  setBackgrounds(colors: (string | null)[][]): this {
    const rows = checkGrid(this.#env, colors, this.#box, 'setBackgrounds');
    const normalised = rows.map((row) => row.map((color) => this.#color(color)));
    this.#write((cell, r, c) => {
      cell.background = normalised[r]?.[c] ?? null;
    });
    return this;
  }

  // number formats

  getNumberFormats(): string[][] {
    return this.#grid(this.#read((cell) => cell?.numberFormat ?? DEFAULT_NUMBER_FORMAT));
  }

  getNumberFormat(): string {
    return this.#readOne((cell) => cell?.numberFormat ?? DEFAULT_NUMBER_FORMAT);
  }

  setNumberFormat(numberFormat: unknown): this {
    const format = normaliseFormat(String(numberFormat));
    this.#write((cell) => {
      cell.numberFormat = format;
    });
    return this;
  }

  setNumberFormats(numberFormats: string[][]): this {
    const rows = checkGrid(this.#env, numberFormats, this.#box, 'setNumberFormats');
    this.#write((cell, r, c) => {
      cell.numberFormat = normaliseFormat(scriptText(rows[r]?.[c] ?? ''));
    });
    return this;
  }

  // data validation and checkboxes

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): this {
    const data = this.#rule(rule, 'setDataValidation');
    this.#write((cell) => {
      cell.validation = data;
    });
    return this;
  }

  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): this {
    const rows = checkGrid(this.#env, rules, this.#box, 'setDataValidations');
    const data = rows.map((row) => row.map((rule) => this.#rule(rule, 'setDataValidations')));
    this.#write((cell, r, c) => {
      cell.validation = data[r]?.[c] ?? null;
    });
    return this;
  }

  #validationOf = (cell: Cell | undefined): GoogleAppsScript.Spreadsheet.DataValidation | null =>
    cell?.validation ? makeDataValidation(this.#env, cell.validation) : null;

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return this.#readOne(this.#validationOf);
  }

  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    return this.#grid(this.#read(this.#validationOf));
  }

  clearDataValidations(): this {
    this.#write((cell) => {
      cell.validation = null;
    });
    return this;
  }

  /** No arguments: TRUE/FALSE boxes, every cell set to false; one: unchecked is ''; two: cells get the unchecked value. */
  insertCheckboxes(...args: unknown[]): this {
    const values = copyRuleValues(args.slice(0, 2));
    const unchecked: unknown = args.length === 0 ? false : args.length === 1 ? '' : args[1];
    const rule: ValidationRule = { criteria: 'CHECKBOX', values, allowInvalid: true, helpText: '' };
    this.#write((cell, r, c) => {
      cell.validation = rule;
      this.#sheet.write(this.#box.row + r, this.#box.column + c, scriptEntry(unchecked, '@', this.#env.model.timeZone));
    });
    return this;
  }

  #checkboxState(cell: Cell | undefined): 'checked' | 'unchecked' | 'neither' {
    const rule = cell?.validation;
    if (rule?.criteria !== 'CHECKBOX') return 'neither';
    const checked = rule.values.length === 0 ? true : rule.values[0];
    const unchecked = rule.values.length === 0 ? false : rule.values.length === 1 ? '' : rule.values[1];
    if (cell?.value === checked) return 'checked';
    if (cell?.value === unchecked) return 'unchecked';
    return 'neither';
  }

  /** true if all checked, false if all unchecked, null if mixed or any cell is not a checkbox. */
  isChecked(): boolean | null {
    const states = new Set(this.#read((cell) => this.#checkboxState(cell)).flat());
    if (states.size !== 1 || states.has('neither')) return null;
    return states.has('checked');
  }

  #setChecked(checked: boolean): void {
    this.#write((cell, r, c) => {
      const rule = cell.validation;
      if (rule?.criteria !== 'CHECKBOX') return;
      const value = checked
        ? rule.values.length === 0
          ? true
          : rule.values[0]
        : rule.values.length === 0
          ? false
          : rule.values.length === 1
            ? ''
            : rule.values[1];
      this.#sheet.write(this.#box.row + r, this.#box.column + c, scriptEntry(value, '@', this.#env.model.timeZone));
    });
  }

  check(): this {
    this.#setChecked(true);
    return this;
  }

  uncheck(): this {
    this.#setChecked(false);
    return this;
  }

  // fonts, notes, wrap

  setFontWeight(fontWeight: unknown): this {
    this.#write((cell) => {
      cell.fontWeight = fontWeight === null ? null : scriptText(fontWeight);
    });
    return this;
  }

  setFontWeights(fontWeights: (string | null)[][]): this {
    const rows = checkGrid(this.#env, fontWeights, this.#box, 'setFontWeights');
    this.#write((cell, r, c) => {
      const weight = rows[r]?.[c];
      cell.fontWeight = weight === null || weight === undefined ? null : scriptText(weight);
    });
    return this;
  }

  getFontWeight(): string {
    return this.#readOne((cell) => cell?.fontWeight ?? 'normal');
  }

  getFontWeights(): string[][] {
    return this.#grid(this.#read((cell) => cell?.fontWeight ?? 'normal'));
  }

  setFontColor(color: string | null): this {
    const normalised = this.#color(color);
    this.#write((cell) => {
      cell.fontColor = normalised;
    });
    return this;
  }

  getFontColor(): string {
    return this.#readOne((cell) => cell?.fontColor ?? '#000000');
  }

  setFontColors(colors: (string | null)[][]): this {
    const rows = checkGrid(this.#env, colors, this.#box, 'setFontColors');
    const normalised = rows.map((row) => row.map((color) => this.#color(color)));
    this.#write((cell, r, c) => {
      cell.fontColor = normalised[r]?.[c] ?? null;
    });
    return this;
  }

  getFontColors(): string[][] {
    return this.#grid(this.#read((cell) => cell?.fontColor ?? '#000000'));
  }

  setNote(note: unknown): this {
    checkCellLimit(this.#env.realm, [note]);
    this.#write((cell) => {
      cell.note = note === null || note === undefined ? '' : scriptText(note);
    });
    return this;
  }

  /** Quirk kept from live Sheets: a numeric note set through setNotes reads back as '25.0'. */
  setNotes(notes: (string | null)[][]): this {
    const rows = checkGrid(this.#env, notes, this.#box, 'setNotes');
    checkCellLimit(this.#env.realm, rows.flat());
    this.#write((cell, r, c) => {
      const note: unknown = rows[r]?.[c];
      cell.note =
        note === null || note === undefined
          ? ''
          : typeof note === 'number' && Number.isInteger(note)
            ? `${note}.0`
            : scriptText(note);
    });
    return this;
  }

  getNote(): string {
    return this.#readOne((cell) => cell?.note ?? '');
  }

  getNotes(): string[][] {
    return this.#grid(this.#read((cell) => cell?.note ?? ''));
  }

  setWrap(isWrapEnabled: unknown): this {
    this.#write((cell) => {
      cell.wrap = Boolean(isWrapEnabled);
    });
    return this;
  }

  // geometry

  getRow(): number {
    return this.#box.row;
  }

  getRowIndex(): number {
    return this.#box.row;
  }

  getColumn(): number {
    return this.#box.column;
  }

  getNumRows(): number {
    return this.#box.numRows;
  }

  getNumColumns(): number {
    return this.#box.numColumns;
  }

  /** The range's own end row, not the sheet's last row with content. */
  getLastRow(): number {
    return this.#box.row + this.#box.numRows - 1;
  }

  getLastColumn(): number {
    return this.#box.column + this.#box.numColumns - 1;
  }

  getA1Notation(): string {
    const { row, column, numRows, numColumns } = this.#box;
    return rangeA1(row, column, numRows, numColumns);
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return makeSheet(this.#env, this.#sheet);
  }

  getCell(row: number, column: number): GoogleAppsScript.Spreadsheet.Range {
    if (row < 1 || column < 1 || row > this.#box.numRows || column > this.#box.numColumns) {
      throw exception(this.#env.realm, OUTSIDE);
    }
    return makeRange(this.#env, this.#sheet, {
      row: this.#box.row + row - 1,
      column: this.#box.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }

  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): GoogleAppsScript.Spreadsheet.Range {
    const box = checkBox(this.#env.realm, this.#sheet, {
      row: this.#box.row + rowOffset,
      column: this.#box.column + columnOffset,
      numRows: numRows ?? this.#box.numRows,
      numColumns: numColumns ?? this.#box.numColumns,
    });
    return makeRange(this.#env, this.#sheet, box);
  }

  activate(): this {
    this.#env.model.select({ sheet: this.#sheet, ...this.#box });
    return this;
  }
}
