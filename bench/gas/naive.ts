// The naive baseline, run as an Apps Script of its own and never part of the add-on: a Refresh written the
// way Google's best-practices page says not to, reading each input cell and writing and colouring each result
// cell with its own calls. It computes only the KR score and the KPI range flag, less than the add-on does.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function column(sheet: Sheet, title: string): number {
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
  const index = header.indexOf(title);
  if (index < 0) throw new Error(`no column ${title}`);
  return index + 1;
}

function cell(sheet: Sheet, row: number, at: number): unknown {
  return sheet.getRange(row, at).getValue();
}

function write(sheet: Sheet, row: number, at: number, value: string | number, colour: string): void {
  const target = sheet.getRange(row, at);
  target.setValue(value);
  target.setBackground(colour);
}

function scoreKeyResults(sheet: Sheet): void {
  const start = column(sheet, 'Start');
  const target = column(sheet, 'Target');
  const current = column(sheet, 'Current');
  const score = column(sheet, 'Score');
  const last = sheet.getLastRow();
  for (let row = 2; row <= last; row += 1) {
    const from = Number(cell(sheet, row, start));
    const to = Number(cell(sheet, row, target));
    const now = Number(cell(sheet, row, current));
    const value = Math.min(1, Math.max(0, (now - from) / (to - from)));
    if (Number.isFinite(value))
      write(sheet, row, score, value, value >= 0.7 ? '#b7e1cd' : value >= 0.4 ? '#fce8b2' : '#f4c7c3');
    else write(sheet, row, score, '', '#e8eaed');
  }
}

function flagKpis(sheet: Sheet): void {
  const min = column(sheet, 'Min');
  const max = column(sheet, 'Max');
  const current = column(sheet, 'Current');
  const status = column(sheet, 'Status');
  const last = sheet.getLastRow();
  for (let row = 2; row <= last; row += 1) {
    const low = Number(cell(sheet, row, min));
    const high = Number(cell(sheet, row, max));
    const now = Number(cell(sheet, row, current));
    const ok = now >= low && now <= high;
    write(sheet, row, status, ok ? 'OK' : 'ALERT', ok ? '#b7e1cd' : '#f4c7c3');
  }
}

export function naiveRefresh(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const kpis = spreadsheet.getSheetByName('KPIs');
  const okrs = spreadsheet.getSheetByName('OKRs');
  if (kpis !== null) flagKpis(kpis);
  if (okrs !== null) scoreKeyResults(okrs);
}
