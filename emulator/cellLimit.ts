// A cell holds at most 50,000 characters. A longer string throws Google's error and, since the check
// runs before anything is stored, nothing of that call is written (docs/apps-script-behaviour.md §16; for notes
// and formula text the cap is inferred: docs/emulator.md).
import { exception } from './errors';
import type { Realm } from './realm';

export const MAX_CELL_CHARACTERS = 50_000;

export const CELL_LIMIT_MESSAGE = `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`;

/** Throws Google's exception when any string among `values` is longer than a cell can hold. */
export function checkCellLimit(realm: Realm, values: Iterable<unknown>): void {
  for (const value of values) {
    if (typeof value === 'string' && value.length > MAX_CELL_CHARACTERS) throw exception(realm, CELL_LIMIT_MESSAGE);
  }
}
