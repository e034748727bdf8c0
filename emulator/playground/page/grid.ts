// The grid of one tab: column letters, row numbers, frozen rows, shown text and colours. A cell is
// selected by a click or the arrow keys; typing, Enter, F2 or a double click edits it, Enter commits.
import { el } from '../../../src/ui/dom';
import type { GridCell, SheetView } from '../protocol';

const ROW_HEIGHT = 21;
const ROW_NUMBER_WIDTH = 46;
const MIN_ROWS = 60;
const MIN_COLUMNS = 26;
const MARGIN = 20;

export interface GridHandlers {
  /** The person typed `typed` into `a1` of tab `sheet` and committed it. */
  edit(sheet: string, a1: string, typed: string): void;
  /** The person moved the cursor to `a1`. */
  select(sheet: string, a1: string): void;
}

interface Position {
  row: number;
  column: number;
}

function columnLetters(column: number): string {
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
  const longest = Math.max(0, ...rows.map((row) => row[column]?.t.length ?? 0));
  return Math.min(190, Math.max(56, Math.ceil(longest * 7.4) + 14));
}

export function createGrid(
  container: HTMLElement,
  nameBox: HTMLElement,
  formulaBar: HTMLInputElement,
  handlers: GridHandlers,
) {
  let sheet: SheetView | null = null;
  let selected: Position = { row: 0, column: 0 };
  let editor: HTMLInputElement | null = null;
  let table: HTMLTableElement | null = null;
  let size = { rows: MIN_ROWS, columns: MIN_COLUMNS };

  const cellAt = (at: Position): GridCell | undefined => sheet?.rows[at.row]?.[at.column];
  const tdAt = (at: Position): HTMLTableCellElement | null => table?.querySelector(`td[data-a1="${a1Of(at)}"]`) ?? null;

  function showSelection(): void {
    table?.querySelector('td.selected')?.classList.remove('selected');
    const td = tdAt(selected);
    td?.classList.add('selected');
    td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    nameBox.textContent = a1Of(selected);
    const cell = cellAt(selected);
    if (document.activeElement !== formulaBar) formulaBar.value = cell?.f ?? cell?.t ?? '';
  }

  function select(at: Position): void {
    if (editor !== null) commit();
    const before = a1Of(selected);
    selected = {
      row: Math.max(0, Math.min(size.rows - 1, at.row)),
      column: Math.max(0, Math.min(size.columns - 1, at.column)),
    };
    showSelection();
    if (a1Of(selected) !== before && sheet !== null) handlers.select(sheet.name, a1Of(selected));
  }

  function startEditing(initial: string): void {
    const td = tdAt(selected);
    if (td === null) return;
    editor = el('input', { className: 'cell-editor', value: initial });
    td.replaceChildren(editor);
    editor.focus();
    editor.setSelectionRange(initial.length, initial.length);
    editor.addEventListener('keydown', (event) => {
      event.stopPropagation();
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
    if (td !== null) td.textContent = cellAt(selected)?.t ?? '';
    container.focus();
  }

  function commit(): void {
    if (editor === null) return;
    const typed = editor.value;
    editor = null;
    const td = tdAt(selected);
    if (td !== null) td.textContent = typed;
    container.focus();
    if (sheet !== null) handlers.edit(sheet.name, a1Of(selected), typed);
  }

  function draw(): void {
    if (sheet === null) return;
    const { rows, frozenRows } = sheet;
    const dataColumns = Math.max(0, ...rows.map((row) => row.length));
    size = { rows: Math.max(MIN_ROWS, rows.length + MARGIN), columns: Math.max(MIN_COLUMNS, dataColumns + 3) };
    const columns = Array.from({ length: size.columns }, (_, column) => column);
    const widths = columns.map((column) => columnWidth(rows, column));
    const head = el(
      'tr',
      {},
      el('th', { className: 'corner' }),
      ...columns.map((column) => {
        const th = el('th', { textContent: columnLetters(column) });
        th.style.width = `${widths[column]}px`;
        return th;
      }),
    );
    const body = Array.from({ length: size.rows }, (_, row) => {
      const tr = el('tr', {}, el('th', { className: 'row-number', textContent: String(row + 1) }));
      if (row < frozenRows) {
        tr.className = 'frozen';
        tr.style.setProperty('--top', `${(row + 1) * ROW_HEIGHT}px`);
      }
      if (row === frozenRows - 1) tr.classList.add('frozen-last');
      for (const column of columns) {
        const cell = rows[row]?.[column];
        const td = el('td', { textContent: cell?.t ?? '', dataset: { a1: a1Of({ row, column }) } });
        if (cell?.bg) td.style.background = cell.bg;
        if (cell?.color) td.style.color = cell.color;
        if (cell?.bold) td.style.fontWeight = 'bold';
        if (cell?.align) td.style.textAlign = cell.align;
        tr.append(td);
      }
      return tr;
    });
    table = el('table', { className: 'grid' }, el('thead', {}, head), el('tbody', {}, ...body));
    // A fixed layout needs the table's own width; then long text is clipped at the column's edge.
    table.style.width = `${ROW_NUMBER_WIDTH + widths.reduce((sum, width) => sum + width, 0)}px`;
    container.replaceChildren(table);
    showSelection();
  }

  // The formula bar edits the selected cell too: Enter commits, Escape puts the content back.
  formulaBar.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && sheet !== null) {
      event.preventDefault();
      handlers.edit(sheet.name, a1Of(selected), formulaBar.value);
      container.focus();
    } else if (event.key === 'Escape') {
      container.focus();
      showSelection();
    }
  });
  container.tabIndex = 0;
  container.addEventListener('mousedown', (event) => {
    const td = (event.target as HTMLElement).closest('td');
    if (td === null || td.querySelector('input') !== null) return;
    const at = positionOf(td.dataset.a1 ?? '');
    if (at === null) return;
    select(at);
    event.preventDefault();
    container.focus();
  });
  container.addEventListener('dblclick', (event) => {
    if ((event.target as HTMLElement).closest('td') === null || editor !== null) return;
    const cell = cellAt(selected);
    startEditing(cell?.f ?? cell?.t ?? '');
  });
  container.addEventListener('keydown', (event) => {
    if (editor !== null || event.ctrlKey || event.metaKey || event.altKey) return;
    const moves: Record<string, Position> = {
      ArrowUp: { row: selected.row - 1, column: selected.column },
      ArrowDown: { row: selected.row + 1, column: selected.column },
      ArrowLeft: { row: selected.row, column: selected.column - 1 },
      ArrowRight: { row: selected.row, column: selected.column + 1 },
    };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      select(move);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      const cell = cellAt(selected);
      startEditing(cell?.f ?? cell?.t ?? '');
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (sheet !== null) handlers.edit(sheet.name, a1Of(selected), '');
    } else if (event.key.length === 1) {
      event.preventDefault();
      startEditing(event.key);
    }
  });

  return {
    /** Draws a tab; keeps the selection when the same tab is redrawn after a change. */
    show(next: SheetView): void {
      if (sheet?.name !== next.name) {
        commit();
        selected = { row: 0, column: 0 };
      }
      sheet = next;
      // A cell being typed into is not redrawn under the person's fingers; the next change redraws it.
      if (editor === null) draw();
    },
    /** Moves the cursor where the script put it (Range.activate). */
    moveTo(a1: string): void {
      const at = positionOf(a1);
      if (at === null || editor !== null) return;
      selected = at;
      showSelection();
    },
  };
}
