import type { RefreshPlan } from '../core/workbook/refresh';
import { alert, toast } from '../sheets/feedback';
import { busy, withDocumentLock } from '../sheets/lock';
import { refreshWorkbook } from '../sheets/refreshWorkbook';

export function refreshScores(): void {
  let plan: RefreshPlan | undefined;
  const done = withDocumentLock(() => {
    plan = refreshWorkbook(SpreadsheetApp.getActiveSpreadsheet(), new Date());
  });
  if (!done || plan === undefined) alert(busy('changed'));
  else if (plan.ok) toast(plan.summary);
  else alert(`Nothing was changed.\n\n${plan.problems.join('\n\n')}`);
}
