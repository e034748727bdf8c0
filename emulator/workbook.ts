// The fixture API: how tests set up a document and inspect it afterwards. Nothing here is counted or
// checked against an auth mode, and nothing fires triggers: it is the test's hand, not the script's.
import { cellA1, parseA1, rangeA1 } from './a1';
import type { Cell, CellValue } from './cells';
import { copyRuleValues, copyValue } from './cells';
import type { ChartSnapshot } from './chartSnapshot';
import { chartToJSON } from './chartSnapshot';
import { DEFAULT_BACKGROUND } from './colors';
import { DEFAULT_NUMBER_FORMAT, displayText, normaliseFormat } from './numberFormat';
import type { SheetModel } from './sheetModel';
import { DEFAULT_COLUMNS, DEFAULT_ROWS } from './sheetModel';
import type { FormulaError } from './formulaEngine';
import { allowImport, urlOf } from './importRange';
import { WorkbookModel } from './workbookModel';

export interface SheetFixture {
  values: CellValue[][];
  /**
   * By A1 cell: the formula and the value it shows. A value other than '' is a cached result, as in a file
   * saved by Sheets: it stays until the cell or something it depends on changes; '' means compute it now.
   */
  formulas?: Record<string, { formula: string; value: CellValue }>;
  /** By A1 cell or range ('C2:C9'). */
  numberFormats?: Record<string, string>;
  frozenRows?: number;
  /** Grid rows (default 1000, at least the rows given): a tab trimmed to its data has no spare rows. */
  maxRows?: number;
}

export interface CellView {
  readonly value: CellValue;
  readonly formula: string;
  readonly background: string;
  readonly numberFormat: string;
  readonly note: string;
  readonly fontWeight: string;
  readonly fontColor: string;
}

export interface ValidationView {
  readonly criteria: string;
  readonly values: unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export interface SheetView {
  values(): CellValue[][];
  formulas(): string[][];
  backgrounds(): string[][];
  numberFormats(): string[][];
  displayValues(): string[][];
  readonly frozenRows: number;
  readonly protection: { warningOnly: boolean; description: string } | null;
  readonly hidden: boolean;
  /** 1-based columns a script hid, in order. */
  readonly hiddenColumns: number[];
  readonly maxRows: number;
  readonly maxColumns: number;
  validation(a1: string): ValidationView | null;
  cell(a1: string): CellView;
  /** The error a formula cell shows and its hover message (e.g. a custom function's thrown message). */
  formulaError(a1: string): FormulaError | null;
}

const models = new WeakMap<Workbook, WorkbookModel>();

/** The document behind a workbook, for the loader and the services. */
export function modelOf(workbook: Workbook): WorkbookModel {
  const model = models.get(workbook);
  if (model === undefined) throw new Error('not a workbook made by createWorkbook');
  return model;
}

function cellsOf(a1: string): { row: number; column: number }[] {
  const ref = parseA1(a1);
  if (ref === null || ref.lastRow === null || ref.lastColumn === null)
    throw new Error(`bad A1 reference in fixture: ${a1}`);
  const cells: { row: number; column: number }[] = [];
  for (let row = ref.row; row <= ref.lastRow; row += 1) {
    for (let column = ref.column; column <= ref.lastColumn; column += 1) cells.push({ row, column });
  }
  return cells;
}

function single(a1: string): { row: number; column: number } {
  const [first, ...rest] = cellsOf(a1);
  if (first === undefined || rest.length > 0) throw new Error(`expected one cell, got ${a1}`);
  return first;
}

function cellView(cell: Cell | undefined): CellView {
  return {
    value: copyValue(cell?.value ?? ''),
    formula: cell?.formula ?? '',
    background: cell?.background ?? DEFAULT_BACKGROUND,
    numberFormat: cell?.numberFormat ?? DEFAULT_NUMBER_FORMAT,
    note: cell?.note ?? '',
    fontWeight: cell?.fontWeight ?? 'normal',
    fontColor: cell?.fontColor ?? '#000000',
  };
}

export class Workbook {
  constructor(model: WorkbookModel) {
    models.set(this, model);
  }

  #sheet(name: string): SheetModel {
    const sheet = modelOf(this).find(name);
    if (sheet === undefined)
      throw new Error(`no sheet named ${JSON.stringify(name)}; have ${JSON.stringify(this.sheetNames())}`);
    return sheet;
  }

