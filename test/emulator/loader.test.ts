import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon } from '../../emulator/index';
import { anyOf } from '../matchers';

// A hand-written stand-in for dist/Code.js: an IIFE global plus top-level delegating functions.
const CODE = String.raw`
var __addon = (function () {
  var cache = { runs: 0 };
  return {
    onOpen: function (e) {
      var menu = SpreadsheetApp.getUi().createAddonMenu().addItem('Refresh scores & colours', 'refreshScores');
      if (e && String(e.authMode) !== 'NONE') {
        PropertiesService.getDocumentProperties().setProperty('opened', 'yes');
      }
      menu.addToUi();
      return String(e.authMode);
    },
    globals: function () { cache.runs += 1; return cache.runs; },
  };
})();
var notAnEntryPoint = function () { return 'hidden'; };

function onOpen(e) { return __addon.onOpen(e); }
function onInstall(e) { return onOpen(e); }
function globalsAreFresh() { return __addon.globals(); }
function refreshScores() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('KPIs');
  var values = sheet.getDataRange().getValues();
  sheet.getRange(2, 3, values.length - 1, 1).setValues(values.slice(1).map(function (row) { return [row[1] * 2]; }));
  SpreadsheetApp.getActiveSpreadsheet().toast('done', 'KPI & OKR');
  return values.length;
}
function realmChecks() {
  var values = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('KPIs').getRange('D2').getValues();
  var error;
  try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { error = e; }
  return {
    isArray: Array.isArray(values) && values instanceof Array,
    rowIsArray: values[0] instanceof Array,
    isDate: values[0][0] instanceof Date,
    errorIsError: error instanceof Error,
    errorName: error.name,
    now: new Date().toISOString(),
    dateNow: Date.now(),
    explicitDate: new Date(2026, 0, 1).getTime(),
    dateName: Date.name,
  };
}
function showSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Check in'));
}
function echoArgs(a, b) { return [Array.isArray(a), b instanceof Date, a, b]; }
function onEdit(e) {
  var keys = Object.keys(e).sort();
  PropertiesService.getDocumentProperties().setProperty('lastEdit', JSON.stringify({
    keys: keys,
    authMode: String(e.authMode),
    a1: e.range.getA1Notation(),
    sheet: e.range.getSheet().getName(),
    value: e.value,
    oldValue: e.oldValue,
    hasValue: 'value' in e,
    hasOldValue: 'oldValue' in e,
    email: Session.getActiveUser().getEmail(),
  }));
  e.range.setNote('seen');
}
/** @customfunction */
function DOUBLE(input) {
  if (Array.isArray(input)) return input.map(function (row) { return row.map(function (x) { return x * 2; }); });
  return input * 2;
}
/** @customfunction */
function SNEAKY_WRITE() { SpreadsheetApp.getActiveSheet().getRange('A1').setValue('x'); return 1; }
/** @customfunction */
function AGE_DAYS(d) { return d instanceof Date ? Math.round((Date.now() - d.getTime()) / 86400000) : 'not a date'; }
`;

const NOW = new Date('2026-11-15T12:00:00Z');

function load(code = CODE) {
  const workbook = createWorkbook({
    sheets: {
      KPIs: {
        values: [
          ['Name', 'Current', 'Double', 'Updated'],
          ['MRR', 2, '', new Date('2026-11-01T00:00:00Z')],
          ['NPS', 3, '', ''],
        ],
      },
    },
  });
  const addon = loadAddon({
    code,
    workbook,
    now: NOW,
    user: 'lead@example.com',
    htmlFiles: { Sidebar: '<div id="app"></div>' },
  });
  return { workbook, addon };
}

describe('loader: top-level functions', () => {
  it("callable functions: 'Only top-level server functions' — the IIFE global and function expressions are not entry points", () => {
    const { addon } = load();
    expect(addon.topLevelFunctions()).toEqual([
      'onOpen',
      'onInstall',
      'globalsAreFresh',
      'refreshScores',
      'realmChecks',
      'showSidebar',
      'echoArgs',
      'onEdit',
      'DOUBLE',
      'SNEAKY_WRITE',
      'AGE_DAYS',
    ]);
    expect(() => addon.run('__addon')).toThrow('script function not found: __addon');
    expect(() => addon.run('notAnEntryPoint')).toThrow('script function not found: notAnEntryPoint');
    expect(() => addon.run('missing')).toThrow('script function not found: missing');
  });

  it('every execution starts from fresh globals, as in Apps Script', () => {
    const { addon } = load();
    expect(addon.run('globalsAreFresh')).toBe(1);
    expect(addon.run('globalsAreFresh')).toBe(1);
  });

  it('a menu function runs in FULL and changes the document', () => {
    const { addon, workbook } = load();
    expect(addon.run('refreshScores')).toBe(3);
    expect(
      workbook
        .read('KPIs')
        .values()
        .map((row) => row[2]),
    ).toEqual(['Double', 4, 6]);
    expect(addon.ui.toasts).toEqual([{ message: 'done', title: 'KPI & OKR' }]);
  });

  it('arguments from google.script.run arrive in the realm', () => {
    const { addon } = load();
    expect(addon.run('echoArgs', { args: [[1, 2], new Date(0)] })).toEqual([true, true, [1, 2], new Date(0)]);
  });
});

