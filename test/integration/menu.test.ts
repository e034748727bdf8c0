import { describe, expect, it } from 'vitest';
import { open } from './harness';

const ITEMS = [
  { caption: 'Refresh scores & colours', functionName: 'refreshScores' },
  { caption: 'Check in…', functionName: 'showCheckIn' },
  { caption: 'Health check', functionName: 'healthCheck' },
  { caption: 'Set up tabs', functionName: 'setUpTabs' },
  { caption: 'Start new quarter…', functionName: 'startNewQuarter' },
  { caption: 'Reminders…', functionName: 'showReminders' },
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
  it('stores the fiscal year start month for the whole document', () => {
    const { addon } = open({});
    addon.ui.queuePromptResponse('2', 'OK');
    addon.run('showSettings');
    expect(addon.properties.document.fiscalStartMonth).toBe('2');
    expect(addon.ui.toasts.at(-1)?.message).toBe('Fiscal year starts in February: today is in 2026-Q4.');
  });

  it('refuses a month that is not 1-12 and keeps the old one', () => {
    const { addon } = open({});
    addon.ui.queuePromptResponse('13', 'OK');
    addon.run('showSettings');
    expect(addon.properties.document.fiscalStartMonth).toBeUndefined();
    expect(addon.ui.alerts.at(-1)?.message).toBe(
      '"13" is not a month number from 1 to 12. The fiscal year still starts in January.',
    );
  });
});
