// The Start new quarter dialog in Chromium against the built bundle: it lists the preview, and the
// confirm button closes the quarter and shows the summary.
import { describe, expect, it } from 'vitest';
import { closingBook } from '../fixtures/closingBook';
import { KPI_ROWS, TEAM_OKR_ROWS } from '../fixtures/examples';
import { open } from '../integration/harness';
import { useChromium } from './chromium';
import { openPanelPage } from './panelPage';

const browser = useChromium();

describe('quarter close dialog', () => {
  it('lists grades, spread, archive and bound moves, and closes on confirm', async () => {
    const { addon, workbook } = open(closingBook());
    addon.run('startNewQuarter');
    const { page } = await openPanelPage(browser(), addon, addon.ui.dialogs.at(-1)!.html, 560);
    await page.getByText('Close 2026-Q4 and start 2027-Q1').waitFor();
    expect(await page.locator('.grades tr').allInnerTexts()).toEqual([
      'O1 Retain customers and stabilize the base\t0.70',
      'O2 Build a predictable revenue engine in Southeast Asia\t0.63',
      'O3 Transform the customer onboarding experience\t0.72',
    ]);
    expect(await page.locator('.spread').innerText()).toContain('9 key results: 2 red · 3 yellow · 4 green');
    expect(await page.locator('.moves li').allInnerTexts()).toEqual([
      'K3 Net Promoter Score: Min 45 → 50 (met by O3.2)',
    ]);
    // No close or check-in has recorded these KPIs before: nothing to judge the quarter by yet.
    expect(await page.locator('.confirms li').allInnerTexts()).toEqual([
      "O1.1 → K2 Customer churn rate: no reading at the quarter's start (? → 4.1%)",
      "O1.3 → K9 Support first response time: no reading at the quarter's start (? → 6 hours)",
      "O3.2 → K3 Net Promoter Score: no reading at the quarter's start (? → 41)",
    ]);
    expect(await page.locator('input[name=mode]:checked').getAttribute('value')).toBe('keep');
    expect(workbook.has('OKRs 2026-Q4')).toBe(false);

    await page.getByText('Start 2027-Q1 empty').click();
    await page.getByRole('button', { name: 'Close 2026-Q4' }).click();
    await page.locator('.summary').waitFor();
    expect(await page.locator('.summary').innerText()).toContain('2026-Q4 closed; OKRs now hold 2027-Q1.');
    expect(workbook.has('OKRs 2026-Q4')).toBe(true);
    expect(workbook.read('OKRs').values()).toHaveLength(1); // "start empty" was the choice sent
    await page.close();
  }, 60_000);

  it("says plainly when the quarter has not ended, and shows a resumed close's choice as fixed, with why", async () => {
    // 23 November: 2026-Q4 is under way and no ended quarter is open.
    const { addon } = open(closingBook());
    addon.run('startNewQuarter');
    const early = await openPanelPage(browser(), addon, addon.ui.dialogs.at(-1)!.html, 560);
    await early.page.locator('.early').waitFor();
    expect(await early.page.locator('.early').innerText()).toContain(
      '2026-Q4 has not ended yet: today is day 54 of 92 (it ends on 2026-12-31).',
    );
    expect(await early.page.getByRole('button', { name: 'Close 2026-Q4 early' }).count()).toBe(1);
    await early.page.close();

    addon.counter.failOnCall(40);
    expect(() => addon.run('confirmQuarterClose', { args: [{ mode: 'empty' }] })).toThrow('stopped part-way');
    addon.run('startNewQuarter');
    const { page } = await openPanelPage(browser(), addon, addon.ui.dialogs.at(-1)!.html, 560);
    await page.locator('.fixed').waitFor();
    expect(await page.locator('.fixed').innerText()).toContain('Fixed at "start empty"');
    expect(await page.locator('input[name=mode]:checked').getAttribute('value')).toBe('empty');
    expect(await page.locator('input[name=mode]:disabled').count()).toBe(2);
    await page.close();
  }, 60_000);

  it('names the objectives left aligned to a row the close removes, for the choice picked', async () => {
    // The teams example with C1.1 met (churn at its 4% target): keeping unfinished work removes C1.1, which T1
    // aligns to; starting empty removes the whole quarter, so no objective stays to be left behind.
    const okrs = TEAM_OKR_ROWS.map((cells) => [...cells]);
    const c11 = okrs.findIndex((cells) => cells[0] === 'C1.1');
    okrs[c11]![8] = 0.04;
    const { addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: okrs } });
    addon.run('startNewQuarter');
    const { page } = await openPanelPage(browser(), addon, addon.ui.dialogs.at(-1)!.html, 560);
    await page.locator('.parents').waitFor();
    expect(await page.locator('.parents li').allInnerTexts()).toEqual([
      'T1 "Catch at-risk accounts before they churn" aligns to C1.1, which this close removes from the OKRs tab (the archive keeps it): give T1 a Parent in 2027-Q1.',
    ]);
    await page.getByText('Start 2027-Q1 empty').click();
    expect(await page.locator('.parents li').count()).toBe(0);
    expect(await page.locator('.parents').innerText()).toContain('None with this choice.');
    await page.getByText('Keep unfinished key results').click();
    expect(await page.locator('.parents li').count()).toBe(1);
    await page.close();
  }, 60_000);

  it('shows no such block when nothing aligns', async () => {
    const { addon } = open(closingBook());
    addon.run('startNewQuarter');
    const { page } = await openPanelPage(browser(), addon, addon.ui.dialogs.at(-1)!.html, 560);
    await page.locator('.grades').waitFor();
    expect(await page.locator('.parents').count()).toBe(0);
    await page.close();
  }, 60_000);
});
