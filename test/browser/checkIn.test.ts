// The check-in sidebar in Chromium: the built Sidebar.html as the menu opens it, with google.script.run
// served by the built bundle in the emulator. What the user sees and what lands in the sheet.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CellValue } from '../../emulator/index';
import { GROUPED_OKR_ROWS, KPI_ROWS } from '../fixtures/examples';
import { deleteRow, moveRow } from '../fixtures/rearrange';
import { GREEN, column, backgroundColumn, open } from '../integration/harness';
import { useChromium } from './chromium';
import { openPanelPage } from './panelPage';

const browser = useChromium();

/** The workbook, scored, with the sidebar opened from the menu item and loaded. */
async function sidebar(okrs: CellValue[][] = GROUPED_OKR_ROWS, formulas?: Record<string, { formula: string; value: CellValue }>) {
  const book = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: okrs, ...(formulas === undefined ? {} : { formulas }) } });
  book.addon.run('refreshScores');
  book.addon.run('showCheckIn');
  const html = book.addon.ui.sidebars.at(-1)?.html ?? '';
  const { page } = await openPanelPage(browser(), book.addon, html);
  await page.locator('.item').first().waitFor();
  return { ...book, page };
}

function card(page: Page, id: string) {
  return page.locator(`.item[data-id="${id}"]`);
}

/** Opens an item's form, fills it and saves, waiting for the save to finish either way. */
async function checkIn(page: Page, id: string, fields: { value?: string; confidence?: string; note?: string }) {
  await card(page, id).locator('.check-in-button').click();
  const form = card(page, id).locator('form');
  if (fields.value !== undefined) await form.locator('input[type=text]').fill(fields.value);
  if (fields.confidence !== undefined) await form.locator('input[type=number]').fill(fields.confidence);
  if (fields.note !== undefined) await form.locator('textarea').fill(fields.note);
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await page.waitForFunction("document.querySelector('form[aria-busy]') === null");
}