describe('loader: realms and clock', () => {
  it("values handed to the script are of the script's realm: instanceof Array/Date/Error hold; errors are named Exception", () => {
    const { addon } = load();
    expect(addon.run('realmChecks')).toMatchObject({
      isArray: true,
      rowIsArray: true,
      isDate: true,
      errorIsError: true,
      errorName: 'Exception',
    });
  });

  it('now pins new Date() and Date.now(); other Date uses are untouched; setNow moves the clock', () => {
    const { addon } = load();
    expect(addon.run('realmChecks')).toMatchObject({
      now: '2026-11-15T12:00:00.000Z',
      dateNow: NOW.getTime(),
      explicitDate: Date.UTC(2026, 0, 1),
      dateName: 'Date',
    });
    addon.setNow(new Date('2027-01-01T00:00:00Z'));
    expect(addon.run('realmChecks')).toMatchObject({ now: '2027-01-01T00:00:00.000Z' });
  });
});

describe('loader: triggers and auth modes (contract §6)', () => {
  it("onOpen gets { authMode, source }; under NONE only the menu is built ('A restricted call in onOpen … makes permissions fail')", () => {
    const { addon } = load();
    expect(addon.run('onOpen', { authMode: 'NONE' })).toBe('NONE');
    expect(addon.ui.menus).toEqual([
      {
        caption: 'KPI & OKR',
        items: [{ caption: 'Refresh scores & colours', functionName: 'refreshScores' }],
        entries: anyOf(Array),
      },
    ]);
    expect(addon.properties.document).toEqual({});
  });

  it('onOpen under LIMITED may use properties; onInstall defaults to FULL and delegates', () => {
    const { addon } = load();
    expect(addon.run('onOpen', { authMode: 'LIMITED' })).toBe('LIMITED');
    expect(addon.properties.document.opened).toBe('yes');
    expect(addon.run('onInstall')).toBe('FULL');
  });

  it("a restricted call in NONE throws 'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet'", () => {
    const { addon } = load();
    expect(() => addon.run('refreshScores', { authMode: 'NONE' })).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
  });

  it('global code runs in the same mode as the call: a restricted call at global scope fails under NONE', () => {
    const { addon } = load(`var props = PropertiesService.getDocumentProperties();\nfunction onOpen() { return 1; }`);
    expect(() => addon.run('onOpen', { authMode: 'NONE' })).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
    expect(addon.run('onOpen', { authMode: 'LIMITED' })).toBe(1);
  });

  it("LIMITED: 'Add-ons can't open sidebars or dialogs in AuthMode.LIMITED'; FULL can, from the project's HTML file", () => {
    const { addon } = load();
    expect(() => addon.run('showSidebar', { authMode: 'LIMITED' })).toThrow(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
    addon.run('showSidebar');
    expect(addon.ui.sidebars).toEqual([{ title: 'Check in', html: '<div id="app"></div>' }]);
  });
});

describe('loader: onEdit (contract §6 onEdit event, value/oldValue absence)', () => {
  function lastEdit(addon: ReturnType<typeof load>['addon']): Record<string, unknown> {
    return JSON.parse(addon.properties.document.lastEdit ?? '{}') as Record<string, unknown>;
  }

  it("onEdit event: 'authMode, range, source, user, value (new value), oldValue (previous value)' in LIMITED", () => {
    const { addon, workbook } = load();
    addon.edit('KPIs', 'B2', '45%');
    expect(lastEdit(addon)).toEqual({
      keys: ['authMode', 'oldValue', 'range', 'source', 'user', 'value'],
      authMode: 'LIMITED',
      a1: 'B2',
      sheet: 'KPIs',
      value: '45%',
      oldValue: '2',
      hasValue: true,
      hasOldValue: true,
      email: '',
    });
    expect(workbook.read('KPIs').cell('B2')).toMatchObject({ value: 0.45, numberFormat: '0%', note: 'seen' });
  });

  it("'oldValue is undefined if the cell was empty'; clearing leaves value absent", () => {
    const { addon } = load();
    addon.edit('KPIs', 'C3', '7');
    expect(lastEdit(addon)).toMatchObject({ hasOldValue: false, hasValue: true, value: '7' });
    addon.edit('KPIs', 'C3', '');
    expect(lastEdit(addon)).toMatchObject({ hasValue: false, oldValue: '7' });
  });

  it("'Multi-cell edits and copy/paste leave both absent'", () => {
    const { addon, workbook } = load();
    addon.editRange('KPIs', 'B2:B3', [['$1,200'], ['TRUE']]);
    expect(lastEdit(addon)).toMatchObject({ a1: 'B2:B3', hasValue: false, hasOldValue: false });
    expect(
      workbook
        .read('KPIs')
        .values()
        .map((row) => row[1]),
    ).toEqual(['Current', 1200, true]);
  });

  it('typed input is parsed like Sheets: percent, currency, ISO date, booleans, numbers, formulas', () => {
    const { addon, workbook } = load('function unrelated() {}');
    const typed: [string, unknown, string][] = [
      ['45%', 0.45, '0%'],
      ['$1,200', 1200, '$#,##0'],
      ['2026-12-31', new Date('2026-12-31T00:00:00Z'), 'yyyy-mm-dd'],
      ['FALSE', false, '0.###############'],
      ['12.5', 12.5, '0.###############'],
      ['Launch the thing', 'Launch the thing', '0.###############'],
    ];
    typed.forEach(([text], index) => addon.edit('KPIs', `E${index + 1}`, text));
    typed.forEach(([, value, format], index) => {
      expect(workbook.read('KPIs').cell(`E${index + 1}`)).toMatchObject({ value, numberFormat: format });
    });
    addon.edit('KPIs', 'F1', '=SUM(B2:B3)');
    expect(workbook.read('KPIs').cell('F1')).toMatchObject({ formula: '=SUM(B2:B3)', value: 5 }); // 2 + 3, computed
  });

  it("'Scripted edits fire no triggers': the note onEdit wrote did not re-enter onEdit; scripts' writes never call it", () => {
    const { addon } = load();
    addon.run('refreshScores');
    expect(addon.properties.document.lastEdit).toBeUndefined();
    expect(addon.counter.count('Range.setNote')).toBe(0);
  });
});

describe('loader: custom functions (contract §5)', () => {
  it("range argument: 'Receives a 2-D array' in the script's realm; scalars pass as they are", () => {
    const { addon } = load();
    expect(addon.customFunction('DOUBLE', 21)).toBe(42);
    expect(
      addon.customFunction('DOUBLE', [
        [1, 3],
        [2, 4],
      ]),
    ).toEqual([
      [2, 6],
      [4, 8],
    ]);
    expect(addon.customFunction('AGE_DAYS', new Date('2026-11-05T12:00:00Z'))).toBe(10);
  });

  it('no side effects: \'A write attempt fails with "Exception: You do not have permission to call setValue"\'', () => {
    const { addon, workbook } = load();
    const before = workbook.toJSON();
    expect(() => addon.customFunction('SNEAKY_WRITE')).toThrow('You do not have permission to call setValue');
    expect(workbook.toJSON()).toEqual(before);
  });
});

describe('loader: counting and locks', () => {
  it('counts every service call of every execution; reset starts again', () => {
    const { addon } = load();
    addon.run('refreshScores');
    expect(Object.fromEntries(addon.counter.calls)).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 2,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
      'Sheet.getRange': 1,
      'Range.setValues': 1,
      'Spreadsheet.toast': 1,
    });
    expect([addon.counter.cellsRead, addon.counter.cellsWritten]).toEqual([12, 2]);
    addon.counter.reset();
    expect(addon.counter.total).toBe(0);
  });

  it('a document lock held elsewhere makes waitLock time out; locks are released when an execution ends', () => {
    const code = `function locked() { var lock = LockService.getDocumentLock(); lock.waitLock(10000); return lock.hasLock(); }
      function stillHeld() { return LockService.getDocumentLock().hasLock(); }`;
    const { addon } = load(code);
    expect(addon.run('locked')).toBe(true);
    expect(addon.run('stillHeld')).toBe(false);
    addon.lock.holdDocumentLockElsewhere();
    expect(() => addon.run('locked')).toThrow('Lock timeout: another process was holding the lock for too long.');
    addon.lock.release();
    expect(addon.run('locked')).toBe(true);
  });

  it('alerts answer from the queue', () => {
    const code = `function ask() { var ui = SpreadsheetApp.getUi(); return ui.alert('Start?', 'Archive OKRs', ui.ButtonSet.YES_NO) === ui.Button.YES; }`;
    const { addon } = load(code);
    expect(addon.run('ask')).toBe(false);
    addon.ui.queueAlertResponse('YES');
    expect(addon.run('ask')).toBe(true);
    expect(addon.ui.alerts.at(-1)).toEqual({ title: 'Start?', message: 'Archive OKRs', buttons: 'YES_NO' });
  });
});
