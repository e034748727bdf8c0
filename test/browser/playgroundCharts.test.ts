// Embedded charts and SPARKLINE cells in the playground, in Chromium: a script inserts a line chart and a
// column chart (docs/apps-script-behaviour.md §14) and writes sparklines (§15); the page draws them over the
// grid, redraws them when their data changes, and a restart on the saved workbook still shows them.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { cell, clickMenu, usePlayground } from './playgroundPage';
import { chartSvgs, sparklineSvgs } from './chartSvgs';

/** A small add-on of its own: one menu item that builds a tab with data, two charts and two sparklines. */
const CODE = `
function onOpen() {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Insert charts', 'insertCharts').addToUi();
}
function insertCharts() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Charts');
  sheet.getRange('A1:C5').setValues([['Month', 'Leads', 'Deals'], ['Jan', 10, 2], ['Feb', 14, 3], ['Mar', 9, 4], ['Apr', 12, 5]]);
  sheet.getRange('E1:E2').setFormulas([['=SPARKLINE(B2:B5)'], ['=SPARKLINE(C2:C5, G1:H1)']]);
  sheet.getRange('G1:H1').setValues([['charttype', 'column']]);
  sheet.insertChart(sheet.newChart().asLineChart().addRange(sheet.getRange('A1:C5'))
    .setPosition(8, 1, 0, 0).setTitle('Leads and deals').setColors(['#0b8043', '#e67c73']).build());
  sheet.insertChart(sheet.newChart().asColumnChart().addRange(sheet.getRange('A1:B5'))
    .setPosition(8, 8, 10, 5).setOption('title', 'Leads').build());
  sheet.hideColumns(4);
  sheet.hideRows(6);
  sheet.setColumnWidth(6, 150);
  sheet.getRange('A1').activate();
}
`;

const session = usePlayground('playground-charts-', { code: CODE, htmlFiles: {} });
let page: Page;

beforeAll(async () => {
  page = session.page;
  await clickMenu(page, 'Insert charts');
  await page.click('.tab >> text=Charts');
  await page.locator('svg.chart').nth(1).waitFor();
});

describe('embedded charts in the playground', () => {
  it('draws the line chart and the column chart with their series, points, titles and colours', async () => {
    const [line, column] = await chartSvgs(page);
    expect(line).toMatchObject({
      type: 'LINE',
      label: 'Leads and deals',
      series: [
        { name: 'Leads', color: '#0b8043', points: 4 },
        { name: 'Deals', color: '#e67c73', points: 4 },
      ],
    });
    expect(column).toMatchObject({ type: 'COLUMN', label: 'Leads', series: [{ name: 'Leads', points: 4 }] });
  });

  it('places each chart at its anchor cell plus its offsets', async () => {
    const [line, column] = await chartSvgs(page);
    const box = await page.locator('.grid-box').boundingBox();
    const a8 = await cell(page, 'A8').boundingBox();
    const h8 = await cell(page, 'H8').boundingBox();
    if (box === null || a8 === null || h8 === null) throw new Error('the grid is not on screen');
    expect(line?.left).toBeCloseTo(a8.x - box.x, 0);
    expect(line?.top).toBeCloseTo(a8.y - box.y, 0);
    expect(column?.left).toBeCloseTo(h8.x - box.x + 10, 0);
    expect(column?.top).toBeCloseTo(h8.y - box.y + 5, 0);
  });

  it('draws the SPARKLINE cells: a line over four readings and four columns', async () => {
    expect(await sparklineSvgs(page)).toEqual([
      { a1: 'E1', type: 'line', marks: 4 },
      { a1: 'E2', type: 'column', marks: 4 },
    ]);
  });

  it('hides the rows and columns the script hid, and gives a column the width the script set', async () => {
    expect(await cell(page, 'D1').isHidden()).toBe(true);
    expect(await cell(page, 'A6').isHidden()).toBe(true);
    expect(await cell(page, 'A7').isVisible()).toBe(true);
    expect((await cell(page, 'F1').boundingBox())?.width).toBeCloseTo(150, 0);
  });

  it('redraws a chart when a cell it reads changes', async () => {
    await cell(page, 'C3').click();
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await chartSvgs(page))[0]?.series.map((series) => series.points)).toEqual([4, 3]);
  });

  it('a restart on the saved workbook shows the charts again', async () => {
    const playground = await session.restart();
    const restarted = await session.browser.newPage({ viewport: { width: 1400, height: 800 } });
    await restarted.goto(playground.url);
    await restarted.waitForSelector('body[data-ready]');
    await restarted.click('.tab >> text=Charts');
    await restarted.locator('svg.chart').nth(1).waitFor();
    expect((await chartSvgs(restarted)).map((chart) => [chart.label, chart.series.length])).toEqual([
      ['Leads and deals', 2],
      ['Leads', 1],
    ]);
  });
});
