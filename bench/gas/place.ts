/**
 * Where one key result sits, 1-based as Sheet.getRange takes it: what a floor script is told instead of
 * searching, so it pays only for the cells a job cannot do without.
 */
export interface KeyResultPlace {
  readonly okrWidth: number;
  readonly kpiWidth: number;
  readonly logWidth: number;
  /** The objective's own row; its key results follow it down to `lastRow`. */
  readonly objectiveRow: number;
  readonly lastRow: number;
  readonly row: number;
  /** The row of the KPI the key result follows. */
  readonly kpiRow: number;
  readonly currentColumn: number;
  readonly confidenceColumn: number;
  /** Score, with Status in the next column. */
  readonly scoreColumn: number;
}

/** Rows the add-on searches for a header (src/core/headers.ts HEADER_SEARCH_ROWS): a floor reads them too. */
export const HEADER_ROWS = 10;
