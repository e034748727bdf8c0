// The playground's teams demo (`npm start -- --demo teams`): the company file lists two team files on its Teams
// tab; Roll up teams writes their IMPORTRANGE formulas, each cell shows `#REF!` until a person selects it and
// clicks "Allow access" in the box Sheets shows over it, and then the team's OKRs come in.
import { describe, expect, it } from 'vitest';
import type { WorkbookView } from '../../emulator/playground/protocol';
import { TODAY } from '../fixtures/examples';
import { bundleCode, sidebarHtml } from '../integration/harness';
import { cell, clickMenu, usePlayground } from './playgroundPage';

const opened = usePlayground('playground-teams-', {
  code: bundleCode(),
  htmlFiles: { Sidebar: sidebarHtml() },
  now: TODAY,
  demo: 'teams',
});

async function state(): Promise<WorkbookView> {
  const response = await fetch(new URL('/state', opened.playground.url));
  return ((await response.json()) as { view: WorkbookView }).view;
}

async function teamOkrsCell(row: number, column: number) {
  return (await state()).sheets.find((sheet) => sheet.name === 'Team OKRs')?.rows[row]?.[column];
}

describe('the teams demo', () => {
  it('opens on the company file, its Teams tab listing the Product and Support files', async () => {
    const view = await state();
    expect(view.sheets.map((sheet) => sheet.name)).toEqual(['KPIs', 'OKRs', 'KPI History', 'Teams']);
    expect(view.sheets.at(-1)?.rows.map((row) => row[0]?.t)).toEqual(['Team', 'Product', 'Support']);
  });

  it('Roll up teams, then Allow access on a #REF! cell brings that team in', async () => {
    const { page } = opened;
    await clickMenu(page, 'Roll up teams');
    await page.locator('.tab', { hasText: 'Team OKRs' }).click();
    await expect.poll(async () => (await teamOkrsCell(2, 0))?.t).toBe('#REF!');
    expect(await teamOkrsCell(2, 0)).toMatchObject({ err: 'You need to connect these sheets.', allow: true });
    await cell(page, 'A3').click();
    await expect.poll(() => page.locator('.cell-error').textContent()).toContain('You need to connect these sheets.');
    await page.locator('.cell-error .allow-access').click();
    await expect.poll(async () => (await teamOkrsCell(2, 0))?.t).toBe('ID');
    // The other team's file still waits for its own click.
    expect((await teamOkrsCell(2, 27))?.allow).toBe(true);
    await clickMenu(page, 'Refresh scores & colours');
    await expect.poll(async () => (await teamOkrsCell(1, 0))?.t).toBe('Connected: 1 objective, 2 key results.');
  });
});
