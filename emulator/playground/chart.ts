// An embedded chart as the playground draws it: what to draw (ChartView, built by chartView.ts from the
// workbook) and the shapes that draw it, in the chart's own pixels. Pure, like sparkline.ts: the page turns
// the shapes into SVG. Google Charts' look is approximated (its palette, title, legend, gridlines); which
// options Sheets honours is not documented (contract §14), so only the common ones are read.

export type SeriesMark = 'line' | 'column' | 'bar' | 'area' | 'point';

export interface ChartSeriesView {
  name: string;
  color: string;
  mark: SeriesMark;
  values: (number | null)[];
  /** lineDashStyle: drawn dashed (a reference line). */
  dashed?: boolean;
}

export interface ChartView {
  id: number;
  /** The ChartType's name ('LINE', 'COLUMN'…), or '' when the script set none. */
  type: string;
  /** Whether the playground can draw this type; others show a labelled box. */
  drawn: boolean;
  title: string;
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  width: number;
  height: number;
  background: string;
  legend: 'top' | 'right' | 'bottom' | 'none';
  /** Categories along the domain axis. */
  labels: string[];
  /** Scatter: the horizontal values. */
  xValues: (number | null)[];
  series: ChartSeriesView[];
  stacked: boolean;
  /** The value axis's window (vAxis.viewWindow, setRange), when the script fixed it. */
  min: number | null;
  max: number | null;
  /** vAxis.minValue/maxValue: the axis reaches at least this far, further where the data does. */
  widenTo?: { min: number | null; max: number | null };
  /** vAxis.format 'percent': the axis reads 50% for 0.5. */
  percent?: boolean;
  /** vAxis.title, drawn up the value axis. */
  valueTitle?: string;
  /** interpolateNulls: a line runs on across a missing value instead of breaking there. */
  interpolateNulls?: boolean;
}

export type ChartShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; series?: number }
  | { kind: 'polyline'; points: [number, number][]; stroke: string; width: number; series: number; dashed?: true }
  | { kind: 'polygon'; points: [number, number][]; fill: string; series: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; series: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      anchor: 'start' | 'middle' | 'end';
      size: number;
      bold?: true;
      /** Turned a quarter to the left around (x, y), as an axis title reads up its axis. */
      upright?: true;
    };

/** Google Charts' default series colours, in order. */
export const PALETTE = [
  '#4285f4',
  '#db4437',
  '#f4b400',
  '#0f9d58',
  '#ab47bc',
  '#00acc1',
  '#ff7043',
  '#9e9d24',
  '#5c6bc0',
  '#f06292',
];

/** Sheets' default size for a new chart, in pixels. */
export const DEFAULT_SIZE = { width: 600, height: 371 };

const GRID = '#e0e0e0';
const AXIS = '#9e9e9e';
const TICKS = 5;
/** Room a category's name needs along the axis, in pixels: its characters at 11px, and a gap. */
const CHARACTER_WIDTH = 6.5;
const LABEL_GAP = 12;
const LABEL_HEIGHT = 16;
/** Up to this many categories, every one is named. */
const FEW_CATEGORIES = 12;

