import { readDateOrSerial, readText, type Cell } from './cells';
import type { CheckInColumn, HeaderMatch } from './headers';
import { rowCells } from './schemas';

/** Newest check-in date by lower-cased KR or KPI ID. */
export type CheckInLookup = ReadonlyMap<string, Date>;

/** Reads the Check-ins log leniently: a malformed log row is skipped rather than blocking a refresh. */
export function lastCheckIns(values: readonly Cell[][], header: HeaderMatch<CheckInColumn>): CheckInLookup {
  const newest = new Map<string, Date>();
  for (const cells of values.slice(header.row + 1)) {
    const mapped = rowCells(cells, header.columns);
    const id = readText(mapped.id).toLowerCase();
    const when = readDateOrSerial(mapped.timestamp);
    if (id === '' || when.kind !== 'value') continue;
    const seen = newest.get(id);
    if (seen === undefined || when.value > seen) newest.set(id, when.value);
  }
  return newest;
}
