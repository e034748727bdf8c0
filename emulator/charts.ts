// EmbeddedChartBuilder, EmbeddedChart, their ChartOptions and ContainerInfo, and the Charts service's enums
// (contract §14). A builder is one object whatever as…Chart() says, so chains such as
// asLineChart().addRange(r).setPosition(…).setTitle(…) work as they do in Apps Script.
import type { Shape } from './apiShape';
import type { ChartSpec } from './chartModel';
import { copyChartSpec, copyOptionValue, liveSources, optionAt, sameBox } from './chartModel';
import type { EnumOf } from './enums';
import {
  CHART_TYPES,
  CURVE_STYLES,
  enumName,
  HIDDEN_DIMENSION_STRATEGIES,
  LEGEND_POSITIONS,
  MERGE_STRATEGIES,
  POINT_STYLES,
} from './enums';
import type { ChartTypeName, Enums } from './enums';
import type { Env } from './env';
import { exception, signatureMismatch } from './errors';
import { emulate, implOf } from './proxy';
import { makeRange, RangeImpl } from './range';
import { realmArray, toRealm } from './realm';
import type { SheetModel } from './sheetModel';

type BuilderApi = Shape<
  Pick<
    GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
    | 'addRange'
    | 'removeRange'
    | 'clearRanges'
    | 'getRanges'
    | 'setChartType'
    | 'getChartType'
    | 'asAreaChart'
    | 'asBarChart'
    | 'asColumnChart'
    | 'asComboChart'
    | 'asLineChart'
    | 'asPieChart'
    | 'asScatterChart'
    | 'setOption'
    | 'setPosition'
    | 'getContainer'
    | 'setNumHeaders'
    | 'setMergeStrategy'
    | 'setHiddenDimensionStrategy'
    | 'setTransposeRowsAndColumns'
    | 'build'
  >
> &
  Shape<
    Pick<
      GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder,
      | 'setTitle'
      | 'setLegendPosition'
      | 'setColors'
      | 'setXAxisTitle'
      | 'setYAxisTitle'
      | 'setRange'
      | 'setCurveStyle'
      | 'setPointStyle'
      | 'setBackgroundColor'
    >
  > &
  Shape<Pick<GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder, 'setStacked'>> &
  Shape<Pick<GoogleAppsScript.Spreadsheet.EmbeddedScatterChartBuilder, 'setXAxisRange' | 'setYAxisRange'>>;

type ChartApi = Shape<
  Pick<
    GoogleAppsScript.Spreadsheet.EmbeddedChart,
    | 'getChartId'
    | 'getRanges'
    | 'getOptions'
    | 'getContainerInfo'
    | 'getNumHeaders'
    | 'getMergeStrategy'
    | 'getHiddenDimensionStrategy'
    | 'getTransposeRowsAndColumns'
    | 'modify'
  >
>;

type OptionsApi = Shape<Pick<GoogleAppsScript.Charts.ChartOptions, 'get'>> & { getOrDefault(option: string): unknown };
type ContainerApi = Shape<
  Pick<GoogleAppsScript.Spreadsheet.ContainerInfo, 'getAnchorRow' | 'getAnchorColumn' | 'getOffsetX' | 'getOffsetY'>
>;

/** Point sizes Google Charts draws for each PointStyle (inferred: the reference names the styles only). */
const POINT_SIZES: Readonly<Record<(typeof POINT_STYLES)[number], number>> = {
  NONE: 0,
  TINY: 2,
  MEDIUM: 7,
  LARGE: 14,
  HUGE: 21,
};

/** Types whose chart has no hidden-data setting: Apps Script answers "Unexpected error" (contract §14). */
const WITHOUT_HIDDEN_STRATEGY: readonly ChartTypeName[] = ['PIE', 'TABLE'];

let builderSerial = 0;

export function makeChartBuilder(
  env: Env,
  sheet: SheetModel,
  spec: ChartSpec,
): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
  return emulate(
    'EmbeddedChartBuilder',
    new EmbeddedChartBuilderImpl(env, sheet, spec),
    env,
  ) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
}

export function makeEmbeddedChart(
  env: Env,
  sheet: SheetModel,
  spec: ChartSpec,
): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  return emulate(
    'EmbeddedChart',
    new EmbeddedChartImpl(env, sheet, spec),
    env,
  ) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart;
}

function makeContainerInfo(env: Env, spec: ChartSpec): GoogleAppsScript.Spreadsheet.ContainerInfo {
  return emulate('ContainerInfo', new ContainerInfoImpl(spec), env);
}

