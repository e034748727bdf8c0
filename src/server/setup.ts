import { ownersOfWorkbook } from '../core/checkIn/list';
import { kpiLayout, okrLayout } from '../core/setup/layout';
import { ownersLayout } from '../core/setup/ownersLayout';
import { OWNERS_TITLE, TAB_TITLES } from '../core/workbook/tabNames';
import { buildWorkbook } from '../core/workbook/workbook';
import { readContext } from '../sheets/context';
import { createTab } from '../sheets/createTab';
import { alert, toast } from '../sheets/feedback';
import { readTables, workbookInput } from '../sheets/readWorkbook';
import { refreshWorkbook } from '../sheets/refreshWorkbook';
import { findOwnersTab } from '../sheets/ownersTab';
import { readFiscalStartMonth } from '../sheets/settings';
import { findTabs } from '../sheets/tabs';
import { spreadsheetToday } from '../sheets/today';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function listed(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** The owners the tabs name now, for the Owners tab's rows; none when the tabs cannot be read. */
function ownersNow(spreadsheet: Spreadsheet): string[] {
  const context = readContext(spreadsheet);
  const built = buildWorkbook(workbookInput(context, readTables(context, {})));
  return built.ok ? ownersOfWorkbook(built.workbook) : [];
}

/** Creates the Owners tab when missing, listing the owners the tabs name; an existing one is never touched. */
function setUpOwners(spreadsheet: Spreadsheet): string | null {
  if (findOwnersTab(spreadsheet) !== null) return null;
  createTab(spreadsheet, ownersLayout(ownersNow(spreadsheet)));
  return `Created ${OWNERS_TITLE}: add each person's e-mail address there for reminders.`;
}

/** Creates whichever of KPIs, OKRs and Owners is missing; an existing tab is never touched. */
export function setUpTabs(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const today = spreadsheetToday(spreadsheet);
  const existing = findTabs(spreadsheet);
  const layouts = { kpis: () => kpiLayout(today), okrs: () => okrLayout(today, readFiscalStartMonth()) };
  const kept = (['kpis', 'okrs'] as const).flatMap((kind) => existing[kind] ?? []);
  const created = (['kpis', 'okrs'] as const).filter((kind) => existing[kind] === undefined);
  for (const kind of created) createTab(spreadsheet, layouts[kind]());
  const ownersKept = findOwnersTab(spreadsheet);
  const owners = setUpOwners(spreadsheet);
  const names = (kinds: readonly ('kpis' | 'okrs')[]): string => listed(kinds.map((kind) => TAB_TITLES[kind]));
  const ownersNote = owners === null ? '' : ` ${owners}`;
  if (kept.length === 0) {
    const plan = refreshWorkbook(spreadsheet, new Date());
    toast(`Created ${names(created)} with example rows.${plan.ok ? ` ${plan.summary}` : ''}${ownersNote}`);
    return;
  }
  const keptSheets = [...kept, ...(ownersKept === null ? [] : [ownersKept])];
  const keptNames = listed(keptSheets.map((sheet) => sheet.getName()));
  const one = keptSheets.length === 1;
  alert(
    created.length === 0
      ? `${keptNames} already ${one ? 'exists' : 'exist'}: left exactly as ${one ? 'it is' : 'they are'}.` +
          (owners === null ? ' Nothing was created.' : ownersNote)
      : `Created ${names(created)} with example rows. ${keptNames} already ${one ? 'exists' : 'exist'} and ` +
          `${one ? 'was' : 'were'} left exactly as ${one ? 'it is' : 'they are'}.${ownersNote} ` +
          'Run Refresh scores & colours to score them.',
  );
}
