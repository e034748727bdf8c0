import { alert, toast } from '../sheets/feedback';
import { busy, withDocumentLock } from '../sheets/lock';
import { buildDashboard as build } from '../sheets/dashboardBuild';
import type { DashboardPlan } from '../core/dashboard/plan';

export const BUILT_MESSAGE = 'Dashboard built. Every Refresh keeps it current; edits on it are overwritten.';

/** Menu: Build dashboard creates (or rebuilds) the Dashboard tab. */
export function buildDashboard(): void {
  let plan: DashboardPlan | undefined;
  const done = withDocumentLock(() => {
    plan = build(SpreadsheetApp.getActiveSpreadsheet(), new Date());
  });
  if (!done || plan === undefined) alert(busy('changed'));
  else if (plan.ok) toast(BUILT_MESSAGE);
  else alert(`Nothing was changed.\n\n${plan.problems.join('\n\n')}`);
}
