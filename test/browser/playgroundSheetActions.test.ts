// What a person does to a sheet in the playground, in Chromium: rows inserted, deleted and moved from the
// row header's menu (the add-on's IDs and Status cells move with their rows), undo, a sort that fires no
// onEdit, a pasted block that fires one, the menu bar from the keyboard, toasts beside the sidebar, typing
// in any script, and SPARKLINE drawn in its cell.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkbook } from '../../emulator/index';
import { startPlayground, type Playground } from '../../emulator/playground/server';
import { TODAY } from '../fixtures/examples';
import { bundleCode, sidebarHtml } from '../integration/harness';
import { launchChromium } from './chromium';
import { cell, clickMenu, openPlayground, toastTexts } from './playgroundPage';

let folder: string;
let browser: Browser | undefined;
const playgrounds: Playground[] = [];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'playground-actions-'));
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(playgrounds.map((playground) => playground.close()));
  await rm(folder, { recursive: true, force: true });
});

async function open(code: string, workbookFile: string): Promise<Page> {
  if (browser === undefined) throw new Error('Chromium is not running');
  const playground = await startPlayground({
    code,
    htmlFiles: { Sidebar: sidebarHtml() },
    workbookPath: join(folder, workbookFile),
    port: 0,
    now: TODAY,
  });
  playgrounds.push(playground);
  return openPlayground(browser, playground.url);
}

/** The A column of the OKRs tab, rows 2–5, as the page shows it. */
const ids = (page: Page): Promise<(string | null)[]> =>
  Promise.all(['A2', 'A3', 'A4', 'A5'].map((a1) => cell(page, a1).textContent()));

async function rowMenu(page: Page, row: number, item: string): Promise<void> {
  await page.click(`th.row-number[data-row="${row}"]`, { button: 'right' });
  await page.locator('.context-menu .item', { hasText: item }).click();
}

describe('rows, undo, the menu bar and typing, on the demo workbook with the add-on', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(bundleCode(), 'demo.json');
  }, 60_000);

  it('Insert 1 row above, Delete row and Move row down move the IDs and Status cells with their rows', async () => {
    await clickMenu(page, 'Refresh scores & colours');
    await expect.poll(() => cell(page, 'N3').textContent()).not.toBe('');
    const status = await cell(page, 'N3').textContent();
    expect(await ids(page)).toEqual(['O1', 'O1.1', 'O1.2', 'O1.3']);

    await rowMenu(page, 3, 'Insert 1 row above');
    await expect.poll(() => ids(page)).toEqual(['O1', '', 'O1.1', 'O1.2']);
    expect(await cell(page, 'N4').textContent()).toBe(status);
    expect(await cell(page, 'D4').textContent()).toBe('Reduce customer churn');

    await rowMenu(page, 3, 'Delete row');
    await expect.poll(() => ids(page)).toEqual(['O1', 'O1.1', 'O1.2', 'O1.3']);

    await rowMenu(page, 3, 'Move row down');
    await expect.poll(() => ids(page)).toEqual(['O1', 'O1.2', 'O1.1', 'O1.3']);
    expect(await cell(page, 'N4').textContent()).toBe(status);
  });

  it('undoes the last changes with Ctrl+Z and with Edit → Undo, a typed value and its onEdit score included', async () => {
    const score = await cell(page, 'M4').textContent();
    await cell(page, 'H4').click();
    await page.keyboard.type('4.5%');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'M4').textContent()).not.toBe(score);

    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(page, 'M4').textContent()).toBe(score);
    expect(await cell(page, 'H4').textContent()).toBe('5.5%');

    await clickMenu(page, 'Undo', 'Edit');
    await expect.poll(() => ids(page)).toEqual(['O1', 'O1.1', 'O1.2', 'O1.3']);
  });

  it('starts a new undo history when a script from the menu changes the sheet', async () => {
    await rowMenu(page, 2, 'Insert 1 row below');
    await expect.poll(() => ids(page)).toEqual(['O1', '', 'O1.1', 'O1.2']);
    await clickMenu(page, 'Refresh scores & colours');
    await page.click('.menu .top >> text=Edit');
    await expect
      .poll(() => page.locator('.menu.open .item', { hasText: 'Undo' }).getAttribute('class'))
      .toContain('disabled');
    await page.keyboard.press('Escape');
    await rowMenu(page, 3, 'Delete row');
    await expect.poll(() => ids(page)).toEqual(['O1', 'O1.1', 'O1.2', 'O1.3']);
  });

  it('reaches the Extensions menu from the keyboard: Shift+Tab to the bar, arrows, Enter and Escape', async () => {
    await cell(page, 'B2').click();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    // A sub-menu's item holds its caption in a span beside its list.
    const focused = (): Promise<string | null | undefined> =>
      page.locator('body').evaluate((body) => {
        const active = body.ownerDocument.activeElement;
        return (active?.querySelector(':scope > span:not(.shortcut)') ?? active)?.textContent;
      });
    expect(await focused()).toBe('Extensions');

    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('Data');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('KPI & OKR');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('Refresh scores & colours');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Check in…');
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('KPI & OKR');
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('Extensions');
    expect(await page.locator('.menu.open').count()).toBe(0);

    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => toastTexts(page)).toContainEqual(expect.stringContaining('KRs scored'));

    // Sheets' access key opens Extensions from the grid.
    await cell(page, 'B2').click();
    await page.keyboard.press('Alt+n');
    expect(await focused()).toBe('KPI & OKR');
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('Extensions');
    await page.keyboard.press('Escape');
  });

  it('shows toasts at the bottom right of the grid, left of an open sidebar', async () => {
    await clickMenu(page, 'Check in…');
    await expect.poll(() => page.locator('.sidebar').count()).toBe(1);
    await clickMenu(page, 'Refresh scores & colours');
    const toast = page.locator('.toast', { hasText: 'KRs scored' }).last();
    await expect.poll(() => toast.isVisible()).toBe(true);
    const [toastBox, sidebarBox, gridBox] = await Promise.all([
      toast.boundingBox(),
      page.locator('.sidebar').boundingBox(),
      page.locator('.grid-box').boundingBox(),
    ]);
    if (toastBox === null || sidebarBox === null || gridBox === null) throw new Error('not laid out');
    expect(toastBox.x + toastBox.width).toBeLessThanOrEqual(sidebarBox.x);
    expect(toastBox.x + toastBox.width).toBeGreaterThan(gridBox.x + gridBox.width / 2);
    expect(toastBox.y + toastBox.height).toBeLessThanOrEqual(gridBox.y + gridBox.height);
    await page.locator('.sidebar .close').click();
  });

  it('starts an edit when the person types an accented letter or composes CJK with an input method', async () => {
    await cell(page, 'Q2').click();
    await page.keyboard.type('été');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'Q2').textContent()).toBe('été');

    await cell(page, 'Q3').click();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    expect(await page.locator('.cell-editor').count()).toBe(0);
    await cdp.send('Input.insertText', { text: '日本' });
    await expect.poll(() => page.locator('.cell-editor').count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'Q3').textContent()).toBe('日本');
  });
});

