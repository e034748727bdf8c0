// restoreWorkbook is Workbook.toJSON() backwards: what a host saved comes back cell for cell.
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon, restoreWorkbook, type WorkbookSnapshot } from '../../emulator/index';

const CODE = `
function decorate() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('OKRs');
  sheet.getRange('B2').setBackground('#b7e1cd').setNumberFormat('0%').setNote('from the last check-in');
  sheet.getRange('A1:B1').setFontWeight('bold');
  sheet.getRange('C2').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['weekly', 'monthly']).build());
  sheet.setFrozenRows(1);
  sheet.protect().setDescription('computed').setWarningOnly(true);
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Notes').hideSheet();
}`;

/** Sheet IDs are allocated afresh, as a copied file gets new ones. */
const withoutIds = (snapshot: WorkbookSnapshot) => ({
  ...snapshot,
  sheets: snapshot.sheets.map(({ sheetId: _id, ...sheet }) => sheet),
});

describe('restoreWorkbook', () => {
  it('rebuilds values, dates, formulas, formats, validation, notes, frozen rows, hidden tabs and protection', () => {
    const workbook = createWorkbook({
      name: 'Demo',
      timeZone: 'Europe/Berlin',
      sheets: {
        OKRs: {
          values: [
            ['KR', 'Score', 'Cadence', 'Due'],
            ['Leads', 0.63, 'weekly', new Date('2026-12-31T00:00:00Z')],
          ],
          formulas: { E2: { formula: '=B2*2', value: 1.26 } },
        },
        Notes: { values: [['x']] },
      },
    });
    loadAddon({ code: CODE, workbook }).run('decorate');
    const restored = restoreWorkbook(workbook.toJSON());
    expect(withoutIds(restored.toJSON())).toEqual(withoutIds(workbook.toJSON()));
    expect(restored.read('OKRs').displayValues()[1]).toEqual(workbook.read('OKRs').displayValues()[1]);
    expect(restored.read('OKRs').cell('D2').value).toEqual(new Date('2026-12-31T00:00:00Z'));
  });
});
