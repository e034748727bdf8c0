// The digest and the nudge on the built bundle, with Owner cells as people type them: two people in one
// cell, stray spaces, names a spreadsheet would read as a formula or a number.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon, type CellValue } from '../../emulator/index';
import { TODAY } from '../fixtures/examples';
import { bundleCode, callServer, open } from './harness';

const MANIFEST = JSON.parse(readFileSync(fileURLToPath(new URL('../../appsscript.json', import.meta.url)), 'utf8')) as {
  oauthScopes: string[];
};

const OKR_HEADER = ['ID', 'Quarter', 'Objective', 'Key Result', 'Owner', 'Start', 'Target', 'Current', 'Last check-in'];

/** Key results of this quarter never checked in (so due), one per Owner cell given. */
function opened(owners: readonly string[], ownersTab: CellValue[][]) {
  const okrs: CellValue[][] = [
    OKR_HEADER,
    ['O1', '2026-Q4', 'Grow', '', 'CEO', '', '', '', ''],
    ...owners.map((owner, index): CellValue[] => [
      `O1.${index + 1}`,
      '2026-Q4',
      '',
      `KR ${index + 1}`,
      owner,
      0,
      10,
      2,
      '',
    ]),
  ];
  const workbook = createWorkbook({ sheets: { OKRs: { values: okrs }, Owners: { values: ownersTab } } });
  const addon = loadAddon({
    code: bundleCode(),
    workbook,
    now: TODAY,
    user: 'lead@example.com',
    oauthScopes: MANIFEST.oauthScopes,
  });
  callServer(addon, 'switchDigestOn', { day: 'MONDAY', hour: 9 });
  const fire = (): void => {
    const trigger = addon.triggers[0];
    if (trigger === undefined) throw new Error('no trigger');
    addon.fireTrigger(trigger.uniqueId);
  };
  return { workbook, addon, fire };
}

const PEOPLE: CellValue[][] = [
  ['Name', 'Email'],
  ['CEO', 'ceo@example.com'],
  ['Ann', 'ann@example.com'],
  ['Bob', 'bob@example.com'],
  ['Head of CS', 'cs.head@example.com'],
];

describe('owners as people type them', () => {
  it('an Owner cell with two people mails each of them, by name or by address', () => {
    const { addon, fire } = opened(['Ann, Bob', 'carol@example.com; dan@example.com', 'head  of CS'], PEOPLE);
    fire();
    const byRecipient = new Map(addon.mail.sent.map((mail) => [mail.to.join(','), mail]));
    expect([...byRecipient.keys()].sort()).toEqual([
      'ann@example.com',
      'bob@example.com',
      'carol@example.com',
      'cs.head@example.com',
      'dan@example.com',
    ]);
    expect(byRecipient.get('bob@example.com')?.body).toContain('Hello Bob,');
    expect(byRecipient.get('bob@example.com')?.body).toContain('O1.1 KR 1: ');
    expect(byRecipient.get('dan@example.com')?.body).toContain('O1.2 KR 2: ');
  });

  it('what the Reminders log says of a name reads back exactly, even one like a formula or a number', () => {
    const { workbook, fire } = opened(['=Ann', '+1 team', '0012', '-'], PEOPLE);
    fire();
    const skipped = String(workbook.read('Reminders log').values()[1]?.[2]);
    expect(skipped).toBe(
      [
        '=Ann: no address: add them to the Owners tab',
        '+1 team: no address: add them to the Owners tab',
        '0012: no address: add them to the Owners tab',
        '-: no address: add them to the Owners tab',
      ].join('; '),
    );
  });

  it('the nudge finds the person whose address is one of two in a cell', () => {
    const { addon } = opened(['ann@example.com; lead@example.com'], PEOPLE);
    callServer(addon, 'getCheckInState'); // FULL: the add-on sees lead@example.com
    addon.run('onOpen', { authMode: 'LIMITED' });
    expect(addon.ui.toasts.map((toast) => toast.message)).toEqual([
      '1 key result of yours is due for a check-in: Extensions → KPI & OKR → Check in…',
    ]);
  });
});

describe('a workbook with one of the two tabs', () => {
  it('a team with only a KPIs tab still gets its digest and its nudge', () => {
    const { workbook, addon } = open({
      KPIs: {
        values: [
          ['ID', 'KPI', 'Owner', 'Min', 'Current', 'Cadence', 'Updated'],
          ['K1', 'Uptime', 'Ann', 99, '', 'weekly', ''],
        ],
      },
      Owners: { values: PEOPLE },
    });
    expect(workbook.sheetNames()).not.toContain('OKRs');
    callServer(addon, 'chooseCheckInOwner', 'Ann');
    addon.run('onOpen', { authMode: 'LIMITED' });
    expect(addon.ui.toasts.map((toast) => toast.message)).toEqual([
      '1 KPI of yours is due for a check-in: Extensions → KPI & OKR → Check in…',
    ]);
  });

  it('the digest of an OKRs-only workbook mails its owners', () => {
    const { workbook, addon, fire } = opened(['Ann'], PEOPLE);
    expect(workbook.sheetNames()).not.toContain('KPIs');
    fire();
    expect(addon.mail.sent.map((mail) => mail.to.join(','))).toEqual(['ann@example.com']);
  });

  it('with neither tab, opening the spreadsheet builds the menu and shows nothing', () => {
    const { addon } = open({ Sheet1: { values: [['hello']] } });
    callServer(addon, 'chooseCheckInOwner', 'Ann');
    addon.run('onOpen', { authMode: 'LIMITED' });
    expect(addon.ui.menus.at(-1)?.items.length).toBe(8);
    expect(addon.ui.toasts).toEqual([]);
  });
});

describe('an Owners tab named as people type it', () => {
  it('"owners " (any case, a stray space) is the Owners tab: the digest finds addresses there, Set up adds none', () => {
    const { workbook, addon } = open({
      OKRs: {
        values: [
          OKR_HEADER,
          ['O1', '2026-Q4', 'Grow', '', 'Ann', '', '', '', ''],
          ['O1.1', '2026-Q4', '', 'Leads', 'Ann', 0, 10, 2, ''],
        ],
      },
      'owners ': { values: [['Our people'], ['Name', 'Email'], ['Ann', 'ann@example.com']] },
    });
    callServer(addon, 'switchDigestOn', { day: 'MONDAY', hour: 9 });
    const trigger = addon.triggers[0];
    if (trigger === undefined) throw new Error('no trigger');
    addon.fireTrigger(trigger.uniqueId);
    expect(addon.mail.sent.map((mail) => mail.to.join(','))).toEqual(['ann@example.com']);

    addon.run('setUpTabs');
    expect(workbook.sheetNames().filter((name) => name.trim().toLowerCase() === 'owners')).toEqual(['owners ']);
  });
});
