import { COMPUTED, findHeader } from '../core/workbook/headers';
import { tabKind } from '../core/workbook/tabNames';
import { readContext } from '../sheets/context';
import { readEdit, readTop } from '../sheets/readEdit';
import { refreshTables } from '../sheets/refreshWorkbook';
import { markLogTypedInto } from '../sheets/settings';

function range(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, offset) => first + offset);
}

/**
 * Simple trigger: re-scores only the edited rows of KPIs or OKRs, reading no more than they depend on. An edit
 * anywhere else returns after at most one read (the top rows, to find the header), because onEdit runs on
 * every keystroke-commit in the file; a row typed into Check-ins is noted, so the next read checks the log whole.
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const edited = e.range;
  const sheet = edited.getSheet();
  const kind = tabKind(sheet.getName());
  if (kind === 'checkIns') {
    markLogTypedInto();
    return;
  }
  if (kind !== 'kpis' && kind !== 'okrs') return;
  const timeZone = e.source.getSpreadsheetTimeZone();
  const top = readTop(sheet, timeZone);
  const header = findHeader(kind, top.top);
  if (!header.ok) return;
  const computed: readonly string[] = COMPUTED[kind];
  const inputColumns = Object.entries(header.header.columns)
    .filter(([column]) => !computed.includes(column))
    .map(([, index]) => index as number);
  const columns = range(edited.getColumn() - 1, edited.getNumColumns());
  const rows = range(edited.getRow() - 1, edited.getNumRows()).filter((row) => row > header.header.row && row < top.height);
  if (rows.length === 0 || !columns.some((column) => inputColumns.includes(column))) return;
  const context = readContext(e.source);
  const read = readEdit(context, kind, top, rows);
  if (read !== undefined) refreshTables(context, read.tables, read.onlyRows);
}
