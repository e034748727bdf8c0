import { describe, expect, it } from 'vitest';
import { returned, servicesFor, thrown } from './helpers';

describe('Spreadsheet (contract §1)', () => {
  it("getSheetByName: 'Returns Sheet, or null when no sheet has that name' (exact, case-sensitive)", () => {
    const { spreadsheet } = servicesFor({ KPIs: { values: [['a']] } });
    expect(spreadsheet.getSheetByName('KPIs')?.getName()).toBe('KPIs');
    expect(spreadsheet.getSheetByName('kpis')).toBeNull();
    expect(spreadsheet.getSheetByName('Nope')).toBeNull();
  });

  it("getSheets: 'getSheets()[0].getIndex() is 1 … Array order = tab order'", () => {
    const { spreadsheet } = servicesFor({ A: { values: [] }, B: { values: [] } });
    const sheets = spreadsheet.getSheets();
    expect(sheets.map((sheet) => sheet.getName())).toEqual(['A', 'B']);
    expect(sheets.map((sheet) => sheet.getIndex())).toEqual([1, 2]);
  });

  it("insertSheet: 'The new sheet becomes the active sheet'; new sheets are 1000×26; sheetIndex is 0-based", () => {
    const { spreadsheet } = servicesFor({ A: { values: [] }, B: { values: [] } });
    const sheet = spreadsheet.insertSheet('First', 0);
    expect(sheet.getIndex()).toBe(1);
    expect(spreadsheet.getActiveSheet().getName()).toBe('First');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(spreadsheet.insertSheet().getName()).toBe('Sheet4');
  });

  it('insertSheet name collision: \'A sheet with the name "X" already exists. Please enter another name.\'', () => {
    const { spreadsheet } = servicesFor({ KPIs: { values: [] } });
    const error = thrown(() => spreadsheet.insertSheet('KPIs'));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe('A sheet with the name "KPIs" already exists. Please enter another name.');
  });

  it('setName: \'A duplicate name throws the same "A sheet with the name …"\'', () => {
    const { spreadsheet } = servicesFor({ A: { values: [] }, B: { values: [] } });
    expect(thrown(() => spreadsheet.getSheetByName('B')?.setName('A')).message).toBe(
      'A sheet with the name "A" already exists. Please enter another name.',
    );
    expect(spreadsheet.getSheetByName('B')?.setName('C').getName()).toBe('C');
  });

  it("deleteSheet: 'Deleting the only sheet throws \"You can't remove all the sheets in a document.\"'", () => {
    const { spreadsheet } = servicesFor({ Only: { values: [] } });
    const only = spreadsheet.getSheets()[0];
    if (only === undefined) throw new Error('no sheet');
    expect(thrown(() => spreadsheet.deleteSheet(only)).message).toBe("You can't remove all the sheets in a document.");
    const other = spreadsheet.insertSheet('Other');
    spreadsheet.deleteSheet(other);
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(['Only']);
  });

  it("getSheetId: 'monotonically increasing … The first sheet is 0'", () => {
    const { spreadsheet } = servicesFor({ A: { values: [] }, B: { values: [] } });
    expect(spreadsheet.getSheets().map((sheet) => sheet.getSheetId())).toEqual([0, 1]);
    expect(spreadsheet.insertSheet('C', 0).getSheetId()).toBe(2);
  });

  it("toast: 'returns void' and is recorded with its title", () => {
    const { spreadsheet, services } = servicesFor();
    expect(returned(() => spreadsheet.toast('12 KRs scored', 'KPI & OKR'))).toBeUndefined();
    spreadsheet.toast('done');
    expect(services.state.ui.toasts).toEqual([{ message: '12 KRs scored', title: 'KPI & OKR' }, { message: 'done' }]);
  });

  it("Spreadsheet.getRange(a1): 'optionally sheet-qualified'", () => {
    const { spreadsheet } = servicesFor({ A: { values: [['a1']] }, 'My tab': { values: [['x', 'y']] } });
    expect(spreadsheet.getRange("'My tab'!A1:B1").getValues()).toEqual([['x', 'y']]);
    expect(spreadsheet.getRange('A1').getValue()).toBe('a1');
    expect(thrown(() => spreadsheet.getRange('Missing!A1')).message).toBe('Range not found');
  });

  it("getSpreadsheetTimeZone returns an IANA string (default 'Etc/UTC'); locale en_US", () => {
    const { spreadsheet } = servicesFor();
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('Etc/UTC');
    expect(spreadsheet.getSpreadsheetLocale()).toBe('en_US');
  });
});

