// How the add-on speaks to the user: a toast for results, an alert for what needs their action.

export const TITLE = 'KPI & OKR';

export function toast(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, TITLE, 8);
}

export function alert(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(TITLE, message, ui.ButtonSet.OK);
}
