import { describe, expect, it } from 'vitest';
import { callServer, open } from './harness';

const ITEMS = [
  { caption: 'Refresh scores & colours', functionName: 'refreshScores' },
  { caption: 'Check in…', functionName: 'showCheckIn' },
  { caption: 'Health check', functionName: 'healthCheck' },
  { caption: 'Build dashboard', functionName: 'buildDashboard' },
  { caption: 'Roll up teams', functionName: 'rollUpTeams' },
  { caption: 'Set up tabs', functionName: 'setUpTabs' },
  { caption: 'Start new quarter…', functionName: 'startNewQuarter' },
  { caption: 'Settings & about…', functionName: 'showSettings' },
];

describe('the add-on menu', () => {
  for (const authMode of ['NONE', 'LIMITED', 'FULL'] as const) {
    it(`onOpen under AuthMode.${authMode} builds Extensions → KPI & OKR with every item`, () => {
      const { addon } = open({});
      addon.run('onOpen', { authMode });
      expect(addon.ui.menus.at(-1)?.items).toEqual(ITEMS);
    });
  }

  it('under AuthMode.NONE calls nothing but the menu builder (anything else would hide the menu)', () => {
    const { addon } = open({});
    addon.run('onOpen', { authMode: 'NONE' });
    const services = Object.keys(Object.fromEntries(addon.counter.calls));
    expect(services).toContain('Ui.createAddonMenu');
    expect(services.filter((call) => !/^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.)/.test(call))).toEqual([]);
  });

  it('onInstall builds the same menu', () => {
    const { addon } = open({});
    addon.run('onInstall', { authMode: 'FULL' });
    expect(addon.ui.menus.at(-1)?.items).toEqual(ITEMS);
  });

  it('every menu item runs a function the bundle declares at the top level', () => {
    const { addon } = open({});
    addon.run('onOpen', { authMode: 'LIMITED' });
    const declared = addon.topLevelFunctions();
    const items = addon.ui.menus.at(-1)?.items ?? [];
    expect(items).toHaveLength(ITEMS.length);
    for (const item of items) expect(declared).toContain(item.functionName);
  });
});

describe('Settings & about', () => {
  it('opens one sidebar panel, Settings, holding the fiscal year and the weekly digest', () => {
    const { addon } = open({});
    addon.run('showSettings');
    expect(addon.ui.sidebars.at(-1)?.html).toContain('data-page="settings"');
    expect(addon.ui.sidebars.at(-1)?.title).toBe('KPI & OKR settings');
    expect(callServer(addon, 'getFiscalYear')).toMatchObject({ startMonth: 1 });
  });

  it('shows the quarter today is in for each month the fiscal year could start in', () => {
    const { addon } = open({});
    const view = callServer(addon, 'getFiscalYear');
    // 23 November 2026: calendar Q4; from February, Nov–Jan is Q4; from March, Sep–Nov is Q3; from November,
    // Nov–Jan is Q1.
    expect(view.todayQuarters[0]).toBe('2026-Q4');
    expect(view.todayQuarters[1]).toBe('2026-Q4');
    expect(view.todayQuarters[2]).toBe('2026-Q3');
    expect(view.todayQuarters[10]).toBe('2026-Q1');
    expect(view.todayQuarters).toHaveLength(12);
  });

  it('stores the fiscal year start month for the whole document', () => {
    const { addon } = open({});
    const reply = callServer(addon, 'saveFiscalYear', { startMonth: 2 });
    expect(addon.properties.document.fiscalStartMonth).toBe('2');
    expect(addon.ui.toasts.at(-1)?.message).toBe('Fiscal year starts in February: today is in 2026-Q4.');
    expect(reply).toMatchObject({ ok: true, message: 'Fiscal year starts in February: today is in 2026-Q4.' });
    expect(callServer(addon, 'getFiscalYear').startMonth).toBe(2);
  });

  it('refuses a month that is not 1-12 and keeps the old one', () => {
    const { addon } = open({});
    const reply = callServer(addon, 'saveFiscalYear', { startMonth: 13 });
    expect(addon.properties.document.fiscalStartMonth).toBeUndefined();
    expect(reply.ok).toBe(false);
    expect(reply.message).toBe('"13" is not a month number from 1 to 12. The fiscal year still starts in January.');
    expect(reply.view.startMonth).toBe(1);
    expect(addon.ui.toasts).toHaveLength(0);
  });

  it('refuses a payload that is not a month, saying what it got', () => {
    const { addon } = open({});
    const reply = callServer(addon, 'saveFiscalYear', { startMonth: 'thirteen' });
    expect(addon.properties.document.fiscalStartMonth).toBeUndefined();
    expect(reply.message).toBe(
      '"thirteen" is not a month number from 1 to 12. The fiscal year still starts in January.',
    );
    expect(callServer(addon, 'saveFiscalYear', null).message).toBe(
      '"null" is not a month number from 1 to 12. The fiscal year still starts in January.',
    );
  });
});
