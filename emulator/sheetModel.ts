// The in-memory grid of one tab. Rows are stored sparsely (a row array exists only once something is
// written to it) so a 1000×26 default grid costs nothing, and inserting rows is one splice.
// Every change of content or shape is reported to the sheet's observer (the workbook's formula engine),
// so whatever changes a sheet through these methods (a script, the fixture API, the playground) recomputes
// the formulas that depend on it, and every read first settles what is still pending.
import type { Cell } from './cells';
import { blankCell, copyCell, hasContent } from './cells';
import type { ChartSource, ChartSpec } from './chartModel';
import { linesDeleted, linesInserted } from './chartModel';
import { DEFAULT_NUMBER_FORMAT } from './numberFormat';
import type { Entry } from './typedInput';

export interface ProtectionState {
  description: string;
  warningOnly: boolean;
}

/** What the formula engine needs to hear from a sheet; content writes are reported after they happen. */
export interface SheetObserver {
  contentChanged(sheet: SheetModel, row: number, column: number): void;
  /** Settles pending recalculation; called before any read and before a change of shape. */
  beforeRead(): void;
  /**
   * This tab's cells are about to move (rows or columns inserted, deleted, moved, sorted, restored): spilled
   * answers are part of their formula's result, not data, so they are taken out first and spill again after.
   * `told` is true when the observer hears of the change itself (rows or columns inserted or deleted).
   */
  beforeShapeChange(sheet: SheetModel, told: boolean): void;
  renamed(sheet: SheetModel): void;
  rowsInserted(sheet: SheetModel, at: number, count: number): void;
  rowsDeleted(sheet: SheetModel, at: number, count: number): void;
  columnsInserted(sheet: SheetModel, at: number, count: number): void;
  columnsDeleted(sheet: SheetModel, at: number, count: number): void;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export class SheetModel {
  #name: string;
  observer: SheetObserver | null = null;
  readonly id: number;
  maxRows: number;
  maxColumns: number;
  frozenRows = 0;
  hidden = false;
  protection: ProtectionState | null = null;
  readonly columnWidths = new Map<number, number>();
  /** 1-based rows and columns a script or person hid: their cells keep their values. */
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  /** The embedded charts that sit on this tab, in the order they were inserted. */
  readonly charts: ChartSpec[] = [];
  /** Ranges of charts (on any tab) that read this tab's cells: they follow its inserted and deleted lines. */
  readonly chartSources = new Set<ChartSource>();
  private rows: (Array<Cell | undefined> | undefined)[] = [];

  constructor(name: string, id: number, maxRows = DEFAULT_ROWS, maxColumns = DEFAULT_COLUMNS) {
    this.#name = name;
    this.id = id;
    this.maxRows = maxRows;
    this.maxColumns = maxColumns;
  }

  get name(): string {
    return this.#name;
  }

  set name(name: string) {
    this.observer?.beforeRead();
    this.#name = name;
    this.observer?.renamed(this);
  }

  /** 1-based; undefined for a cell never touched. Formula cells hold their computed value. */
  get(row: number, column: number): Cell | undefined {
    this.observer?.beforeRead();
    return this.rows[row - 1]?.[column - 1];
  }

  /** The cell as stored, without settling formulas: for the engine itself. */
  peek(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** Tells the engine that a cell's value or formula changed by a path other than write(). */
  touched(row: number, column: number): void {
    this.observer?.contentChanged(this, row, column);
  }

  ensure(row: number, column: number): Cell {
    let cells = this.rows[row - 1];
    if (cells === undefined) {
      cells = [];
      this.rows[row - 1] = cells;
    }
    let cell = cells[column - 1];
    if (cell === undefined) {
      cell = blankCell();
      cells[column - 1] = cell;
    }
    return cell;
  }

  /** Stores a value or formula; a typed format applies only where the cell has none of its own. */
  write(row: number, column: number, entry: Entry): void {
    const cell = this.ensure(row, column);
    if (entry.kind === 'clear') {
      cell.value = '';
      cell.formula = '';
    } else if (entry.kind === 'formula') {
      cell.value = '';
      cell.formula = entry.formula;
    } else {
      cell.value = entry.value;
      cell.formula = '';
      const own = cell.numberFormat;
      if (entry.numberFormat !== undefined && (own === null || own === DEFAULT_NUMBER_FORMAT)) {
        cell.numberFormat = entry.numberFormat;
      }
    }
    this.touched(row, column);
  }

  lastRow(): number {
    this.observer?.beforeRead();
    for (let r = this.rows.length; r >= 1; r -= 1) {
      if (this.rows[r - 1]?.some(hasContent)) return r;
    }
    return 0;
  }

  lastColumn(): number {
    this.observer?.beforeRead();
    let last = 0;
    for (const cells of this.rows) {
      if (cells === undefined) continue;
      for (let c = cells.length; c > last; c -= 1) {
        if (hasContent(cells[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Before a person's sort moves cells: spilled answers leave first and spill again at the next read. */
  releaseSpills(): void {
    this.observer?.beforeRead();
    this.observer?.beforeShapeChange(this, false);
  }

  /** New blank rows start at 1-based row `at`. */
  insertRows(at: number, count: number): void {
    this.observer?.beforeRead();
    this.observer?.beforeShapeChange(this, true);
    if (at - 1 < this.rows.length) this.rows.splice(at - 1, 0, ...new Array<undefined>(count));
    this.maxRows += count;
    linesInserted(this, 'rows', at, count);
    this.observer?.rowsInserted(this, at, count);
  }

  deleteRows(at: number, count: number): void {
    this.observer?.beforeRead();
    this.observer?.beforeShapeChange(this, true);
    this.rows.splice(at - 1, count);
    this.maxRows -= count;
    linesDeleted(this, 'rows', at, count);
    this.observer?.rowsDeleted(this, at, count);
  }

  insertColumns(at: number, count: number): void {
    this.observer?.beforeRead();
    this.observer?.beforeShapeChange(this, true);
    for (const cells of this.rows) {
      if (cells !== undefined && at - 1 < cells.length) cells.splice(at - 1, 0, ...new Array<undefined>(count));
    }
    this.maxColumns += count;
    linesInserted(this, 'columns', at, count);
    this.observer?.columnsInserted(this, at, count);
  }

  deleteColumns(at: number, count: number): void {
    this.observer?.beforeRead();
    this.observer?.beforeShapeChange(this, true);
    for (const cells of this.rows) cells?.splice(at - 1, count);
    this.maxColumns -= count;
    linesDeleted(this, 'columns', at, count);
    this.observer?.columnsDeleted(this, at, count);
  }

  /** Where cells are stored in rows top…bottom, read without settling formulas (the tab is mid-change). */
  #positions(top: number, bottom: number): [number, number][] {
    const found: [number, number][] = [];
    for (let r = top; r <= Math.min(bottom, this.rows.length); r += 1) {
      this.rows[r - 1]?.forEach((cell, c) => {
        if (cell !== undefined) found.push([r, c + 1]);
      });
    }
    return found;
  }

  /** Cells moved behind the engine's back: every place that held or now holds one has new content. */
  #touchAll(positions: readonly [number, number][]): void {
    for (const [row, column] of positions) this.touched(row, column);
  }

  /**
   * Rows first… take the rows now at first + order[i], cells and all: one step for a sort or a move. Both
   * where cells were and where they are now count as changed, before anything reads the tab again.
   */
  reorderRows(first: number, order: readonly number[]): void {
    this.observer?.beforeRead();
    this.observer?.beforeShapeChange(this, false);
    const last = first + order.length - 1;
    const was = this.#positions(first, last);
    const taken = order.map((offset) => this.rows[first - 1 + offset]);
    taken.forEach((cells, i) => {
      this.rows[first - 1 + i] = cells;
    });
    this.#touchAll([...was, ...this.#positions(first, last)]);
  }

  /** Takes a copy's cells and size back (undo): the tab object stays the one scripts and the selection hold. */
  restore(from: SheetModel): void {
    this.observer?.beforeRead();
    this.observer?.beforeShapeChange(this, false);
    const was = this.#positions(1, this.rows.length);
    const copy = from.copy(from.name, from.id);
    this.rows = copy.rows;
    this.maxRows = copy.maxRows;
    this.maxColumns = copy.maxColumns;
    this.frozenRows = copy.frozenRows;
    this.columnWidths.clear();
    for (const [column, width] of copy.columnWidths) this.columnWidths.set(column, width);
    replaceSet(this.hiddenRows, copy.hiddenRows);
    replaceSet(this.hiddenColumns, copy.hiddenColumns);
    this.#touchAll([...was, ...this.#positions(1, this.rows.length)]);
  }

  /** Every touched cell, for copies and snapshots. */
  *cells(): Generator<[number, number, Cell]> {
    this.observer?.beforeRead();
    for (let r = 0; r < this.rows.length; r += 1) {
      const cells = this.rows[r];
      if (cells === undefined) continue;
      for (let c = 0; c < cells.length; c += 1) {
        const cell = cells[c];
        if (cell !== undefined) yield [r + 1, c + 1, cell];
      }
    }
  }

  copy(name: string, id: number): SheetModel {
    const copy = new SheetModel(name, id, this.maxRows, this.maxColumns);
    copy.frozenRows = this.frozenRows;
    for (const [r, c, cell] of this.cells()) {
      const row = copy.rows[r - 1] ?? [];
      copy.rows[r - 1] = row;
      row[c - 1] = copyCell(cell);
    }
    for (const [column, width] of this.columnWidths) copy.columnWidths.set(column, width);
    replaceSet(copy.hiddenRows, this.hiddenRows);
    replaceSet(copy.hiddenColumns, this.hiddenColumns);
    return copy;
  }
}

function replaceSet(target: Set<number>, from: ReadonlySet<number>): void {
  target.clear();
  for (const line of from) target.add(line);
}
