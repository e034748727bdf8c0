// The check-in sidebar in Chromium: the built Sidebar.html as the menu opens it, with google.script.run
// served by the built bundle in the emulator. What the user sees and what lands in the sheet.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CellValue } from '../../emulator/index';
import { GROUPED_OKR_ROWS, KPI_ROWS } from '../fixtures/examples';
import { deleteRow, moveRow } from '../fixtures/rearrange';
import { GREEN, column, backgroundColumn, open } from '../integration/harness';
import { useChromium } from './chromium';
import { openPanelPage, type PanelGlobals } from './panelPage';

const browser = useChromium();

/** The workbook, scored, with the sidebar opened from the menu item and loaded. */
async function sidebar(
  okrs: CellValue[][] = GROUPED_OKR_ROWS,
  formulas?: Record<string, { formula: string; value: CellValue }>,
) {
  const book = open({
    KPIs: { values: KPI_ROWS },
    OKRs: { values: okrs, ...(formulas === undefined ? {} : { formulas }) },
  });
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

/** What the list says about the last save, wherever it is placed. */
function saveNote(page: Page) {
  return page.locator('.items [role=status]');
}

/** Whether the element is wholly inside the sidebar's 300 × 800 viewport, as the person sees it. */
async function inViewport(locator: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= 800 && box.x + box.width <= 300;
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
    await expect(churn.locator('.item-details').textContent()).resolves.toBe(
      '5.5% · confidence 6/10 · no check-in yet',
    );
    await expect(churn.locator('.chip').textContent()).resolves.toBe('ON TRACK');
    await expect(churn.locator('.score-text').textContent()).resolves.toBe('0.63');
    expect(await page.locator('.kpis .item').count()).toBe(11);

    await page.selectOption('#owner', 'Head of CS');
    await page.waitForFunction("document.querySelectorAll('.kpis .item').length === 2");
    await expect(
      page.locator('.item').evaluateAll((items) => items.map((item) => item.getAttribute('data-id'))),
    ).resolves.toEqual(['O1.1', 'O3.2', 'K2', 'K3']);

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
    await expect(card(page, 'O1.1').getByRole('status').textContent()).resolves.toBe(
      'Saved "Reduce customer churn" (O1.1): 4.5%.',
    );
    expect(column(workbook, 'OKRs', 'Current')[1]).toBe(0.045);
    expect(column(workbook, 'OKRs', 'Score')[1]).toBe(0.88);
    expect(backgroundColumn(workbook, 'OKRs', 'Score')[1]).toBe(GREEN);
    expect(workbook.read('Check-ins').values()[1]?.slice(2, 8)).toEqual([
      'O1.1',
      'Reduce customer churn',
      'KR',
      0.045,
      8,
      'Renewals landed',
    ]);
    const churn = card(page, 'O1.1');
    await expect(churn.locator('.score-text').textContent()).resolves.toBe('0.88');
    await expect(
      churn
        .locator('.score-fill')
        .evaluate((fill) => fill.ownerDocument.defaultView?.getComputedStyle(fill).backgroundColor),
    ).resolves.toBe('rgb(183, 225, 205)');
    await expect(churn.locator('.item-details').textContent()).resolves.toBe(
      '4.5% · confidence 8/10 · checked in 2026-11-23',
    );
    expect(await churn.locator('svg.trend circle').count()).toBe(1);
    // The form closed and focus is back on the item's button, ready for the next one.
    expect(await churn.locator('form').count()).toBe(0);
    await expect(page.evaluate("document.activeElement?.getAttribute('aria-label')")).resolves.toBe(
      'Check in Reduce customer churn',
    );
  }, 60_000);

  it('works from the keyboard: Enter opens the form on the value, Enter saves, Escape cancels', async () => {
    const { page, workbook } = await sidebar();
    await card(page, 'O1.2').locator('.check-in-button').focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate("document.activeElement?.id.endsWith('-value')")).resolves.toBe(true);
    await page.keyboard.press('Escape');
    expect(await card(page, 'O1.2').locator('form').count()).toBe(0);
    await expect(page.evaluate("document.activeElement?.getAttribute('aria-label')")).resolves.toBe(
      'Check in Reduce 30-day drop-off rate',
    );
    await page.keyboard.press('Enter');
    await page.keyboard.type('28%');
    await page.keyboard.press('Enter');
    await card(page, 'O1.2')
      .getByRole('status')
      .filter({ hasText: 'Saved "Reduce 30-day drop-off rate" (O1.2): 28%.' })
      .waitFor();
    expect(column(workbook, 'OKRs', 'Current')[2]).toBe(0.28);
  }, 60_000);

  it('a yes/no key result takes a checkbox', async () => {
    const rows = GROUPED_OKR_ROWS.map((row, index) =>
      index === 7 ? row.map((cell, c) => (c === 7 ? false : cell)) : row,
    );
    const { page, workbook } = await sidebar(rows);
    await card(page, 'O2.2').locator('.check-in-button').click();
    await card(page, 'O2.2').getByLabel('Done').check();
    await card(page, 'O2.2').getByRole('button', { name: 'Save check-in' }).click();
    await card(page, 'O2.2')
      .getByRole('status')
      .filter({ hasText: 'Saved "Close enterprise contracts above $15000" (O2.2): Yes.' })
      .waitFor();
    expect(column(workbook, 'OKRs', 'Current')[6]).toBe(true);
    expect(column(workbook, 'OKRs', 'Score')[6]).toBe(1);
    expect(workbook.read('Check-ins').values()[1]?.[5]).toBe(true);
  }, 60_000);

  it('on a formula cell logs the check-in, keeps the formula and says so', async () => {
    const { page, workbook } = await sidebar(GROUPED_OKR_ROWS, { H7: { formula: '=COUNTA(Leads!A:A)', value: 38 } });
    await card(page, 'O2.1').locator('.check-in-button').click();
    await expect(card(page, 'O2.1').locator('form').textContent()).resolves.toContain('Current comes from a formula');
    await checkInOpen(page, 'O2.1', '41');
    await expect(saveNote(page).textContent()).resolves.toContain(
      "its Current comes from a formula, so the sheet's value was left as it is",
    );
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
    const above = await card(page, 'O1.3').evaluate((item) => item.previousElementSibling?.getAttribute('data-id'));
    await checkIn(page, 'O1.3', { value: '8' });
    // The item leaves the list without a reload, and the reason takes its place.
    expect(await card(page, 'O1.3').count()).toBe(0);
    await expect(saveNote(page).textContent()).resolves.toBe(
      'O1.3 is no longer on the OKRs or KPIs tab (deleted, or its ID changed). Nothing was saved.',
    );
    expect(above).toMatch(/^O1\.\d$/);
    await expect(saveNote(page).evaluate((note) => note.previousElementSibling?.getAttribute('data-id'))).resolves.toBe(
      above,
    );
    expect(JSON.stringify(workbook.toJSON())).toBe(before);
  }, 60_000);

  it('shows names full of HTML literally and stores a note starting with = as text', async () => {
    const evil = '<img src=x onerror="document.title=\'owned\'"><b>Churn</b>';
    const rows = GROUPED_OKR_ROWS.map((row, index) =>
      index === 2 ? row.map((cell, c) => (c === 3 ? evil : c === 4 ? '<script>alert(1)</script>' : cell)) : row,
    );
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
    [
      'a value that is not a number',
      { value: 'about half' },
      'value',
      '"about half" is not a number: type it as in the sheet, like 45%, $1,200 or 12.5.',
    ],
    [
      'a confidence outside 0–10',
      { value: '5%', confidence: '11' },
      'confidence',
      'Confidence is a number from 0 (no chance) to 10 (certain), not "11".',
    ],
    [
      'a note over 1,000 characters',
      { value: '5%', note: 'x'.repeat(1001) },
      'note',
      'Keep the note to 1,000 characters.',
    ],
  ];
  for (const [what, fields, field, message] of cases) {
    it(
      what,
      async () => {
        const { page, workbook } = await sidebar();
        const before = JSON.stringify(workbook.toJSON());
        await checkIn(page, 'O1.1', fields);
        const input = card(page, 'O1.1').locator(
          `#${await card(page, 'O1.1')
            .locator('form [id$="-value"]')
            .getAttribute('id')
            .then((id) => id!.replace('-value', `-${field}`))}`,
        );
        const errorId = await input.getAttribute('aria-describedby');
        await expect(page.locator(`#${errorId}`).textContent()).resolves.toBe(message);
        // Focus goes to the field at fault; the form stays open with what the user typed.
        await expect(input.evaluate((node) => node === node.ownerDocument.activeElement)).resolves.toBe(true);
        expect(JSON.stringify(workbook.toJSON())).toBe(before);
      },
      60_000,
    );
  }

  it('another editor saving: a clear message, nothing written', async () => {
    const { page, workbook, addon } = await sidebar();
    const before = JSON.stringify(workbook.toJSON());
    addon.lock.holdDocumentLockElsewhere();
    await checkIn(page, 'O1.1', { value: '5%' });
    await expect(card(page, 'O1.1').locator('[role=alert]').textContent()).resolves.toBe(
      'Someone else is saving to this spreadsheet. Nothing was saved: try again in a moment.',
    );
    await expect(card(page, 'O1.1').getByRole('button', { name: 'Save check-in' }).isEnabled()).resolves.toBe(true);
    expect(JSON.stringify(workbook.toJSON())).toBe(before);
  }, 60_000);

  it('a malformed payload sent to the handler gets a readable error', async () => {
    const { page, workbook } = await sidebar();
    const before = JSON.stringify(workbook.toJSON());
    const reply = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const runner = (globalThis as unknown as PanelGlobals).google.script.run.withSuccessHandler(resolve);
          (runner['submitCheckIn'] as (payload: unknown) => void).call(runner, { id: 'O1.1', value: 0.05, note: null });
        }),
    );
    expect(reply).toEqual({
      ok: false,
      field: 'value',
      message:
        'The value arrived as the number 0.05, not text or a tick box, which the add-on cannot read. Close the sidebar and open it again.',
    });
    expect(JSON.stringify(workbook.toJSON())).toBe(before);
  }, 60_000);
});

