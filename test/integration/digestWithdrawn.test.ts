// A clock trigger keeps firing after its owner withdraws a permission it needs (Google's add-on trigger guide):
// the digest's run must then stop before touching anything, rather than fail or half-run every week
// (docs/decisions.md, "Missing permissions are named, not forced").
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon } from '../../emulator/index';
import { GROUPED_OKR_ROWS, KPI_ROWS, TODAY } from '../fixtures/examples';
import { OWNER_ROWS } from '../fixtures/owners';
import { bundleCode, callServer } from './harness';

const MANIFEST = JSON.parse(readFileSync(fileURLToPath(new URL('../../appsscript.json', import.meta.url)), 'utf8')) as {
  oauthScopes: string[];
};
const SEND_MAIL = 'https://www.googleapis.com/auth/script.send_mail';

function switchedOn() {
  const workbook = createWorkbook({
    sheets: {
      KPIs: { values: KPI_ROWS },
      OKRs: { values: GROUPED_OKR_ROWS },
      Owners: { values: OWNER_ROWS.map((row) => [...row]) },
    },
  });
  const addon = loadAddon({
    code: bundleCode(),
    workbook,
    now: TODAY,
    user: 'lead@example.com',
    oauthScopes: MANIFEST.oauthScopes,
  });
  expect(callServer(addon, 'switchDigestOn', { day: 'MONDAY', hour: 9 }).ok).toBe(true);
  const trigger = addon.triggers[0];
  if (trigger === undefined) throw new Error('no trigger');
  return { workbook, addon, trigger };
}

describe('a digest run after its owner withdrew a permission', () => {
  it('mails nobody and writes nothing, and the trigger stays for when the permission is back', () => {
    const { workbook, addon, trigger } = switchedOn();
    addon.consent.decline(SEND_MAIL);
    const before = JSON.stringify(workbook.toJSON());
    addon.fireTrigger(trigger.uniqueId);
    expect(addon.mail.sent).toEqual([]);
    expect(workbook.sheetNames()).not.toContain('Reminders log');
    expect(JSON.stringify(workbook.toJSON())).toBe(before);
    expect(addon.triggers).toHaveLength(1);
  });

  it('with every permission granted, the same run mails the owners who are due', () => {
    const { addon, trigger } = switchedOn();
    addon.fireTrigger(trigger.uniqueId);
    expect(addon.mail.sent.length).toBeGreaterThan(0);
  });
});
