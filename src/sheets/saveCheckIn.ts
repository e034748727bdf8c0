import { listItems } from '../core/checkInItems';
import type { CheckInPayload, FieldProblem } from '../core/checkInPayload';
import { planCheckIn, type CheckInField } from '../core/checkInPlan';
import type { Item } from '../core/checkInItems';
import { tableToSheet, toScriptLocal } from '../core/timeZone';
import { appendCheckIn, logTarget } from './checkInLog';
import { withDocumentLock } from './lock';
import { refreshBook } from './refreshBook';
import { readFiscalStartMonth } from './settings';
import { findTabs, readTables } from './tabs';

type SaveOutcome = FieldProblem<CheckInField> | { ok: true; item: Item; value: number | boolean };

const BUSY = 'Someone else is saving to this spreadsheet. Nothing was saved: try again in a moment.';

/**
 * Under the document lock: finds the item by ID as the tabs are now, logs the check-in, writes Current
 * and Updated/Confidence (never over a formula), and re-scores that row and its objective as an edit does.
 * Every user error is found before the first write.
 */
export function saveCheckIn(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, payload: CheckInPayload, now: Date, by: string): SaveOutcome {
  let outcome: SaveOutcome | undefined;
  const done = withDocumentLock(() => {
    const tabs = findTabs(spreadsheet);
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const tables = readTables(tabs, timeZone);
    const localNow = toScriptLocal(now, timeZone);
    const items = listItems({ ...tables, today: localNow, fiscalStartMonth: readFiscalStartMonth() });
    if (!items.ok) {
      outcome = { ok: false, field: 'form', message: `${items.problems.join(' ')} Nothing was saved.` };
      return;
    }
    const target = logTarget(tabs.checkIns, tables.checkIns);
    if (!target.ok) {
      outcome = { ok: false, field: 'form', message: target.message };
      return;
    }
    const formulas = { kpis: tables.kpis?.formulas ?? [], okrs: tables.okrs?.formulas ?? [] };
    const plan = planCheckIn({ items, formulas, payload, now: localNow, by });
    if (!plan.ok) {
      outcome = plan;
      return;
    }
    appendCheckIn(spreadsheet, target, plan.log);
    for (const write of plan.writes) {
      const sheet = tabs[write.tab]!;
      sheet.getRange(write.row + 1, write.column + 1).setValue(tableToSheet([[write.value]], timeZone)[0]?.[0]);
    }
    const kpis = new Set(plan.item.tab === 'kpis' ? [plan.item.row] : []);
    const okrs = new Set(plan.item.tab === 'okrs' ? [plan.item.row] : []);
    refreshBook(spreadsheet, now, { kpis, okrs });
    outcome = { ok: true, item: plan.item, value: plan.value };
  });
  return done && outcome !== undefined ? outcome : { ok: false, field: 'form', message: BUSY };
}
