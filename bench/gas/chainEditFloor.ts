// The floor of onEdit for a key result whose objective rolls up through Parent, run as an Apps Script of its
// own: it reads the blocks of OKRs rows the re-score needs (the header rows, which here hold the company
// objective, and the aligned objectives with their key results, side by side) and writes Score and Status of
// each row the chain changes: the edited row, its objective, the company key result and the company objective.
import type { Block } from './blocks';
import { writeScore } from './scoreCells';
import { tab } from './tab';

export function chainEditFloor(reads: Block[], scoreRows: number[], scoreColumn: number): void {
  const okrs = tab(SpreadsheetApp.getActiveSpreadsheet(), 'OKRs');
  for (const block of reads) okrs.getRange(block.row, block.column, block.numRows, block.numColumns).getValues();
  for (const row of scoreRows) writeScore(okrs, row, scoreColumn);
}
