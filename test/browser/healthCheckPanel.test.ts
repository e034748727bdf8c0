// The Health check sidebar in Chromium against the built bundle: it lists findings; a row link selects
// the row; the recovery button adds the drafted OKR.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../emulator/index';
import { closingBook } from '../fixtures/closingBook';
import { KPI_ROWS, GROUPED_OKR_ROWS, KPI_READING_ROWS } from '../fixtures/examples';
import { open } from '../integration/harness';
import { useChromium } from './chromium';
import { openPanelPage } from './panelPage';

const browser = useChromium();

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

function book() {
  const sheets = closingBook();
  sheets.OKRs.values.find((row) => row[0] === 'O3.2')![11] = '';
  const checkIns: CellValue[][] = [
    ['Timestamp', 'Quarter', 'ID', 'Item', 'Kind', 'Value', 'Confidence', 'Note', 'By'],
    ...['2026-10-05', '2026-11-02', '2026-11-16'].map((day, index) => [
      d(day),
      '2026-Q4',
      'K3',
      'Net Promoter Score',
      'KPI',
      39 + index,
      '',
      '',
      'a',
    ]),
  ];
  return { ...sheets, 'Check-ins': { values: checkIns } };
}

describe('health check sidebar', () => {
  it('lists findings, selects a finding row, and adds a recovery OKR', async () => {
    const { addon, workbook } = open(book());
    addon.run('healthCheck');
    const { page } = await openPanelPage(browser(), addon, addon.ui.sidebars.at(-1)!.html);
    await page.locator('.finding').first().waitFor();
    const rules = await page
      .locator('.finding')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-rule')));
    expect(rules).toContain('kpi-out-of-range');
    expect(rules).toContain('no-recent-check-in');

    const silent = page.locator('.finding[data-rule="no-recent-check-in"]').first();
    expect(await silent.locator('.finding-link').innerText()).toBe('OKRs row 4');
    await silent.locator('.finding-link').click();
    await expect.poll(() => workbook.selection()).toEqual({ sheet: 'OKRs', a1: 'A4:P4' });

    const neglected = page.locator('.finding[data-rule="kpi-out-of-range"]');
    await neglected.getByRole('button', { name: 'Add recovery OKR' }).click();
    await neglected.locator('.success').waitFor();
    expect(await neglected.locator('.success').innerText()).toContain(
      'Added "Bring Net Promoter Score back into range"',
    );
    expect(
      workbook
        .read('OKRs')
        .values()
        .some((row) => row.includes('Raise Net Promoter Score to at least 45')),
    ).toBe(true);
    await page.close();
  }, 60_000);

  it('offers a plateau as a suggestion, apart from the mistakes, with its drafted OKR one click adds', async () => {
    const readings = KPI_READING_ROWS.slice(1).sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime());
    const { addon, workbook } = open({
      KPIs: { values: KPI_ROWS.map((row) => [...row]) },
      OKRs: { values: GROUPED_OKR_ROWS.map((row) => [...row]) },
      'KPI History': { values: [KPI_READING_ROWS[0]!, ...readings] },
    });
    addon.run('healthCheck');
    const { page } = await openPanelPage(browser(), addon, addon.ui.sidebars.at(-1)!.html);
    await page.locator('.finding').first().waitFor();
    expect(await page.locator('.secondary').first().innerText()).toMatch(/^\d+ findings and 1 suggestion\./);
    const suggestion = page.locator('.finding.suggestion');
    expect(await suggestion.count()).toBe(1);
    expect(await suggestion.getAttribute('data-rule')).toBe('kpi-plateau');
    expect(await suggestion.innerText()).toContain('Suggestion');
    await suggestion.getByRole('button', { name: 'Add this OKR' }).click();
    await suggestion.locator('.success').waitFor();
    expect(
      workbook
        .read('OKRs')
        .values()
        .some((row) => row.includes('Raise Website conversion rate from 3.1% to 3.41%')),
    ).toBe(true);
    await page.close();
  }, 60_000);
});
