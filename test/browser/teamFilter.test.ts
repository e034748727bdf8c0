// The check-in sidebar's team filter in Chromium, on the teams example: the built Sidebar.html with
// google.script.run served by the built bundle. And a rolled-up key result's card, from a hand-made list.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clientFunctions, runForClient, withGoogleScript, type Addon, type CellValue } from '../../emulator/index';
import type { CheckInState } from '../../src/core/checkIn/state';
import { GROUPED_OKR_ROWS, KPI_ROWS, TEAM_OKR_ROWS } from '../fixtures/examples';
import { column, open } from '../integration/harness';
import { useChromium } from './chromium';
import { openPanelPage } from './panelPage';

const browser = useChromium();

const ALL_KEY_RESULTS = ['C1.1', 'C1.2', 'T1.1', 'T1.2', 'T2.1', 'T2.2', 'T3.1', 'T3.2', 'T4.1', 'T4.2'];

function book(okrs: CellValue[][] = TEAM_OKR_ROWS) {
  return open({ KPIs: { values: KPI_ROWS }, OKRs: { values: okrs } });
}

/** Opens Check in… as the menu does and waits for the list. */
async function sidebar(addon: Addon): Promise<Page> {
  addon.run('showCheckIn');
  const { page } = await openPanelPage(browser(), addon, addon.ui.sidebars.at(-1)?.html ?? '');
  await page.locator('.item').first().waitFor();
  return page;
}

function ids(page: Page, where: string): Promise<(string | null)[]> {
  return page.locator(`${where} .item`).evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
}

/** Picks an option and waits for the list that choice brings back. */
async function pick(page: Page, picker: '#owner' | '#team', value: string): Promise<void> {
  // The pickers are disabled from the change until the reply is drawn.
  await page.selectOption(picker, value);
  await page.waitForFunction(`!document.querySelector('${picker}').disabled`);
}

describe('the team filter', () => {
  it('shows one team’s key results, is remembered on reopening, and "All teams" shows all again', async () => {
    const { addon } = book();
    const page = await sidebar(addon);
    const kpis = await ids(page, '.kpis');
    expect(kpis).toHaveLength(11);
    await expect(page.locator('#team option').allTextContents()).resolves.toEqual([
      'All teams',
      'Company',
      'Customer Success',
      'Product',
      'Sales',
      'Support',
    ]);
    await expect(ids(page, '.objective')).resolves.toEqual(ALL_KEY_RESULTS);

    await pick(page, '#team', 'Product');
    await expect(ids(page, '.objective')).resolves.toEqual(['T2.1', 'T2.2']);
    await expect(page.locator('.objective h2').allTextContents()).resolves.toEqual([
      'Shorten time-to-value for new customers',
    ]);
    // KPIs belong to no team: the person still owns them whatever team they look at.
    await expect(ids(page, '.kpis')).resolves.toEqual(kpis);
    await expect(page.locator('.item[data-id="T2.1"] .secondary').first().textContent()).resolves.toBe(
      'T2.1 · Product lead · Product',
    );

    const again = await sidebar(addon);
    await expect(again.inputValue('#team')).resolves.toBe('Product');
    await expect(ids(again, '.objective')).resolves.toEqual(['T2.1', 'T2.2']);

    await pick(again, '#team', '');
    await expect(ids(again, '.objective')).resolves.toEqual(ALL_KEY_RESULTS);
    await expect((await sidebar(addon)).inputValue('#team')).resolves.toBe('');
  }, 60_000);

  it('combines with the owner, and the two pickers sit side by side inside the sidebar', async () => {
    const { addon } = book();
    const page = await sidebar(addon);
    await pick(page, '#owner', 'Support lead');
    await expect(ids(page, '.objective')).resolves.toEqual(['T3.1', 'T3.2']);
    await expect(ids(page, '.kpis')).resolves.toEqual(['K9']);
    await pick(page, '#team', 'Product');
    await expect(ids(page, '.objective')).resolves.toEqual([]);
    await expect(ids(page, '.kpis')).resolves.toEqual(['K9']);
    await pick(page, '#owner', 'Product lead');
    await expect(ids(page, '.objective')).resolves.toEqual(['T2.1', 'T2.2']);
    await expect(ids(page, '.kpis')).resolves.toEqual([]);
    await pick(page, '#team', 'Sales');
    await expect(page.locator('.item').count()).resolves.toBe(0);
    await expect(page.locator('.items p.secondary').textContent()).resolves.toBe(
      'Nothing to check in for this owner and team.',
    );

    const owner = await page.locator('#owner').boundingBox();
    const team = await page.locator('#team').boundingBox();
    expect(owner !== null && team !== null).toBe(true);
    if (owner === null || team === null) return;
    expect(team.y).toBe(owner.y);
    expect(owner.x + owner.width + 12).toBeLessThanOrEqual(team.x);
    expect(team.x + team.width).toBeLessThanOrEqual(300 - 12);
  }, 60_000);

  it('a remembered team no longer on the tabs shows every team; a sheet with no Team offers no picker', async () => {
    const { addon, workbook } = book();
    const page = await sidebar(addon);
    await pick(page, '#team', 'Sales');
    // The Sales objective's Team is renamed in the sheet.
    const row = workbook
      .read('OKRs')
      .values()
      .findIndex((cells) => cells[0] === 'T4');
    workbook.setCell('OKRs', `C${row + 1}`, 'Revenue');
    const again = await sidebar(addon);
    await expect(again.inputValue('#team')).resolves.toBe('');
    await expect(ids(again, '.objective')).resolves.toEqual(ALL_KEY_RESULTS);

    const plain = await sidebar(book(GROUPED_OKR_ROWS).addon);
    await expect(plain.locator('#team').isVisible()).resolves.toBe(false);
    await expect(plain.locator('#owner').isVisible()).resolves.toBe(true);
  }, 60_000);

  it('offers "No team" for key results whose objective names none', async () => {
    const rows = TEAM_OKR_ROWS.map((row) => (row[0] === 'C1' ? row.map((cell, i) => (i === 2 ? '' : cell)) : row));
    const page = await sidebar(book(rows).addon);
    await expect(page.locator('#team option').allTextContents()).resolves.toEqual([
      'All teams',
      'Customer Success',
      'Product',
      'Sales',
      'Support',
      'No team',
    ]);
    await page.selectOption('#team', { label: 'No team' });
    await page.waitForFunction("document.querySelectorAll('.objective .item').length === 2");
    await expect(ids(page, '.objective')).resolves.toEqual(['C1.1', 'C1.2']);
  }, 60_000);
});

