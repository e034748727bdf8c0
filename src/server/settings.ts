// Settings & about…: one sidebar panel with the fiscal year, the weekly digest (its handlers are in
// reminders.ts) and a line about the add-on. The fiscal year is document-wide, so every editor shares it.
import {
  fiscalYearPayloadSchema,
  fiscalYearView,
  refusedMessage,
  savedMessage,
  type FiscalYearReply,
  type FiscalYearView,
} from '../core/settings/fiscalYear';
import { toast } from '../sheets/feedback';
import { showSidebarPanel } from '../sheets/panel';
import { readFiscalStartMonth, saveFiscalStartMonth } from '../sheets/settings';
import { spreadsheetToday } from '../sheets/today';

function viewOf(startMonth: number): FiscalYearView {
  return fiscalYearView(spreadsheetToday(SpreadsheetApp.getActiveSpreadsheet()), startMonth);
}

/** Menu: Settings & about… */
export function showSettings(): void {
  showSidebarPanel('settings', 'KPI & OKR settings');
}

/** Panel: the month the fiscal year starts in, and today's quarter for each month it could start in. */
export function getFiscalYear(): FiscalYearView {
  return viewOf(readFiscalStartMonth());
}

/** Panel: saves the fiscal year's start month ({ startMonth: 1-12 }) for the whole document. */
export function saveFiscalYear(payload: unknown): FiscalYearReply {
  const parsed = fiscalYearPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    const current = readFiscalStartMonth();
    return { ok: false, message: refusedMessage(payload, current), view: viewOf(current) };
  }
  saveFiscalStartMonth(parsed.data.startMonth);
  const view = viewOf(parsed.data.startMonth);
  const message = savedMessage(view);
  toast(message);
  return { ok: true, message, view };
}