  addSheet(name: string, fixture?: SheetFixture): this {
    const model = modelOf(this);
    if (model.find(name) !== undefined) throw new Error(`sheet ${JSON.stringify(name)} already exists`);
    const values = fixture?.values ?? [];
    const width = Math.max(0, ...values.map((row) => row.length));
    const sheet = model.addSheet(
      name,
      model.sheets.length,
      Math.max(fixture?.maxRows ?? DEFAULT_ROWS, values.length),
      Math.max(DEFAULT_COLUMNS, width),
    );
    values.forEach((row, r) =>
      // Fixtures from JavaScript or JSON may hold null or undefined for a blank cell.
      row.forEach((value: CellValue | null | undefined, c) => {
        if (value !== '' && value !== null && value !== undefined) {
          sheet.ensure(r + 1, c + 1).value = copyValue(value);
          sheet.touched(r + 1, c + 1);
        }
      }),
    );
    for (const [a1, format] of Object.entries(fixture?.numberFormats ?? {})) {
      for (const { row, column } of cellsOf(a1)) sheet.ensure(row, column).numberFormat = normaliseFormat(format);
    }
    for (const [a1, { formula, value }] of Object.entries(fixture?.formulas ?? {})) {
      const { row, column } = single(a1);
      const cell = sheet.ensure(row, column);
      cell.formula = formula;
      cell.value = copyValue(value);
      if (value === '') sheet.touched(row, column);
      else model.formulas.showCached(sheet, row, column);
    }
    sheet.frozenRows = fixture?.frozenRows ?? 0;
    return this;
  }

  sheetNames(): string[] {
    return modelOf(this).sheets.map((sheet) => sheet.name);
  }

  has(name: string): boolean {
    return modelOf(this).find(name) !== undefined;
  }

  /** A view of one tab; grids are trimmed to the data extent (getLastRow × getLastColumn). */
  read(name: string): SheetView {
    const sheet = this.#sheet(name);
    const timeZone = modelOf(this).timeZone;
    const grid = <T>(pick: (cell: Cell | undefined) => T): T[][] => {
      const rows: T[][] = [];
      const lastRow = sheet.lastRow();
      const lastColumn = sheet.lastColumn();
      for (let r = 1; r <= lastRow; r += 1) {
        const line: T[] = [];
        for (let c = 1; c <= lastColumn; c += 1) line.push(pick(sheet.get(r, c)));
        rows.push(line);
      }
      return rows;
    };
    return {
      values: () => grid((cell) => copyValue(cell?.value ?? '')),
      formulas: () => grid((cell) => cell?.formula ?? ''),
      backgrounds: () => grid((cell) => cell?.background ?? DEFAULT_BACKGROUND),
      numberFormats: () => grid((cell) => cell?.numberFormat ?? DEFAULT_NUMBER_FORMAT),
      displayValues: () => grid((cell) => displayText(cell?.value ?? '', cell?.numberFormat ?? null, timeZone)),
      get frozenRows() {
        return sheet.frozenRows;
      },
      get protection() {
        return sheet.protection === null ? null : { ...sheet.protection };
      },
      get hidden() {
        return sheet.hidden;
      },
      get hiddenColumns() {
        return [...sheet.hiddenColumns].sort((a, b) => a - b);
      },
      get maxRows() {
        return sheet.maxRows;
      },
      get maxColumns() {
        return sheet.maxColumns;
      },
      validation: (a1) => {
        const { row, column } = single(a1);
        const rule = sheet.get(row, column)?.validation;
        return rule
          ? {
              criteria: rule.criteria,
              values: copyRuleValues(rule.values),
              allowInvalid: rule.allowInvalid,
              helpText: rule.helpText,
            }
          : null;
      },
      cell: (a1) => {
        const { row, column } = single(a1);
        return cellView(sheet.get(row, column));
      },
      formulaError: (a1) => {
        const { row, column } = single(a1);
        return modelOf(this).formulas.formulaError(sheet, row, column);
      },
    };
  }

  /** The spreadsheet's URL, as IMPORTRANGE takes it and Spreadsheet.getUrl() returns it. */
  url(): string {
    return urlOf(modelOf(this));
  }

  /** A person clicks "Allow access" on an IMPORTRANGE of `source` in this workbook (contract §19). */
  allowImportFrom(source: Workbook): this {
    allowImport(modelOf(this), modelOf(source));
    modelOf(this).formulas.reloadImports();
    return this;
  }

