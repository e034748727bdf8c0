import type { Cell } from '../core/cells';
import { COMPUTED, HEADER_SEARCH_ROWS, findHeader } from '../core/headers';
import { tabKind } from '../core/tabNames';
import { refreshBook } from '../sheets/refreshBook';

function range(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, offset) => first + offset);
}

/**
 * Simple trigger: re-scores only the edited rows of KPIs or OKRs. An edit anywhere else returns after at most
 * one read (the top rows, to find the header), because onEdit runs on every keystroke-commit in the file.
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const edited = e.range;
  const sheet = edited.getSheet();
  const kind = tabKind(sheet.getName());
  if (kind !== 'kpis' && kind !== 'okrs') return;
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return;
  const top = sheet.getRange(1, 1, Math.min(HEADER_SEARCH_ROWS, lastRow), lastColumn).getValues() as Cell[][];
  const header = findHeader(kind, top);
  if (!header.ok) return;
  const computed: readonly string[] = COMPUTED[kind];
  const inputColumns = Object.entries(header.header.columns)
    .filter(([column]) => !computed.includes(column))
    .map(([, index]) => index as number);
  const columns = range(edited.getColumn() - 1, edited.getNumColumns());
  const rows = range(edited.getRow() - 1, edited.getNumRows()).filter((row) => row > header.header.row);
  if (rows.length === 0 || !columns.some((column) => inputColumns.includes(column))) return;
  const onlyRows = { kpis: new Set(kind === 'kpis' ? rows : []), okrs: new Set(kind === 'okrs' ? rows : []) };
  refreshBook(e.source, new Date(), onlyRows);
}
