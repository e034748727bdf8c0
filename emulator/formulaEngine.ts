// Formula evaluation for one workbook, on HyperFormula (a GPL-3.0 dev dependency: the emulator is test
// and playground code, never part of dist/). The model stays the source of truth for what people and
// scripts wrote; HyperFormula mirrors it and owns the dependency graph, so a change recomputes only what
// depends on it. Results are written back into the model's cells, so every read path (getValues, display
// values, snapshots, the playground) sees computed values without knowing the engine exists.
//
// The engine sleeps until a workbook holds its first formula, so documents without formulas cost nothing.
// Changes are queued and settled in one HyperFormula batch on the next read.
import type { ExportedChange, RawCellContent, SimpleCellAddress } from 'hyperformula';
import { DetailedCellError, ErrorType, HyperFormula } from 'hyperformula';
import { cellA1, parseA1 } from './a1';
import type { Cell, CellValue } from './cells';
import { hasContent } from './cells';
import type { LastRowOf } from './formulaText';
import { closeOpenRanges, fromEngineFormula, hasOpenRange, reopenRanges, toEngineFormula } from './formulaText';
import { findBook, IMPORT_NOT_CONNECTED, IMPORT_NOT_FOUND, importAllowed, readersOf, readsFrom } from './importRange';
import { isDateFormat } from './numberFormat';
import { isDate } from './realm';
import { fromSerial, toSerial } from './serialDate';
import type { SheetModel, SheetObserver } from './sheetModel';
import type { CellFunctionHost, CellOutcome } from './sheetsFunctions';
import { errorText, registerCustomFunctions, registerSheetsFunctions } from './sheetsFunctions';
import type { WorkbookModel } from './workbookModel';

/** How the loaded bundle runs one custom function for one cell (emulator/customFunctionRun.ts). */
export interface CustomFunctionRunner {
  readonly names: readonly string[];
  run(name: string, args: unknown[]): { ok: true; value: unknown } | { ok: false; message: string };
}

/** A formula error as Sheets shows it: the value in the cell and the message on hover. */
export interface FormulaError {
  readonly value: string;
  readonly message: string;
}

interface Spill {
  readonly sheet: SheetModel;
  readonly row: number;
  readonly column: number;
  readonly grid: readonly (readonly unknown[])[];
  readonly numRows: number;
  readonly numColumns: number;
}

type Position = readonly [row: number, column: number];
/** Where a cell of `sheet` lands after a change of shape; null when it was deleted. */
type Move = (sheet: SheetModel, row: number, column: number) => Position | null;

const MAX_ROUNDS = 10;
/** HyperFormula's types for a number that is a date or time (DATE(), TODAY(), date arithmetic). */
const DATE_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);

function keyOf(sheet: SheetModel, row: number, column: number): string {
  return `${sheet.id}:${row}:${column}`;
}

function inside(spill: Spill, row: number, column: number): boolean {
  return (
    row >= spill.row &&
    row < spill.row + spill.numRows &&
    column >= spill.column &&
    column < spill.column + spill.numColumns
  );
}

function sameValue(a: CellValue, b: CellValue): boolean {
  return isDate(a) && isDate(b) ? a.getTime() === b.getTime() : a === b;
}

/** A value a custom function returned, as the model stores it. */
function storedValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return new Date(value.getTime());
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  // Anything else reaches the cell as JavaScript would print it.
  if (typeof value === 'bigint' || typeof value === 'symbol') return value.toString();
  return Object.prototype.toString.call(value);
}

/** A 1-D array fills a column (inferred); anything else is a single value. */
function asGrid(value: unknown): unknown[][] | null {
  if (!Array.isArray(value)) return null;
  return (value as unknown[]).map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]));
}

interface Place {
  readonly sheet: SheetModel;
  readonly row: number;
  readonly column: number;
}

/**
 * Queued cells as runs of consecutive rows in one column: HyperFormula takes a block in one call, about 40
 * times faster than cell by cell, and scripts write columns (a Refresh writes each computed column whole).
 */
function columnRuns(places: readonly Place[]): { sheet: SheetModel; column: number; rows: number[] }[] {
  const sorted = [...places].sort((a, b) => a.sheet.id - b.sheet.id || a.column - b.column || a.row - b.row);
  const runs: { sheet: SheetModel; column: number; rows: number[] }[] = [];
  for (const { sheet, row, column } of sorted) {
    const last = runs.at(-1);
    if (last !== undefined && last.sheet === sheet && last.column === column && last.rows.at(-1) === row - 1) {
      last.rows.push(row);
    } else {
      runs.push({ sheet, column, rows: [row] });
    }
  }
  return runs;
}

