// The model the nudge and the weekly digest reason over. A team that keeps only OKRs (or only KPIs) still
// needs its reminders, so a missing KPIs or OKRs tab counts as an empty one here, where Refresh would ask for
// it: nobody can be late on a tab that does not exist.

import { kpiLayout, okrLayout } from '../core/setup/layout';
import { buildWorkbook, type TableInput, type WorkbookResult } from '../core/workbook/workbook';
import type { SheetsContext } from './context';
import { readTables, workbookInput } from './readWorkbook';
import { KEY_RESULT_DAYS } from '../core/reminders/due';

function emptyTable(header: readonly string[]): TableInput {
  return { values: [[...header]], formulas: [] };
}

/** Reads what reminders need (the tabs, a week of check-ins) and builds the model; both tabs absent fails. */
export function reminderWorkbook(
  context: SheetsContext,
  owners: TableInput | undefined,
  fiscalStartMonth?: number,
): WorkbookResult {
  // Other teams' objectives too: a key result rolled up from them has nothing to check in.
  const tables = readTables(context, { logDays: KEY_RESULT_DAYS, teamOkrs: true });
  const input = workbookInput(context, tables);
  const oneTab = (tables.kpis === undefined) !== (tables.okrs === undefined);
  return buildWorkbook({
    ...input,
    ...(oneTab && tables.kpis === undefined ? { kpis: emptyTable(kpiLayout(context.today).header) } : {}),
    ...(oneTab && tables.okrs === undefined
      ? { okrs: emptyTable(okrLayout(context.today, context.fiscalStartMonth).header) }
      : {}),
    // The document's setting when its properties were read; else the one remembered when it was switched on.
    ...(fiscalStartMonth !== undefined && context.facts['fiscalStartMonth'] === undefined ? { fiscalStartMonth } : {}),
    ...(owners === undefined ? {} : { owners }),
  });
}
