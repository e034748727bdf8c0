// The check-in nudge on the built bundle: simple onOpen in LIMITED (the e-mail withheld, as in Sheets)
// shows the person opening the spreadsheet how many of their items are due, at most once a day, and
// nothing at all under AuthMode.NONE or when it cannot tell who they are.
import { describe, expect, it } from 'vitest';
import { GROUPED_OKR_ROWS, KPI_ROWS } from '../fixtures/examples';
import { OWNER_ROWS } from '../fixtures/owners';
import { callServer, open } from './harness';

function opened(withOwners = false) {
  return open({
    KPIs: { values: KPI_ROWS },
    OKRs: { values: GROUPED_OKR_ROWS },
    ...(withOwners
      ? {
          // The harness's user, lead@example.com, is Head of CS here.
          Owners: {
            values: OWNER_ROWS.map((row) => (row[0] === 'Head of CS' ? [row[0], 'lead@example.com'] : [...row])),
          },
        }
      : {}),
  });
}

const NUDGE = /due for a check-in: Extensions → KPI & OKR → Check in…$/;

describe('the check-in nudge when the spreadsheet opens', () => {
  it('tells the owner picked in the sidebar how many of their items are due, once a day', () => {
    const { addon } = opened();
    callServer(addon, 'chooseCheckInOwner', 'Head of CS');
    addon.run('onOpen', { authMode: 'LIMITED' });
    expect(addon.ui.menus.at(-1)?.items.length).toBe(8);
    expect(addon.ui.toasts.map((toast) => toast.message)).toEqual([
      '2 key results of yours are due for a check-in: Extensions → KPI & OKR → Check in…',
    ]);

    addon.run('onOpen', { authMode: 'LIMITED' });
    expect(addon.ui.toasts.length).toBe(1);

    addon.setNow(new Date('2026-11-24T09:00:00Z'));
    addon.run('onOpen', { authMode: 'LIMITED' });
    expect(addon.ui.toasts.length).toBe(2);
  });

  it('recognises the address last seen in the sidebar through the Owners tab', () => {
    const { addon } = opened(true);
    callServer(addon, 'getCheckInState'); // FULL: lead@example.com, the Owners tab's Head of CS
    addon.run('onOpen', { authMode: 'LIMITED' });
    expect(addon.ui.toasts.at(-1)?.message).toMatch(NUDGE);
  });

  it('the sidebar starts on the owner the Owners tab gives the user’s address', () => {
    const { addon } = opened(true);
    expect(callServer(addon, 'getCheckInState').owner).toBe('Head of CS');
  });

  it('says nothing to someone it cannot recognise, or who owns nothing due', () => {
    const { addon } = opened();
    addon.run('onOpen', { authMode: 'LIMITED' });
    expect(addon.ui.toasts).toEqual([]);

    callServer(addon, 'chooseCheckInOwner', 'Finance lead'); // KPIs read this month, no key result
    addon.run('onOpen', { authMode: 'LIMITED' });
    expect(addon.ui.toasts).toEqual([]);
  });

  it('under AuthMode.NONE builds the menu and nothing else: no properties, no tabs, no toast', () => {
    const { addon } = opened();
    callServer(addon, 'chooseCheckInOwner', 'Head of CS');
    addon.counter.reset();
    addon.run('onOpen', { authMode: 'NONE' });
    expect(addon.ui.menus.at(-1)?.items.length).toBe(8);
    expect(addon.ui.toasts).toEqual([]);
    expect(addon.counter.count('PropertiesService')).toBe(0);
    expect(addon.counter.count('Range')).toBe(0);
  });

  it('reads the tabs at most once a day per person: a second open costs no read, not even a look for the tabs', () => {
    const { addon } = opened();
    callServer(addon, 'chooseCheckInOwner', 'Head of CS');
    addon.run('onOpen', { authMode: 'LIMITED' });
    addon.counter.reset();
    addon.run('onOpen', { authMode: 'LIMITED' });
    expect(addon.counter.count('Range.getValues')).toBe(0);
    expect(addon.counter.count('Spreadsheet.getSheets')).toBe(0);
  });
});