export class FormulaEngine implements SheetObserver, CellFunctionHost {
  readonly #model: WorkbookModel;
  #hf: HyperFormula | null = null;
  #needsBuild = false;
  #settling = false;
  #runner: CustomFunctionRunner | null = null;
  #clock: () => number = () => Date.now();
  readonly #ids = new Map<SheetModel, number>();
  readonly #sheetsById = new Map<number, SheetModel>();
  readonly #pending = new Map<string, Place>();
  /** Fixture formulas still showing the value the fixture gave them. */
  #cached = new Set<string>();
  #spills = new Map<string, Spill>();
  /** Cells showing part of a built-in array result (SEQUENCE, FILTER, ARRAYFORMULA…), spilled by the engine. */
  #arrayCells = new Set<string>();
  /** Custom-function cells whose answer is a Date: the engine holds its serial, the cell shows the Date. */
  #dateResults = new Set<string>();
  /** Spilling formulas showing #REF! for want of room, by the area they need: freeing it recomputes them. */
  #blocked = new Map<string, Spill>();
  /** Spilling formulas evaluated in the current round: their new spill, or null for none. */
  readonly #evaluated = new Map<string, Spill | null>();
  /** Spilling formulas whose answers were taken out before their tab's cells moved: they spill again. */
  #respill = new Map<string, Place>();
  /** A workbook this one imports from has changed since its imports last loaded. */
  #importsStale = false;

  constructor(model: WorkbookModel) {
    this.#model = model;
  }

  // What the fixture API and the loader call

  /** A fixture formula whose given value shows until the cell or its inputs change. */
  showCached(sheet: SheetModel, row: number, column: number): void {
    this.contentChanged(sheet, row, column);
    this.#cached.add(keyOf(sheet, row, column));
  }

