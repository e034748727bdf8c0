import { readCheckbox, readDateOrSerial, readNumber, readText, type Cell } from './cells';
import { isDate } from './dates';
import { findHeader } from './headers';
import { rowCells } from './schemas';

export interface Reading {
  /** Script-local time of the check-in. */
  readonly at: Date;
  readonly value: number;
}

/** How many readings a trend shows: a quarter of weekly check-ins. */
export const TREND_LENGTH = 13;

/**
 * Each ID's check-ins from the Check-ins log, oldest first (lower-cased ID). A checkbox reading counts as
 * 1 or 0; a row without a date or a number is skipped, so a hand-edited log never breaks the sidebar.
 */
export function checkInHistory(values: Cell[][] | undefined): Map<string, Reading[]> {
  const history = new Map<string, Reading[]>();
  if (values === undefined) return history;
  const found = findHeader('checkIns', values);
  if (!found.ok) return history;
  for (const cells of values.slice(found.header.row + 1)) {
    const row = rowCells(cells, found.header.columns);
    const id = readText(row.id).toLowerCase();
    const checkbox = readCheckbox(row.value);
    const number = readNumber(row.value);
    const value = checkbox.kind === 'value' ? (checkbox.value ? 1 : 0) : number.kind === 'value' ? number.value : undefined;
    // The time of day orders two check-ins on one day; readDateOrSerial alone keeps only the day.
    const at = isDate(row.timestamp) ? row.timestamp : readDateOrSerial(row.timestamp);
    const when = isDate(at) ? at : at.kind === 'value' ? at.value : undefined;
    if (id === '' || value === undefined || when === undefined || Number.isNaN(when.getTime())) continue;
    const list = history.get(id) ?? [];
    list.push({ at: when, value });
    history.set(id, list);
  }
  for (const list of history.values()) list.sort((a, b) => a.at.getTime() - b.at.getTime());
  return history;
}