describe('Sheet (contract §2)', () => {
  it('getRange: start or size < 1 — the four texts', () => {
    const { spreadsheet } = servicesFor();
    const sheet = spreadsheet.getSheets()[0];
    if (sheet === undefined) throw new Error('no sheet');
    expect(thrown(() => sheet.getRange(0, 1)).message).toBe('The starting row of the range is too small.');
    expect(thrown(() => sheet.getRange(1, 0)).message).toBe('The starting column of the range is too small.');
    expect(thrown(() => sheet.getRange(1, 1, 0)).message).toBe('The number of rows in the range must be at least 1.');
    expect(thrown(() => sheet.getRange(1, 1, 1, 0)).message).toBe(
      'The number of columns in the range must be at least 1.',
    );
  });

  it('getRange: \'Past getMaxRows() / getMaxColumns(): "The coordinates of the range are outside the dimensions of the sheet."\'', () => {
    const { spreadsheet } = servicesFor();
    const sheet = spreadsheet.getSheets()[0];
    if (sheet === undefined) throw new Error('no sheet');
    expect(thrown(() => sheet.getRange(1000, 1, 2, 1)).message).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(thrown(() => sheet.getRange('AA1')).message).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
  });

  it('getRange: \'Bad A1 string: "Range not found"\'; A:A spans the grid', () => {
    const { spreadsheet } = servicesFor();
    const sheet = spreadsheet.getActiveSheet();
    expect(thrown(() => sheet.getRange('nonsense!!')).message).toBe('Range not found');
    expect(sheet.getRange('B:B').getNumRows()).toBe(1000);
    expect(sheet.getRange('A2:C').getA1Notation()).toBe('A2:C1000');
  });

  it("getLastRow / getLastColumn: 'empty sheet → 0'; Range.getLastRow is the range's end row", () => {
    const { spreadsheet } = servicesFor();
    const sheet = spreadsheet.getActiveSheet();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('C5').setBackground('red');
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('C5').setValue(1);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
    expect(sheet.getRange(2, 1, 3, 2).getLastRow()).toBe(4);
  });

  it("getDataRange: 'Same as the range from A1 to (getLastRow(), getLastColumn()). Empty sheet → A1.'", () => {
    const { spreadsheet } = servicesFor({ A: { values: [] }, B: { values: [['x', '', 'y'], ['z']] } });
    expect(spreadsheet.getSheetByName('A')?.getDataRange().getA1Notation()).toBe('A1');
    expect(spreadsheet.getSheetByName('B')?.getDataRange().getA1Notation()).toBe('A1:C2');
  });

  it("appendRow: 'Appends at … getLastRow()+1. A string starting with = becomes a formula.'", () => {
    const { spreadsheet, workbook } = servicesFor({ Log: { values: [['When', 'What', 'Calc']] } });
    const sheet = spreadsheet.getSheetByName('Log');
    sheet?.appendRow([new Date('2026-11-02T00:00:00Z'), 'checked in', '=1+1']);
    expect(workbook.read('Log').values()).toEqual([
      ['When', 'What', 'Calc'],
      [new Date('2026-11-02T00:00:00Z'), 'checked in', 2],
    ]);
    expect(workbook.read('Log').cell('C2').formula).toBe('=1+1');
  });

  it('appendRow grows a full grid', () => {
    const { spreadsheet } = servicesFor();
    const sheet = spreadsheet.getActiveSheet();
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['more']);
    expect([sheet.getMaxRows(), sheet.getLastRow()]).toEqual([1001, 1001]);
  });

  it("inserting and deleting rows: 'insertRowsAfter … getMaxRows() grows by howMany'; content shifts", () => {
    const { spreadsheet } = servicesFor({ S: { values: [['a'], ['b'], ['c']] } });
    const sheet = spreadsheet.getActiveSheet();
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['a'], [''], [''], ['b'], ['c']]);
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[''], ['a']]);
    expect(sheet.deleteRow(1).getRange('A1').getValue()).toBe('a');
    expect(returned(() => sheet.deleteRows(2, 2))).toBeUndefined();
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['a'], ['b'], ['c']]);
    sheet.insertColumnsAfter(0 + 1, 1);
    expect(sheet.getMaxColumns()).toBe(27);
  });

  it("deleting rows: 'Rows past the end throw \"Those rows are out of bounds.\"' and 'Sorry, it is not possible to delete all non-frozen rows.'", () => {
    const { spreadsheet } = servicesFor({ S: { values: [['h']], frozenRows: 1 } });
    const sheet = spreadsheet.getActiveSheet();
    expect(thrown(() => sheet.deleteRow(1001)).message).toBe('Those rows are out of bounds.');
    expect(thrown(() => sheet.deleteRows(2, 999)).message).toBe(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });

  it("setFrozenRows / getFrozenRows: '0 unfreezes. setFrozenRows returns void.'", () => {
    const { spreadsheet, workbook } = servicesFor();
    const sheet = spreadsheet.getActiveSheet();
    expect(returned(() => sheet.setFrozenRows(1))).toBeUndefined();
    expect(sheet.getFrozenRows()).toBe(1);
    expect(workbook.read('Sheet1').frozenRows).toBe(1);
    sheet.setFrozenRows(0);
    expect(sheet.getFrozenRows()).toBe(0);
  });

  it("protect(): 'if the sheet is already protected, it returns the existing protection'; warning-only defaults to false", () => {
    const { spreadsheet, workbook } = servicesFor();
    const sheet = spreadsheet.getActiveSheet();
    expect(workbook.read('Sheet1').protection).toBeNull();
    const protection = sheet.protect();
    expect(protection.isWarningOnly()).toBe(false);
    protection.setWarningOnly(true).setDescription('Archived quarter');
    expect(sheet.protect().isWarningOnly()).toBe(true);
    expect(sheet.protect().getDescription()).toBe('Archived quarter');
    expect(workbook.read('Sheet1').protection).toEqual({ warningOnly: true, description: 'Archived quarter' });
  });

  it('copyTo(spreadsheet): \'The copy is named "Copy of [original name]"\'', () => {
    const { spreadsheet, workbook } = servicesFor({ OKRs: { values: [['Objective'], ['Grow']], frozenRows: 1 } });
    const copy = spreadsheet.getSheetByName('OKRs')?.copyTo(spreadsheet);
    expect(copy?.getName()).toBe('Copy of OKRs');
    expect(workbook.read('Copy of OKRs').values()).toEqual([['Objective'], ['Grow']]);
    expect(workbook.read('Copy of OKRs').frozenRows).toBe(1);
    copy?.getRange('A2').setValue('changed');
    expect(workbook.read('OKRs').values()[1]).toEqual(['Grow']);
  });

  it("hideSheet: 'throws if called on the only visible sheet'; showSheet/isSheetHidden", () => {
    const { spreadsheet } = servicesFor({ A: { values: [] }, B: { values: [] } });
    const [a, b] = spreadsheet.getSheets();
    if (a === undefined || b === undefined) throw new Error('sheets');
    expect(a.hideSheet().isSheetHidden()).toBe(true);
    expect(thrown(() => b.hideSheet()).name).toBe('Exception');
    expect(a.showSheet().isSheetHidden()).toBe(false);
  });

  it("clear(): 'Clears content and formatting; notes and data validation remain'", () => {
    const { spreadsheet, services } = servicesFor({ S: { values: [['x']] } });
    const sheet = spreadsheet.getActiveSheet();
    const rule = services.SpreadsheetApp.newDataValidation().requireCheckbox().build();
    sheet.getRange('A1').setBackground('red').setNote('keep').setDataValidation(rule);
    sheet.clear();
    const cell = sheet.getRange('A1');
    expect([cell.getValue(), cell.getBackground(), cell.getNote()]).toEqual(['', '#ffffff', 'keep']);
    expect(cell.getDataValidation()).not.toBeNull();
  });

  it('activate, setColumnWidth, autoResizeColumns return the sheet', () => {
    const { spreadsheet } = servicesFor({ A: { values: [] }, B: { values: [] } });
    const b = spreadsheet.getSheetByName('B');
    expect(b?.activate().getName()).toBe('B');
    expect(spreadsheet.getActiveSheet().getName()).toBe('B');
    expect(b?.setColumnWidth(1, 240).getColumnWidth(1)).toBe(240);
    expect(b?.autoResizeColumns(1, 3).getName()).toBe('B');
    expect(b?.getParent().getName()).toBe('Untitled spreadsheet');
  });
});

describe('Spreadsheet.moveActiveSheet', () => {
  it("'Moves the active sheet to the given position in the list of sheets' (1-based; getNumSheets() is last)", () => {
    const { spreadsheet, workbook } = servicesFor({ A: { values: [] }, B: { values: [] }, C: { values: [] } });
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('C')!);
    spreadsheet.moveActiveSheet(2);
    expect(workbook.sheetNames()).toEqual(['A', 'C', 'B']);
    spreadsheet.moveActiveSheet(spreadsheet.getNumSheets());
    expect(workbook.sheetNames()).toEqual(['A', 'B', 'C']);
    expect(spreadsheet.getActiveSheet().getName()).toBe('C');
    expect(thrown(() => spreadsheet.moveActiveSheet(4)).name).toBe('Exception');
    expect(thrown(() => spreadsheet.moveActiveSheet(0)).name).toBe('Exception');
  });
});
