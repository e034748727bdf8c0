import { readText, type Cell } from '../core/cells';
import { itemName, type CheckInItem } from '../core/checkIn/list';
import type { CheckInPayload, FieldProblem } from '../core/checkIn/payload';
import {
  CHECK_IN_HEADER,
  NEW_LOG_HEADER,
  idText,
  logRow,
  planCheckIn,
  tabOf,
  type CheckInField,
} from '../core/checkIn/plan';
import type { CheckInState } from '../core/checkIn/state';
import { applyPatches } from '../core/workbook/columnPatches';
import { refreshPatches } from '../core/workbook/refresh';
import { buildWorkbook, type TableInput, type Workbook } from '../core/workbook/workbook';
import { chainMayRollUp } from '../core/teams/rollUpChain';
import { present } from '../core/present';
import { tableToScriptLocal } from '../core/timeZone';
import { appendCheckIn, logTarget } from './checkInLog';
import { KPI_SAVE_READS, SAVE_READS, stateOf } from './checkInView';
import { readContext, type SheetsContext } from './context';
import { busy, withDocumentLock } from './lock';
import { readLogTables, readTables, workbookInput } from './readWorkbook';
import { readTeamOkrsTable } from './teamOkrsTab';
import { writePatches } from './writePatches';
import { cellAsWritten } from './writeCells';

type SaveOutcome =
  FieldProblem<CheckInField> | { ok: true; item: CheckInItem; value: number | boolean; state: CheckInState };

/** Whether the item's row still holds its ID and text: another editor may have sorted or typed since the read. */
function stillThere(context: SheetsContext, item: CheckInItem, columns: Partial<Record<string, number>>): boolean {
  const sheet = context.tabs[tabOf(item)];
  if (sheet === undefined || item.row + 1 > sheet.getLastRow()) return false;
  const width = Math.max(...Object.values(columns).map((column) => (column ?? 0) + 1));
  const [cells = []] = tableToScriptLocal(
    sheet.getRange(item.row + 1, 1, 1, width).getValues() as Cell[][],
    context.timeZone,
  );
  const text = (key: string): string => {
    const column = columns[key];
    return column === undefined ? '' : readText(cells[column] ?? '');
  };
  const shown = item.kind === 'kpi' ? text('name') : text('keyResult') || text('objective');
  return (
    text('id').toLowerCase() === item.id.toLowerCase() &&
    (shown === '' || shown.toLowerCase() === itemName(item).toLowerCase())
  );
}

/**
 * Other teams' objectives, when the check-in's re-score may move a key result they roll up into (one read of the
 * Team OKRs tab): the save then writes the score Refresh writes. Any other check-in reads no more than before.
 */
function importsFor(context: SheetsContext, workbook: Workbook, item: CheckInItem): { teamOkrs?: TableInput } {
  if (workbook.headers.okrs.columns.parent === undefined) return {};
  const rows =
    item.kind === 'kpi'
      ? workbook.keyResults.filter((keyResult) => keyResult.followsKpi === item.id.toLowerCase()).map((k) => k.row)
      : [item.row];
  if (!chainMayRollUp(new Set(rows), workbook)) return {};
  const teamOkrs = readTeamOkrsTable(context.spreadsheet, context.timeZone);
  return teamOkrs === undefined ? {} : { teamOkrs };
}

/**
 * Finds the item by ID as the tabs are now and checks it still shows what the person picked, plans every
 * write (the log row, Current and Updated/Confidence never over a formula, the re-scored row and objective)
 * before any is made, then, under the document lock and only for as long as the writes take, checks the row
 * has not moved and writes. The sidebar's new list is built from the tabs as written, after the lock.
 */
export function saveCheckIn(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  payload: CheckInPayload,
  now: Date,
  by: string,
): SaveOutcome {
  const context = readContext(spreadsheet, now);
  const tables = readTables(context, SAVE_READS);
  const built = buildWorkbook(workbookInput(context, tables));
  if (!built.ok) return { ok: false, field: 'form', message: `${built.problems.join(' ')} Nothing was saved.` };
  const target = logTarget(context.tabs.checkIns, tables.checkIns);
  if (!target.ok) return { ok: false, field: 'form', message: target.message };
  const formulas = { kpis: tables.kpis?.formulas ?? [], okrs: tables.okrs?.formulas ?? [] };
  const plan = planCheckIn({ workbook: built.workbook, formulas, payload, now: context.today, by });
  if (!plan.ok) return plan;

  const tab = tabOf(plan.item);
  Object.assign(tables, importsFor(context, built.workbook, plan.item));
  // A KPI's Status follows its trend (early warning): a KPI check-in reads the readings the list draws it from,
  // so saving a reading that still falls keeps the KPI WARN. A key result's check-in needs no log row.
  if (plan.item.kind === 'kpi')
    Object.assign(
      tables,
      readLogTables(context, KPI_SAVE_READS, {
        kpis: tables.kpis?.values.length ?? 0,
        okrs: tables.okrs?.values.length ?? 0,
      }),
    );
  // The workbook was built from this tab, so it and its table are there, with every row the plan writes.
  const sheet = present(context.tabs[tab], `the ${tab} tab`);
  const table = present(tables[tab], `the ${tab} table`);
  for (const write of plan.writes)
    present(table.values[write.row], `row ${write.row + 1} of the ${tab} table`)[write.column] = write.value;
  // The tabs as they will read once written: the re-score and the new list need no second read.
  (tables.checkIns ??= { values: [[...CHECK_IN_HEADER]], formulas: [] }).values.push(
    logRow(plan.log, target.header ?? NEW_LOG_HEADER),
  );
  const rescored = buildWorkbook(workbookInput(context, tables));
  const onlyRows = {
    kpis: new Set(tab === 'kpis' ? [plan.item.row] : []),
    okrs: new Set(tab === 'okrs' ? [plan.item.row] : []),
  };
  const patches = rescored.ok ? refreshPatches(rescored.workbook, tables, onlyRows) : { kpis: [], okrs: [] };

  let moved: FieldProblem<CheckInField> | undefined;
  const done = withDocumentLock(() => {
    if (!stillThere(context, plan.item, built.workbook.headers[tab].columns)) {
      moved = {
        ok: false,
        field: 'id',
        message: `${idText(plan.item.id)} moved or changed while saving (another editor sorted or edited the tab). Nothing was saved: try again.`,
      };
      return;
    }
    appendCheckIn(spreadsheet, target, plan.log);
    for (const write of plan.writes)
      sheet.getRange(write.row + 1, write.column + 1).setValue(cellAsWritten(write.value, context.timeZone));
    if (context.tabs.kpis !== undefined) writePatches(context.tabs.kpis, patches.kpis, context.timeZone);
    if (context.tabs.okrs !== undefined) writePatches(context.tabs.okrs, patches.okrs, context.timeZone);
  });
  if (!done) return { ok: false, field: 'form', message: busy('saved') };
  if (moved !== undefined) return moved;
  applyPatches(present(tables.kpis, 'the KPIs table').values, patches.kpis);
  applyPatches(present(tables.okrs, 'the OKRs table').values, patches.okrs);
  const after = rescored.ok ? buildWorkbook(workbookInput(context, tables)) : built;
  // The log was not read: the sidebar keeps the trends it has and adds this reading (withHistoryOf).
  return {
    ok: true,
    item: plan.item,
    value: plan.value,
    state: stateOf(after.ok ? after.workbook : built.workbook, by, false),
  };
}
