// The KPI cards of the check-in sidebar in Chromium: ordered by Type, showing the Type and an early warning.
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../emulator/index';
import { CHECK_IN_ROWS } from '../../emulator/playground/exampleRows';
import { GROUPED_OKR_ROWS, KPI_ROWS } from '../fixtures/examples';
import { open } from '../integration/harness';
import { useChromium } from './chromium';
import { openPanelPage } from './panelPage';

const browser = useChromium();

/** K8's weekly readings before its Current, as the KPI check-ins that logged them. */
const K8_CHECK_INS: CellValue[][] = [
  [new Date('2026-10-30T09:00:00Z'), '2026-Q4', 'K8', 'On-time delivery rate', 'KPI', 0.995, '', '', 'Ops lead'],
  [new Date('2026-11-06T09:00:00Z'), '2026-Q4', 'K8', 'On-time delivery rate', 'KPI', 0.985, '', '', 'Ops lead'],
  [new Date('2026-11-13T09:00:00Z'), '2026-Q4', 'K8', 'On-time delivery rate', 'KPI', 0.972, '', '', 'Ops lead'],
];

describe('KPI cards', () => {
  it('list health KPIs first, show each Type, and K8’s early warning under its range', async () => {
    const [header = [], ...rows] = CHECK_IN_ROWS;
    const time = (row: readonly CellValue[]): number => (row[0] instanceof Date ? row[0].getTime() : 0);
    const book = open({
      KPIs: { values: KPI_ROWS },
      OKRs: { values: GROUPED_OKR_ROWS },
      'Check-ins': { values: [header, ...[...rows, ...K8_CHECK_INS].sort((a, b) => time(a) - time(b))] },
    });
    book.addon.run('showCheckIn');
    const { page } = await openPanelPage(browser(), book.addon, book.addon.ui.sidebars.at(-1)?.html ?? '');
    await page.locator('.kpis .item').first().waitFor();
    await expect(
      page.locator('.kpis .item').evaluateAll((items) => items.map((item) => item.getAttribute('data-id'))),
    ).resolves.toEqual(['K1', 'K2', 'K4', 'K10', 'K3', 'K11', 'K5', 'K6', 'K7', 'K8', 'K9']);
    const k8 = page.locator('.item[data-id="K8"]');
    await expect(k8.locator('.secondary').first().textContent()).resolves.toBe('K8 · Ops lead · operational');
    await expect(k8.locator('.chip').textContent()).resolves.toBe('WARN');
    await expect(k8.locator('.early-warning').textContent()).resolves.toBe(
      'Early warning: heading below Min by about 27 Nov',
    );
    await expect(page.locator('.early-warning').count()).resolves.toBe(1);
  }, 60_000);
});