interface Plot {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A step of 1, 2 or 5 times a power of ten, so the axis reads in round numbers. */
export function niceStep(span: number, ticks = TICKS - 1): number {
  if (!(span > 0)) return 1;
  const raw = span / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const [step] = [1, 2, 5, 10].map((m) => m * power).filter((s) => s >= raw);
  return step ?? 10 * power;
}

/** The value axis: the script's window where given, else the data rounded out to whole steps. */
export function valueAxis(view: ChartView): { min: number; max: number; step: number } {
  const values = stackedTotals(view).concat(
    view.series.flatMap((s) => s.values.filter((v): v is number => v !== null)),
  );
  const fromZero = view.series.some((s) => s.mark === 'column' || s.mark === 'bar' || s.mark === 'area');
  let low = Math.min(...values, fromZero ? 0 : Infinity, view.widenTo?.min ?? Infinity);
  let high = Math.max(...values, fromZero ? 0 : -Infinity, view.widenTo?.max ?? -Infinity);
  if (!Number.isFinite(low) || !Number.isFinite(high)) [low, high] = [0, 1];
  if (view.min !== null) low = view.min;
  if (view.max !== null) high = view.max;
  if (high <= low) high = low + 1;
  const step = niceStep(high - low);
  return {
    min: view.min ?? Math.floor(low / step) * step,
    max: view.max ?? Math.ceil(high / step) * step,
    step,
  };
}

function stackedTotals(view: ChartView): number[] {
  if (!view.stacked) return [];
  return view.labels.map((_, i) =>
    view.series.reduce((sum, s) => sum + (s.mark === 'line' || s.mark === 'point' ? 0 : (s.values[i] ?? 0)), 0),
  );
}

function plotArea(view: ChartView): Plot {
  const named = view.legend !== 'none' && view.series.length > 0;
  return {
    left: 48 + (view.valueTitle === undefined || view.valueTitle === '' ? 0 : 18),
    top: (view.title === '' ? 14 : 40) + (named && view.legend === 'top' ? 22 : 0),
    right: view.width - (named && view.legend === 'right' ? 130 : 18),
    bottom: view.height - 30 - (named && view.legend === 'bottom' ? 22 : 0),
  };
}

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

function labelOf(value: number, percent: boolean): string {
  return percent ? `${Math.round(value * 1e4) / 100}%` : String(Math.round(value * 1e6) / 1e6);
}

/** Gridlines and their numbers, horizontal (value axis up) or vertical (bar charts), and the axis's title. */
function gridShapes(
  view: ChartView,
  plot: Plot,
  axis: { min: number; max: number; step: number },
  vertical: boolean,
): ChartShape[] {
  const percent = view.percent === true;
  const label = (value: number): string => labelOf(value, percent);
  const shapes: ChartShape[] = [];
  if (view.valueTitle !== undefined && view.valueTitle !== '') {
    const text = fitted(view.valueTitle, vertical ? plot.right - plot.left : plot.bottom - plot.top);
    shapes.push(
      vertical
        ? { kind: 'text', x: (plot.left + plot.right) / 2, y: plot.bottom + 30, text, anchor: 'middle', size: 11 }
        : { kind: 'text', x: 14, y: (plot.top + plot.bottom) / 2, text, anchor: 'middle', size: 11, upright: true },
    );
  }
  for (let value = axis.min; value <= axis.max + axis.step / 1e6; value += axis.step) {
    const share = (value - axis.min) / (axis.max - axis.min);
    if (vertical) {
      const x = plot.left + share * (plot.right - plot.left);
      shapes.push({ kind: 'line', x1: x, y1: plot.top, x2: x, y2: plot.bottom, stroke: GRID });
      shapes.push({ kind: 'text', x, y: plot.bottom + 16, text: label(value), anchor: 'middle', size: 11 });
    } else {
      const y = plot.bottom - share * (plot.bottom - plot.top);
      shapes.push({ kind: 'line', x1: plot.left, y1: y, x2: plot.right, y2: y, stroke: GRID });
      shapes.push({ kind: 'text', x: plot.left - 6, y: y + 4, text: label(value), anchor: 'end', size: 11 });
    }
  }
  return shapes;
}

/** A text cut short with "…" to fit a width in pixels at 11px. */
function fitted(text: string, width: number): string {
  const fits = Math.max(1, Math.floor(width / CHARACTER_WIDTH));
  return text.length > fits ? `${text.slice(0, Math.max(1, fits - 1))}…` : text;
}

/** A legend entry's swatch and the gap before its name, and the gap after it. */
const SWATCH = 14;
const ENTRY_GAP = 16;

function legendShapes(view: ChartView, plot: Plot): ChartShape[] {
  if (view.legend === 'none') return [];
  const shapes: ChartShape[] = [];
  // Along the top or bottom, entries follow one another at their names' widths; when they do not all fit,
  // each gets an equal share and a name too long for it is cut short, so no two entries overlap.
  const across = plot.right - plot.left;
  const widths = view.series.map((series) => SWATCH + series.name.length * CHARACTER_WIDTH + ENTRY_GAP);
  const share = across / Math.max(1, view.series.length);
  const crowded = widths.reduce((sum, width) => sum + width, 0) > across;
  let x = plot.left;
  view.series.forEach((series, i) => {
    const width = crowded ? share : (widths[i] ?? share);
    const [left, y] =
      view.legend === 'right'
        ? [plot.right + 14, plot.top + 6 + i * 20]
        : [x, view.legend === 'top' ? (view.title === '' ? 14 : 40) - 6 : view.height - 10];
    const room = view.legend === 'right' ? view.width - left - SWATCH : width - SWATCH - ENTRY_GAP / 2;
    shapes.push({ kind: 'rect', x: left, y: y - 9, width: 10, height: 10, fill: series.color });
    shapes.push({ kind: 'text', x: left + SWATCH, y, text: fitted(series.name, room), anchor: 'start', size: 11 });
    x += width;
  });
  return shapes;
}

/** Splits a series' points where a value is missing, as Google Charts breaks its lines. */
function segments(points: ([number, number] | null)[]): [number, number][][] {
  const runs: [number, number][][] = [[]];
  for (const point of points) {
    if (point === null) runs.push([]);
    else runs[runs.length - 1]?.push(point);
  }
  return runs.filter((run) => run.length > 0);
}

function categoryShapes(view: ChartView, plot: Plot): ChartShape[] {
  const axis = valueAxis(view);
  const horizontal = view.series.some((s) => s.mark === 'bar');
  const count = Math.max(1, view.labels.length);
  const along = horizontal ? plot.bottom - plot.top : plot.right - plot.left;
  const band = along / count;
  const valueSpan = horizontal ? plot.right - plot.left : plot.bottom - plot.top;
  /** Distance from the axis's start (bottom, or left for bars) to a value, kept inside the plot. */
  const toPixels = (value: number): number =>
    clamp(((value - axis.min) / (axis.max - axis.min)) * valueSpan, 0, valueSpan);
  const zero = toPixels(clamp(0, axis.min, axis.max));
  const shapes: ChartShape[] = gridShapes(view, plot, axis, horizontal);
  // A few categories are all named, cut short to their band; many are thinned to every n-th, as Google
  // Charts does with a crowded axis.
  const longest = Math.max(0, ...view.labels.map((name) => name.length));
  const room = Math.max(1, Math.floor(along / (horizontal ? LABEL_HEIGHT : longest * CHARACTER_WIDTH + LABEL_GAP)));
  const every = count <= FEW_CATEGORIES ? 1 : Math.ceil(count / room);
  const fits = horizontal ? Infinity : Math.max(1, Math.floor((band * every - LABEL_GAP / 2) / CHARACTER_WIDTH));
  view.labels.forEach((name, i) => {
    if (i % every !== 0) return;
    const text = name.length > fits ? `${name.slice(0, Math.max(1, fits - 1))}…` : name;
    const middle = (horizontal ? plot.top : plot.left) + band * (i + 0.5);
    shapes.push(
      horizontal
        ? { kind: 'text', x: plot.left - 6, y: middle + 4, text, anchor: 'end', size: 11 }
        : { kind: 'text', x: middle, y: plot.bottom + 16, text, anchor: 'middle', size: 11 },
    );
  });
  const blocks = view.series
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => s.mark === 'column' || s.mark === 'bar');
  const width = (band * 0.7) / (view.stacked ? 1 : Math.max(1, blocks.length));
  const stackedUpTo = view.labels.map(() => 0);
  blocks.forEach(({ s, index }, b) => {
    s.values.forEach((value, i) => {
      if (value === null) return;
      const base = view.stacked ? toPixels(stackedUpTo[i] ?? 0) : zero;
      const end = view.stacked ? toPixels((stackedUpTo[i] ?? 0) + value) : toPixels(value);
      if (view.stacked) stackedUpTo[i] = (stackedUpTo[i] ?? 0) + value;
      const start = band * (i + 0.15) + (view.stacked ? 0 : b * width);
      const [low, size] = [Math.min(base, end), Math.max(1, Math.abs(end - base))];
      shapes.push(
        horizontal
          ? {
              kind: 'rect',
              x: plot.left + low,
              y: plot.top + start,
              width: size,
              height: width,
              fill: s.color,
              series: index,
            }
          : {
              kind: 'rect',
              x: plot.left + start,
              y: plot.bottom - low - size,
              width,
              height: size,
              fill: s.color,
              series: index,
            },
      );
    });
  });
  view.series.forEach((s, index) => {
    if (s.mark !== 'line' && s.mark !== 'area') return;
    const points = s.values.map((value, i): [number, number] | null =>
      value === null ? null : [plot.left + band * (i + 0.5), plot.bottom - toPixels(value)],
    );
    const runs = view.interpolateNulls === true ? [points.filter((point) => point !== null)] : segments(points);
    for (const run of runs.filter((line) => line.length > 0)) {
      if (s.mark === 'area') {
        const first = run[0];
        const last = run[run.length - 1];
        if (first !== undefined && last !== undefined)
          shapes.push({
            kind: 'polygon',
            points: [[first[0], plot.bottom - zero], ...run, [last[0], plot.bottom - zero]],
            fill: s.color,
            series: index,
          });
      }
      shapes.push({
        kind: 'polyline',
        points: run,
        stroke: s.color,
        width: 2,
        series: index,
        ...(s.dashed === true ? { dashed: true as const } : {}),
      });
    }
  });
  shapes.push({ kind: 'line', x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, stroke: AXIS });
  return shapes;
}

