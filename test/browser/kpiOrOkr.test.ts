// The KPI-or-OKR tab of the check-in sidebar in Chromium: the four questions, the recommendation with its
// reason, and the draft added as a new row that the check-in list then shows.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GROUPED_OKR_ROWS, KPI_ROWS } from '../fixtures/examples';
import { column, open } from '../integration/harness';
import { useChromium } from './chromium';
import { openPanelPage } from './panelPage';

const browser = useChromium();

async function advicePanel() {
  const book = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: GROUPED_OKR_ROWS } });
  book.addon.run('refreshScores');
  book.addon.run('showCheckIn');
  const { page } = await openPanelPage(browser(), book.addon, book.addon.ui.sidebars.at(-1)?.html ?? '');
  await page.locator('.item').first().waitFor();
  await page.getByRole('tab', { name: 'KPI or OKR?' }).click();
  return { ...book, page };
}

async function answer(page: Page, labels: string[]) {
  for (const label of labels) await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Recommend' }).click();
  await page.locator('.recommendation h2').waitFor();
}

describe('KPI or OKR?', () => {
  it('recommends a KPI for an established, healthy process and adds it as a KPI row', async () => {
    const { page, workbook } = await advicePanel();
    await answer(page, ['An established process', 'Ongoing health', '100% is expected', 'Continue as we are']);
    await expect(page.locator('.recommendation h2').textContent()).resolves.toBe('Recommendation: a KPI');
    await expect(page.locator('.recommendation p').textContent()).resolves.toContain(
      '4 of 4 answers point to a KPI: an established process, ongoing health',
    );
    await page.getByLabel('Name').fill('=Invoice accuracy <b>rate</b>');
    await page.locator('#draft-owner').fill('Finance lead');
    await page.getByLabel('Unit (%, $, days…)').fill('%');
    await page.getByLabel('Min (healthy at or above)').fill('98');
    await page.getByRole('button', { name: 'Add KPI row' }).click();
    await page.locator('.draft .success').waitFor();
    await expect(page.locator('.draft .success').textContent()).resolves.toBe('Added KPI K12 to the KPIs tab.');
    const kpis = workbook.read('KPIs').values();
    expect(kpis[12]?.slice(0, 6)).toEqual(['K12', '=Invoice accuracy <b>rate</b>', 'Finance lead', '%', 0.98, '']);
    expect(column(workbook, 'KPIs', 'Status')[11]).toBe('NO DATA');
    await page.getByRole('tab', { name: 'Check in' }).click();
    await expect(page.locator('.item[data-id="K12"] .item-name').textContent()).resolves.toBe(
      '=Invoice accuracy <b>rate</b>',
    );
  }, 60_000);

  it('recommends an OKR for a new initiative and adds a key result under the chosen objective', async () => {
    const { page, workbook } = await advicePanel();
    await answer(page, [
      'Doing something differently',
      'Building and changing',
      '70% would be progress',
      'Continue as we are',
    ]);
    await expect(page.locator('.recommendation h2').textContent()).resolves.toBe('Recommendation: an OKR');
    await expect(page.getByLabel('Key result row').isChecked()).resolves.toBe(true);
    await page.getByLabel('Name').fill('Win back churned accounts');
    await page.locator('#draft-owner').fill('Head of CS');
    await page.getByLabel('Start').fill('0');
    await page.getByLabel('Target').fill('20');
    await page.getByLabel('Under the objective').selectOption('O1');
    await page.getByRole('button', { name: 'Add key result row' }).click();
    await page.locator('.draft .success').waitFor();
    await expect(page.locator('.draft .success').textContent()).resolves.toBe('Added key result O1.4 to the OKRs tab.');
    const ids = column(workbook, 'OKRs', 'ID');
    expect(ids.slice(0, 6)).toEqual(['O1', 'O1.1', 'O1.2', 'O1.3', 'O1.4', 'O2']);
    expect(column(workbook, 'OKRs', 'Key Result')[4]).toBe('Win back churned accounts');
    expect(column(workbook, 'OKRs', 'Quarter')[4]).toBe('2026-Q4');
    expect(column(workbook, 'OKRs', 'Status')[4]).toBe('NO DATA');
    await expect(page.locator('.item[data-id="O1.4"]').count()).resolves.toBe(1);
  }, 60_000);

  it('says which answer is missing, and why a draft cannot be added', async () => {
    const { page, workbook } = await advicePanel();
    await page.getByLabel('An established process', { exact: true }).check();
    await page.getByRole('button', { name: 'Recommend' }).click();
    await expect(page.locator('.kpi-or-okr .error').textContent()).resolves.toBe(
      'Answer every question first: "Is it about ongoing health, or about building and changing?"',
    );
    await answer(page, ['Ongoing health', '100% is expected', 'Continue as we are']);
    const before = JSON.stringify(workbook.toJSON());
    await page.getByLabel('Name').fill('Invoice accuracy');
    await page.getByRole('button', { name: 'Add KPI row' }).click();
    await page.locator('#draft-low-error:not(:empty)').waitFor();
    await expect(page.locator('#draft-low-error').textContent()).resolves.toBe(
      'A KPI needs a healthy range: give a Min, a Max or both.',
    );
    expect(JSON.stringify(workbook.toJSON())).toBe(before);
  }, 60_000);
});