describe('after a save, the sidebar says what happened where the person is looking', () => {
  it('a check-in far down the list: the confirmation names the item, in view, announced, focus on its button', async () => {
    const { page, workbook } = await sidebar();
    await checkIn(page, 'K10', { value: '$170,000', note: 'November' });
    // The list is long: the person had scrolled well below the top, where the old notice sat.
    await expect(page.evaluate('window.scrollY')).resolves.toBeGreaterThan(400);
    const note = card(page, 'K10').getByRole('status');
    await expect(note.textContent()).resolves.toBe('Saved "Burn rate" (K10): $170,000.');
    await expect(inViewport(note)).resolves.toBe(true);
    // The button focus returns to is described by the confirmation, so a screen reader says it with it.
    const focused = await page.evaluate(`(() => {
      const active = document.activeElement;
      return { label: active?.getAttribute('aria-label'), description: document.getElementById(active?.getAttribute('aria-describedby') ?? '')?.textContent };
    })()`);
    expect(focused).toEqual({ label: 'Check in Burn rate', description: 'Saved "Burn rate" (K10): $170,000.' });
    expect(column(workbook, 'KPIs', 'Current')[9]).toBe(170000);
    // Only one confirmation at a time, and it is gone once the next form opens.
    expect(await page.locator('.items [role=status]').count()).toBe(1);
    await card(page, 'K9').locator('.check-in-button').click();
    expect(await saveNote(page).count()).toBe(0);
  }, 60_000);

  it('a long name is shortened with … in the confirmation and nothing is wider than the sidebar', async () => {
    const long =
      'Reduce the time a new enterprise customer needs to reach their first scheduled report from fourteen days to three days';
    const rows = GROUPED_OKR_ROWS.map((row, index) =>
      index === 12 ? row.map((cell, c) => (c === 3 ? long : cell)) : row,
    );
    const { page } = await sidebar(rows);
    await card(page, 'O3.3').locator('.check-in-button').click();
    await page.keyboard.type('35%');
    await page.keyboard.press('Enter');
    const note = card(page, 'O3.3').getByRole('status');
    await note.waitFor();
    await expect(note.textContent()).resolves.toBe(
      'Saved "Reduce the time a new enterprise customer needs…" (O3.3): 35%.',
    );
    await expect(inViewport(note)).resolves.toBe(true);
    await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(300);
  }, 60_000);

  it('an item deleted since the list loaded leaves it, and the reason shows where it was, in view', async () => {
    const { page, workbook } = await sidebar();
    deleteRow(workbook, 'KPIs', 10); // K9, the last operational KPI (listed last), deleted by someone else
    const before = JSON.stringify(workbook.toJSON());
    await checkIn(page, 'K9', { value: '5' });
    const note = saveNote(page);
    await expect(note.textContent()).resolves.toBe(
      'K9 is no longer on the OKRs or KPIs tab (deleted, or its ID changed). Nothing was saved.',
    );
    expect(await card(page, 'K9').count()).toBe(0);
    await expect(note.evaluate((node) => node.previousElementSibling?.getAttribute('data-id'))).resolves.toBe('K8');
    await expect(inViewport(note)).resolves.toBe(true);
    await expect(note.evaluate((node) => node === node.ownerDocument.activeElement)).resolves.toBe(true);
    expect(await page.locator('.kpis .item').count()).toBe(10);
    expect(JSON.stringify(workbook.toJSON())).toBe(before);
  }, 60_000);

  it('the formula hint shows as the form opens, by the value, before anything is typed', async () => {
    const { page } = await sidebar(GROUPED_OKR_ROWS, {
      H13: { formula: '=COUNTIF(Usage!C:C,">0")/COUNTA(Usage!A:A)', value: 0.33 },
    });
    await card(page, 'O3.3').locator('.check-in-button').click();
    const value = card(page, 'O3.3').getByLabel('New value (%)');
    await expect(value.inputValue()).resolves.toBe('');
    const hint = card(page, 'O3.3').getByText(
      'Current comes from a formula: this check-in is logged, the formula stays.',
    );
    await expect(hint.isVisible()).resolves.toBe(true);
    await expect(inViewport(hint)).resolves.toBe(true);
    // Said above the field the person types into, and read out when it takes focus.
    const order = await value.evaluate((input, text) => {
      const hintNode = [...input.closest('form')!.querySelectorAll('p')].find((p) => p.textContent === text)!;
      return {
        above: Boolean(hintNode.compareDocumentPosition(input) & 4),
        describes: input.getAttribute('aria-describedby')!.split(' ').includes(hintNode.id),
      };
    }, 'Current comes from a formula: this check-in is logged, the formula stays.');
    expect(order).toEqual({ above: true, describes: true });
    // An item without a formula has no such hint.
    await card(page, 'O3.2').locator('.check-in-button').click();
    expect(await card(page, 'O3.2').getByText('Current comes from a formula').count()).toBe(0);
  }, 60_000);
});