function scatterShapes(view: ChartView, plot: Plot): ChartShape[] {
  const axis = valueAxis(view);
  const xs = view.xValues.filter((x): x is number => x !== null);
  const xLow = Math.min(...xs, Infinity);
  const xHigh = Math.max(...xs, -Infinity);
  const xAxis = Number.isFinite(xLow) && xHigh > xLow ? { min: xLow, max: xHigh } : { min: 0, max: Math.max(1, xHigh) };
  const shapes: ChartShape[] = gridShapes(view, plot, axis, false);
  view.series.forEach((s, index) => {
    s.values.forEach((value, i) => {
      const x = view.xValues[i] ?? null;
      if (value === null || x === null) return;
      shapes.push({
        kind: 'circle',
        cx: plot.left + ((x - xAxis.min) / (xAxis.max - xAxis.min)) * (plot.right - plot.left),
        cy: plot.bottom - clamp((value - axis.min) / (axis.max - axis.min), 0, 1) * (plot.bottom - plot.top),
        r: 3.5,
        fill: s.color,
        series: index,
      });
    });
  });
  shapes.push({ kind: 'line', x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, stroke: AXIS });
  return shapes;
}

export function chartShapes(view: ChartView): ChartShape[] {
  const plot = plotArea(view);
  const shapes: ChartShape[] = [
    { kind: 'rect', x: 0, y: 0, width: view.width, height: view.height, fill: view.background },
  ];
  if (view.title !== '')
    shapes.push({ kind: 'text', x: 16, y: 24, text: view.title, anchor: 'start', size: 15, bold: true });
  if (!view.drawn) {
    shapes.push({
      kind: 'text',
      x: view.width / 2,
      y: view.height / 2,
      text: `${view.type === '' ? 'Chart' : view.type} chart (not drawn by the playground)`,
      anchor: 'middle',
      size: 13,
    });
    return shapes;
  }
  if (view.series.length === 0) {
    // What Sheets shows for a chart that has lost its ranges (contract §14).
    shapes.push({
      kind: 'text',
      x: view.width / 2,
      y: view.height / 2,
      text: 'Add a series',
      anchor: 'middle',
      size: 13,
    });
    return shapes;
  }
  shapes.push(...(view.type === 'SCATTER' ? scatterShapes(view, plot) : categoryShapes(view, plot)));
  shapes.push(...legendShapes(view, plot));
  return shapes;
}
