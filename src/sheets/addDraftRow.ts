import { listItems } from '../core/checkInItems';
import type { DraftRowPayload, FieldProblem } from '../core/checkInPayload';
import { planDraftRow, type DraftField } from '../core/draftRow';
import { toScriptLocal } from '../core/timeZone';
import { busy, withDocumentLock } from './lock';
import { refreshBook } from './refreshBook';
import { cellsAsWritten } from './writeCells';
import { readFiscalStartMonth } from './settings';
import { CHECK_IN_FORMULAS } from '../core/tableReads';
import { findTabs, readTables } from './tabs';

type DraftOutcome = FieldProblem<DraftField> | { ok: true; id: string; tab: 'kpis' | 'okrs' };

/** Under the document lock: writes the draft as a new row, then scores it as an edit would (which gives it its ID). */
export function addDraftRow(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, draft: DraftRowPayload, now: Date): DraftOutcome {
  let outcome: DraftOutcome | undefined;
  const done = withDocumentLock(() => {
    const tabs = findTabs(spreadsheet);
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const tables = readTables(tabs, timeZone, CHECK_IN_FORMULAS);
    const items = listItems({ ...tables, today: toScriptLocal(now, timeZone), fiscalStartMonth: readFiscalStartMonth() });
    if (!items.ok || tables.kpis === undefined || tables.okrs === undefined) {
      outcome = { ok: false, field: 'form', message: `${items.ok ? '' : items.problems.join(' ')} Nothing was added.`.trim() };
      return;
    }
    const plan = planDraftRow({ items, kpis: tables.kpis, okrs: tables.okrs, draft });
    if (!plan.ok) {
      outcome = plan;
      return;
    }
    const sheet = tabs[plan.tab]!;
    if (plan.insert) sheet.insertRowAfter(plan.row);
    // The row is new (inserted, or below the last row with content), so its gaps can be written blank.
    const width = Math.max(...plan.cells.keys()) + 1;
    const row = Array.from({ length: width }, (_, column) => plan.cells.get(column) ?? '');
    sheet.getRange(plan.row + 1, 1, 1, width).setValues(cellsAsWritten([row], timeZone));
    const result = refreshBook(spreadsheet, now, { kpis: new Set(plan.tab === 'kpis' ? [plan.row] : []), okrs: new Set(plan.tab === 'okrs' ? [plan.row] : []) });
    const added = result.ok ? (plan.tab === 'kpis' ? result.kpis : result.okrs).find((r) => r.row === plan.row) : undefined;
    outcome = { ok: true, id: added?.id ?? '', tab: plan.tab };
  });
  return done && outcome !== undefined ? outcome : { ok: false, field: 'form', message: busy('added') };
}
