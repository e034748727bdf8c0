import { listItems } from '../core/checkInItems';
import { CHECK_IN_HEADER } from '../core/checkInPlan';
import type { CheckInState } from '../core/checkInState';
import { applyPatches } from '../core/columnPatches';
import type { CheckInPayload, FieldProblem } from '../core/checkInPayload';
import { planCheckIn, type CheckInField } from '../core/checkInPlan';
import type { Item } from '../core/checkInItems';
import { toScriptLocal } from '../core/timeZone';
import { appendCheckIn, logTarget } from './checkInLog';
import { checkInStateOf } from './checkInView';
import { busy, withDocumentLock } from './lock';
import { refreshTables } from './refreshBook';
import { readFiscalStartMonth } from './settings';
import { CHECK_IN_FORMULAS } from '../core/tableReads';
import { findTabs, readTables } from './tabs';
import { cellsAsWritten } from './writeCells';

type SaveOutcome = FieldProblem<CheckInField> | { ok: true; item: Item; value: number | boolean; state: CheckInState };

/**
 * Under the document lock: finds the item by ID as the tabs are now, logs the check-in, writes Current
 * and Updated/Confidence (never over a formula), and re-scores that row and its objective as an edit does.
 * Every user error is found before the first write. The tabs are read once: the re-score and the sidebar's
 * new list work from them as written.
 */
export function saveCheckIn(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, payload: CheckInPayload, now: Date, by: string): SaveOutcome {
  let outcome: SaveOutcome | undefined;
  const done = withDocumentLock(() => {
    const tabs = findTabs(spreadsheet);
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const tables = readTables(tabs, timeZone, CHECK_IN_FORMULAS);
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
    const logged = appendCheckIn(spreadsheet, target, plan.log);
    (tables.checkIns ??= { values: [[...CHECK_IN_HEADER]], formulas: [] }).values.push(logged);
    for (const write of plan.writes) {
      tabs[write.tab]!.getRange(write.row + 1, write.column + 1).setValue(cellsAsWritten([[write.value]], timeZone)[0]![0]);
      tables[write.tab]!.values[write.row]![write.column] = write.value;
    }
    const kpis = new Set(plan.item.tab === 'kpis' ? [plan.item.row] : []);
    const okrs = new Set(plan.item.tab === 'okrs' ? [plan.item.row] : []);
    const refreshed = refreshTables(tabs, tables, timeZone, now, { kpis, okrs });
    if (refreshed.ok) {
      applyPatches(tables.kpis!.values, refreshed.patches.kpis);
      applyPatches(tables.okrs!.values, refreshed.patches.okrs);
    }
    outcome = { ok: true, item: plan.item, value: plan.value, state: checkInStateOf(tables, localNow, by) };
  });
  return done && outcome !== undefined ? outcome : { ok: false, field: 'form', message: busy('saved') };
}