describe('a rolled-up key result', () => {
  it('says what it rolls up from, and its form says a value replaces the roll-up', async () => {
    const { addon, workbook } = book();
    // Until the roll-up fills rolledUpFrom, the list is the server's own with C1.2 marked by hand.
    const listed = runForClient(addon, 'getCheckInState', []).value as CheckInState;
    const handMade: CheckInState = {
      ...listed,
      objectives: listed.objectives.map((objective) => ({
        ...objective,
        keyResults: objective.keyResults.map((item) =>
          item.id === 'C1.2'
            ? {
                ...item,
                rolledUpFrom: [
                  { id: 'T2', name: 'Shorten time-to-value for new customers' },
                  { id: 'T3', name: 'Answer new customers faster' },
                ],
              }
            : item,
        ),
      })),
    };
    addon.run('showCheckIn');
    const page = await browser().newPage({ viewport: { width: 300, height: 800 } });
    await page.exposeFunction('__gasTransport', (functionName: string, argsJson: string) =>
      JSON.stringify(
        functionName === 'getCheckInState'
          ? { ok: true, value: handMade }
          : runForClient(addon, functionName, JSON.parse(argsJson) as unknown[]),
      ),
    );
    await page.setContent(withGoogleScript(addon.ui.sidebars.at(-1)?.html ?? '', clientFunctions(addon)));
    const card = page.locator('.item[data-id="C1.2"]');
    await card.waitFor();
    await expect(card.locator('.rolled-up').textContent()).resolves.toBe(
      'Rolled up from T2 (Shorten time-to-value for new customers) and T3 (Answer new customers faster)',
    );
    await expect(page.locator('.rolled-up').count()).resolves.toBe(1);

    await card.locator('.check-in-button').click();
    const hint = card.locator('form .hint');
    await expect(hint.textContent()).resolves.toBe(
      'Its score is rolled up from T2 and T3. A value checked in here is written to Current and replaces the roll-up until Current is cleared.',
    );
    const hintId = await hint.getAttribute('id');
    await expect(card.locator('form input[type=text]').getAttribute('aria-describedby')).resolves.toContain(
      hintId ?? 'no id',
    );

    // The person checks in anyway: Current takes the value, and the card no longer says it is rolled up.
    await card.locator('form input[type=text]').fill('0.5');
    await card.getByRole('button', { name: 'Save check-in' }).click();
    await card.getByRole('status').waitFor();
    expect(column(workbook, 'OKRs', 'Current')[2]).toBe(0.5);
    await expect(card.locator('.rolled-up').count()).resolves.toBe(0);
  }, 60_000);
});
