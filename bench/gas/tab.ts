/** A tab the bench's workbook always has: a missing one is a broken fixture, so the run stops saying which. */
export function tab(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (sheet === null) throw new Error(`no ${name} tab`);
  return sheet;
}
