import { kpiLayout, okrLayout } from '../core/setup/layout';
import { TAB_TITLES } from '../core/workbook/tabNames';
import { createTab } from '../sheets/createTab';
import { alert, toast } from '../sheets/feedback';
import { refreshWorkbook } from '../sheets/refreshWorkbook';
import { readFiscalStartMonth } from '../sheets/settings';
import { findTabs } from '../sheets/tabs';
import { spreadsheetToday } from '../sheets/today';

/** Creates whichever of KPIs and OKRs is missing; an existing tab is never touched. */
export function setUpTabs(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const today = spreadsheetToday(spreadsheet);
  const existing = findTabs(spreadsheet);
  const layouts = { kpis: () => kpiLayout(today), okrs: () => okrLayout(today, readFiscalStartMonth()) };
  const kept = (['kpis', 'okrs'] as const).flatMap((kind) => existing[kind] ?? []);
  const created = (['kpis', 'okrs'] as const).filter((kind) => existing[kind] === undefined);
  for (const kind of created) createTab(spreadsheet, layouts[kind]());
  const names = (kinds: readonly ('kpis' | 'okrs')[]): string => kinds.map((kind) => TAB_TITLES[kind]).join(' and ');
  if (kept.length === 0) {
    const plan = refreshWorkbook(spreadsheet, new Date());
    toast(`Created ${names(created)} with example rows.${plan.ok ? ` ${plan.summary}` : ''}`);
    return;
  }
  const keptNames = kept.map((sheet) => sheet.getName()).join(' and ');
  alert(
    created.length === 0
      ? `${keptNames} already ${kept.length === 1 ? 'exists' : 'exist'}: left exactly as ${kept.length === 1 ? 'it is' : 'they are'}. Nothing was created.`
      : `Created ${names(created)} with example rows. ${keptNames} already exists and was left exactly as it is. ` +
          'Run Refresh scores & colours to score them.',
  );
}
