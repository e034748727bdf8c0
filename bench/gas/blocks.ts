/** A rectangle of one tab, 1-based as Sheet.getRange takes it. */
export interface Block {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}
