// An embedded chart as the document keeps it: its type, the ranges it reads, its options and where it sits.
// Ranges are live references to a tab's cells, so that inserted and deleted rows and columns stretch,
// shrink or drop them as Sheets does (contract §14); the services and the playground both read this model.
import type { ChartTypeName, HiddenDimensionStrategyName, MergeStrategyName } from './enums';
import type { Box } from './rangeBounds';
import type { SheetModel } from './sheetModel';

/** One range a chart reads; `box` becomes null when every row or column of it was deleted. */
export interface ChartSource {
  readonly sheet: SheetModel;
  box: Box | null;
}

export interface ChartAnchor {
  row: number;
  column: number;
  offsetX: number;
  offsetY: number;
}

export interface ChartSpec {
  /** Null until the chart is inserted in a tab (EmbeddedChart.getChartId, contract §14). */
  id: number | null;
  type: ChartTypeName | null;
  sources: ChartSource[];
  /** Options by the key the script used ('vAxis', 'vAxis.viewWindow.min'…), values copied when set. */
  options: Map<string, unknown>;
  anchor: ChartAnchor;
  /** Negative means "detect" (the documented meaning); -1 when a script never set it (inferred). */
  numHeaders: number;
  mergeStrategy: MergeStrategyName;
  hiddenDimensionStrategy: HiddenDimensionStrategyName;
  transpose: boolean;
}

export function blankChartSpec(): ChartSpec {
  return {
    id: null,
    type: null,
    sources: [],
    options: new Map(),
    anchor: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
    mergeStrategy: 'MERGE_COLUMNS',
    hiddenDimensionStrategy: 'IGNORE_ROWS',
    transpose: false,
  };
}

export function copyChartSpec(spec: ChartSpec): ChartSpec {
  return {
    ...spec,
    sources: spec.sources.map((source) => ({ sheet: source.sheet, box: source.box })),
    options: new Map([...spec.options].map(([key, value]) => [key, copyOptionValue(value)])),
    anchor: { ...spec.anchor },
  };
}

/**
 * A script's option value, copied so that later changes to the script's object do not reach the chart.
 * Plain objects and arrays from any realm are copied deeply; Dates stay Dates.
 */
export function copyOptionValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]') return new Date((value as Date).getTime());
  if (Array.isArray(value)) return value.map(copyOptionValue);
  if (tag !== '[object Object]') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = copyOptionValue(item);
  return copy;
}

/**
 * The option at a dotted path, whether the script set it whole ('vAxis' → {viewWindow: {min}}) or by a
 * dotted key ('vAxis.viewWindow.min'); the longest key set wins, as it is the more specific.
 */
export function optionAt(options: ReadonlyMap<string, unknown>, path: string): unknown {
  const parts = path.split('.');
  for (let split = parts.length; split >= 1; split -= 1) {
    const key = parts.slice(0, split).join('.');
    if (!options.has(key)) continue;
    let value: unknown = options.get(key);
    for (const part of parts.slice(split)) {
      if (value === null || typeof value !== 'object') {
        value = undefined;
        break;
      }
      value = (value as Record<string, unknown>)[part];
    }
    if (value !== undefined) return value;
  }
  return undefined;
}

export function sameBox(a: Box | null, b: Box | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.row === b.row &&
    a.column === b.column &&
    a.numRows === b.numRows &&
    a.numColumns === b.numColumns
  );
}

const nextIds = new WeakMap<object, number>();
/** Sheets' chart ids are large integers; ours count up from here, unique in the document. */
const FIRST_CHART_ID = 1_000_001;

/** The next chart id of a document (keyed by its model), never one already given. */
export function newChartId(document: object): number {
  const id = nextIds.get(document) ?? FIRST_CHART_ID;
  nextIds.set(document, id + 1);
  return id;
}

/** A restored chart keeps its id; later charts are numbered after it. */
export function reserveChartId(document: object, id: number): void {
  if (id >= (nextIds.get(document) ?? FIRST_CHART_ID)) nextIds.set(document, id + 1);
}

/** Puts a chart on its tab: its ranges start following their tabs' rows and columns. */
export function placeChart(sheet: SheetModel, spec: ChartSpec, at = sheet.charts.length): void {
  sheet.charts.splice(at, 0, spec);
  for (const source of spec.sources) source.sheet.chartSources.add(source);
}