describe('the check-in sidebar', () => {
  it('lists key results under their objectives and the KPIs, and filters by a remembered owner', async () => {
    const { page, addon } = await sidebar();
    await expect(page.locator('.objective h2').allTextContents()).resolves.toEqual([
      'Retain customers and stabilize the base',
      'Build a predictable revenue engine in Southeast Asia',
      'Transform the customer onboarding experience',
    ]);
    const churn = card(page, 'O1.1');
    await expect(churn.locator('.item-details').textContent()).resolves.toBe('5.5% · confidence 6/10 · no check-in yet');
    await expect(churn.locator('.chip').textContent()).resolves.toBe('ON TRACK');
    await expect(churn.locator('.score-text').textContent()).resolves.toBe('0.63');
    expect(await page.locator('.kpis .item').count()).toBe(10);

    await page.selectOption('#owner', 'Head of CS');
    await page.waitForFunction("document.querySelectorAll('.kpis .item').length === 2");
    await expect(page.locator('.item').evaluateAll((items) => items.map((item) => item.getAttribute('data-id')))).resolves.toEqual(['O1.1', 'O3.2', 'K2', 'K3']);

    // Opening the sidebar again keeps the choice.
    addon.run('showCheckIn');
    const again = await openPanelPage(browser(), addon, addon.ui.sidebars.at(-1)?.html ?? '');
    await again.page.locator('.item').first().waitFor();
    await expect(again.page.inputValue('#owner')).resolves.toBe('Head of CS');
    expect(await again.page.locator('.item').count()).toBe(4);
  }, 60_000);

  it('saves a check-in: the sheet, the score and its colour, and the list without a reload', async () => {
    const { page, workbook } = await sidebar();
    await checkIn(page, 'O1.1', { value: '4.5%', confidence: '8', note: 'Renewals landed' });
    await expect(page.locator('.notice').textContent()).resolves.toBe('Saved O1.1: 4.5%.');
    expect(column(workbook, 'OKRs', 'Current')[1]).toBe(0.045);
    expect(column(workbook, 'OKRs', 'Score')[1]).toBe(0.88);
    expect(backgroundColumn(workbook, 'OKRs', 'Score')[1]).toBe(GREEN);
    expect(workbook.read('Check-ins').values()[1]?.slice(2, 8)).toEqual(['O1.1', 'Reduce customer churn', 'KR', 0.045, 8, 'Renewals landed']);
    const churn = card(page, 'O1.1');
    await expect(churn.locator('.score-text').textContent()).resolves.toBe('0.88');
    await expect(churn.locator('.score-fill').evaluate((fill) => (globalThis as any).getComputedStyle(fill).backgroundColor)).resolves.toBe('rgb(183, 225, 205)');
    await expect(churn.locator('.item-details').textContent()).resolves.toBe('4.5% · confidence 8/10 · checked in 2026-11-23');
    expect(await churn.locator('svg.trend circle').count()).toBe(1);
    // The form closed and focus is back on the item's button, ready for the next one.
    expect(await churn.locator('form').count()).toBe(0);
    await expect(page.evaluate("document.activeElement?.getAttribute('aria-label')")).resolves.toBe('Check in Reduce customer churn');
  }, 60_000);

  it('works from the keyboard: Enter opens the form on the value, Enter saves, Escape cancels', async () => {
    const { page, workbook } = await sidebar();
    await card(page, 'O1.2').locator('.check-in-button').focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate("document.activeElement?.id.endsWith('-value')")).resolves.toBe(true);
    await page.keyboard.press('Escape');
    expect(await card(page, 'O1.2').locator('form').count()).toBe(0);
    await expect(page.evaluate("document.activeElement?.getAttribute('aria-label')")).resolves.toBe('Check in Reduce 30-day drop-off rate');
    await page.keyboard.press('Enter');
    await page.keyboard.type('28%');
    await page.keyboard.press('Enter');
    await page.locator('.notice', { hasText: 'Saved O1.2: 28%.' }).waitFor();
    expect(column(workbook, 'OKRs', 'Current')[2]).toBe(0.28);
  }, 60_000);

  it('a yes/no key result takes a checkbox', async () => {
    const rows = GROUPED_OKR_ROWS.map((row, index) => (index === 7 ? row.map((cell, c) => (c === 7 ? false : cell)) : row));
    const { page, workbook } = await sidebar(rows);
    await card(page, 'O2.2').locator('.check-in-button').click();
    await card(page, 'O2.2').getByLabel('Done').check();
    await card(page, 'O2.2').getByRole('button', { name: 'Save check-in' }).click();
    await page.locator('.notice', { hasText: 'Saved O2.2: Yes.' }).waitFor();
    expect(column(workbook, 'OKRs', 'Current')[6]).toBe(true);
    expect(column(workbook, 'OKRs', 'Score')[6]).toBe(1);
    expect(workbook.read('Check-ins').values()[1]?.[5]).toBe(true);
  }, 60_000);

  it('on a formula cell logs the check-in, keeps the formula and says so', async () => {
    const { page, workbook } = await sidebar(GROUPED_OKR_ROWS, { H7: { formula: '=COUNTA(Leads!A:A)', value: 38 } });
    await card(page, 'O2.1').locator('.check-in-button').click();
    await expect(card(page, 'O2.1').locator('form').textContent()).resolves.toContain('Current comes from a formula');
    await checkInOpen(page, 'O2.1', '41');
    await expect(page.locator('.notice').textContent()).resolves.toContain("its Current comes from a formula, so the sheet's value was left as it is");
    expect(workbook.read('OKRs').cell('H7').formula).toBe('=COUNTA(Leads!A:A)');
    expect(workbook.read('Check-ins').values()[1]?.[5]).toBe(41);
  }, 60_000);

  it('finds the row by ID when rows moved, and writes nothing when it was deleted', async () => {
    const { page, workbook } = await sidebar();
    moveRow(workbook, 'OKRs', 4, 2); // O1.2 dragged to the top after the sidebar loaded
    await checkIn(page, 'O1.2', { value: '20%' });
    expect(column(workbook, 'OKRs', 'ID')[0]).toBe('O1.2');
    expect(column(workbook, 'OKRs', 'Current')[0]).toBe(0.2);
    expect(column(workbook, 'OKRs', 'Current')[2]).toBe(0.055);

    deleteRow(workbook, 'OKRs', 5); // O1.3, still listed in the sidebar
    const before = JSON.stringify(workbook.toJSON());
    await checkIn(page, 'O1.3', { value: '8' });
    await expect(card(page, 'O1.3').locator('[role=alert]').textContent()).resolves.toBe(
      'O1.3 is no longer on the OKRs or KPIs tab (deleted, or its ID changed). Nothing was saved.');
    expect(JSON.stringify(workbook.toJSON())).toBe(before);
  }, 60_000);

  it('shows names full of HTML literally and stores a note starting with = as text', async () => {
    const evil = '<img src=x onerror="document.title=\'owned\'"><b>Churn</b>';
    const rows = GROUPED_OKR_ROWS.map((row, index) =>
      index === 2 ? row.map((cell, c) => (c === 3 ? evil : c === 4 ? '<script>alert(1)</script>' : cell)) : row);
    const { page, workbook } = await sidebar(rows);
    await expect(card(page, 'O1.1').locator('.item-name').textContent()).resolves.toBe(evil);
    expect(await page.locator('.items img, .items b, .items script').count()).toBe(0);
    expect(await page.locator('#owner option', { hasText: '<script>alert(1)</script>' }).count()).toBe(1);
    await checkIn(page, 'O1.1', { value: '5%', note: '=IMPORTXML("http://evil.example","//a")' });
    const log = workbook.read('Check-ins');
    expect(log.values()[1]?.[3]).toBe(evil);
    expect(log.values()[1]?.[7]).toBe('=IMPORTXML("http://evil.example","//a")');
    expect(log.formulas()[1]?.[7]).toBe('');
    await expect(page.title()).resolves.not.toBe('owned');
  }, 60_000);
});