  /**
   * Writes a cell as a fixture: stored as given (strings are not parsed), no trigger fires. With a formula,
   * a value other than '' is its cached result until something it depends on changes; '' computes it.
   */
  setCell(name: string, a1: string, value: CellValue, opts: { formula?: string; numberFormat?: string } = {}): this {
    const { row, column } = single(a1);
    const sheet = this.#sheet(name);
    const cell = sheet.ensure(row, column);
    cell.value = copyValue(value);
    cell.formula = opts.formula ?? '';
    if (opts.numberFormat !== undefined) cell.numberFormat = normaliseFormat(opts.numberFormat);
    if (cell.formula === '' || cell.value === '') sheet.touched(row, column);
    else modelOf(this).formulas.showCached(sheet, row, column);
    return this;
  }

  /** The active tab and the range selected in it (A1 when nothing was selected), as the user sees them. */
  selection(): { sheet: string; a1: string } {
    const { sheet, row, column, numRows, numColumns } = modelOf(this).getSelection();
    return { sheet: sheet.name, a1: rangeA1(row, column, numRows, numColumns) };
  }

  /** A plain snapshot of the whole document, for before/after comparisons. Only non-default cell fields appear. */
  toJSON(): WorkbookSnapshot {
    const model = modelOf(this);
    return {
      name: model.name,
      timeZone: model.timeZone,
      activeSheet: model.getActiveSheet().name,
      sheets: model.sheets.map((sheet) => {
        const cells: Record<string, Record<string, unknown>> = {};
        for (const [row, column, cell] of sheet.cells()) {
          const entry: Record<string, unknown> = {};
          if (cell.value !== '') entry.value = copyValue(cell.value);
          if (cell.formula !== '') entry.formula = cell.formula;
          if (cell.value !== '' && model.formulas.isSpilled(sheet, row, column)) entry.spilled = true;
          if (cell.background !== null) entry.background = cell.background;
          if (cell.numberFormat !== null) entry.numberFormat = cell.numberFormat;
          if (cell.validation !== null)
            entry.validation = { ...cell.validation, values: copyRuleValues(cell.validation.values) };
          if (cell.note !== '') entry.note = cell.note;
          if (cell.fontWeight !== null) entry.fontWeight = cell.fontWeight;
          if (cell.fontColor !== null) entry.fontColor = cell.fontColor;
          if (cell.wrap !== null) entry.wrap = cell.wrap;
          if (Object.keys(entry).length > 0) cells[cellA1(row, column)] = entry;
        }
        return {
          name: sheet.name,
          sheetId: sheet.id,
          maxRows: sheet.maxRows,
          maxColumns: sheet.maxColumns,
          frozenRows: sheet.frozenRows,
          hidden: sheet.hidden,
          protection: sheet.protection === null ? null : { ...sheet.protection },
          cells,
          // Only where there are any, so that the snapshot of a workbook without them keeps its shape.
          ...(sheet.hiddenRows.size > 0 ? { hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b) } : {}),
          ...(sheet.hiddenColumns.size > 0 ? { hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b) } : {}),
          ...(sheet.charts.length > 0 ? { charts: sheet.charts.map((chart) => chartToJSON(chart, model.sheets)) } : {}),
        };
      }),
    };
  }
}

export interface WorkbookSnapshot {
  name: string;
  timeZone: string;
  activeSheet: string;
  sheets: {
    name: string;
    sheetId: number;
    maxRows: number;
    maxColumns: number;
    frozenRows: number;
    hidden: boolean;
    protection: { description: string; warningOnly: boolean } | null;
    cells: Record<string, Record<string, unknown>>;
    hiddenRows?: number[];
    hiddenColumns?: number[];
    charts?: ChartSnapshot[];
  }[];
}

let nextId = 1;

/**
 * A new document; with no sheets given it has one empty 'Sheet1', like a new spreadsheet. `id` pins its id (and
 * so its URL), for a file another workbook's IMPORTRANGE names across restarts (the playground's teams demo).
 */
export function createWorkbook(
  opts: { id?: string; name?: string; timeZone?: string; sheets?: Record<string, SheetFixture> } = {},
): Workbook {
  const id = opts.id ?? `emulated-spreadsheet-${nextId}`;
  nextId += 1;
  const workbook = new Workbook(new WorkbookModel(id, opts.name ?? 'Untitled spreadsheet', opts.timeZone ?? 'Etc/UTC'));
  const sheets = Object.entries(opts.sheets ?? {});
  if (sheets.length === 0) workbook.addSheet('Sheet1');
  for (const [name, fixture] of sheets) workbook.addSheet(name, fixture);
  return workbook;
}
