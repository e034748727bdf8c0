// What a cell shows in the playground, in Chromium, as Sheets draws it: a long text runs on over the empty
// cells to its right (Team OKRs' status line reads whole), a cell with a note shows it on hover (the
// rolled-up key result's "Rolled up from T2…" that the README points at), and leading spaces are kept (the
// Dashboard's key results indented under their objective).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TODAY } from '../fixtures/examples';
import { bundleCode, sidebarHtml } from '../integration/harness';
import { cell, clickMenu, usePlayground } from './playgroundPage';

const opened = usePlayground('playground-cell-text-', {
  code: bundleCode(),
  htmlFiles: { Sidebar: sidebarHtml() },
  now: TODAY,
  demo: 'teams',
});

/** The width of the cell's first `length` characters (all when omitted) and the width the page lets it show. */
function textAndShownWidth(page: Page, a1: string, length?: number): Promise<{ text: number; shown: number }> {
  // This file is typechecked without the DOM lib, hence the loose types in the page's function.
  return cell(page, a1).evaluate((td: unknown, characters: number | undefined) => {
    type Box = { width: number };
    type Text = { length: number };
    type Node = { firstElementChild: Node | null; clientWidth: number; firstChild: Text };
    type Range = { setStart(node: unknown, at: number): void; setEnd(node: unknown, at: number): void };
    type Doc = { createRange(): Range & { getBoundingClientRect(): Box } };
    const node = td as Node;
    const clipping = node.firstElementChild ?? node;
    const range = (globalThis as unknown as { document: Doc }).document.createRange();
    range.setStart(clipping.firstChild, 0);
    range.setEnd(clipping.firstChild, characters ?? clipping.firstChild.length);
    return { text: range.getBoundingClientRect().width, shown: clipping.clientWidth };
  }, length);
}

/** The cell's right border colour as the browser paints it. */
function rightBorder(page: Page, a1: string): Promise<string> {
  type Painted = { getComputedStyle(node: unknown): { borderRightColor: string } };
  return cell(page, a1).evaluate((node) => (globalThis as unknown as Painted).getComputedStyle(node).borderRightColor);
}

describe('cell text in the playground', () => {
  it('shows the Team OKRs status line whole over the empty cells beside it, as Sheets does', async () => {
    const { page } = opened;
    await clickMenu(page, 'Roll up teams');
    await page.locator('.tab', { hasText: 'Team OKRs' }).click();
    const instruction = 'Not connected: select cell A3 and click "Allow access" (Sheets asks once per file).';
    await expect.poll(() => cell(page, 'A2').textContent()).toContain(instruction);
    // Its instruction reads whole across the team's empty columns (the rest runs up to the next team's band).
    const { text, shown } = await textAndShownWidth(page, 'A2', instruction.length);
    expect(text).toBeGreaterThan(300);
    expect(shown).toBeGreaterThanOrEqual(text);
    // No grid line is drawn through it, as in Sheets; a text that is cut keeps its cell's edge.
    expect(await rightBorder(page, 'A2')).toBe('rgba(0, 0, 0, 0)');
    expect(await rightBorder(page, 'B1')).not.toBe('rgba(0, 0, 0, 0)');
    // A text stops at the next cell that shows something: row 1's address runs into the tab name beside it.
    const address = await textAndShownWidth(page, 'B1');
    expect(address.shown).toBeLessThan(address.text);
    // A click on the text where it runs over an empty cell selects that cell, as in Sheets.
    await cell(page, 'C2').click();
    await expect.poll(() => page.locator('.name-box').textContent()).toBe('C2');
  });

  it("shows a rolled-up key result's note when the pointer is over its Status cell", async () => {
    const { page } = opened;
    await cell(page, 'A3').click();
    await page.locator('.cell-error .allow-access').click();
    await clickMenu(page, 'Refresh scores & colours');
    await page.locator('.tab', { hasText: 'OKRs' }).first().click();
    await expect.poll(() => cell(page, 'M4').textContent()).toBe('0.53');
    await expect.poll(() => cell(page, 'N4').getAttribute('class')).toContain('has-note');
    await cell(page, 'N4').hover();
    await expect.poll(() => page.locator('.cell-note').textContent()).toMatch(/^Rolled up from T2/);
    expect(await page.locator('.cell-note').isVisible()).toBe(true);
    await cell(page, 'B2').hover();
    expect(await page.locator('.cell-note').isHidden()).toBe(true);
  });

  it("indents the Dashboard's key results under their objective, with the spaces the add-on wrote", async () => {
    const { page } = opened;
    await clickMenu(page, 'Build dashboard');
    await page.locator('.tab', { hasText: 'Dashboard' }).click();
    await expect.poll(() => cell(page, 'A25').textContent()).toBe('Retain customers and stabilize the base');
    expect(await cell(page, 'A26').textContent()).toBe('    Reduce customer churn');
    // Where the first letter is drawn: the spaces before it take room only if they are kept.
    const letterLeft = (a1: string): Promise<number> =>
      cell(page, a1).evaluate((td: unknown) => {
        type Text = { data: string };
        type Range = { setStart(node: Text, at: number): void; setEnd(node: Text, at: number): void };
        type Doc = { createRange(): Range & { getBoundingClientRect(): { left: number } } };
        const node = td as { firstElementChild: { firstChild: Text } | null; firstChild: Text };
        const text = node.firstElementChild?.firstChild ?? node.firstChild;
        const first = text.data.search(/\S/);
        const range = (globalThis as unknown as { document: Doc }).document.createRange();
        range.setStart(text, first);
        range.setEnd(text, first + 1);
        return range.getBoundingClientRect().left;
      });
    // Four spaces of a 10-pixel font are well over 8 pixels; collapsed, the two texts start together.
    expect((await letterLeft('A26')) - (await letterLeft('A25'))).toBeGreaterThan(8);
  });
});