describe('a refused save keeps the form as typed', () => {
  it('another editor saving: the form keeps value, confidence and note, and saves them once the lock is free', async () => {
    const { page, workbook, addon } = await sidebar();
    addon.lock.holdDocumentLockElsewhere();
    await checkIn(page, 'O1.2', { value: '27%', confidence: '7', note: 'Onboarding emails shipped' });
    const form = card(page, 'O1.2').locator('form');
    await expect(form.getByRole('alert').textContent()).resolves.toBe(
      'Someone else is saving to this spreadsheet. Nothing was saved: try again in a moment.',
    );
    await expect(inViewport(form.getByRole('alert'))).resolves.toBe(true);
    await expect(form.getByLabel('New value (%)').inputValue()).resolves.toBe('27%');
    await expect(form.getByLabel('Confidence (0–10)').inputValue()).resolves.toBe('7');
    await expect(form.getByLabel('Note').inputValue()).resolves.toBe('Onboarding emails shipped');
    addon.lock.release();
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await card(page, 'O1.2')
      .getByRole('status')
      .filter({ hasText: 'Saved "Reduce 30-day drop-off rate" (O1.2): 27%.' })
      .waitFor();
    expect(column(workbook, 'OKRs', 'Current')[2]).toBe(0.27);
    expect(workbook.read('Check-ins').values()[1]?.slice(5, 8)).toEqual([0.27, 7, 'Onboarding emails shipped']);
  }, 60_000);

  it('what was typed survives the list being redrawn while the form is open (the owner filter changed)', async () => {
    const { page } = await sidebar();
    await card(page, 'O1.1').locator('.check-in-button').click();
    await page.keyboard.type('4.8%');
    await card(page, 'O1.1').getByLabel('Note').fill('Half way');
    await page.selectOption('#owner', 'Head of CS');
    await page.waitForFunction("document.querySelectorAll('.kpis .item').length === 2");
    const form = card(page, 'O1.1').locator('form');
    await expect(form.getByLabel('New value (%)').inputValue()).resolves.toBe('4.8%');
    await expect(form.getByLabel('Note').inputValue()).resolves.toBe('Half way');
  }, 60_000);
});
