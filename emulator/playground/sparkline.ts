// SPARKLINE as the playground draws it: the formula's two arguments (a range or an array literal each), its
// options as Sheets documents them, and the shapes of the little chart. Pure: the server reads the cells,
// the page turns the shapes into SVG. Sheets documents no default colours; ours are Google's chart blue.

export type ChartType = 'line' | 'bar' | 'column' | 'winloss';
export type Literal = string | number | boolean;

/** One SPARKLINE argument: an A1 range as typed (maybe 'Tab'!B2:M2), or an array literal's rows. */
export type SparklineArgument = { kind: 'range'; a1: string } | { kind: 'array'; rows: Literal[][] };

export interface SparklineFormula {
  data: SparklineArgument;
  options: SparklineArgument | null;
}

export interface SparklineOptions {
  charttype: ChartType;
  color: string;
  negcolor: string | null;
  lowcolor: string | null;
  highcolor: string | null;
  firstcolor: string | null;
  lastcolor: string | null;
  color1: string;
  color2: string;
  linewidth: number;
  /** Bar: the value the whole cell width stands for (default: the sum of the values). */
  max: number | null;
  ymin: number | null;
  ymax: number | null;
  empty: 'zero' | 'ignore';
  nan: 'convert' | 'ignore';
  rtl: boolean;
  axis: boolean;
  axiscolor: string;
}

export const DEFAULT_OPTIONS: SparklineOptions = {
  charttype: 'line',
  color: '#4285f4',
  negcolor: null,
  lowcolor: null,
  highcolor: null,
  firstcolor: null,
  lastcolor: null,
  color1: '#4285f4',
  color2: '#a1c2fa',
  linewidth: 1,
  max: null,
  ymin: null,
  ymax: null,
  empty: 'ignore',
  nan: 'ignore',
  rtl: false,
  axis: false,
  axiscolor: '#000000',
};

/** Splits at `separators` outside quotes, braces and parentheses. */
function splitTopLevel(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '{' || ch === '(') depth += 1;
    else if (ch === '}' || ch === ')') depth -= 1;
    else if (depth === 0 && separators.includes(ch)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim());
}

function literal(text: string): Literal {
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) return text.slice(1, -1).replace(/""/g, '"');
  if (/^true$/i.test(text)) return true;
  if (/^false$/i.test(text)) return false;
  const number = Number(text);
  return text !== '' && Number.isFinite(number) ? number : text;
}

/** `{"charttype","bar";"max",40}`: `;` separates rows, `,` (or `\` in comma locales) columns. */
export function parseArrayLiteral(text: string): Literal[][] | null {
  const inner = /^\{([\s\S]*)\}$/.exec(text.trim())?.[1];
  if (inner === undefined) return null;
  return splitTopLevel(inner, ';').map((row) => splitTopLevel(row, ',\\').map(literal));
}

function argument(text: string): SparklineArgument | null {
  if (text.startsWith('{')) {
    const rows = parseArrayLiteral(text);
    return rows === null ? null : { kind: 'array', rows };
  }
  return /^(?:'(?:[^']|'')+'!|[\w.]+!)?\$?[A-Z]{1,3}\$?\d*(?::\$?[A-Z]{1,3}\$?\d*)?$/i.test(text)
    ? { kind: 'range', a1: text }
    : null;
}

/** The arguments of a cell that is one SPARKLINE call; null for any other formula (it is not drawn). */
export function parseSparkline(formula: string): SparklineFormula | null {
  const body = /^=\s*SPARKLINE\s*\(([\s\S]*)\)\s*$/i.exec(formula)?.[1];
  if (body === undefined) return null;
  const args = splitTopLevel(body, ',');
  if (args.length < 1 || args.length > 2) return null;
  const data = argument(args[0] ?? '');
  const options = args[1] === undefined ? null : argument(args[1]);
  if (data === null || (args[1] !== undefined && options === null)) return null;
  return { data, options };
}

const CHART_TYPES: readonly string[] = ['line', 'bar', 'column', 'winloss'];
const COLOR_OPTIONS = ['color', 'negcolor', 'lowcolor', 'highcolor', 'firstcolor', 'lastcolor', 'color1', 'color2'];
const NUMBER_OPTIONS = ['linewidth', 'max', 'ymin', 'ymax'];

const truthy = (value: Literal | undefined): boolean => value === true || String(value).toLowerCase() === 'true';

/** Options from rows of [name, value] (a two-wide range or an array literal); unknown names are ignored, as Sheets does. */
export function sparklineOptions(rows: readonly (readonly Literal[])[]): SparklineOptions {
  const options: SparklineOptions = { ...DEFAULT_OPTIONS };
  const set = options as unknown as Record<string, unknown>;
  for (const [rawName, value] of rows) {
    const name = String(rawName ?? '')
      .trim()
      .toLowerCase();
    const text = String(value ?? '')
      .trim()
      .toLowerCase();
    if (name === 'charttype' && CHART_TYPES.includes(text)) options.charttype = text as ChartType;
    else if (COLOR_OPTIONS.includes(name) && text !== '') set[name] = String(value).trim();
    else if (NUMBER_OPTIONS.includes(name) && text !== '' && Number.isFinite(Number(value))) set[name] = Number(value);
    else if (name === 'empty' && (text === 'zero' || text === 'ignore')) options.empty = text;
    else if (name === 'nan' && (text === 'convert' || text === 'ignore')) options.nan = text;
    else if (name === 'rtl' || name === 'axis') set[name] = truthy(value);
    else if (name === 'axiscolor' && text !== '') options.axiscolor = String(value).trim();
  }
  return options;
}

