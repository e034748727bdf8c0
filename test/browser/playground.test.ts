// `npm start`'s playground in Chromium, on the built bundle: the menu, the grid, typing into a cell, the
// Settings panel saving the fiscal year, Download, and a restart keeping the edits and the settings.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { GREEN, YELLOW } from '../../src/core/colours';
import { TODAY } from '../fixtures/examples';
import { bundleCode, sidebarHtml } from '../integration/harness';
import { background, cell, clickMenu, sidebarFrame, toastTexts, usePlayground } from './playgroundPage';

const session = usePlayground('playground-', { code: bundleCode(), htmlFiles: { Sidebar: sidebarHtml() }, now: TODAY });
let page: Page;

const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

beforeAll(() => {
  page = session.page;
});

describe('the playground on the demo workbook', () => {
  it('opens on the OKRs tab of the demo company, uncoloured, with the add-on menu onOpen built', async () => {
    expect(await page.locator('.tab').allTextContents()).toEqual([
      'KPIs',
      'OKRs',
      'Check-ins',
      'KPI History',
      'Owners',
    ]);
    expect(await cell(page, 'D3').textContent()).toBe('Reduce customer churn');
    expect(await cell(page, 'H3').textContent()).toBe('5.5%');
    expect(await cell(page, 'M3').textContent()).toBe('');
    await page.click('.menu .top >> text=Extensions');
    await page.hover('.has-sub >> text=KPI & OKR');
    expect(await page.locator('.has-sub.open .dropdown .item').allTextContents()).toEqual([
      'Refresh scores & colours',
      'Check in…',
      'Health check',
      'Build dashboard',
      'Roll up teams',
      'Set up tabs',
      'Start new quarter…',
      'Settings & about…',
    ]);
    await page.keyboard.press('Escape');
    await page.mouse.click(5, 5);
  });

  it('Refresh from the menu writes scores and colours into the grid and ends with a toast', async () => {
    await clickMenu(page, 'Refresh scores & colours');
    await expect.poll(() => toastTexts(page)).toContainEqual(expect.stringContaining('KRs scored'));
    expect(await cell(page, 'M3').textContent()).toBe('0.63');
    expect(await background(page, 'M3')).toBe(rgb(YELLOW));
  });

  it('typing into a Current cell fires onEdit: the score beside it changes', async () => {
    await cell(page, 'H3').click();
    await page.keyboard.type('4.5%');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'M3').textContent()).toBe('0.88');
    expect(await cell(page, 'H3').textContent()).toBe('4.5%');
    expect(await background(page, 'M3')).toBe(rgb(GREEN));
    await page.screenshot({ path: 'test-output/playground.png' });
  });

  it('edits the selected cell from the formula bar too', async () => {
    await cell(page, 'H4').click();
    expect(await page.locator('.formula-bar').inputValue()).toBe('31.0%');
    await page.locator('.formula-bar').fill('22%');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'M4').textContent()).toBe('0.72');
    expect(await cell(page, 'H4').textContent()).toBe('22.0%');
  });

  it('commits what was typed when the person clicks away to another tab, as Sheets does', async () => {
    await page.click('.tab >> text=KPIs');
    expect(await cell(page, 'M3').textContent()).toBe('ALERT');
    await cell(page, 'I3').click();
    await page.keyboard.type('2.5%'); // churn on its 2.5% watch line: healthy
    await page.click('.tab >> text=OKRs');
    await page.click('.tab >> text=KPIs');
    await expect.poll(() => cell(page, 'M3').textContent()).toBe('OK');
    expect(await cell(page, 'I3').textContent()).toBe('2.5%');
    await page.click('.tab >> text=OKRs');
  });

  it('Settings opens its sidebar panel: the fiscal year saved there is told in a toast', async () => {
    await clickMenu(page, 'Settings & about…');
    const settings = sidebarFrame(page);
    await expect.poll(() => settings.locator('#fiscal-quarter').textContent()).toBe('Today is in 2026-Q4.');
    expect(await settings.locator('#fiscal-month').inputValue()).toBe('1');
    await settings.locator('#fiscal-month').selectOption('3');
    expect(await settings.locator('#fiscal-quarter').textContent()).toBe(
      'Today is in 2026-Q3 with this month (not saved yet).',
    );
    await settings.locator('#fiscal-month').selectOption('2');
    await settings.locator('#fiscal-save').click();
    await expect.poll(() => toastTexts(page)).toContainEqual(expect.stringContaining('Fiscal year starts in February'));
    expect(await settings.locator('#fiscal-message').textContent()).toBe(
      'Fiscal year starts in February: today is in 2026-Q4.',
    );
    expect(await settings.locator('#weekly-digest h2').textContent()).toBe('Weekly digest');
  });

  it('checks in from the sidebar: Current, Score and the Check-ins log change in the grid', async () => {
    await clickMenu(page, 'Check in…');
    const keyResult = sidebarFrame(page).locator('.item[data-id="O1.2"]');
    await keyResult.locator('.check-in-button').click();
    await keyResult.locator('form input[type=text]').fill('20%');
    await keyResult.locator('form textarea').fill('Onboarding emails live');
    await keyResult.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => cell(page, 'M4').textContent()).toBe('0.8');
    expect(await cell(page, 'H4').textContent()).toBe('20.0%');
    expect(await background(page, 'M4')).toBe(rgb(GREEN));
    await expect.poll(() => keyResult.locator('.item-details').textContent()).toContain('20%');
    await page.click('.tab >> text=Check-ins');
    expect(await page.locator('td', { hasText: 'Onboarding emails live' }).count()).toBe(1);
    await page.click('.tab >> text=OKRs');
  });

  it('Download writes the coloured workbook as .xlsx', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), clickMenu(page, 'Download (.xlsx)', 'File')]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const okrs = book.getWorksheet('OKRs')!;
    expect(okrs.getCell('H3').value).toBe(0.045);
    expect(okrs.getCell('H3').numFmt).toBe('0.0#%');
    expect(okrs.getCell('M3').value).toBe(0.88);
    expect(okrs.getCell('M3').fill).toEqual({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: `FF${GREEN.slice(1).toUpperCase()}` },
    });
    expect(okrs.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(okrs.getCell('J3').value).toEqual(new Date('2026-12-31T00:00:00Z'));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['KPIs', 'OKRs', 'Check-ins', 'KPI History', 'Owners']);
  });

  it('keeps the edits and the settings in its workbook file across a restart', async () => {
    const playground = await session.restart();
    const restarted = await session.browser.newPage();
    await restarted.goto(playground.url);
    await restarted.waitForSelector('body[data-ready]');
    expect(await cell(restarted, 'H3').textContent()).toBe('4.5%');
    expect(await cell(restarted, 'M3').textContent()).toBe('0.88');
    await clickMenu(restarted, 'Settings & about…');
    const settings = sidebarFrame(restarted);
    await expect.poll(() => settings.locator('#fiscal-quarter').textContent()).toBe('Today is in 2026-Q4.');
    expect(await settings.locator('#fiscal-month').inputValue()).toBe('2');
    await restarted.close();
  }, 30_000);
});
