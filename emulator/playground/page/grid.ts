// The grid of one tab: column letters, row numbers, frozen rows, shown text and colours. A cell is
// selected by a click or the arrow keys, a block with Shift; typing (any script, an input method's too),
// Enter, F2 or a double click edits it, Enter commits. A formula cell shows its value (a SPARKLINE its
// drawing) and edits as its formula. Right-click a row number for the row menu; copy, paste and Ctrl+Z work.
// Rows and columns a script hid are not shown; embedded charts float over the grid at their anchor cells.
import { el } from '../../../src/ui/dom';
import { copiedText } from '../pastedText';
import type { GridCell, RowAction, SheetView } from '../protocol';
import { chartSvg } from './chartSvg';
import { showContextMenu } from './contextMenu';
import { sparklineSvg } from './sparklineSvg';
import { spillEnd, spillWidth } from './spill';

const ROW_HEIGHT = 21;
const ROW_NUMBER_WIDTH = 46;
const MIN_ROWS = 60;
const MIN_COLUMNS = 26;
const MARGIN = 20;
/** A column's width in Sheets unless a script or person set another. */
const SHEETS_COLUMN_WIDTH = 100;
/** A cell's left and right padding (page.css); its right border is 1px more. */
const CELL_PADDING = 3;

export interface GridHandlers {
  /** The person typed `typed` into `a1` of tab `sheet` and committed it. */
  edit(sheet: string, a1: string, typed: string): void;
  /** The person moved the cursor to `a1`. */
  select(sheet: string, a1: string): void;
  /** A row header's menu item, on 1-based rows row…row+count-1. */
  rows(sheet: string, row: number, count: number, action: RowAction): void;
  /** Clipboard text pasted with `a1` as its top-left cell. */
  paste(sheet: string, a1: string, text: string): void;
  undo(): void;
  /** "Allow access" clicked on the IMPORTRANGE in `a1`. */
  allowAccess(sheet: string, a1: string): void;
}

interface Position {
  row: number;
  column: number;
}

/** The selected block (1-based, as A1 counts) and the active cell's column. */
export interface GridSelection {
  sheet: string;
  a1: string;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  activeColumn: number;
}