/** The plotted points: numbers as they are, blanks and text by the `empty` and `nan` options (null: no mark). */
export function sparklinePoints(values: readonly unknown[], options: SparklineOptions): (number | null)[] {
  return values.map((value) => {
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (value === '' || value === null || value === undefined) return options.empty === 'zero' ? 0 : null;
    return options.nan === 'convert' ? 0 : null;
  });
}

export type SparklineShape =
  | { kind: 'polyline'; points: [number, number][]; color: string; width: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; color: string }
  | { kind: 'axis'; y: number; color: string };

/** The drawing box the shapes are in; the page stretches it over the cell. */
export const BOX = { width: 100, height: 20, pad: 2 };

const numbersOf = (points: readonly (number | null)[]): number[] => points.filter((p): p is number => p !== null);

/** A value's height in the box, between `low` (bottom) and `high` (top). */
function scaleY(low: number, high: number): (value: number) => number {
  const span = high - low || 1;
  const inner = BOX.height - 2 * BOX.pad;
  return (value) => BOX.pad + ((high - Math.min(high, Math.max(low, value))) / span) * inner;
}

function line(points: readonly (number | null)[], options: SparklineOptions): SparklineShape[] {
  const numbers = numbersOf(points);
  if (numbers.length === 0) return [];
  const y = scaleY(options.ymin ?? Math.min(...numbers), options.ymax ?? Math.max(...numbers));
  const step = points.length > 1 ? (BOX.width - 2 * BOX.pad) / (points.length - 1) : 0;
  const drawn: [number, number][] = [];
  points.forEach((point, i) => {
    const x = points.length > 1 ? BOX.pad + i * step : BOX.width / 2;
    if (point !== null) drawn.push([options.rtl ? BOX.width - x : x, y(point)]);
  });
  return [{ kind: 'polyline', points: drawn, color: options.color, width: options.linewidth }];
}

/** Column colours by Sheets' options: first and last, then high and low, then negative, then the colour. */
function columnColor(points: readonly (number | null)[], i: number, options: SparklineOptions): string {
  const numbers = numbersOf(points);
  const value = points[i] ?? 0;
  const firstIndex = points.findIndex((p) => p !== null);
  const lastIndex = points.length - 1 - [...points].reverse().findIndex((p) => p !== null);
  if (i === firstIndex && options.firstcolor !== null) return options.firstcolor;
  if (i === lastIndex && options.lastcolor !== null) return options.lastcolor;
  if (value === Math.max(...numbers) && options.highcolor !== null) return options.highcolor;
  if (value === Math.min(...numbers) && options.lowcolor !== null) return options.lowcolor;
  if (value < 0 && options.negcolor !== null) return options.negcolor;
  return options.color;
}

function columns(points: readonly (number | null)[], options: SparklineOptions): SparklineShape[] {
  const numbers = numbersOf(points);
  if (numbers.length === 0) return [];
  const winloss = options.charttype === 'winloss';
  const low = winloss ? -1 : (options.ymin ?? Math.min(0, ...numbers));
  const high = winloss ? 1 : (options.ymax ?? Math.max(0, ...numbers));
  const y = scaleY(low, high);
  const slot = (BOX.width - 2 * BOX.pad) / points.length;
  const shapes: SparklineShape[] = [];
  points.forEach((point, i) => {
    if (point === null || (winloss && point === 0)) return;
    const value = winloss ? Math.sign(point) : point;
    const slotIndex = options.rtl ? points.length - 1 - i : i;
    const [top, bottom] = [y(Math.max(value, 0)), y(Math.min(value, 0))];
    shapes.push({
      kind: 'rect',
      x: BOX.pad + slotIndex * slot + slot * 0.1,
      y: top,
      width: slot * 0.8,
      height: Math.max(bottom - top, 0.5),
      color: columnColor(points, i, options),
    });
  });
  if (options.axis) shapes.push({ kind: 'axis', y: y(0), color: options.axiscolor });
  return shapes;
}

/** A stacked bar: each value a segment, colours alternating, the whole width standing for `max`. */
function bar(points: readonly (number | null)[], options: SparklineOptions): SparklineShape[] {
  const numbers = numbersOf(points).filter((n) => n > 0);
  const total = options.max ?? numbers.reduce((sum, n) => sum + n, 0);
  if (total <= 0) return [];
  const inner = BOX.width - 2 * BOX.pad;
  const shapes: SparklineShape[] = [];
  let at = 0;
  numbers.forEach((value, i) => {
    const width = Math.min(value / total, 1 - at) * inner;
    if (width <= 0) return;
    const x = BOX.pad + at * inner;
    shapes.push({
      kind: 'rect',
      x: options.rtl ? BOX.width - x - width : x,
      y: BOX.pad,
      width,
      height: BOX.height - 2 * BOX.pad,
      color: i % 2 === 0 ? options.color1 : options.color2,
    });
    at += width / inner;
  });
  return shapes;
}

export function sparklineShapes(points: readonly (number | null)[], options: SparklineOptions): SparklineShape[] {
  if (options.charttype === 'line') return line(points, options);
  if (options.charttype === 'bar') return bar(points, options);
  return columns(points, options);
}
