// "Dashboard" is a name people give their own tabs. The add-on rebuilds only a tab it can tell is its own (its
// first row as the add-on writes it) or one with nothing on it at all; a person's own Dashboard tab is never
// written over, even one whose first row is blank.

import { DASHBOARD_TITLE, OVERWRITE_NOTE } from './layout';

export const FOREIGN_DASHBOARD =
  `A tab named "${DASHBOARD_TITLE}" is already there and the add-on did not build it, so it was left as it is: ` +
  'rename that tab, then Build dashboard again.';

/** The width of the first row that tells the add-on's tab: its title (A1) to its overwrite note (D1). */
export const MARK_WIDTH = 4;

/** What a tab holds beyond its first row: its last row with content (0 when none) and how many charts. */
export interface TabContents {
  readonly lastRow: number;
  readonly charts: number;
}

/**
 * The add-on's own tab (title in A1, the overwrite note in D1), or a tab with nothing on it that it may fill.
 * A blank first row alone does not make a tab empty: a person's dashboard may start lower down. The contents
 * are asked for only when the first row is not the add-on's, so a rebuild of its own tab costs no more calls.
 */
export function isAddonDashboard(firstRow: readonly unknown[], contents: () => TabContents): boolean {
  const cells = Array.from({ length: MARK_WIDTH }, (_, index) => firstRow[index] ?? '');
  if (cells[0] === DASHBOARD_TITLE && cells[MARK_WIDTH - 1] === OVERWRITE_NOTE) return true;
  if (!cells.every((cell) => cell === '')) return false;
  const { lastRow, charts } = contents();
  return lastRow === 0 && charts === 0;
}
