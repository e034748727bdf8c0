// HtmlService pages in the playground: a sidebar on the right and a modal dialog, each calling the server
// through google.script.run served by the playground (success, the failure handler with the server's
// message, the grid and toasts refreshed after the call) and closing with google.script.host.close().
// The bundle shows no page on this branch yet, so a small add-on stands in; the check-in sidebar's test
// will drive dist/Code.js the same way (clickMenu 'Check in…', then sidebarFrame).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TODAY } from '../fixtures/examples';
import { cell, clickMenu, dialogFrame, sidebarFrame, toastTexts, usePlayground } from './playgroundPage';

const PANEL = `<!DOCTYPE html><html><head><title>x</title></head><body>
<button id="save" onclick="google.script.run.withSuccessHandler(function (v) { document.getElementById('out').textContent = v; }).saveNote('hello')">Save</button>
<button id="refuse" onclick="google.script.run.withFailureHandler(function (e) { document.getElementById('out').textContent = 'failed: ' + e.message; }).refuse()">Refuse</button>
<button id="close" onclick="google.script.host.close()">Close</button>
<p id="out"></p></body></html>`;

const CODE = `
var PANEL = ${JSON.stringify(PANEL)};
function onOpen() {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open notes', 'openNotes').addItem('Open dialog', 'openDialog')
    .addItem('Where am I', 'whereAmI').addItem('Go to the log', 'goToLog').addItem('Break', 'breakDown').addToUi();
}
function whereAmI() {
  var book = SpreadsheetApp.getActiveSpreadsheet();
  book.toast('You are on ' + book.getActiveSheet().getName() + '!' + book.getActiveRange().getA1Notation());
}
function goToLog() { SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Check-ins').getRange('B2').activate(); }
function openNotes() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(PANEL).setTitle('Notes')); }
function openDialog() { SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(PANEL).setWidth(420).setHeight(180), 'Confirm'); }
function saveNote(text) {
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('KPIs').getRange('L2').setValue(text);
  SpreadsheetApp.getActiveSpreadsheet().toast('Saved ' + text, 'Notes');
  return 'saved ' + text;
}
function breakDown() { throw new Error('KPIs tab not found'); }
function refuse() { throw new Error('Nothing saved: K9 no longer exists.'); }
`;

const session = usePlayground('playground-', { code: CODE, htmlFiles: {}, now: TODAY });
let page: Page;

beforeAll(async () => {
  page = session.page;
  await page.click('.tab >> text=KPIs');
});

describe('menu commands in the playground', () => {
  it('see the tab and cell the person is on, and the page follows when one activates another', async () => {
    await page.click('.tab >> text=OKRs');
    await cell(page, 'D3').click();
    await clickMenu(page, 'Where am I');
    await expect.poll(() => toastTexts(page)).toContainEqual(expect.stringContaining('You are on OKRs!D3'));
    await clickMenu(page, 'Go to the log');
    await expect.poll(() => page.locator('.tab.active').textContent()).toBe('Check-ins');
    expect(await page.locator('.name-box').textContent()).toBe('B2');
    await page.click('.tab >> text=KPIs');
  });

  it('shows an error a menu function throws, as Sheets reports a failed script', async () => {
    await clickMenu(page, 'Break');
    await expect
      .poll(() => page.locator('.toast.error').allTextContents())
      .toContainEqual(expect.stringContaining('KPIs tab not found'));
  });
});

describe('sidebars and dialogs in the playground', () => {
  it('shows a sidebar 300 px wide on the right whose google.script.run reaches the add-on', async () => {
    await clickMenu(page, 'Open notes');
    const sidebar = page.locator('aside.sidebar');
    await expect.poll(() => sidebar.isVisible()).toBe(true);
    expect(await sidebar.locator('.panel-title').textContent()).toContain('Notes');
    const box = (await sidebar.boundingBox())!;
    expect([box.width, box.x + box.width]).toEqual([300, 1400]);
    const frame = sidebarFrame(page);
    await frame.locator('#save').click();
    await expect.poll(() => frame.locator('#out').textContent()).toBe('saved hello');
    await expect.poll(() => cell(page, 'L2').textContent()).toBe('hello');
    await expect.poll(() => toastTexts(page)).toContainEqual(expect.stringContaining('Saved hello'));
    await frame.locator('#refuse').click();
    await expect.poll(() => frame.locator('#out').textContent()).toBe('failed: Nothing saved: K9 no longer exists.');
    await frame.locator('#close').click();
    await expect.poll(() => sidebar.count()).toBe(0);
  });

  it('shows a modal dialog centred at its size, over the sheet, closed by google.script.host.close()', async () => {
    await clickMenu(page, 'Open dialog');
    const dialog = page.locator('.overlay .dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('.panel-title').textContent()).toContain('Confirm');
    const box = (await dialog.boundingBox())!;
    expect(box.width).toBe(420);
    expect(Math.abs(box.x + box.width / 2 - 700)).toBeLessThan(2);
    const frame = dialogFrame(page);
    await frame.locator('#save').click();
    await expect.poll(() => frame.locator('#out').textContent()).toBe('saved hello');
    await frame.locator('#close').click();
    await expect.poll(() => page.locator('.overlay').count()).toBe(0);
  });
});
