// The table an embedded chart plots, from the cells of its ranges: hidden rows and columns left out as the
// chart's hidden-data setting says, several ranges merged side by side or one under another, headers giving
// the series' names and the first column the categories (contract §14). Pure: chartView.ts reads the cells.
import type { HiddenDimensionStrategyName, MergeStrategyName } from '../enums';

/** A cell as a chart reads it: a number (dates as ms) or other value, and the text Sheets shows for it. */
export interface ChartCell {
  v: number | string | boolean | null;
  t: string;
}

/** One range's cells, row by row, and which of its rows and columns are hidden. */
export interface SourceBlock {
  cells: ChartCell[][];
  hiddenRows: readonly boolean[];
  hiddenColumns: readonly boolean[];
}

export interface TableSettings {
  mergeStrategy: MergeStrategyName;
  hiddenDimensionStrategy: HiddenDimensionStrategyName;
  transpose: boolean;
  /** Negative: decide from the data, as Sheets does when a script never set it. */
  numHeaders: number;
  /** The `useFirstColumnAsDomain` option; Sheets' charts take the first column as categories otherwise. */
  firstColumnAsDomain: boolean;
}

export interface ChartTable {
  /** The categories' text, one per data row. */
  labels: string[];
  /** The first column's numbers, for a scatter chart's horizontal axis. */
  xValues: (number | null)[];
  series: { name: string; values: (number | null)[] }[];
}

const BLANK: ChartCell = { v: null, t: '' };

function visible(block: SourceBlock, strategy: HiddenDimensionStrategyName): ChartCell[][] {
  const skipRows = strategy === 'IGNORE_ROWS' || strategy === 'IGNORE_BOTH';
  const skipColumns = strategy === 'IGNORE_COLUMNS' || strategy === 'IGNORE_BOTH';
  return block.cells
    .filter((_, r) => !(skipRows && block.hiddenRows[r] === true))
    .map((row) => row.filter((_, c) => !(skipColumns && block.hiddenColumns[c] === true)));
}

function width(rows: readonly ChartCell[][]): number {
  return Math.max(0, ...rows.map((row) => row.length));
}

function pad(row: readonly ChartCell[], size: number): ChartCell[] {
  return Array.from({ length: size }, (_, c) => row[c] ?? BLANK);
}

/** MERGE_COLUMNS puts the ranges side by side, row by row; MERGE_ROWS puts one under another. */
export function mergeBlocks(blocks: readonly ChartCell[][][], strategy: MergeStrategyName): ChartCell[][] {
  if (strategy === 'MERGE_ROWS') {
    const size = Math.max(0, ...blocks.map(width));
    return blocks.flatMap((rows) => rows.map((row) => pad(row, size)));
  }
  const height = Math.max(0, ...blocks.map((rows) => rows.length));
  return Array.from({ length: height }, (_, r) => blocks.flatMap((rows) => pad(rows[r] ?? [], width(rows))));
}

export function transposeCells(rows: readonly ChartCell[][]): ChartCell[][] {
  return Array.from({ length: width(rows) }, (_, c) => rows.map((row) => row[c] ?? BLANK));
}

const isNumber = (cell: ChartCell | undefined): boolean => typeof cell?.v === 'number';
const isText = (cell: ChartCell | undefined): boolean => typeof cell?.v === 'string' && cell.v !== '';

/**
 * Auto-detect (how Sheets decides is not documented): the first row names the series when one of its series
 * cells is text over a column that holds numbers below it, as a header over numbers reads to a person.
 */
function detectHeaders(rows: readonly ChartCell[][], firstSeries: number): number {
  const [first, ...rest] = rows;
  if (first === undefined) return 0;
  const named = first.some((cell, c) => c >= firstSeries && isText(cell) && rest.some((row) => isNumber(row[c])));
  return named ? 1 : 0;
}

export function chartTable(blocks: readonly SourceBlock[], settings: TableSettings): ChartTable {
  let rows = mergeBlocks(
    blocks.map((block) => visible(block, settings.hiddenDimensionStrategy)),
    settings.mergeStrategy,
  );
  if (settings.transpose) rows = transposeCells(rows);
  const columns = width(rows);
  const firstSeries = settings.firstColumnAsDomain && columns > 1 ? 1 : 0;
  const headers = settings.numHeaders >= 0 ? settings.numHeaders : detectHeaders(rows, firstSeries);
  const data = rows.slice(headers);
  const names = rows[headers - 1] ?? [];
  const series = Array.from({ length: columns - firstSeries }, (_, i) => {
    const column = firstSeries + i;
    const name = names[column]?.t ?? '';
    return {
      name: name === '' ? `Series ${i + 1}` : name,
      values: data.map((row) => {
        const value = row[column]?.v;
        return typeof value === 'number' ? value : null;
      }),
    };
  });
  return {
    labels: data.map((row, r) => (firstSeries === 1 ? (row[0]?.t ?? '') : String(r + 1))),
    xValues: data.map((row) => (firstSeries === 1 && typeof row[0]?.v === 'number' ? row[0].v : null)),
    series,
  };
}