/** Takes a chart off its tab; returns where it stood, or -1 when no chart there has that id. */
export function unplaceChart(sheet: SheetModel, id: number): number {
  const index = sheet.charts.findIndex((chart) => chart.id === id);
  const spec = sheet.charts[index];
  if (spec === undefined) return -1;
  sheet.charts.splice(index, 1);
  for (const source of spec.sources) source.sheet.chartSources.delete(source);
  return index;
}

/** Where a 1-based line (row or column) goes when `count` lines are inserted before `at`. */
function afterInsert(line: number, at: number, count: number): number {
  return line >= at ? line + count : line;
}

/** A span of lines first…first+size-1 after lines at…at+count-1 were inserted or deleted; null if none is left. */
export function spanAfterInsert(first: number, size: number, at: number, count: number): [number, number] {
  if (at <= first) return [first + count, size];
  // Inserted inside the span: it stretches. Inserted just after it: not picked up (contract §14).
  if (at <= first + size - 1) return [first, size + count];
  return [first, size];
}

export function spanAfterDelete(first: number, size: number, at: number, count: number): [number, number] | null {
  const last = first + size - 1;
  const end = at + count - 1;
  const overlap = Math.max(0, Math.min(last, end) - Math.max(first, at) + 1);
  if (overlap === size) return null;
  const start = first < at ? first : first > end ? first - count : at;
  return [start, size - overlap];
}

type Axis = 'rows' | 'columns';

function followBox(box: Box, axis: Axis, change: (first: number, size: number) => [number, number] | null): Box | null {
  const span = axis === 'rows' ? change(box.row, box.numRows) : change(box.column, box.numColumns);
  if (span === null) return null;
  const [first, size] = span;
  return axis === 'rows' ? { ...box, row: first, numRows: size } : { ...box, column: first, numColumns: size };
}

function shiftSet(lines: Set<number>, map: (line: number) => number | null): void {
  const moved = [...lines].map(map).filter((line): line is number => line !== null);
  lines.clear();
  for (const line of moved) lines.add(line);
}

/**
 * Lines were inserted in `sheet`: the chart ranges reading it stretch or move, its charts' anchors and its
 * hidden lines move down or right with their cells.
 */
export function linesInserted(sheet: SheetModel, axis: Axis, at: number, count: number): void {
  for (const source of sheet.chartSources) {
    if (source.box !== null) source.box = followBox(source.box, axis, (f, s) => spanAfterInsert(f, s, at, count));
  }
  for (const chart of sheet.charts) {
    if (axis === 'rows') chart.anchor.row = afterInsert(chart.anchor.row, at, count);
    else chart.anchor.column = afterInsert(chart.anchor.column, at, count);
  }
  shiftSet(axis === 'rows' ? sheet.hiddenRows : sheet.hiddenColumns, (line) => afterInsert(line, at, count));
}

export function linesDeleted(sheet: SheetModel, axis: Axis, at: number, count: number): void {
  for (const source of sheet.chartSources) {
    if (source.box !== null) source.box = followBox(source.box, axis, (f, s) => spanAfterDelete(f, s, at, count));
  }
  const end = at + count - 1;
  // A chart anchored in a deleted line stays where the lines closed up (inferred), never before line 1.
  const anchorAfter = (line: number): number => (line < at ? line : line > end ? line - count : Math.max(1, at));
  for (const chart of sheet.charts) {
    if (axis === 'rows') chart.anchor.row = anchorAfter(chart.anchor.row);
    else chart.anchor.column = anchorAfter(chart.anchor.column);
  }
  shiftSet(axis === 'rows' ? sheet.hiddenRows : sheet.hiddenColumns, (line) =>
    line < at ? line : line > end ? line - count : null,
  );
}

/** The ranges a chart still reads: none on a deleted tab, none whose cells were all deleted. */
export function liveSources(spec: ChartSpec, tabs: readonly SheetModel[]): { sheet: SheetModel; box: Box }[] {
  const live: { sheet: SheetModel; box: Box }[] = [];
  for (const { sheet, box } of spec.sources) if (box !== null && tabs.includes(sheet)) live.push({ sheet, box });
  return live;
}