function rangesOf(env: Env, spec: ChartSpec): GoogleAppsScript.Spreadsheet.Range[] {
  return realmArray(
    env.realm,
    liveSources(spec, env.model.sheets).map(({ sheet, box }) => makeRange(env, sheet, box)),
  );
}

export class EmbeddedChartBuilderImpl implements BuilderApi {
  readonly #env: Env;
  readonly #sheet: SheetModel;
  readonly #spec: ChartSpec;

  constructor(env: Env, sheet: SheetModel, spec: ChartSpec) {
    this.#env = env;
    this.#sheet = sheet;
    this.#spec = spec;
    builderSerial += 1;
    const text = `com.google.apps.maestro.server.beans.trix.impl.ChartPropertyApiEmbeddedChartBuilder@${(0x1f3a5c00 + builderSerial).toString(16)}`;
    // Live Apps Script prints the Java bean behind every builder (contract §14). An own function, since
    // String(builder) calls it with the proxy as `this`, which cannot reach private fields.
    Object.defineProperty(this, 'toString', { value: () => text });
  }

  #rangeArg(range: unknown, method: string): { sheet: SheetModel; box: RangeImpl['box'] } {
    const impl = implOf(range, RangeImpl);
    if (impl === undefined)
      throw signatureMismatch(this.#env.realm, [range], `SpreadsheetApp.EmbeddedChartBuilder.${method}`);
    return { sheet: impl.sheetModel, box: impl.box };
  }

  #enumArg<K extends string>(value: unknown, members: readonly K[], method: string): K {
    const name = enumName(value);
    if (name === undefined || !(members as readonly string[]).includes(name))
      throw signatureMismatch(this.#env.realm, [value], `SpreadsheetApp.EmbeddedChartBuilder.${method}`);
    return name as K;
  }

  /** A range already in the list is skipped (contract §14). */
  addRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    const { sheet, box } = this.#rangeArg(range, 'addRange');
    if (!this.#spec.sources.some((source) => source.sheet === sheet && sameBox(source.box, box)))
      this.#spec.sources.push({ sheet, box });
    return this;
  }

