import { editedRows, parseA1, touchesColumns } from '../core/workbook/editedRows';
import { findHeader } from '../core/workbook/headers';
import { editKeepsEarlyWarning } from '../core/kpi/earlyWarning';
import { tabKind } from '../core/workbook/tabNames';
import { readContext } from '../sheets/context';
import { readEdit, readTop } from '../sheets/readEdit';
import { refreshTables } from '../sheets/refreshWorkbook';
import { markLogTypedInto } from '../sheets/settings';

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
  const top = readTop(sheet, timeZone, kind);
  const header = findHeader(kind, top.top);
  if (!header.ok) return;
  const range = parseA1(edited.getA1Notation()) ?? {
    row: edited.getRow(),
    column: edited.getColumn(),
    rows: edited.getNumRows(),
    columns: edited.getNumColumns(),
  };
  const rows = editedRows(kind, header.header, range, top.height);
  if (rows.length === 0) return;
  const context = readContext(e.source, new Date(), timeZone, { [kind]: sheet });
  // A KPI edit that leaves the trend's columns alone keeps the early warning its Status note remembers.
  const keepsWarnings = kind === 'kpis' && editKeepsEarlyWarning(header.header, range);
  // A single cell's former text: a Parent changed away from a key result leaves that roll-up to re-score.
  // The types promise oldValue always; Sheets leaves it out for a block and for a cell that was blank.
  const { oldValue } = e as { oldValue?: string };
  const former =
    oldValue !== undefined && range.rows === 1 && range.columns === 1
      ? { column: range.column - 1, text: oldValue }
      : undefined;
  // A Current or KPI typed where the cell was blank (or a pasted block, whose former cells are unknown) may end
  // a roll-up from another team's objectives: the edit then reads them, so their Status note goes.
  const mayEndRollUp =
    kind === 'okrs' &&
    touchesColumns(range, [header.header.columns.current, header.header.columns.kpi]) &&
    (former === undefined || former.text === '');
  const read = readEdit(context, kind, top, rows, keepsWarnings, former, mayEndRollUp);
  if (read !== undefined) refreshTables({ ...context, tabs: read.tabs }, read.tables, read.onlyRows);
}
