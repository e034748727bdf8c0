// Each embedded chart of a tab as the page draws it: its ranges' current cells made into a table
// (chartData.ts) and the options a script set, read the way Google Charts reads them. Built after every
// change, like the cells, so a chart follows its data.
import type { ChartSpec } from '../chartModel';
import { liveSources, optionAt } from '../chartModel';
import { displayText } from '../numberFormat';
import { isDate } from '../realm';
import type { SheetModel } from '../sheetModel';
import type { WorkbookModel } from '../workbookModel';
import type { ChartSeriesView, ChartView, SeriesMark } from './chart';
import { DEFAULT_SIZE, PALETTE } from './chart';
import type { ChartCell, SourceBlock } from './chartData';
import { chartTable } from './chartData';

/** The types the playground draws, and how each draws its series unless `series[i].type` says otherwise. */
const MARKS: Readonly<Record<string, SeriesMark>> = {
  LINE: 'line',
  COLUMN: 'column',
  BAR: 'bar',
  AREA: 'area',
  COMBO: 'column',
  SCATTER: 'point',
};

/** Google Charts' names for a combo series' `type` (and `seriesType`). */
const SERIES_TYPES: Readonly<Record<string, SeriesMark>> = {
  line: 'line',
  bars: 'column',
  area: 'area',
  steppedArea: 'area',
  scatter: 'point',
};

function readBlock(
  model: WorkbookModel,
  sheet: SheetModel,
  box: { row: number; column: number; numRows: number; numColumns: number },
): SourceBlock {
  const cells: ChartCell[][] = [];
  for (let r = 0; r < box.numRows; r += 1) {
    const line: ChartCell[] = [];
    for (let c = 0; c < box.numColumns; c += 1) {
      const cell = sheet.get(box.row + r, box.column + c);
      const value = cell?.value ?? '';
      const v = isDate(value) ? value.getTime() : value === '' ? null : value;
      line.push({ v, t: displayText(value, cell?.numberFormat ?? null, model.timeZone) });
    }
    cells.push(line);
  }
  return {
    cells,
    hiddenRows: Array.from({ length: box.numRows }, (_, r) => sheet.hiddenRows.has(box.row + r)),
    hiddenColumns: Array.from({ length: box.numColumns }, (_, c) => sheet.hiddenColumns.has(box.column + c)),
  };
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const number = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function legendOf(options: ReadonlyMap<string, unknown>): ChartView['legend'] {
  const given = text(optionAt(options, 'legend.position')) ?? text(optionAt(options, 'legend'));
  return given === 'top' || given === 'bottom' || given === 'none' ? given : 'right';
}

/**
 * The value axis (vertical; horizontal on a bar chart): viewWindow fixes it; minValue/maxValue widen it, as
 * Google Charts ignores them where the data goes further.
 */
function windowOf(options: ReadonlyMap<string, unknown>, type: string): Pick<ChartView, 'min' | 'max' | 'widenTo'> {
  const axis = type === 'BAR' ? 'hAxis' : 'vAxis';
  const low = number(optionAt(options, `${axis}.minValue`));
  const high = number(optionAt(options, `${axis}.maxValue`));
  return {
    min: number(optionAt(options, `${axis}.viewWindow.min`)),
    max: number(optionAt(options, `${axis}.viewWindow.max`)),
    ...(low === null && high === null ? {} : { widenTo: { min: low, max: high } }),
  };
}

/** The value axis's number format (only 'percent' is drawn differently) and its title. */
function valueAxisText(options: ReadonlyMap<string, unknown>, type: string): Pick<ChartView, 'percent' | 'valueTitle'> {
  const axis = type === 'BAR' ? 'hAxis' : 'vAxis';
  const title = text(optionAt(options, `${axis}.title`));
  return {
    ...(text(optionAt(options, `${axis}.format`)) === 'percent' ? { percent: true } : {}),
    ...(title === null || title === '' ? {} : { valueTitle: title }),
  };
}

export function chartView(spec: ChartSpec, model: WorkbookModel): ChartView {
  const options = spec.options;
  const type = spec.type ?? '';
  const table = chartTable(
    liveSources(spec, model.sheets).map(({ sheet, box }) => readBlock(model, sheet, box)),
    {
      mergeStrategy: spec.mergeStrategy,
      hiddenDimensionStrategy: spec.hiddenDimensionStrategy,
      transpose: spec.transpose,
      numHeaders: spec.numHeaders,
      firstColumnAsDomain: optionAt(options, 'useFirstColumnAsDomain') !== false,
    },
  );
  const colors = optionAt(options, 'colors');
  const defaultMark = SERIES_TYPES[text(optionAt(options, 'seriesType')) ?? ''] ?? MARKS[type] ?? 'line';
  const series = table.series.map(({ name, values }, i): ChartSeriesView => {
    const seriesType = text(optionAt(options, `series.${i}.type`));
    return {
      name: text(optionAt(options, `series.${i}.labelInLegend`)) ?? name,
      color:
        text(optionAt(options, `series.${i}.color`)) ??
        (Array.isArray(colors) ? text(colors[i]) : null) ??
        PALETTE[i % PALETTE.length] ??
        '#4285f4',
      mark: type === 'COMBO' && seriesType !== null ? (SERIES_TYPES[seriesType] ?? defaultMark) : defaultMark,
      values,
      ...(Array.isArray(optionAt(options, `series.${i}.lineDashStyle`)) ? { dashed: true } : {}),
    };
  });
  return {
    id: spec.id ?? 0,
    type,
    drawn: type in MARKS,
    title: text(optionAt(options, 'title')) ?? '',
    anchor: { ...spec.anchor },
    width: number(optionAt(options, 'width')) ?? DEFAULT_SIZE.width,
    height: number(optionAt(options, 'height')) ?? DEFAULT_SIZE.height,
    background: text(optionAt(options, 'backgroundColor')) ?? '#ffffff',
    legend: legendOf(options),
    labels: table.labels,
    xValues: table.xValues,
    series,
    stacked: optionAt(options, 'isStacked') === true,
    ...windowOf(options, type),
    ...valueAxisText(options, type),
    ...(optionAt(options, 'interpolateNulls') === true ? { interpolateNulls: true } : {}),
  };
}

/** The charts that sit on a tab, in the order they were inserted. */
export function chartViews(sheet: SheetModel, model: WorkbookModel): ChartView[] {
  return sheet.charts.map((spec) => chartView(spec, model));
}
