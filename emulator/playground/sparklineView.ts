// A SPARKLINE cell's drawing data: its data and options read from the workbook's cells (or its array
// literals), as Sheets reads them each time the cell is drawn.
import { parseA1 } from '../a1';
import type { CellValue } from '../cells';
import { isDate } from '../realm';
import type { WorkbookModel } from '../workbookModel';
import type { SparklineView } from './protocol';
import { parseSparkline, sparklineOptions, sparklinePoints, type Literal, type SparklineArgument } from './sparkline';

/** The argument's rows: cells of a range (of `sheetName` unless it names a tab) or the literal's rows. */
function rowsOf(argument: SparklineArgument, model: WorkbookModel, sheetName: string): Literal[][] | null {
  if (argument.kind === 'array') return argument.rows;
  const ref = parseA1(argument.a1);
  const sheet = ref === null ? undefined : model.find(ref.sheetName ?? sheetName);
  if (ref === null || sheet === undefined) return null;
  const lastRow = Math.min(ref.lastRow ?? sheet.lastRow(), sheet.maxRows);
  const lastColumn = Math.min(ref.lastColumn ?? sheet.lastColumn(), sheet.maxColumns);
  const rows: Literal[][] = [];
  for (let row = ref.row; row <= lastRow; row += 1) {
    const line: Literal[] = [];
    for (let column = ref.column; column <= lastColumn; column += 1) {
      const value: CellValue = sheet.get(row, column)?.value ?? '';
      line.push(isDate(value) ? value.getTime() : value);
    }
    rows.push(line);
  }
  return rows;
}

/**
 * What the page needs to draw `formula` in a cell of `sheetName`; null when it is not a SPARKLINE it can draw.
 * A line with no `color` option takes the cell's font colour, as Sheets documents.
 */
export function sparklineView(
  formula: string,
  model: WorkbookModel,
  sheetName: string,
  fontColor?: string,
): SparklineView | null {
  const parsed = parseSparkline(formula);
  if (parsed === null) return null;
  const data = rowsOf(parsed.data, model, sheetName);
  const optionRows = parsed.options === null ? [] : rowsOf(parsed.options, model, sheetName);
  if (data === null || optionRows === null) return null;
  const options = sparklineOptions(optionRows);
  const colorGiven = optionRows.some(([name]) => String(name).trim().toLowerCase() === 'color');
  if (options.charttype === 'line' && !colorGiven && fontColor !== undefined) options.color = fontColor;
  return { points: sparklinePoints(data.flat(), options), options };
}
