import { describe, expect, it } from 'vitest';
import { Counter, emulateServices } from '../../emulator/index';
import { returned, servicesFor, thrown } from './helpers';

describe('PropertiesService (contract §10)', () => {
  it("getProperty: 'string, or null if missing'; 'Every value is stored as a string'", () => {
    const { services } = servicesFor();
    const props = services.PropertiesService.getDocumentProperties();
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('n', 5 as unknown as string);
    expect(props.getProperty('n')).toBe('5');
    expect(services.state.properties.document).toEqual({ n: '5' });
  });

  it("getProperties(): 'returns a copy, not a live view'; setProperties, getKeys, delete", () => {
    const { services } = servicesFor();
    const props = services.PropertiesService.getUserProperties();
    props.setProperties({ a: '1', b: '2' });
    const copy = props.getProperties();
    copy.a = 'changed';
    expect(props.getProperty('a')).toBe('1');
    expect(props.getKeys().sort()).toEqual(['a', 'b']);
    props.setProperties({ c: '3' }, true);
    expect(props.getKeys()).toEqual(['c']);
    props.deleteProperty('c').setProperty('d', '4').deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('the three stores are separate', () => {
    const { services } = servicesFor();
    services.PropertiesService.getScriptProperties().setProperty('k', 'script');
    expect(services.PropertiesService.getDocumentProperties().getProperty('k')).toBeNull();
    expect(services.PropertiesService.getUserProperties().getProperty('k')).toBeNull();
  });

  it("size limits: '9 KB per value' — over it: 'Argument too large: value' (inferred text)", () => {
    const { services } = servicesFor();
    const props = services.PropertiesService.getDocumentProperties();
    props.setProperty('fits', 'x'.repeat(9 * 1024));
    const error = thrown(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1)));
    expect([error.name, error.message]).toEqual(['Exception', 'Argument too large: value']);
    expect(props.getProperty('big')).toBeNull();
  });

  it("store over quota: '500 KB per property store' → 'You have exceeded the property storage quota. Please remove some properties and try again.'", () => {
    const { services } = servicesFor();
    const props = services.PropertiesService.getScriptProperties();
    for (let i = 0; i < 56; i += 1) props.setProperty(`k${i}`, 'x'.repeat(9000));
    expect(thrown(() => props.setProperty('one-more', 'x'.repeat(9000))).message).toBe(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
  });
});

describe('LockService (contract §11)', () => {
  it("tryLock: 'No effect (returns true) if already held. Uncontended tryLock(0) → true; tryLock(-100) → false.'", () => {
    const { services } = servicesFor();
    expect(services.LockService.getScriptLock().tryLock(-100)).toBe(false);
    const lock = services.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(0)).toBe(true);
    expect(lock.tryLock(-100)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    lock.releaseLock();
  });

  it('waitLock: \'throws on timeout: "Lock timeout: another process was holding the lock for too long."\' when held elsewhere', () => {
    const { services } = servicesFor();
    services.state.locks.document.heldElsewhere = true;
    const lock = services.LockService.getDocumentLock();
    expect(lock.tryLock(30000)).toBe(false);
    const error = thrown(() => lock.waitLock(30000));
    expect([error.name, error.message]).toEqual([
      'Exception',
      'Lock timeout: another process was holding the lock for too long.',
    ]);
    expect(lock.hasLock()).toBe(false);
    expect(services.LockService.getUserLock().tryLock(0)).toBe(true);
  });
});

describe('Ui (contract §7)', () => {
  it("createMenu / addItem: 'functionName is a string'; 'nothing shows until addToUi()'; same name replaces", () => {
    const { services } = servicesFor();
    const ui = services.SpreadsheetApp.getUi();
    const menu = ui.createMenu('Tools').addItem('Refresh', 'refreshScores').addSeparator();
    expect(services.state.ui.menus).toEqual([]);
    menu.addSubMenu(ui.createMenu('More').addItem('About', 'showAbout')).addToUi();
    expect(services.state.ui.menus[0]?.items).toEqual([{ caption: 'Refresh', functionName: 'refreshScores' }]);
    expect(services.state.ui.menus[0]?.entries.map((entry) => entry.kind)).toEqual(['item', 'separator', 'subMenu']);
    ui.createMenu('Tools').addItem('Only', 'only').addToUi();
    expect(services.state.ui.menus.map((m) => m.items)).toEqual([[{ caption: 'Only', functionName: 'only' }]]);
  });

  it("createAddonMenu: 'Sub-menu under Extensions, named after the add-on'", () => {
    const { services } = servicesFor();
    services.SpreadsheetApp.getUi().createAddonMenu().addItem('Set up tabs', 'setUpTabs').addToUi();
    expect(services.state.ui.menus[0]?.caption).toBe('KPI & OKR');
  });

  it("alert: 'Returns a Button; the one-argument form shows OK only' — answers come from the test queue, default OK", () => {
    const { services } = servicesFor();
    const ui = services.SpreadsheetApp.getUi();
    expect(ui.alert('Saved')).toBe(ui.Button.OK);
    services.state.ui.queueAlertResponse('NO');
    expect(ui.alert('Start a new quarter?', 'All KRs are archived.', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Sure?', ui.ButtonSet.OK_CANCEL)).toBe(ui.Button.OK);
    expect(services.state.ui.alerts).toEqual([
      { message: 'Saved', buttons: 'OK' },
      { title: 'Start a new quarter?', message: 'All KRs are archived.', buttons: 'YES_NO' },
      { message: 'Sure?', buttons: 'OK_CANCEL' },
    ]);
  });

  it("Button / ButtonSet enums: 'Button: CLOSE, OK, CANCEL, YES, NO. ButtonSet: OK, OK_CANCEL, YES_NO, YES_NO_CANCEL'", () => {
    const { services } = servicesFor();
    const ui = services.SpreadsheetApp.getUi();
    expect(Object.keys(ui.Button)).toEqual(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
    expect(Object.keys(ui.ButtonSet)).toEqual(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
    expect(ui.Button.YES).not.toBe('YES');
    expect(String(ui.Button.YES)).toBe('YES');
  });

  it("prompt: 'returns PromptResponse. getResponseText() (available even after Cancel or Close) and getSelectedButton()'", () => {
    const { services } = servicesFor();
    const ui = services.SpreadsheetApp.getUi();
    services.state.ui.queuePromptResponse('2', 'CANCEL');
    const response = ui.prompt('Fiscal year start month', ui.ButtonSet.OK_CANCEL);
    expect(response.getResponseText()).toBe('2');
    expect(response.getSelectedButton()).toBe(ui.Button.CANCEL);
    expect(ui.prompt('Again').getSelectedButton()).toBe(ui.Button.OK);
  });

  it("showSidebar: 'Title comes from setTitle'; showModalDialog: 'The title argument overrides setTitle()'", () => {
    const { services } = servicesFor();
    const ui = services.SpreadsheetApp.getUi();
    const html = services.HtmlService.createHtmlOutput('<p>hi</p>').setTitle('Check in').setWidth(400).setHeight(300);
    ui.showSidebar(html);
    ui.showModalDialog(html, 'Settings');
    ui.showModelessDialog(html, 'About');
    expect(services.state.ui.sidebars).toEqual([{ title: 'Check in', html: '<p>hi</p>' }]);
    expect(services.state.ui.dialogs).toEqual([
      { title: 'Settings', html: '<p>hi</p>', modal: true, width: 400, height: 300 },
      { title: 'About', html: '<p>hi</p>', modal: false, width: 400, height: 300 },
    ]);
  });
});

describe('HtmlService (contract §8)', () => {
  it('createHtmlOutputFromFile: \'named without .html … Missing file → "Exception: No HTML file named Index was found."\'', () => {
    const { workbook } = servicesFor();
    const services = emulate(workbook, { Sidebar: '<div>sidebar</div>' });
    expect(services.HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<div>sidebar</div>');
    const error = thrown(() => services.HtmlService.createHtmlOutputFromFile('Index'));
    expect([error.name, error.message]).toEqual(['Exception', 'No HTML file named Index was found.']);
  });

  it('createTemplateFromFile: evaluate works without scriptlets and says not emulated with them', () => {
    const { workbook } = servicesFor();
    const services = emulate(workbook, { Plain: '<b>x</b>', Dynamic: '<?= data ?>' });
    expect(services.HtmlService.createTemplateFromFile('Plain').evaluate().getContent()).toBe('<b>x</b>');
    const template = services.HtmlService.createTemplateFromFile('Dynamic') as GoogleAppsScript.HTML.HtmlTemplate & {
      data?: string;
    };
    template.data = 'hello';
    expect(template.data).toBe('hello');
    expect(thrown(() => template.evaluate()).message).toBe('not emulated: HtmlTemplate.evaluate with scriptlets');
  });

  it("HtmlOutput setTitle / setWidth / setHeight / getContent: 'All return HtmlOutput'", () => {
    const { services } = servicesFor();
    const output = services.HtmlService.createHtmlOutput('a').setTitle('T').setWidth(10).setHeight(20).append('b');
    expect([output.getTitle(), output.getWidth(), output.getHeight(), output.getContent()]).toEqual([
      'T',
      10,
      20,
      'ab',
    ]);
  });
});

describe('Session, Utilities, Logger (contract §12)', () => {
  it('Session.getActiveUser().getEmail(): the user in FULL; getScriptTimeZone, getActiveUserLocale', () => {
    const { services } = servicesFor();
    expect(services.Session.getActiveUser().getEmail()).toBe('user@example.com');
    expect(services.Session.getEffectiveUser().getEmail()).toBe('user@example.com');
    expect(services.Session.getScriptTimeZone()).toBe('Etc/UTC');
    expect(services.Session.getActiveUserLocale()).toBe('en');
  });

  it("Utilities.formatDate: 'Java SimpleDateFormat patterns … MM = month, mm = minute; HH = 0–23 … EEE = weekday; text in single quotes is literal'", () => {
    const { services } = servicesFor();
    const date = new Date('2026-11-02T09:05:07Z');
    expect(services.Utilities.formatDate(date, 'GMT', "yyyy-MM-dd'T'HH:mm:ss'Z'")).toBe('2026-11-02T09:05:07Z');
    expect(services.Utilities.formatDate(date, 'Etc/UTC', 'EEE d MMM yyyy, hh:mm a')).toBe('Mon 2 Nov 2026, 09:05 AM');
    expect(services.Utilities.formatDate(date, 'America/New_York', 'yyyy-MM-dd HH:mm Z')).toBe(
      '2026-11-02 04:05 -0500',
    );
    expect(services.Utilities.formatDate(date, 'GMT+2', "HH 'o''clock'")).toBe("11 o'clock");
  });

  it('Utilities.sleep is a no-op; Logger.log records lines', () => {
    const { services } = servicesFor();
    expect(returned(() => services.Utilities.sleep(1000))).toBeUndefined();
    services.Logger.log('scored %s rows', 12);
    expect(services.state.logs).toEqual(['scored 12 rows']);
  });
});

describe('not emulated and counting', () => {
  it("any other property of an emulated object throws 'not emulated: Class.name'", () => {
    const { spreadsheet, services } = servicesFor();
    const range = spreadsheet.getRange('A1') as unknown as Record<string, unknown>;
    expect(thrown(() => range.getRichTextValue).message).toBe('not emulated: Range.getRichTextValue');
    expect(thrown(() => (services.SpreadsheetApp as unknown as Record<string, unknown>).openByUrl).message).toBe(
      'not emulated: SpreadsheetApp.openByUrl',
    );
  });

  it('test tooling can inspect and await emulated objects', async () => {
    const { spreadsheet } = servicesFor();
    const range = spreadsheet.getRange('A1');
    // A failed assertion prints both values: that must describe the proxies, not throw 'not emulated'.
    expect(() => expect(range).toBe(spreadsheet.getRange('A1'))).toThrow(/expected .* to be /);
    const printed: unknown = range;
    expect(() => String(printed)).not.toThrow();
    await expect(Promise.resolve(range)).resolves.toBe(range);
    expect(JSON.stringify({ range })).toBe('{"range":{}}');
  });

  it('every call is counted as Class.method, with cells read and written', () => {
    const { spreadsheet, counter } = servicesFor({
      S: {
        values: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
    });
    counter.reset();
    const sheet = spreadsheet.getSheetByName('S');
    const values = sheet?.getDataRange().getValues();
    sheet?.getRange(1, 3, 2, 1).setValues([['x'], ['y']]);
    sheet?.getRange('A1:B2').setBackground('red');
    sheet?.getRange('A1').getValue();
    expect(values).toHaveLength(2);
    expect(Object.fromEntries(counter.calls)).toEqual({
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
      'Sheet.getRange': 3,
      'Range.setValues': 1,
      'Range.setBackground': 1,
      'Range.getValue': 1,
    });
    expect([counter.total, counter.count('Range.'), counter.count('Range.set')]).toEqual([9, 4, 2]);
    expect([counter.cellsRead, counter.cellsWritten]).toEqual([5, 6]);
    counter.reset();
    expect([counter.total, counter.cellsRead, counter.cellsWritten]).toEqual([0, 0, 0]);
  });

  it('the Counter is usable on its own', () => {
    const counter = new Counter();
    counter.call('A.b');
    counter.call('A.b');
    expect(counter.count('A')).toBe(2);
  });
});

function emulate(workbook: ReturnType<typeof servicesFor>['workbook'], htmlFiles: Record<string, string>) {
  return emulateServices({ workbook, htmlFiles });
}
