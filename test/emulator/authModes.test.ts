import { describe, expect, it } from 'vitest';
import { createWorkbook, emulateServices } from '../../emulator/index';
import type { AuthModeName } from '../../emulator/index';
import { thrown } from './helpers';

function inMode(authMode: AuthModeName) {
  const workbook = createWorkbook({ sheets: { KPIs: { values: [['Name'], ['MRR']] } } });
  return emulateServices({ workbook, authMode });
}

describe('auth modes (contract §6 "what each mode allows")', () => {
  it("NONE: 'no document access; UI = add menu items only' — the add-on menu still builds", () => {
    const services = inMode('NONE');
    services.SpreadsheetApp.getUi().createAddonMenu().addItem('Refresh', 'refreshScores').addToUi();
    expect(services.state.ui.menus[0]?.items).toEqual([{ caption: 'Refresh', functionName: 'refreshScores' }]);
  });

  it("NONE: restricted calls fail with 'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet'", () => {
    const services = inMode('NONE');
    const error = thrown(() => services.SpreadsheetApp.getActiveSpreadsheet());
    expect([error.name, error.message]).toEqual([
      'Exception',
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    ]);
    expect(thrown(() => services.SpreadsheetApp.getActive()).message).toBe(
      'You do not have permission to call SpreadsheetApp.getActive',
    );
  });

  it("NONE: 'no Properties' — 'You do not have permission to call getDocumentProperties' style", () => {
    const services = inMode('NONE');
    expect(thrown(() => services.PropertiesService.getDocumentProperties()).message).toBe(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
    expect(thrown(() => services.LockService.getDocumentLock()).message).toBe(
      'You do not have permission to call LockService.getDocumentLock',
    );
    expect(thrown(() => services.SpreadsheetApp.getUi().alert('hi')).message).toBe(
      'You do not have permission to call Ui.alert',
    );
  });

  it("NONE: 'only Logger and Utilities otherwise'; user data: locale only", () => {
    const services = inMode('NONE');
    services.Logger.log('ok');
    expect(services.Utilities.formatDate(new Date(0), 'GMT', 'yyyy')).toBe('1970');
    expect(services.Session.getActiveUser().getEmail()).toBe('');
    expect(services.Session.getActiveUserLocale()).toBe('en');
  });

  it("LIMITED: 'document yes; menu items; Properties yes'", () => {
    const services = inMode('LIMITED');
    expect(services.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('KPIs')?.getRange('A2').getValue()).toBe(
      'MRR',
    );
    services.SpreadsheetApp.getActiveSheet().getRange('B2').setValue(1);
    services.PropertiesService.getDocumentProperties().setProperty('k', 'v');
    services.SpreadsheetApp.getActiveSpreadsheet().toast('scored');
    services.SpreadsheetApp.getUi().createMenu('M').addItem('a', 'b').addToUi();
    expect(services.state.properties.document).toEqual({ k: 'v' });
  });

  it('LIMITED: "Exception: You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui"', () => {
    const services = inMode('LIMITED');
    const ui = services.SpreadsheetApp.getUi();
    const html = services.HtmlService.createHtmlOutput('x');
    const error = thrown(() => ui.showSidebar(html));
    expect([error.name, error.message]).toEqual([
      'Exception',
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    ]);
    for (const call of [
      () => ui.showModalDialog(html, 't'),
      () => ui.showModelessDialog(html, 't'),
      () => ui.alert('x'),
      () => ui.prompt('x'),
    ]) {
      expect(thrown(call).message).toMatch(
        /^You do not have permission to call Ui\.\w+\. Required permissions: https:\/\/www\.googleapis\.com\/auth\/script\.container\.ui$/,
      );
    }
    expect(services.state.ui.sidebars).toEqual([]);
  });

  it('LIMITED: getActiveUser().getEmail() is blank in simple triggers', () => {
    expect(inMode('LIMITED').Session.getActiveUser().getEmail()).toBe('');
  });

  it('CUSTOM_FUNCTION: \'Spreadsheet service is read-only … "Exception: You do not have permission to call setValue"\'', () => {
    const services = inMode('CUSTOM_FUNCTION');
    const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = spreadsheet.getSheetByName('KPIs');
    if (sheet === null) throw new Error('no KPIs');
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['Name'], ['MRR']]);
    const error = thrown(() => sheet.getRange('A1').setValue(1));
    expect([error.name, error.message]).toEqual(['Exception', 'You do not have permission to call setValue']);
    expect(thrown(() => sheet.getRange('A1:A2').setValues([[1], [2]])).message).toBe(
      'You do not have permission to call setValues',
    );
    expect(thrown(() => sheet.insertRowsAfter(1, 1)).message).toBe(
      'You do not have permission to call insertRowsAfter',
    );
    expect(thrown(() => sheet.appendRow([1])).message).toBe('You do not have permission to call appendRow');
    expect(thrown(() => spreadsheet.insertSheet('X')).message).toBe('You do not have permission to call insertSheet');
    expect(thrown(() => spreadsheet.deleteSheet(sheet)).message).toBe('You do not have permission to call deleteSheet');
    expect(thrown(() => spreadsheet.toast('x')).message).toBe('You do not have permission to call toast');
    expect(services.state.counter.cellsWritten).toBe(0);
  });

  it("CUSTOM_FUNCTION: 'no UI' — getUi throws 'Cannot call SpreadsheetApp.getUi() from this context.'; Properties yes", () => {
    const services = inMode('CUSTOM_FUNCTION');
    expect(thrown(() => services.SpreadsheetApp.getUi()).message).toBe(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
    expect(services.PropertiesService.getDocumentProperties().getProperty('x')).toBeNull();
    expect(services.Session.getActiveUser().getEmail()).toBe('');
  });

  it("FULL: 'everything'", () => {
    const services = inMode('FULL');
    services.SpreadsheetApp.getUi().showSidebar(services.HtmlService.createHtmlOutput('x').setTitle('S'));
    expect(services.state.ui.sidebars).toHaveLength(1);
    expect(services.Session.getActiveUser().getEmail()).toBe('user@example.com');
  });
});
