// The Dashboard tab in `npm start`'s playground, in Chromium, on the built bundle and the demo workbook: Build
// dashboard from the menu, and the tab shows what Sheets would — the two native charts with the demo's data,
// a SPARKLINE per KPI with readings in its status's colour, the status colours, the data columns hidden.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { GREEN, RED, YELLOW } from '../../src/core/colours';
import { BOUND_SERIES, READINGS_TITLE, SCORES_TITLE } from '../../src/core/dashboard/charts';
import { TODAY } from '../fixtures/examples';
import { bundleCode, sidebarHtml } from '../integration/harness';
import { chartSvgs, sparklineSvgs } from './chartSvgs';
import { background, cell, clickMenu, usePlayground } from './playgroundPage';

const session = usePlayground('playground-dashboard-', {
  code: bundleCode(),
  htmlFiles: { Sidebar: sidebarHtml() },
  now: TODAY,
});
let page: Page;

const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

beforeAll(async () => {
  page = session.page;
  await clickMenu(page, 'Build dashboard');
  // Build dashboard opens the tab it built.
  await page.locator('.tab.active', { hasText: 'Dashboard' }).waitFor();
  await page.locator('svg.chart').nth(1).waitFor();
}, 60_000);

describe('the demo workbook after Build dashboard', () => {
  it('draws the scores chart: a bar per objective against the 0.4 and 0.7 lines', async () => {
    const [scores] = await chartSvgs(page);
    expect(scores).toMatchObject({
      type: 'COMBO',
      label: SCORES_TITLE,
      series: [
        { name: 'Score', points: 3 },
        { name: '0.4', points: 3 },
        { name: '0.7', points: 3 },
      ],
    });
  });

  it("draws the readings chart: each KPI out of range with every reading it has, and the bound's line", async () => {
    const [, readings] = await chartSvgs(page);
    // The demo's KPI History and Current: training and NPS read on 1 Apr, 1 Jul and 1 Oct; churn monthly from
    // August with Current in November; the response time weekly from 30 Oct. The bound spans all ten days.
    expect(readings).toMatchObject({
      type: 'LINE',
      label: READINGS_TITLE,
      series: [
        { name: 'Training completion rate', points: 3 },
        { name: 'Customer churn rate', points: 4 },
        { name: 'Net Promoter Score', points: 3 },
        { name: 'Support first response time', points: 4 },
        { name: BOUND_SERIES, points: 10 },
      ],
    });
  });

  it('places both charts right of the tables, one under the other, over none of their cells', async () => {
    const charts = await chartSvgs(page);
    const box = await page.locator('.grid-box').boundingBox();
    const i1 = await cell(page, 'I1').boundingBox();
    if (box === null || i1 === null) throw new Error('the grid is not on screen');
    for (const chart of charts) expect(chart.left).toBeGreaterThan(i1.x - box.x + i1.width);
    const [scores, readings] = charts;
    const heights = await page
      .locator('svg.chart')
      .evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('height')));
    expect(readings?.top).toBeGreaterThan((scores?.top ?? 0) + Number(heights[0]));
  });

  it('draws a sparkline for every KPI with readings, in its status colour, and none for the KPIs without', async () => {
    const sparks = await sparklineSvgs(page);
    expect(sparks.map((spark) => spark.a1)).toEqual(['F10', 'F11', 'F12', 'F13', 'F14', 'F16', 'F18', 'F20']);
    expect(sparks.every((spark) => spark.type === 'line' && spark.marks > 1)).toBe(true);
    const stroke = (a1: string) => cell(page, a1).locator('svg.sparkline polyline').first().getAttribute('stroke');
    expect([await stroke('F10'), await stroke('F14'), await stroke('F18')]).toEqual(['#c5221f', '#e37400', '#188038']);
  });

  it('colours the vital signs by status and says who works on each KPI', async () => {
    expect(await cell(page, 'A10').textContent()).toBe('Training completion rate');
    expect(await cell(page, 'E10').textContent()).toBe('ALERT');
    expect(await background(page, 'E10')).toBe(rgb(RED));
    expect(await cell(page, 'E16').textContent()).toBe('WARN — heading below Min by about 27 Nov');
    expect(await background(page, 'E16')).toBe(rgb(YELLOW));
    expect(await background(page, 'E17')).toBe(rgb(GREEN));
    expect(await cell(page, 'G10').textContent()).toBe('out of range — nobody on it');
  });

  it('hides the data columns the trends and charts read, and nothing a person reads', async () => {
    for (const a1 of ['X1', 'X10', 'AC1', 'AH1']) expect(await cell(page, a1).isHidden()).toBe(true);
    for (const a1 of ['A1', 'I1', 'J1', 'W1']) expect(await cell(page, a1).isVisible()).toBe(true);
  });
});
