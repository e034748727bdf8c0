// "Dashboard" is a name people give their own tabs. The add-on rebuilds only a tab it can tell is its own (its
// first row as the add-on writes it) or one that is empty; a person's own Dashboard tab is never written over.

import { DASHBOARD_TITLE, OVERWRITE_NOTE } from './layout';

export const FOREIGN_DASHBOARD =
  `A tab named "${DASHBOARD_TITLE}" is already there and the add-on did not build it, so it was left as it is: ` +
  'rename that tab, then Build dashboard again.';

/** The width of the first row that tells the add-on's tab: its title (A1) to its overwrite note (D1). */
export const MARK_WIDTH = 4;

/** The add-on's own tab (title in A1, the overwrite note in D1), or an empty one it may fill. */
export function isAddonDashboard(firstRow: readonly unknown[]): boolean {
  const cells = Array.from({ length: MARK_WIDTH }, (_, index) => firstRow[index] ?? '');
  if (cells.every((cell) => cell === '')) return true;
  return cells[0] === DASHBOARD_TITLE && cells[MARK_WIDTH - 1] === OVERWRITE_NOTE;
}