  /** Only a range equal to one added goes; anything else is ignored without an error (contract §14). */
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    const { sheet, box } = this.#rangeArg(range, 'removeRange');
    const index = this.#spec.sources.findIndex((source) => source.sheet === sheet && sameBox(source.box, box));
    if (index >= 0) this.#spec.sources.splice(index, 1);
    return this;
  }

  clearRanges(): this {
    this.#spec.sources.length = 0;
    return this;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this.#env, this.#spec);
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    this.#spec.type = this.#enumArg(type, CHART_TYPES, 'setChartType');
    return this;
  }

  getChartType(): GoogleAppsScript.Charts.ChartType | null {
    const type = this.#spec.type;
    return type === null ? null : (this.#env.enums.ChartType[type] as unknown as GoogleAppsScript.Charts.ChartType);
  }

  #as(type: ChartTypeName): this {
    this.#spec.type = type;
    return this;
  }

  asAreaChart(): this {
    return this.#as('AREA');
  }

  asBarChart(): this {
    return this.#as('BAR');
  }

  asColumnChart(): this {
    return this.#as('COLUMN');
  }

  asComboChart(): this {
    return this.#as('COMBO');
  }

  asLineChart(): this {
    return this.#as('LINE');
  }

  asPieChart(): this {
    return this.#as('PIE');
  }

  asScatterChart(): this {
    return this.#as('SCATTER');
  }

  /** Stored as given, unchecked, as Apps Script does; a copy, so the script's later changes don't reach it. */
  setOption(option: string, value: unknown): this {
    if (typeof option !== 'string')
      throw signatureMismatch(this.#env.realm, [option, value], 'SpreadsheetApp.EmbeddedChartBuilder.setOption');
    this.#spec.options.set(option, copyOptionValue(value));
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!args.every((arg) => typeof arg === 'number' && Number.isFinite(arg)))
      throw signatureMismatch(this.#env.realm, args, 'SpreadsheetApp.EmbeddedChartBuilder.setPosition');
    this.#spec.anchor = {
      row: Math.floor(anchorRowPos),
      column: Math.floor(anchorColPos),
      offsetX: Math.floor(offsetX),
      offsetY: Math.floor(offsetY),
    };
    return this;
  }

  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return makeContainerInfo(this.#env, this.#spec);
  }

  setNumHeaders(headers: number): this {
    if (typeof headers !== 'number' || !Number.isFinite(headers))
      throw signatureMismatch(this.#env.realm, [headers], 'SpreadsheetApp.EmbeddedChartBuilder.setNumHeaders');
    this.#spec.numHeaders = Math.floor(headers);
    return this;
  }

  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): this {
    this.#spec.mergeStrategy = this.#enumArg(mergeStrategy, MERGE_STRATEGIES, 'setMergeStrategy');
    return this;
  }

  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): this {
    const name = this.#enumArg(strategy, HIDDEN_DIMENSION_STRATEGIES, 'setHiddenDimensionStrategy');
    if (this.#spec.type !== null && WITHOUT_HIDDEN_STRATEGY.includes(this.#spec.type))
      throw exception(this.#env.realm, 'Unexpected error');
    this.#spec.hiddenDimensionStrategy = name;
    return this;
  }

  setTransposeRowsAndColumns(transpose: boolean): this {
    if (typeof transpose !== 'boolean')
      throw signatureMismatch(
        this.#env.realm,
        [transpose],
        'SpreadsheetApp.EmbeddedChartBuilder.setTransposeRowsAndColumns',
      );
    this.#spec.transpose = transpose;
    return this;
  }

  // The typed builders' setters are shorthands for Google Charts options (inferred: which key each one
  // sets is not documented; these are the keys the options reference gives for the same effect).

  setTitle(chartTitle: unknown): this {
    this.#spec.options.set('title', String(chartTitle));
    return this;
  }

  setLegendPosition(position: GoogleAppsScript.Charts.Position): this {
    const name = this.#enumArg(position, LEGEND_POSITIONS, 'setLegendPosition');
    this.#spec.options.set('legend.position', name.toLowerCase());
    return this;
  }

  setColors(cssValues: string[]): this {
    if (!Array.isArray(cssValues))
      throw signatureMismatch(this.#env.realm, [cssValues], 'SpreadsheetApp.EmbeddedChartBuilder.setColors');
    this.#spec.options.set('colors', cssValues.map(String));
    return this;
  }

  setXAxisTitle(title: unknown): this {
    this.#spec.options.set('hAxis.title', String(title));
    return this;
  }

  setYAxisTitle(title: unknown): this {
    this.#spec.options.set('vAxis.title', String(title));
    return this;
  }

  /** The value axis's range: vertical, or horizontal on a bar chart. */
  setRange(start: number, end: number): this {
    const axis = this.#spec.type === 'BAR' ? 'hAxis' : 'vAxis';
    this.#spec.options.set(`${axis}.viewWindow.min`, start);
    this.#spec.options.set(`${axis}.viewWindow.max`, end);
    return this;
  }

  setStacked(): this {
    this.#spec.options.set('isStacked', true);
    return this;
  }

  setCurveStyle(style: GoogleAppsScript.Charts.CurveStyle): this {
    const name = this.#enumArg(style, CURVE_STYLES, 'setCurveStyle');
    this.#spec.options.set('curveType', name === 'SMOOTH' ? 'function' : 'none');
    return this;
  }

  setPointStyle(style: GoogleAppsScript.Charts.PointStyle): this {
    this.#spec.options.set('pointSize', POINT_SIZES[this.#enumArg(style, POINT_STYLES, 'setPointStyle')]);
    return this;
  }

  setBackgroundColor(cssValue: unknown): this {
    this.#spec.options.set('backgroundColor', String(cssValue));
    return this;
  }

  /** Only the scatter builder has it: on any other type the method does not exist (contract §14). */
  #scatterOnly(method: string): void {
    if (this.#spec.type !== 'SCATTER') throw new this.#env.realm.TypeError(`builder.${method} is not a function`);
  }

  setXAxisRange(start: number, end: number): this {
    this.#scatterOnly('setXAxisRange');
    this.#spec.options.set('hAxis.viewWindow.min', start);
    this.#spec.options.set('hAxis.viewWindow.max', end);
    return this;
  }

  setYAxisRange(start: number, end: number): this {
    this.#scatterOnly('setYAxisRange');
    this.#spec.options.set('vAxis.viewWindow.min', start);
    this.#spec.options.set('vAxis.viewWindow.max', end);
    return this;
  }

  /** A chart that is not on a tab yet; a builder from modify() keeps the id of the chart it changes. */
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    return makeEmbeddedChart(this.#env, this.#sheet, copyChartSpec(this.#spec));
  }
}

export class EmbeddedChartImpl implements ChartApi {
  readonly #env: Env;
  readonly #sheet: SheetModel;
  readonly #spec: ChartSpec;

  constructor(env: Env, sheet: SheetModel, spec: ChartSpec) {
    this.#env = env;
    this.#sheet = sheet;
    this.#spec = spec;
  }

  /** The chart as Sheet.insertChart / updateChart store it: a copy, so this object can't change the tab. */
  get spec(): ChartSpec {
    return copyChartSpec(this.#spec);
  }

  toString(): string {
    return 'EmbeddedChart';
  }

  getChartId(): number | null {
    return this.#spec.id;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this.#env, this.#spec);
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return emulate('ChartOptions', new ChartOptionsImpl(this.#env, new Map(this.#spec.options)), this.#env);
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return makeContainerInfo(this.#env, this.#spec);
  }

  getNumHeaders(): number {
    return this.#spec.numHeaders;
  }

  getMergeStrategy(): GoogleAppsScript.Charts.ChartMergeStrategy {
    return this.#env.enums.ChartMergeStrategy[
      this.#spec.mergeStrategy
    ] as unknown as GoogleAppsScript.Charts.ChartMergeStrategy;
  }

  getHiddenDimensionStrategy(): GoogleAppsScript.Charts.ChartHiddenDimensionStrategy {
    return this.#env.enums.ChartHiddenDimensionStrategy[
      this.#spec.hiddenDimensionStrategy
    ] as unknown as GoogleAppsScript.Charts.ChartHiddenDimensionStrategy;
  }

  getTransposeRowsAndColumns(): boolean {
    return this.#spec.transpose;
  }

  /** A builder holding this chart as it is; nothing changes until Sheet.updateChart(builder.build()). */
  modify(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return makeChartBuilder(this.#env, this.#sheet, copyChartSpec(this.#spec));
  }
}

class ChartOptionsImpl implements OptionsApi {
  readonly #env: Env;
  readonly #options: ReadonlyMap<string, unknown>;

  constructor(env: Env, options: ReadonlyMap<string, unknown>) {
    this.#env = env;
    this.#options = options;
  }

  /** The value set for the key, by its own name or inside an object set for a shorter key; else null. */
  get(option: unknown): unknown {
    const value = optionAt(this.#options, String(option));
    return value === undefined ? null : toRealm(this.#env.realm, copyOptionValue(value));
  }

  /** The emulator knows no option defaults: the set value, else null (contract §14 says "else the default"). */
  getOrDefault(option: unknown): unknown {
    return this.get(option);
  }
}

class ContainerInfoImpl implements ContainerApi {
  readonly #spec: ChartSpec;

  constructor(spec: ChartSpec) {
    this.#spec = spec;
  }

  getAnchorRow(): number {
    return this.#spec.anchor.row;
  }

  getAnchorColumn(): number {
    return this.#spec.anchor.column;
  }

  getOffsetX(): number {
    return this.#spec.anchor.offsetX;
  }

  getOffsetY(): number {
    return this.#spec.anchor.offsetY;
  }
}

type ChartsApi = Pick<
  GoogleAppsScript.Charts.Charts,
  'ChartType' | 'Position' | 'CurveStyle' | 'PointStyle' | 'ChartMergeStrategy' | 'ChartHiddenDimensionStrategy'
>;

/** The Charts service: its enums only; Charts.newLineChart() and the other stand-alone charts are not emulated. */
export function makeCharts(env: Env): GoogleAppsScript.Charts.Charts {
  return emulate('Charts', new ChartsImpl(env.enums), env) as unknown as GoogleAppsScript.Charts.Charts;
}

class ChartsImpl implements Record<keyof ChartsApi, EnumOf<string>> {
  readonly ChartType: Enums['ChartType'];
  readonly Position: Enums['Position'];
  readonly CurveStyle: Enums['CurveStyle'];
  readonly PointStyle: Enums['PointStyle'];
  readonly ChartMergeStrategy: Enums['ChartMergeStrategy'];
  readonly ChartHiddenDimensionStrategy: Enums['ChartHiddenDimensionStrategy'];

  constructor(enums: Enums) {
    this.ChartType = enums.ChartType;
    this.Position = enums.Position;
    this.CurveStyle = enums.CurveStyle;
    this.PointStyle = enums.PointStyle;
    this.ChartMergeStrategy = enums.ChartMergeStrategy;
    this.ChartHiddenDimensionStrategy = enums.ChartHiddenDimensionStrategy;
  }
}