describe('several rows at once, on the demo workbook', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(bundleCode(), 'rows.json');
  }, 60_000);

  it('acts on the rows chosen by their numbers: Insert 2 rows above, Delete rows 3 - 4, Move rows down', async () => {
    await page.click('th.row-number[data-row="3"]');
    await page.click('th.row-number[data-row="4"]', { modifiers: ['Shift'] });
    expect(await page.locator('.name-box').textContent()).toMatch(/^A3:[A-Z]+4$/);

    await rowMenu(page, 4, 'Insert 2 rows above');
    await expect.poll(() => ids(page)).toEqual(['O1', '', '', 'O1.1']);
    await rowMenu(page, 3, 'Delete rows 3 - 4');
    await expect.poll(() => ids(page)).toEqual(['O1', 'O1.1', 'O1.2', 'O1.3']);

    await page.click('th.row-number[data-row="3"]');
    await page.click('th.row-number[data-row="4"]', { modifiers: ['Shift'] });
    await rowMenu(page, 3, 'Move rows down');
    await expect.poll(() => ids(page)).toEqual(['O1', 'O1.3', 'O1.1', 'O1.2']);
  });
});

/** A script whose onEdit leaves a toast naming the edited range: it shows whether an action fired onEdit. */
const ON_EDIT_SPY = `function onEdit(e) {
  SpreadsheetApp.getActiveSpreadsheet().toast(e.range.getA1Notation() + (e.value === undefined ? '' : ' = ' + e.value), 'onEdit', -1);
}`;