/** The row header's menu as Sheets words it, for rows first…last. */
function rowMenu(first: number, last: number): { caption: string; action: RowAction }[] {
  const count = last - first + 1;
  const rows = count === 1 ? 'row' : 'rows';
  return [
    { caption: `Insert ${count} ${rows} above`, action: 'insertAbove' },
    { caption: `Insert ${count} ${rows} below`, action: 'insertBelow' },
    { caption: count === 1 ? 'Delete row' : `Delete rows ${first} - ${last}`, action: 'delete' },
    { caption: `Move ${rows} up`, action: 'moveUp' },
    { caption: `Move ${rows} down`, action: 'moveDown' },
  ];
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const a1Of = (at: Position): string => `${columnLetters(at.column)}${at.row + 1}`;

function positionOf(a1: string): Position | null {
  const match = /^([A-Z]+)(\d+)$/.exec(a1);
  if (match === null) return null;
  const column = Array.from(match[1] ?? '').reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

function columnWidth(rows: GridCell[][], column: number): number {
  const longest = Math.max(0, ...rows.map((row) => (row[column]?.spark ? 10 : (row[column]?.t.length ?? 0))));
  return Math.min(190, Math.max(56, Math.ceil(longest * 7.4) + 14));
}

/**
 * What a cell shows: its text, or a SPARKLINE's drawing. A text wider than its column runs on over the empty
 * cells to its right (`spill` pixels in all, padding included), as in Sheets.
 */
function fill(td: HTMLTableCellElement, cell: GridCell | undefined, own = 0, spill = 0): void {
  if (cell?.spark) td.replaceChildren(sparklineSvg(cell.spark));
  else if (spill > own) {
    td.classList.add('spill');
    const text = el('span', { className: 'spill-text', textContent: cell?.t ?? '' });
    text.style.width = `${spill - 2 * CELL_PADDING - 1}px`;
    td.replaceChildren(text);
  } else td.textContent = cell?.t ?? '';
  if (cell?.note !== undefined) td.classList.add('has-note');
}

export function createGrid(
  container: HTMLElement,
  nameBox: HTMLElement,
  formulaBar: HTMLInputElement,
  handlers: GridHandlers,
) {
  let sheet: SheetView | null = null;
  let selected: Position = { row: 0, column: 0 };
  /** The other corner of a Shift-selected block (the active cell is one corner). */
  let anchor: Position = selected;
  /** The block was chosen by row numbers: whole rows, which the row menu acts on together. */
  let wholeRows = false;
  let editor: HTMLInputElement | null = null;
  let table: HTMLTableElement | null = null;
  let size = { rows: MIN_ROWS, columns: MIN_COLUMNS };
  /**
   * Keystrokes land in this hidden text box, so text that comes without a key of its own (an accent, an input
   * method's composition, a character outside the keyboard) still arrives and starts an edit, as in Sheets.
   */
  const keys = el('textarea', { className: 'key-sink', ariaLabel: 'Cell input' });
  /** A formula error's message under the selected cell, as Sheets shows it, with Allow access for an import. */
  const errorBox = el('div', { className: 'cell-error' });
  errorBox.hidden = true;
  document.body.append(errorBox);
  /** A cell's note, beside the cell while the pointer is over it, as Sheets shows it. */
  const noteBox = el('div', { className: 'cell-note' });
  noteBox.hidden = true;
  document.body.append(noteBox);
  let composing = false;

  const cellAt = (at: Position): GridCell | undefined => sheet?.rows[at.row]?.[at.column];
  const tdAt = (at: Position): HTMLTableCellElement | null => table?.querySelector(`td[data-a1="${a1Of(at)}"]`) ?? null;

  function block(): { top: number; left: number; bottom: number; right: number } {
    return {
      top: Math.min(anchor.row, selected.row),
      left: Math.min(anchor.column, selected.column),
      bottom: Math.max(anchor.row, selected.row),
      right: Math.max(anchor.column, selected.column),
    };
  }

  function showSelection(): void {
    table?.querySelector('td.selected')?.classList.remove('selected');
    for (const td of table?.querySelectorAll('td.in-range') ?? []) td.classList.remove('in-range');
    const { top, left, bottom, right } = block();
    if (bottom > top || right > left) {
      for (let row = top; row <= bottom; row += 1)
        for (let column = left; column <= right; column += 1) tdAt({ row, column })?.classList.add('in-range');
    }
    const td = tdAt(selected);
    td?.classList.add('selected');
    td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    nameBox.textContent =
      bottom > top || right > left
        ? `${a1Of({ row: top, column: left })}:${a1Of({ row: bottom, column: right })}`
        : a1Of(selected);
    const cell = cellAt(selected);
    if (document.activeElement !== formulaBar) formulaBar.value = cell?.f ?? cell?.t ?? '';
    showError(td, cell);
  }

  function showError(td: HTMLTableCellElement | null, cell: GridCell | undefined): void {
    errorBox.hidden = td === null || cell?.err === undefined;
    if (td === null || cell?.err === undefined || sheet === null) return;
    const { name } = sheet;
    const at = a1Of(selected);
    const children: HTMLElement[] = [
      el('div', { className: 'title', textContent: 'Error' }),
      el('div', { textContent: cell.err }),
    ];
    if (cell.allow) {
      const button = el('button', { className: 'allow-access', textContent: 'Allow access' });
      button.addEventListener('click', () => handlers.allowAccess(name, at));
      children.push(button);
    }
    errorBox.replaceChildren(...children);
    const box = td.getBoundingClientRect();
    errorBox.style.left = `${box.left}px`;
    errorBox.style.top = `${box.bottom + 2}px`;
  }

  /** Moves the active cell; with `extend` (Shift) the block's far corner stays where it was. */
  function select(at: Position, extend = false): void {
    if (editor !== null) commit();
    const before = a1Of(selected);
    selected = {
      row: Math.max(0, Math.min(size.rows - 1, at.row)),
      column: Math.max(0, Math.min(size.columns - 1, at.column)),
    };
    if (!extend) anchor = selected;
    wholeRows = false;
    showSelection();
    if (a1Of(selected) !== before && sheet !== null) handlers.select(sheet.name, a1Of(selected));
  }

  function startEditing(initial: string): void {
    const td = tdAt(selected);
    if (td === null) return;
    anchor = selected;
    showSelection();
    editor = el('input', { className: 'cell-editor', value: initial });
    td.replaceChildren(editor);
    editor.focus();
    editor.setSelectionRange(initial.length, initial.length);
    editor.addEventListener('keydown', (event) => {
      event.stopPropagation();
      if (event.isComposing) return;
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        commit();
        select(
          event.key === 'Enter'
            ? { row: selected.row + 1, column: selected.column }
            : { row: selected.row, column: selected.column + 1 },
        );
      } else if (event.key === 'Escape') {
        cancel();
      }
    });
    // Clicking elsewhere (a menu, another tab) commits, as in Sheets.
    editor.addEventListener('blur', commit);
  }

  function cancel(): void {
    if (editor === null) return;
    editor = null;
    const td = tdAt(selected);
    if (td !== null) fill(td, cellAt(selected));
    keys.focus();
  }

  function commit(): void {
    if (editor === null) return;
    const typed = editor.value;
    editor = null;
    const td = tdAt(selected);
    if (td !== null) td.textContent = typed;
    keys.focus();
    if (sheet !== null) handlers.edit(sheet.name, a1Of(selected), typed);
  }

  function draw(): void {
    if (sheet === null) return;
    const { rows, frozenRows } = sheet;
    const dataColumns = Math.max(0, ...rows.map((row) => row.length));
    // The grid reaches past every chart, so that a chart never hangs off its edge.
    const chartRows = sheet.charts.map(
      (chart) => chart.anchor.row + Math.ceil((chart.anchor.offsetY + chart.height) / ROW_HEIGHT),
    );
    const chartColumns = sheet.charts.map(
      (chart) => chart.anchor.column + Math.ceil((chart.anchor.offsetX + chart.width) / SHEETS_COLUMN_WIDTH),
    );
    size = {
      rows: Math.max(MIN_ROWS, rows.length + MARGIN, ...chartRows),
      columns: Math.max(MIN_COLUMNS, dataColumns + 3, ...chartColumns),
    };
    const hiddenRows = new Set(sheet.hiddenRows);
    const hiddenColumns = new Set(sheet.hiddenColumns);
    const columns = Array.from({ length: size.columns }, (_, column) => column);
    // Charts are placed in cells and sized in pixels: on a tab with charts, columns take Sheets' own width so
    // that the charts sit where Sheets puts them; other tabs fit their columns to their text.
    const fitted = (column: number): number =>
      sheet === null || sheet.charts.length === 0 ? columnWidth(rows, column) : SHEETS_COLUMN_WIDTH;
    const widths = columns.map((column) =>
      hiddenColumns.has(column + 1) ? 0 : (sheet?.columnWidths[column + 1] ?? fitted(column)),
    );
    const head = el(
      'tr',
      {},
      el('th', { className: 'corner' }),
      ...columns.map((column) => {
        const th = el('th', { textContent: columnLetters(column) });
        th.style.width = `${widths[column]}px`;
        if (hiddenColumns.has(column + 1)) th.hidden = true;
        return th;
      }),
    );
    const body = Array.from({ length: size.rows }, (_, row) => {
      const tr = el(
        'tr',
        {},
        el('th', { className: 'row-number', textContent: String(row + 1), dataset: { row: String(row + 1) } }),
      );
      if (row < frozenRows) {
        tr.className = 'frozen';
        tr.style.setProperty('--top', `${(row + 1) * ROW_HEIGHT}px`);
      }
      if (row === frozenRows - 1) tr.classList.add('frozen-last');
      if (hiddenRows.has(row + 1)) tr.hidden = true;
      // Sheets draws no grid line under a text that runs on: up to the last column it covers.
      let coveredUntil = -1;
      for (const column of columns) {
        const cell = rows[row]?.[column];
        const td = el('td', { dataset: { a1: a1Of({ row, column }) } });
        fill(td, cell, widths[column] ?? 0, spillWidth(rows[row] ?? [], column, widths));
        coveredUntil = Math.max(coveredUntil, spillEnd(rows[row] ?? [], column, widths.length));
        if (column < coveredUntil) td.classList.add('covered');
        if (cell?.bg) td.style.backgroundColor = cell.bg;
        if (cell?.color) td.style.color = cell.color;
        if (cell?.bold) td.style.fontWeight = 'bold';
        if (cell?.align) td.style.textAlign = cell.align;
        if (hiddenColumns.has(column + 1)) td.hidden = true;
        tr.append(td);
      }
      return tr;
    });
    const next = el('table', { className: 'grid' }, el('thead', {}, head), el('tbody', {}, ...body));
    // A fixed layout needs the table's own width; then long text is clipped at the column's edge.
    next.style.width = `${ROW_NUMBER_WIDTH + widths.reduce((sum, width) => sum + width, 0)}px`;
    // Only the table is replaced: the text box keeps the keyboard focus across redraws.
    if (table !== null && table.parentElement === container) table.replaceWith(next);
    else container.replaceChildren(keys, next);
    table = next;
    drawCharts(sheet);
    showSelection();
  }

  /** Each chart at its anchor cell's top-left corner plus its offsets, as Sheets places it. */
  function drawCharts(shown: SheetView): void {
    for (const old of container.querySelectorAll('svg.chart')) old.remove();
    const box = container.getBoundingClientRect();
    for (const chart of shown.charts) {
      const anchor = tdAt({ row: chart.anchor.row - 1, column: chart.anchor.column - 1 });
      if (anchor === null) continue;
      const cell = anchor.getBoundingClientRect();
      const svg = chartSvg(chart);
      svg.style.left = `${cell.left - box.left + container.scrollLeft + chart.anchor.offsetX}px`;
      svg.style.top = `${cell.top - box.top + container.scrollTop + chart.anchor.offsetY}px`;
      container.append(svg);
    }
  }

  // The formula bar edits the selected cell too: Enter commits, Escape puts the content back.
  formulaBar.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && sheet !== null) {
      event.preventDefault();
      handlers.edit(sheet.name, a1Of(selected), formulaBar.value);
      keys.focus();
    } else if (event.key === 'Escape') {
      keys.focus();
      showSelection();
    }
  });
  // The grid itself is not a tab stop: focusing it focuses the text box, which is.
  container.tabIndex = -1;
  container.addEventListener('focus', () => keys.focus());
  container.addEventListener('mousedown', (event) => {
    const target = event.target as HTMLElement;
    const header = target.closest('th.row-number');
    if (header instanceof HTMLElement && event.button === 0) {
      const row = Number(header.dataset.row) - 1;
      // Shift extends the rows chosen so far, as in Sheets.
      anchor = { row: event.shiftKey && wholeRows ? anchor.row : row, column: 0 };
      select({ row, column: size.columns - 1 }, true);
      wholeRows = true;
      event.preventDefault();
      keys.focus();
      return;
    }
    const td = target.closest('td');
    if (td === null || td.querySelector('input') !== null) return;
    const at = positionOf(td.dataset.a1 ?? '');
    if (at === null) return;
    select(at, event.shiftKey);
    event.preventDefault();
    keys.focus();
  });
  container.addEventListener('mouseover', (event) => {
    const td = (event.target as HTMLElement).closest('td');
    const at = td === null ? null : positionOf(td.dataset.a1 ?? '');
    const note = at === null ? undefined : cellAt(at)?.note;
    noteBox.hidden = td === null || note === undefined;
    if (td === null || note === undefined) return;
    noteBox.textContent = note;
    const box = td.getBoundingClientRect();
    noteBox.style.left = `${box.right + 4}px`;
    noteBox.style.top = `${box.top}px`;
  });
  container.addEventListener('mouseleave', () => {
    noteBox.hidden = true;
  });
  container.addEventListener('contextmenu', (event) => {
    const header = (event.target as HTMLElement).closest('th.row-number');
    if (!(header instanceof HTMLElement) || sheet === null) return;
    event.preventDefault();
    const row = Number(header.dataset.row);
    const name = sheet.name;
    const { top, bottom } = block();
    // Right-clicking one of the chosen rows acts on all of them; any other row is chosen alone.
    const [first, last] = wholeRows && row >= top + 1 && row <= bottom + 1 ? [top + 1, bottom + 1] : [row, row];
    if (first === row && last === row) {
      anchor = { row: row - 1, column: 0 };
      select({ row: row - 1, column: size.columns - 1 }, true);
      wholeRows = true;
    }
    showContextMenu(
      event.clientX,
      event.clientY,
      rowMenu(first, last).map(({ caption, action }) => ({
        caption,
        run: () => handlers.rows(name, first, last - first + 1, action),
        disabled: action === 'moveUp' && first === 1,
      })),
      keys,
    );
  });
  container.addEventListener('dblclick', (event) => {
    if ((event.target as HTMLElement).closest('td') === null || editor !== null) return;
    const cell = cellAt(selected);
    startEditing(cell?.f ?? cell?.t ?? '');
  });
  container.addEventListener('paste', (event) => {
    if (editor !== null || sheet === null) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    event.preventDefault();
    const { top, left } = block();
    if (text !== '') handlers.paste(sheet.name, a1Of({ row: top, column: left }), text);
  });
  // Ctrl+C puts the selected block's shown text on the clipboard, as Sheets does for other programs.
  container.addEventListener('copy', (event) => {
    if (editor !== null || sheet === null || event.clipboardData === null) return;
    const { top, left, bottom, right } = block();
    const rows = Array.from({ length: bottom - top + 1 }, (_, r) =>
      Array.from({ length: right - left + 1 }, (_, c) => cellAt({ row: top + r, column: left + c })?.t ?? ''),
    );
    event.clipboardData.setData('text/plain', copiedText(rows));
    event.preventDefault();
  });
  container.addEventListener('keydown', (event) => {
    if (editor !== null || event.isComposing || composing) return;
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      handlers.undo();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const moves: Record<string, Position> = {
      ArrowUp: { row: selected.row - 1, column: selected.column },
      ArrowDown: { row: selected.row + 1, column: selected.column },
      ArrowLeft: { row: selected.row, column: selected.column - 1 },
      ArrowRight: { row: selected.row, column: selected.column + 1 },
    };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      select(move, event.shiftKey);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      const cell = cellAt(selected);
      startEditing(cell?.f ?? cell?.t ?? '');
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (sheet !== null) handlers.edit(sheet.name, a1Of(selected), '');
    } else if (Array.from(event.key).length === 1) {
      event.preventDefault();
      startEditing(event.key);
    }
  });
  // Text that came with no key of its own (dead keys, pasted by the OS, an input method's result).
  keys.addEventListener('input', (event) => {
    if ((event as InputEvent).isComposing || composing || editor !== null) return;
    const typed = keys.value;
    keys.value = '';
    if (typed !== '') startEditing(typed);
  });
  keys.addEventListener('compositionstart', () => {
    composing = true;
  });
  keys.addEventListener('compositionend', (event) => {
    composing = false;
    keys.value = '';
    if (editor === null && event.data !== '') startEditing(event.data);
  });

  return {
    /** Draws a tab; keeps the selection when the same tab is redrawn after a change. */
    show(next: SheetView): void {
      const switched = sheet?.name !== next.name;
      if (switched) {
        commit();
        selected = { row: 0, column: 0 };
        anchor = selected;
      }
      sheet = next;
      // A cell being typed into is not redrawn under the person's fingers; the next change redraws it.
      if (editor === null) draw();
      // A tab opens at A1, where its selection is, not at the scroll the tab before it was left at.
      if (switched) {
        container.scrollLeft = 0;
        container.scrollTop = 0;
      }
    },
    /** Moves the cursor where the script put it (Range.activate). */
    moveTo(a1: string): void {
      const at = positionOf(a1);
      if (at === null || editor !== null) return;
      selected = at;
      anchor = at;
      showSelection();
    },
    /** The selected block, for Data → Sort range. */
    selection(): GridSelection | null {
      if (sheet === null) return null;
      const { top, left, bottom, right } = block();
      const a1 = `${a1Of({ row: top, column: left })}:${a1Of({ row: bottom, column: right })}`;
      return {
        sheet: sheet.name,
        a1,
        row: top + 1,
        column: left + 1,
        numRows: bottom - top + 1,
        numColumns: right - left + 1,
        activeColumn: selected.column + 1,
      };
    },
    /** The tab's data below its frozen rows, which Data → Sort sheet sorts. */
    sheetBlock(): { sheet: string; a1: string } | null {
      if (sheet === null) return null;
      const width = Math.max(1, ...sheet.rows.map((row) => row.length));
      const first = sheet.frozenRows + 1;
      const last = Math.max(first, sheet.rows.length);
      return { sheet: sheet.name, a1: `A${first}:${a1Of({ row: last - 1, column: width - 1 })}` };
    },
    focus(): void {
      keys.focus();
    },
  };
}
