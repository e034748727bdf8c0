// A rolled-up key result says so where its status is explained: the note of its Status cell names the
// objectives it is rolled up from. The add-on owns that note as it owns the cell's value.

import type { Cell } from '../cells';
import { plainOrQuoted } from '../quote';
import type { OkrRow } from '../okr/okrs';
import type { Workbook } from '../workbook/workbook';

export function rollUpNote(row: OkrRow): string {
  // A roll-up that could not be scored (a loop, weights of 0) is explained by its INVALID status alone.
  if (row.kind !== 'keyResult' || row.rolledUpFrom === undefined || row.status.startsWith('INVALID')) return '';
  // An ID is quoted short: a cell may hold 50,000 characters of it, and the note must fit a cell too.
  const from = `Rolled up from ${row.rolledUpFrom.map(plainOrQuoted).join(', ')}`;
  // NO DATA alone would send a person to type a Current; the note says where the score will come from.
  if (row.score === '') return `${from}: no score there yet.`;
  // An objective listed but left out of the mean is named, so the score does not look like a wrong average.
  const without = row.rolledUpWithout ?? [];
  return without.length === 0
    ? `${from}: the weighted mean of their scores.`
    : `${from}: the weighted mean of their scores (${without.map(plainOrQuoted).join(', ')} ${without.length === 1 ? 'has' : 'have'} none yet).`;
}

/**
 * Which Status cells may hold a roll-up note to clear, on a tab with a Parent column: a key result with nothing
 * of its own to score (it was rolled up once its objectives aligned) or one a Parent names (a Current or a KPI
 * was since typed). A tab without alignment costs no note call.
 */
export function mayHoldRollUpNote(
  workbook: Pick<Workbook, 'headers' | 'objectives' | 'imported'>,
): (cell: Cell, row: OkrRow) => boolean {
  if (workbook.headers.okrs.columns.parent === undefined) return () => false;
  const named = new Set(
    [...workbook.objectives, ...workbook.imported].map((objective) => objective.parent.trim().toLowerCase()),
  );
  return (_cell, row) =>
    row.kind === 'keyResult' && ((row.current === undefined && row.kpi === '') || named.has(row.id.toLowerCase()));
}