describe('paste, sort and SPARKLINE on a small sheet', () => {
  let page: Page;
  const onEdits = (): Promise<string[]> => toastTexts(page).then((texts) => texts.filter((t) => t.includes('onEdit')));

  beforeAll(async () => {
    const workbook = createWorkbook({
      sheets: {
        Trend: {
          values: [
            ['Name', 'Q1', 'Q2', 'Q3', 'Chart', 'Double'],
            ['Churn', 3, 5, 4, '', ''],
            ['NPS', 40, -10, 45, '', ''],
            ['Leads', 12, 15, 9, '', ''],
          ],
          formulas: {
            E2: { formula: '=SPARKLINE(B2:D2)', value: '' },
            E3: { formula: '=SPARKLINE(B3:D3,{"charttype","column";"negcolor","red"})', value: '' },
            F2: { formula: '=B2*2', value: 6 },
          },
          frozenRows: 1,
        },
      },
    });
    await writeFile(
      join(folder, 'small.json'),
      JSON.stringify({ workbook: workbook.toJSON(), documentProperties: {} }),
    );
    page = await open(ON_EDIT_SPY, 'small.json');
  }, 60_000);

  it('draws SPARKLINE cells as SVG (a line; columns with a negative one in negcolor) and edits them as formulas', async () => {
    expect(await cell(page, 'E2').locator('svg.sparkline polyline').count()).toBe(1);
    const columns = cell(page, 'E3').locator('svg.sparkline rect');
    expect(await columns.count()).toBe(3);
    expect(await columns.nth(1).getAttribute('fill')).toBe('red');
    await cell(page, 'E3').click();
    expect(await page.locator('.formula-bar').inputValue()).toBe(
      '=SPARKLINE(B3:D3,{"charttype","column";"negcolor","red"})',
    );
  });

  it('shows a formula cell’s value in the grid and its formula in the formula bar and the editor', async () => {
    expect(await cell(page, 'F2').textContent()).toBe('6');
    await cell(page, 'F2').click();
    expect(await page.locator('.formula-bar').inputValue()).toBe('=B2*2');
    await page.keyboard.press('F2');
    expect(await page.locator('.cell-editor').inputValue()).toBe('=B2*2');
    await page.keyboard.press('Escape');
  });

  it('Sort range by a column moves whole rows of the range, formulas with them, and fires no onEdit', async () => {
    await cell(page, 'F4').click();
    await cell(page, 'A2').click({ modifiers: ['Shift'] });
    expect(await page.locator('.name-box').textContent()).toBe('A2:F4');
    await clickMenu(page, 'Sort range by column A (Z to A)', 'Data');
    await expect.poll(() => cell(page, 'A2').textContent()).toBe('NPS');
    expect(await Promise.all(['A3', 'A4', 'B4'].map((a1) => cell(page, a1).textContent()))).toEqual([
      'Leads',
      'Churn',
      '3',
    ]);
    expect(await cell(page, 'E2').locator('svg.sparkline rect').count()).toBe(3);
    await cell(page, 'F4').click();
    expect(await page.locator('.formula-bar').inputValue()).toBe('=B4*2');
    expect(await onEdits()).toEqual([]);
  });

  it('inserts, moves and deletes rows without firing onEdit', async () => {
    await rowMenu(page, 2, 'Insert 1 row above');
    await expect.poll(() => cell(page, 'A3').textContent()).toBe('NPS');
    await rowMenu(page, 3, 'Move row up');
    await expect.poll(() => cell(page, 'A2').textContent()).toBe('NPS');
    await rowMenu(page, 3, 'Delete row');
    await expect.poll(() => cell(page, 'A3').textContent()).toBe('Leads');
    expect(await onEdits()).toEqual([]);
  });

  it('pastes a tab-separated block from the clipboard, firing onEdit once with the pasted range', async () => {
    await cell(page, 'A6').click();
    await page.locator('.key-sink').evaluate((keys) => {
      const win = keys.ownerDocument.defaultView;
      if (win === null) return;
      const data = new win.DataTransfer();
      data.setData('text/plain', 'Revenue\t7\t8\r\nCosts\t2\t3\r\n');
      keys.dispatchEvent(new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await expect.poll(() => cell(page, 'C7').textContent()).toBe('3');
    expect(await cell(page, 'A6').textContent()).toBe('Revenue');
    await expect.poll(onEdits).toEqual([expect.stringContaining('A6:C7')]);

    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(page, 'A6').textContent()).toBe('');
    expect(await cell(page, 'C7').textContent()).toBe('');
    expect(await onEdits()).toHaveLength(1);
  });

  it('copies the selected block as tab-separated text another sheet (or this one) can paste', async () => {
    await cell(page, 'A2').click();
    await cell(page, 'B3').click({ modifiers: ['Shift'] });
    const copied = await page.locator('.key-sink').evaluate((keys) => {
      const win = keys.ownerDocument.defaultView;
      if (win === null) return null;
      const data = new win.DataTransfer();
      keys.dispatchEvent(new win.ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
      return data.getData('text/plain');
    });
    expect(copied).toMatch(/^[A-Za-z]+\t-?\d+\n[A-Za-z]+\t-?\d+$/);
    expect(copied).toBe(
      `${await cell(page, 'A2').textContent()}\t${await cell(page, 'B2').textContent()}\n` +
        `${await cell(page, 'A3').textContent()}\t${await cell(page, 'B3').textContent()}`,
    );
  });

  it('pastes one cell as if it were typed: onEdit sees its value', async () => {
    await cell(page, 'B9').click();
    await page.locator('.key-sink').evaluate((keys) => {
      const win = keys.ownerDocument.defaultView;
      if (win === null) return;
      const data = new win.DataTransfer();
      data.setData('text/plain', '42\n');
      keys.dispatchEvent(new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await expect.poll(() => cell(page, 'B9').textContent()).toBe('42');
    await expect.poll(onEdits).toContainEqual(expect.stringContaining('B9 = 42'));
  });
});