  /** Lets formula cells call the loaded bundle's custom functions; the last loaded bundle wins. */
  useCustomFunctions(runner: CustomFunctionRunner): void {
    this.#runner = runner;
    registerCustomFunctions(runner.names);
    if (this.#hf !== null) this.#rebuildLater();
  }

  /** TODAY() and NOW() follow this clock (the loaded add-on's, pinned in tests). */
  useClock(clock: () => number): void {
    this.#clock = clock;
  }

  /** Recomputes every IMPORTRANGE, as re-entering the formula does in Sheets (after access is granted). */
  reloadImports(): void {
    if (this.#hf === null) return;
    for (const sheet of this.#model.sheets) {
      for (const [row, column, cell] of sheet.cells()) {
        if (/IMPORTRANGE\s*\(/i.test(cell.formula))
          this.#pending.set(keyOf(sheet, row, column), { sheet, row, column });
      }
    }
  }

  /**
   * A workbook this one imports from changed: its imports reload at the next read, as Sheets refreshes open
   * documents after an edit to their source, along chains of IMPORTRANGE too (contract §19).
   */
  sourceChanged(): void {
    if (this.#importsStale) return;
    this.#importsStale = true;
    this.#tellReaders();
  }

  /** Marks the workbooks importing from this one as stale; cheap when nobody does. */
  #tellReaders(): void {
    for (const reader of readersOf(this.#model)) reader.formulas.sourceChanged();
  }

  /** True for a cell showing part of another cell's array result (it holds no content of its own). */
  isSpilled(sheet: SheetModel, row: number, column: number): boolean {
    if (this.#arrayCells.has(keyOf(sheet, row, column))) return true;
    for (const [key, spill] of this.#spills) {
      if (spill.sheet === sheet && inside(spill, row, column) && key !== keyOf(sheet, row, column)) return true;
    }
    return false;
  }

  /** The error a formula cell shows, with Sheets' hover message; null when it shows a value. */
  formulaError(sheet: SheetModel, row: number, column: number): FormulaError | null {
    this.beforeRead();
    const id = this.#ids.get(sheet);
    if (this.#hf === null || id === undefined || sheet.peek(row, column)?.formula === '') return null;
    const value = this.#hf.getCellValue({ sheet: id, row: row - 1, col: column - 1 });
    if (!(value instanceof DetailedCellError)) return null;
    const message = value.message.startsWith('Parsing error') ? 'Formula parse error.' : value.message;
    return { value: errorText(value.type), message };
  }

  // SheetObserver

  contentChanged(sheet: SheetModel, row: number, column: number): void {
    this.#tellReaders();
    const key = keyOf(sheet, row, column);
    this.#cached.delete(key);
    this.#arrayCells.delete(key);
    if (this.#hf === null) {
      if (sheet.peek(row, column)?.formula) this.#needsBuild = true;
      return;
    }
    const ownSpill = this.#spills.get(key);
    if (ownSpill !== undefined) this.#dropSpill(key, ownSpill, null);
    for (const [anchorKey, wanted] of this.#blocked) {
      if (anchorKey !== key && wanted.sheet === sheet && inside(wanted, row, column)) {
        this.#pending.set(anchorKey, { sheet, row: wanted.row, column: wanted.column });
      }
    }
    for (const [anchorKey, spill] of this.#spills) {
      if (spill.sheet !== sheet || !inside(spill, row, column)) continue;
      // Someone wrote into the spill area: the anchor recomputes and now finds it blocked.
      this.#dropSpill(anchorKey, spill, [row, column]);
      this.#pending.set(anchorKey, { sheet, row: spill.row, column: spill.column });
      break;
    }
    this.#pending.set(key, { sheet, row, column });
  }

  beforeRead(): void {
    if (this.#settling) return;
    if (this.#hf === null) {
      if (this.#needsBuild) this.#build();
      return;
    }
    if (this.#importsStale) {
      this.#importsStale = false;
      this.#settling = true;
      try {
        this.reloadImports();
      } finally {
        this.#settling = false;
      }
    }
    if (this.#respill.size > 0) this.#queueRespills();
    if (this.#pending.size > 0) this.#settle();
  }

  beforeShapeChange(sheet: SheetModel, told: boolean): void {
    const hf = this.#hf;
    const id = this.#ids.get(sheet);
    if (hf === null || id === undefined || this.#settling) return;
    let dropped = false;
    for (const [key, spill] of this.#spills) {
      if (spill.sheet !== sheet) continue;
      this.#dropSpill(key, spill, null);
      this.#respill.set(key, { sheet, row: spill.row, column: spill.column });
      dropped = true;
    }
    // The emptied cells reach the engine now, where they stand, before rows move under them.
    if (dropped) this.#settle();
    // HyperFormula moves its own array results on an insert or delete; cells moved behind its back (a move,
    // a sort, an undo) leave them empty in the model, and their formulas compute them again.
    if (told) return;
    // Nothing may settle (and spill again) until the cells have moved.
    this.#settling = true;
    try {
      for (const [row, column, cell] of sheet.cells()) {
        const key = keyOf(sheet, row, column);
        if (this.#arrayCells.delete(key)) {
          if (cell.formula === '') cell.value = '';
        } else if (cell.formula !== '' && hf.isCellPartOfArray({ sheet: id, row: row - 1, col: column - 1 })) {
          this.#respill.set(key, { sheet, row, column });
        }
      }
    } finally {
      this.#settling = false;
    }
  }

  #queueRespills(): void {
    for (const [key, place] of this.#respill) {
      if (this.#ids.has(place.sheet) && place.sheet.peek(place.row, place.column)?.formula) {
        this.#pending.set(key, place);
      }
    }
    this.#respill.clear();
  }

  renamed(sheet: SheetModel): void {
    this.#tellReaders();
    const id = this.#ids.get(sheet);
    if (this.#hf === null || id === undefined) return;
    const hf = this.#hf;
    this.#reshape(
      (_sheet, row, column) => [row, column],
      () => {
        hf.renameSheet(id, sheet.name);
        return [];
      },
    );
  }

  rowsInserted(sheet: SheetModel, at: number, count: number): void {
    this.#shapeChange(
      sheet,
      (s, row, column) => (s === sheet && row >= at ? [row + count, column] : [row, column]),
      (hf, id) => (hf.isItPossibleToAddRows(id, [at - 1, count]) ? hf.addRows(id, [at - 1, count]) : []),
    );
    this.gridResized();
  }

  rowsDeleted(sheet: SheetModel, at: number, count: number): void {
    this.#shapeChange(
      sheet,
      (s, row, column) => (s !== sheet || row < at ? [row, column] : row < at + count ? null : [row - count, column]),
      (hf, id) => (hf.isItPossibleToRemoveRows(id, [at - 1, count]) ? hf.removeRows(id, [at - 1, count]) : []),
    );
    this.gridResized();
  }

  /** A tab's last row moved (rows added at its end, appendRow on a full grid): open-ended ranges follow it. */
  gridResized(): void {
    if (this.#hf === null) return;
    this.#settling = true;
    try {
      for (const sheet of this.#ids.keys()) {
        for (const [row, column, cell] of sheet.cells()) {
          if (cell.formula !== '' && hasOpenRange(cell.formula)) {
            this.#pending.set(keyOf(sheet, row, column), { sheet, row, column });
          }
        }
      }
    } finally {
      this.#settling = false;
    }
  }

  columnsInserted(sheet: SheetModel, at: number, count: number): void {
    this.#shapeChange(
      sheet,
      (s, row, column) => (s === sheet && column >= at ? [row, column + count] : [row, column]),
      (hf, id) => (hf.isItPossibleToAddColumns(id, [at - 1, count]) ? hf.addColumns(id, [at - 1, count]) : []),
    );
  }

  columnsDeleted(sheet: SheetModel, at: number, count: number): void {
    this.#shapeChange(
      sheet,
      (s, row, column) =>
        s !== sheet || column < at ? [row, column] : column < at + count ? null : [row, column - count],
      (hf, id) => (hf.isItPossibleToRemoveColumns(id, [at - 1, count]) ? hf.removeColumns(id, [at - 1, count]) : []),
    );
  }

  // WorkbookModel's tabs

  /** A new tab; a copy keeps the cached fixture values of the tab it copies, as the formulas are the same. */
  sheetAdded(sheet: SheetModel, copyOf?: SheetModel): void {
    sheet.observer = this;
    this.#tellReaders();
    if (copyOf !== undefined) {
      for (const [row, column] of copyOf.cells()) {
        if (this.#cached.has(keyOf(copyOf, row, column))) this.#cached.add(keyOf(sheet, row, column));
      }
    }
    if (this.#hf === null) {
      for (const [, , cell] of sheet.cells()) if (cell.formula !== '') this.#needsBuild = true;
      return;
    }
    this.beforeRead();
    const hf = this.#hf;
    this.#reshape(
      (_sheet, row, column) => [row, column],
      () => {
        this.#addToEngine(hf, sheet);
        return [];
      },
    );
    // HyperFormula re-links formulas that named this tab before it existed without reporting them as changes.
    this.#settling = true;
    try {
      for (const [other, id] of this.#ids) {
        for (const [row, column, cell] of other.cells()) {
          if (cell.formula === '' || this.#cached.has(keyOf(other, row, column))) continue;
          const address = { sheet: id, row: row - 1, col: column - 1 };
          cell.value = this.#result(hf.getCellValue(address), cell, address);
        }
      }
    } finally {
      this.#settling = false;
    }
    for (const [row, column] of sheet.cells()) this.#pending.set(keyOf(sheet, row, column), { sheet, row, column });
  }

  sheetRemoved(sheet: SheetModel): void {
    sheet.observer = null;
    this.#tellReaders();
    const id = this.#ids.get(sheet);
    if (this.#hf === null || id === undefined) return;
    this.beforeRead();
    const hf = this.#hf;
    for (const [key, spill] of this.#spills) if (spill.sheet === sheet) this.#spills.delete(key);
    for (const [key, wanted] of this.#blocked) if (wanted.sheet === sheet) this.#blocked.delete(key);
    this.#reshape(
      (s, row, column) => (s === sheet ? null : [row, column]),
      () => {
        const changes = hf.removeSheet(id);
        this.#ids.delete(sheet);
        this.#sheetsById.delete(id);
        return changes;
      },
    );
  }

  // CellFunctionHost: what the plugins ask

  isDateCell(at: SimpleCellAddress): boolean {
    const format = this.#sheetsById.get(at.sheet)?.peek(at.row + 1, at.col + 1)?.numberFormat;
    return format !== null && format !== undefined && isDateFormat(format);
  }

  nowSerial(): number {
    return toSerial(this.#clock(), this.#model.timeZone);
  }

  dateOf(serial: number): Date {
    // A serial computed in floating point (NOW(), a time plus a duration) is a hair off a whole second.
    return new Date(fromSerial(Math.round(serial * 86_400) / 86_400, this.#model.timeZone));
  }

  customFunction(name: string, args: unknown[], at: SimpleCellAddress): CellOutcome {
    const runner = this.#runner;
    const sheet = this.#sheetsById.get(at.sheet);
    if (sheet !== undefined) this.#forget(keyOf(sheet, at.row + 1, at.col + 1));
    const actual = runner?.names.find((candidate) => candidate.toUpperCase() === name);
    if (runner === null || actual === undefined) {
      return { error: ErrorType.NAME, message: `Unknown function: '${name}'.` };
    }
    const outcome = runner.run(actual, args);
    if (!outcome.ok) return { error: ErrorType.ERROR, message: outcome.message };
    return this.#spillOrValue(outcome.value, at);
  }

  importRange(url: unknown, range: unknown, at: SimpleCellAddress): CellOutcome {
    const sheet = this.#sheetsById.get(at.sheet);
    if (sheet !== undefined) this.#forget(keyOf(sheet, at.row + 1, at.col + 1));
    const source = findBook(String(url));
    if (source === undefined) return { error: ErrorType.REF, message: IMPORT_NOT_FOUND };
    readsFrom(this.#model, source);
    if (!importAllowed(this.#model, source)) return { error: ErrorType.REF, message: IMPORT_NOT_CONNECTED };
    const text = String(range);
    const bang = text.lastIndexOf('!');
    const tabName =
      bang < 0
        ? undefined
        : text
            .slice(0, bang)
            .replace(/^'(.*)'$/, '$1')
            .replace(/''/g, "'");
    const tab = tabName === undefined ? source.sheets[0] : source.find(tabName);
    const ref = parseA1(text.slice(bang + 1));
    if (tab === undefined || ref === null) return { error: ErrorType.REF, message: `Unable to parse range: ${text}` };
    const lastRow = ref.lastRow ?? tab.lastRow();
    const lastColumn = ref.lastColumn ?? tab.lastColumn();
    const grid: CellValue[][] = [];
    for (let row = ref.row; row <= lastRow; row += 1) {
      const line: CellValue[] = [];
      for (let column = ref.column; column <= lastColumn; column += 1) line.push(tab.get(row, column)?.value ?? '');
      grid.push(line);
    }
    return this.#spillOrValue(grid, at);
  }

  // Evaluation

  /** A spilling formula being evaluated again: until it answers, it neither spills nor waits for room. */
  #forget(key: string): void {
    this.#evaluated.set(key, null);
    this.#blocked.delete(key);
  }

  #sheetAt(address: SimpleCellAddress): SheetModel | undefined {
    return this.#sheetsById.get(address.sheet);
  }

  /** The last row of each tab a formula on `sheet` names, for its open-ended ranges (B2:B). */
  #lastRows(sheet: SheetModel): LastRowOf {
    return (tab) => (tab === null ? sheet : this.#model.find(tab))?.maxRows;
  }

  #raw(cell: Cell | undefined, sheet: SheetModel): RawCellContent {
    if (cell === undefined) return null;
    if (cell.formula !== '') return toEngineFormula(closeOpenRanges(cell.formula, this.#lastRows(sheet)));
    const { value } = cell;
    if (value === '') return null;
    // An apostrophe keeps text as text: '12' typed as text must not become a number in the engine.
    if (typeof value === 'string') return `'${value}`;
    if (isDate(value)) return this.#engineDate(value);
    return value;
  }

  /**
   * A date cell as HyperFormula's own date, so arithmetic on it stays a date (`=A1+90` is a Date, as Sheets
   * formats it). HyperFormula reads a Date's local fields; this one's local fields are the document's wall
   * clock, so the serial it computes is the one the document's zone gives.
   */
  #engineDate(value: Date): RawCellContent {
    const serial = toSerial(value.getTime(), this.#model.timeZone);
    if (serial < 0) return serial;
    const wall = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
    const local = new Date(
      wall.getUTCFullYear(),
      wall.getUTCMonth(),
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
      wall.getUTCSeconds(),
      wall.getUTCMilliseconds(),
    );
    // A wall time the process's own zone skips (a DST gap) would shift: the plain serial is exact.
    return local.getHours() === wall.getUTCHours() && local.getDate() === wall.getUTCDate() ? local : serial;
  }

  #hfValue(value: unknown): string | number | boolean | null {
    const stored = storedValue(value);
    if (stored === '') return null;
    return isDate(stored) ? toSerial(stored.getTime(), this.#model.timeZone) : stored;
  }

  #spillOrValue(value: unknown, at: SimpleCellAddress): CellOutcome {
    const grid = asGrid(value);
    const sheet = this.#sheetAt(at);
    if (sheet !== undefined) {
      const key = keyOf(sheet, at.row + 1, at.col + 1);
      if (isDate(grid === null ? value : grid[0]?.[0])) this.#dateResults.add(key);
      else this.#dateResults.delete(key);
    }
    if (grid === null || sheet === undefined) return { value: this.#hfValue(value) };
    const numRows = grid.length;
    const numColumns = Math.max(0, ...grid.map((row) => row.length));
    if (numRows === 0 || numColumns === 0) return { value: null };
    if (numRows === 1 && numColumns === 1) return { value: this.#hfValue(grid[0]?.[0]) };
    const row = at.row + 1;
    const column = at.col + 1;
    const key = keyOf(sheet, row, column);
    this.#blocked.set(key, { sheet, row, column, grid: [], numRows, numColumns });
    if (row + numRows - 1 > sheet.maxRows) {
      const more = row + numRows - 1 - sheet.maxRows;
      return {
        error: ErrorType.REF,
        message: `Result was not automatically expanded, please insert more rows (${more}).`,
      };
    }
    if (column + numColumns - 1 > sheet.maxColumns) {
      const more = column + numColumns - 1 - sheet.maxColumns;
      return {
        error: ErrorType.REF,
        message: `Result was not automatically expanded, please insert more columns (${more}).`,
      };
    }
    const own = this.#spills.get(key);
    for (let r = 0; r < numRows; r += 1) {
      for (let c = 0; c < numColumns; c += 1) {
        if (r === 0 && c === 0) continue;
        if (!hasContent(sheet.peek(row + r, column + c))) continue;
        if (own !== undefined && inside(own, row + r, column + c)) continue;
        return {
          error: ErrorType.REF,
          message: `Array result was not expanded because it would overwrite data in ${cellA1(row + r, column + c)}.`,
        };
      }
    }
    this.#blocked.delete(key);
    this.#evaluated.set(key, { sheet, row, column, grid, numRows, numColumns });
    return { value: this.#hfValue(grid[0]?.[0]) };
  }

  /** Clears a spill's cells (all but the anchor and `keep`) and forgets it. */
  #dropSpill(key: string, spill: Spill, keep: Position | null): void {
    this.#spills.delete(key);
    for (let r = 0; r < spill.numRows; r += 1) {
      for (let c = 0; c < spill.numColumns; c += 1) {
        const row = spill.row + r;
        const column = spill.column + c;
        if ((r === 0 && c === 0) || (keep !== null && keep[0] === row && keep[1] === column)) continue;
        const cell = spill.sheet.peek(row, column);
        if (cell === undefined || cell.formula !== '') continue;
        cell.value = '';
        this.#pending.set(keyOf(spill.sheet, row, column), { sheet: spill.sheet, row, column });
      }
    }
  }

  #applySpills(): void {
    for (const [key, spill] of this.#evaluated) {
      const old = this.#spills.get(key);
      if (spill === null) {
        if (old !== undefined) this.#dropSpill(key, old, null);
        continue;
      }
      for (let r = 0; r < spill.numRows; r += 1) {
        for (let c = 0; c < spill.numColumns; c += 1) {
          if (r === 0 && c === 0) continue;
          const row = spill.row + r;
          const column = spill.column + c;
          const value = storedValue(spill.grid[r]?.[c]);
          const cell = spill.sheet.ensure(row, column);
          // A cell the last answer already filled with this value is already in the engine.
          if (old !== undefined && inside(old, row, column) && sameValue(cell.value, value)) continue;
          cell.value = value;
          this.#pending.set(keyOf(spill.sheet, row, column), { sheet: spill.sheet, row, column });
        }
      }
      if (old !== undefined) this.#clearOutside(old, spill);
      this.#spills.set(key, spill);
    }
    this.#evaluated.clear();
  }

  /** Empties the cells of an earlier answer that the new one no longer reaches. */
  #clearOutside(old: Spill, now: Spill): void {
    for (let r = 0; r < old.numRows; r += 1) {
      for (let c = 0; c < old.numColumns; c += 1) {
        const row = old.row + r;
        const column = old.column + c;
        if (inside(now, row, column)) continue;
        const cell = old.sheet.peek(row, column);
        if (cell === undefined || cell.formula !== '') continue;
        cell.value = '';
        this.#pending.set(keyOf(old.sheet, row, column), { sheet: old.sheet, row, column });
      }
    }
  }

  #result(value: unknown, cell: Cell, address: SimpleCellAddress): CellValue {
    if (value instanceof DetailedCellError) return errorText(value.type);
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') {
      const type = String(this.#hf?.getCellValueDetailedType(address));
      const sheet = this.#sheetAt(address);
      const dated =
        (cell.numberFormat !== null && isDateFormat(cell.numberFormat)) ||
        DATE_TYPES.has(type) ||
        (sheet !== undefined && this.#dateResults.has(keyOf(sheet, address.row + 1, address.col + 1)));
      return dated ? this.dateOf(value) : value;
    }
    return storedValue(value);
  }

  /** A cell a built-in array result reaches (or left): the model shows what the engine spilled there. */
  #writeArrayCell(sheet: SheetModel, address: SimpleCellAddress, value: unknown): void {
    const row = address.row + 1;
    const column = address.col + 1;
    const key = keyOf(sheet, row, column);
    const inArray = this.#hf?.isCellPartOfArray(address) === true && value !== null;
    if (!inArray && !this.#arrayCells.has(key)) return;
    const cell = sheet.ensure(row, column);
    if (!this.#arrayCells.has(key) && hasContent(cell)) return;
    if (inArray) {
      cell.value = this.#result(value, cell, address);
      this.#arrayCells.add(key);
    } else {
      cell.value = '';
      this.#arrayCells.delete(key);
    }
  }

  #writeResult(address: SimpleCellAddress, value: unknown, pushed: ReadonlySet<string>): void {
    const sheet = this.#sheetAt(address);
    if (sheet === undefined) return;
    const cell = sheet.peek(address.row + 1, address.col + 1);
    if (cell === undefined || cell.formula === '') {
      this.#writeArrayCell(sheet, address, value);
      return;
    }
    const key = keyOf(sheet, address.row + 1, address.col + 1);
    if (this.#cached.has(key)) {
      if (pushed.has(key)) return;
      this.#cached.delete(key);
    }
    cell.value = this.#result(value, cell, address);
  }

  #applyChanges(changes: readonly ExportedChange[], pushed: ReadonlySet<string>): void {
    for (const change of changes) {
      if ('address' in change) this.#writeResult(change.address, change.newValue, pushed);
    }
  }

  #addToEngine(hf: HyperFormula, sheet: SheetModel): void {
    const name = hf.addSheet(sheet.name);
    const id = hf.getSheetId(name);
    if (id === undefined) return;
    this.#ids.set(sheet, id);
    this.#sheetsById.set(id, sheet);
  }

  #build(): void {
    this.#settling = true;
    try {
      registerSheetsFunctions();
      const hf = HyperFormula.buildEmpty({
        licenseKey: 'gpl-v3',
        context: this,
        // Sheets allows 10 million cells in a tab; HyperFormula's default caps a tab at 40,000 rows.
        maxRows: 10_000_000,
        maxColumns: 18_278,
        // The model keeps what people and scripts wrote (and the playground has its own undo): HyperFormula's
        // undo stack would hold the old contents of the last 20 batches, columns of a large tab each.
        undoLimit: 0,
      });
      this.#hf = hf;
      this.#needsBuild = false;
      this.#pending.clear();
      for (const sheet of this.#model.sheets) this.#addToEngine(hf, sheet);
      hf.batch(() => {
        for (const [sheet, id] of this.#ids) {
          const rows: (RawCellContent[] | undefined)[] = [];
          for (const [row, column, cell] of sheet.cells()) {
            const line = (rows[row - 1] ??= []);
            line[column - 1] = this.#raw(cell, sheet);
          }
          hf.setSheetContent(
            id,
            Array.from(rows, (line) => Array.from(line ?? [], (raw) => raw ?? null)),
          );
        }
      });
      for (const [sheet, id] of this.#ids) {
        for (const [row, column, cell] of sheet.cells()) {
          if (cell.formula === '' || this.#cached.has(keyOf(sheet, row, column))) continue;
          const address = { sheet: id, row: row - 1, col: column - 1 };
          cell.value = this.#result(hf.getCellValue(address), cell, address);
        }
        // Built-in array results spill into cells the model holds nothing for.
        hf.getSheetValues(id).forEach((line, r) =>
          line.forEach((value, c) => {
            if (value !== null && !hasContent(sheet.peek(r + 1, c + 1))) {
              this.#writeArrayCell(sheet, { sheet: id, row: r, col: c }, value);
            }
          }),
        );
      }
      this.#applySpills();
    } finally {
      this.#settling = false;
    }
    if (this.#pending.size > 0) this.#settle();
  }

  #settle(): void {
    const hf = this.#hf;
    if (hf === null) return;
    this.#settling = true;
    try {
      for (let round = 0; round < MAX_ROUNDS && this.#pending.size > 0; round += 1) {
        const queued = [...this.#pending];
        this.#pending.clear();
        const pushed = new Set(queued.map(([key]) => key));
        // Values first: a cell emptied after an array formula in the same batch would drop that formula's
        // array result (HyperFormula), as when an undo puts back a formula and empties the cells below it.
        const places = queued.map(([, place]) => place);
        const isFormula = (place: Place) => place.sheet.peek(place.row, place.column)?.formula !== '';
        const ordered = [
          ...columnRuns(places.filter((place) => !isFormula(place))),
          ...columnRuns(places.filter(isFormula)),
        ];
        const changes = hf.batch(() => {
          for (const run of ordered) {
            const id = this.#ids.get(run.sheet);
            if (id === undefined) continue;
            const contents = run.rows.map((row) => [this.#raw(run.sheet.peek(row, run.column), run.sheet)]);
            hf.setCellContents({ sheet: id, row: (run.rows[0] ?? 1) - 1, col: run.column - 1 }, contents);
          }
        });
        this.#applyChanges(changes, pushed);
        this.#applySpills();
      }
    } finally {
      this.#settling = false;
    }
  }

  #rebuildLater(): void {
    for (const [key, spill] of this.#spills) this.#dropSpill(key, spill, null);
    this.#blocked.clear();
    this.#hf?.destroy();
    this.#hf = null;
    this.#ids.clear();
    this.#sheetsById.clear();
    this.#pending.clear();
    this.#needsBuild = true;
  }

  #shapeChange(sheet: SheetModel, move: Move, apply: (hf: HyperFormula, id: number) => ExportedChange[]): void {
    this.#tellReaders();
    const id = this.#ids.get(sheet);
    const hf = this.#hf;
    if (hf === null || id === undefined) return;
    this.#reshape(move, () => apply(hf, id));
  }

  /**
   * A change of shape (rows, columns, tabs): HyperFormula moves cells and rewrites references; the model
   * has moved its cells already, so only the formulas whose text HyperFormula changed are copied back.
   */
  #reshape(move: Move, apply: () => ExportedChange[]): void {
    const hf = this.#hf;
    if (hf === null) return;
    // HyperFormula's text of each formula before the change, by where the cell lands after it.
    const before = new Map<string, string>();
    for (const [sheet, id] of this.#ids) {
      hf.getSheetFormulas(id).forEach((line, r) =>
        line.forEach((formula, c) => {
          const to = formula === undefined ? null : move(sheet, r + 1, c + 1);
          if (to !== null && formula !== undefined) before.set(keyOf(sheet, to[0], to[1]), formula);
        }),
      );
    }
    this.#settling = true;
    try {
      const changes = apply();
      this.#moveKeys(move);
      for (const [sheet, id] of this.#ids) {
        for (const [row, column, cell] of sheet.cells()) {
          if (cell.formula === '') continue;
          const formula = hf.getCellFormula({ sheet: id, row: row - 1, col: column - 1 });
          const was = before.get(keyOf(sheet, row, column));
          if (formula === undefined || was === undefined || formula === was) continue;
          const text = fromEngineFormula(formula);
          cell.formula = hasOpenRange(cell.formula) ? reopenRanges(text, this.#lastRows(sheet)) : text;
        }
      }
      this.#applyChanges(changes, new Set());
    } finally {
      this.#settling = false;
    }
  }

  #movedKeys(keys: ReadonlySet<string>, move: Move): Set<string> {
    const sheetsByKeyId = new Map([...this.#ids.keys()].map((sheet) => [String(sheet.id), sheet]));
    const moved = new Set<string>();
    for (const key of keys) {
      const [sheetId = '', row = '0', column = '0'] = key.split(':');
      const sheet = sheetsByKeyId.get(sheetId);
      const to = sheet === undefined ? null : move(sheet, Number(row), Number(column));
      if (sheet !== undefined && to !== null) moved.add(keyOf(sheet, to[0], to[1]));
    }
    return moved;
  }

  #moveKeys(move: Move): void {
    this.#cached = this.#movedKeys(this.#cached, move);
    this.#dateResults = this.#movedKeys(this.#dateResults, move);
    const spills = new Map<string, Spill>();
    for (const spill of this.#spills.values()) {
      const to = move(spill.sheet, spill.row, spill.column);
      if (to !== null) spills.set(keyOf(spill.sheet, to[0], to[1]), { ...spill, row: to[0], column: to[1] });
    }
    this.#spills = spills;
    const blocked = new Map<string, Spill>();
    for (const wanted of this.#blocked.values()) {
      const to = move(wanted.sheet, wanted.row, wanted.column);
      if (to !== null) blocked.set(keyOf(wanted.sheet, to[0], to[1]), { ...wanted, row: to[0], column: to[1] });
    }
    this.#blocked = blocked;
    const respill = new Map<string, Place>();
    for (const place of this.#respill.values()) {
      const to = move(place.sheet, place.row, place.column);
      if (to !== null) respill.set(keyOf(place.sheet, to[0], to[1]), { sheet: place.sheet, row: to[0], column: to[1] });
    }
    this.#respill = respill;
    this.#arrayCells = this.#movedKeys(this.#arrayCells, move);
  }
}