/** Fills the open form's value and saves. */
async function checkInOpen(page: Page, id: string, value: string) {
  const form = card(page, id).locator('form');
  await form.locator('input[type=text]').fill(value);
  await form.getByRole('button', { name: 'Save check-in' }).click();
  await page.waitForFunction("document.querySelector('form[aria-busy]') === null");
}

describe('errors next to the form, nothing written', () => {
  const cases: [string, { value?: string; confidence?: string; note?: string }, string, string][] = [
    ['a value that is not a number', { value: 'about half' }, 'value', '"about half" is not a number: type it as in the sheet, like 45%, $1,200 or 12.5.'],
    ['a confidence outside 0–10', { value: '5%', confidence: '11' }, 'confidence', 'Confidence is a number from 0 (no chance) to 10 (certain), not "11".'],
    ['a note over 1,000 characters', { value: '5%', note: 'x'.repeat(1001) }, 'note', 'Keep the note to 1,000 characters.'],
  ];
  for (const [what, fields, field, message] of cases) {
    it(what, async () => {
      const { page, workbook } = await sidebar();
      const before = JSON.stringify(workbook.toJSON());
      await checkIn(page, 'O1.1', fields);
      const input = card(page, 'O1.1').locator(`#${await card(page, 'O1.1').locator('form [id$="-value"]').getAttribute('id').then((id) => id!.replace('-value', `-${field}`))}`);
      const errorId = await input.getAttribute('aria-describedby');
      await expect(page.locator(`#${errorId}`).textContent()).resolves.toBe(message);
      // Focus goes to the field at fault; the form stays open with what the user typed.
      await expect(input.evaluate((node) => node === (globalThis as any).document.activeElement)).resolves.toBe(true);
      expect(JSON.stringify(workbook.toJSON())).toBe(before);
    }, 60_000);
  }

  it('another editor saving: a clear message, nothing written', async () => {
    const { page, workbook, addon } = await sidebar();
    const before = JSON.stringify(workbook.toJSON());
    addon.lock.holdDocumentLockElsewhere();
    await checkIn(page, 'O1.1', { value: '5%' });
    await expect(card(page, 'O1.1').locator('[role=alert]').textContent()).resolves.toBe(
      'Someone else is saving to this spreadsheet. Nothing was saved: try again in a moment.');
    await expect(card(page, 'O1.1').getByRole('button', { name: 'Save check-in' }).isEnabled()).resolves.toBe(true);
    expect(JSON.stringify(workbook.toJSON())).toBe(before);
  }, 60_000);

  it('a malformed payload sent to the handler gets a readable error', async () => {
    const { page, workbook } = await sidebar();
    const before = JSON.stringify(workbook.toJSON());
    const reply = await page.evaluate(() => new Promise((resolve) => {
      const g = (globalThis as unknown as { google: { script: { run: Record<string, any> } } }).google;
      g.script.run.withSuccessHandler(resolve).submitCheckIn({ id: 'O1.1', value: 0.05, note: null });
    }));
    expect(reply).toEqual({ ok: false, field: 'value', message: 'The value arrived as the number 0.05, not text or a tick box, which the add-on cannot read. Close the sidebar and open it again.' });
    expect(JSON.stringify(workbook.toJSON())).toBe(before);
  }, 60_000);
});
