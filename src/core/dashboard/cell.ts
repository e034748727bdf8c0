// One cell of the Dashboard tab as the core lays it out: what it holds and how it looks. The shell turns a
// block of these into one write per property, so the tab costs the same calls for 10 rows as for 1,000.

export type DashValue = string | number | Date;

export interface DashCell {
  /** '' for a blank cell; a string is written as text, exactly as given. */
  readonly value: DashValue;
  /** Written instead of `value` (a SPARKLINE over the hidden readings). */
  readonly formula?: string;
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly numberFormat?: string;
}

/** A rectangle of cells at a 1-based row and column of the tab; every row has the same length. */
export interface Block {
  readonly row: number;
  readonly column: number;
  readonly cells: readonly (readonly DashCell[])[];
}

export const BLANK: DashCell = { value: '' };

/** A row padded with blanks (or cut) to `width` cells, so a block stays rectangular. */
export function padded(cells: readonly DashCell[], width: number): DashCell[] {
  return Array.from({ length: width }, (_, index) => cells[index] ?? BLANK);
}

/** Plain text, or a number, with its look. */
export function cell(value: DashValue, look: Omit<DashCell, 'value'> = {}): DashCell {
  return { value, ...look };
}
