import type { DraftRowPayload, FieldProblem } from '../core/checkIn/payload';
import { planDraftRow, type DraftField } from '../core/checkIn/draftRow';
import { buildWorkbook } from '../core/workbook/workbook';
import { present } from '../core/present';
import { REFRESH_FORMULAS } from '../core/workbook/tableReads';
import { readContext } from './context';
import { busy, withDocumentLock } from './lock';
import { readTables, workbookInput } from './readWorkbook';
import { refreshTables } from './refreshWorkbook';
import { readTable } from './tabs';
import { cellsAsWritten } from './writeCells';

type DraftOutcome = FieldProblem<DraftField> | { ok: true; id: string; tab: 'kpis' | 'okrs' };

/** Under the document lock: writes the draft as a new row, then scores it as an edit would (which gives it its ID). */
export function addDraftRow(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  draft: DraftRowPayload,
  now: Date,
): DraftOutcome {
  let outcome: DraftOutcome | undefined;
  const done = withDocumentLock(() => {
    const context = readContext(spreadsheet, now);
    const tables = readTables(context, { formulas: REFRESH_FORMULAS, usedIds: true });
    const built = buildWorkbook(workbookInput(context, tables));
    if (!built.ok || tables.kpis === undefined || tables.okrs === undefined) {
      outcome = {
        ok: false,
        field: 'form',
        message: `${built.ok ? '' : built.problems.join(' ')} Nothing was added.`.trim(),
      };
      return;
    }
    const plan = planDraftRow({ workbook: built.workbook, kpis: tables.kpis, okrs: tables.okrs, draft });
    if (!plan.ok) {
      outcome = plan;
      return;
    }
    const sheet = present(context.tabs[plan.tab], `the ${plan.tab} tab`);
    if (plan.insert) sheet.insertRowAfter(plan.row);
    // The row is new (inserted, or below the last row with content), so its gaps can be written blank.
    const width = Math.max(...plan.cells.keys()) + 1;
    const row = Array.from({ length: width }, (_, column) => plan.cells.get(column) ?? '');
    sheet.getRange(plan.row + 1, 1, 1, width).setValues(cellsAsWritten([row], context.timeZone));
    // Rows moved down under an insert: the tab is read again rather than shifted by hand.
    tables[plan.tab] = readTable(sheet, context.timeZone, plan.tab, REFRESH_FORMULAS[plan.tab]);
    const onlyRows = {
      kpis: new Set(plan.tab === 'kpis' ? [plan.row] : []),
      okrs: new Set(plan.tab === 'okrs' ? [plan.row] : []),
    };
    const result = refreshTables(context, tables, onlyRows);
    const rows = result.ok ? result.workbook.rows[plan.tab] : [];
    const added = rows.find((candidate) => candidate.row === plan.row);
    outcome = { ok: true, id: added?.id ?? '', tab: plan.tab };
  });
  return done && outcome !== undefined ? outcome : { ok: false, field: 'form', message: busy('added') };
}
