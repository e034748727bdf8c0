import { quarterOf } from '../core/quarter';
import { TITLE, alert, toast } from '../sheets/feedback';
import { readFiscalStartMonth, saveFiscalStartMonth } from '../sheets/settings';
import { spreadsheetToday } from '../sheets/today';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function showSettings(): void {
  const ui = SpreadsheetApp.getUi();
  const month = readFiscalStartMonth();
  const today = spreadsheetToday(SpreadsheetApp.getActiveSpreadsheet());
  const quarter = quarterOf(today, month).label;
  const answer = ui.prompt(
    `${TITLE}: settings`,
    `Scores key results, flags KPIs and colours your KPIs and OKRs tabs. Today is in ${quarter}.\n\n` +
      `Month your fiscal year starts in (1-12); now ${month} (${MONTHS[month - 1]}):`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const text = answer.getResponseText().trim();
  if (text === '') return;
  const chosen = Number(text);
  if (!Number.isInteger(chosen) || chosen < 1 || chosen > 12) {
    alert(`"${text}" is not a month number from 1 to 12. The fiscal year still starts in ${MONTHS[month - 1]}.`);
    return;
  }
  saveFiscalStartMonth(chosen);
  toast(`Fiscal year starts in ${MONTHS[chosen - 1]}: today is in ${quarterOf(today, chosen).label}.`);
}
