// Build dashboard from what a job read: the model (with an empty table for a missing tab, so a document with
// only KPIs or only OKRs gets its half), then the layout. A document with neither tab has nothing to show.

import { buildWorkbook, type Workbook, type WorkbookInput } from '../workbook/workbook';
import { halvesOf, withEmptyHalf } from './halfWorkbook';
import { dashboardLayout, type DashboardLayout } from './layout';

export type DashboardPlan =
  | { readonly ok: true; readonly layout: DashboardLayout }
  | { readonly ok: false; readonly problems: readonly string[] };

export const NOTHING_TO_SHOW =
  'No KPIs or OKRs tab: add one (or run Extensions → KPI & OKR → Set up tabs), then Build dashboard again.';

export function planDashboard(input: WorkbookInput): DashboardPlan {
  const halves = halvesOf(input);
  if (!halves.kpis && !halves.okrs) return { ok: false, problems: [NOTHING_TO_SHOW] };
  const built = buildWorkbook(withEmptyHalf(input));
  return built.ok ? { ok: true, layout: dashboardLayout(built.workbook, halves) } : built;
}

/** The layout of a workbook another job already built (Refresh): both tabs were there. */
export function layoutOf(workbook: Workbook): DashboardLayout {
  return dashboardLayout(workbook, { kpis: true, okrs: true });
}
