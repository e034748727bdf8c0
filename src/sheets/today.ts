import { toScriptLocal } from '../core/timeZone';

/** Today as the spreadsheet's time zone sees it, in the script-local form the core works with. */
export function spreadsheetToday(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Date {
  return toScriptLocal(new Date(), spreadsheet.getSpreadsheetTimeZone());
}
