// The floor of onEdit for one key result's Current, run as an Apps Script of its own: it reads the OKRs
// header rows, the edited objective's rows (scoring the objective needs its key results) and the linked
// KPI's row, then writes Score and Status of the edited row and of its objective row. Nothing else: not the
// Check-ins log, which a Current edit does not change.
import { HEADER_ROWS, type KeyResultPlace } from './place';
import { writeScore } from './scoreCells';
import { tab } from './tab';

export function editFloor(place: KeyResultPlace): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const okrs = tab(spreadsheet, 'OKRs');
  okrs.getRange(1, 1, HEADER_ROWS, place.okrWidth).getValues();
  okrs.getRange(place.objectiveRow, 1, place.lastRow - place.objectiveRow + 1, place.okrWidth).getValues();
  tab(spreadsheet, 'KPIs').getRange(place.kpiRow, 1, 1, place.kpiWidth).getValues();
  writeScore(okrs, place.row, place.scoreColumn);
  writeScore(okrs, place.objectiveRow, place.scoreColumn);
}
