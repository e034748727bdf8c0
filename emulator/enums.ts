// Apps Script enums are objects, not strings: `String(x)` and `x.name()` give the member name, and members
// compare by identity. Modelling them as strings would let `authMode === 'NONE'` pass here and fail in Google.
import type { Realm } from './realm';
import { realmObject } from './realm';

export type EnumMember = { toString(): string; name(): string; ordinal(): number };
export type EnumOf<K extends string> = Readonly<Record<K, EnumMember>>;

const names = new WeakMap<object, string>();

export function makeEnum<K extends string>(realm: Realm, members: readonly K[]): EnumOf<K> {
  const fields: Record<string, unknown> = {};
  members.forEach((member, index) => {
    const value = realmObject(realm, {});
    Object.defineProperties(value, {
      toString: { value: () => member },
      name: { value: () => member },
      ordinal: { value: () => index },
    });
    names.set(value, member);
    fields[member] = Object.freeze(value);
  });
  return Object.freeze(realmObject(realm, fields)) as EnumOf<K>;
}

/** The member name of an enum value the script passed in; strings are accepted as Apps Script does. */
export function enumName(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object') return names.get(value);
  return undefined;
}

export const BUTTONS = ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const;
export const BUTTON_SETS = ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const;
export const AUTH_MODE_MEMBERS = ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const;
export const CRITERIA = [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const;
export const SANDBOX_MODES = ['EMULATED', 'IFRAME', 'NATIVE'] as const;
export const X_FRAME_OPTIONS = ['ALLOWALL', 'DEFAULT'] as const;

/** Charts.ChartType as the reference lists it (contract §14); not every type can be embedded. */
export const CHART_TYPES = [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'RADAR',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
] as const;
export const LEGEND_POSITIONS = ['TOP', 'RIGHT', 'BOTTOM', 'NONE'] as const;
export const CURVE_STYLES = ['NORMAL', 'SMOOTH'] as const;
export const POINT_STYLES = ['NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE'] as const;
export const MERGE_STRATEGIES = ['MERGE_COLUMNS', 'MERGE_ROWS'] as const;
export const HIDDEN_DIMENSION_STRATEGIES = ['IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH'] as const;

export type ButtonName = (typeof BUTTONS)[number];
export type ButtonSetName = (typeof BUTTON_SETS)[number];
export type CriteriaName = (typeof CRITERIA)[number];
export type ChartTypeName = (typeof CHART_TYPES)[number];
export type LegendPositionName = (typeof LEGEND_POSITIONS)[number];
export type CurveStyleName = (typeof CURVE_STYLES)[number];
export type PointStyleName = (typeof POINT_STYLES)[number];
export type MergeStrategyName = (typeof MERGE_STRATEGIES)[number];
export type HiddenDimensionStrategyName = (typeof HIDDEN_DIMENSION_STRATEGIES)[number];

/** One set of enum objects per script realm, built once per execution. */
export interface Enums {
  readonly Button: EnumOf<ButtonName>;
  readonly ButtonSet: EnumOf<ButtonSetName>;
  readonly AuthMode: EnumOf<(typeof AUTH_MODE_MEMBERS)[number]>;
  readonly DataValidationCriteria: EnumOf<CriteriaName>;
  readonly SandboxMode: EnumOf<(typeof SANDBOX_MODES)[number]>;
  readonly XFrameOptionsMode: EnumOf<(typeof X_FRAME_OPTIONS)[number]>;
  readonly ChartType: EnumOf<ChartTypeName>;
  readonly Position: EnumOf<LegendPositionName>;
  readonly CurveStyle: EnumOf<CurveStyleName>;
  readonly PointStyle: EnumOf<PointStyleName>;
  readonly ChartMergeStrategy: EnumOf<MergeStrategyName>;
  readonly ChartHiddenDimensionStrategy: EnumOf<HiddenDimensionStrategyName>;
}

export function makeEnums(realm: Realm): Enums {
  return {
    Button: makeEnum(realm, BUTTONS),
    ButtonSet: makeEnum(realm, BUTTON_SETS),
    AuthMode: makeEnum(realm, AUTH_MODE_MEMBERS),
    DataValidationCriteria: makeEnum(realm, CRITERIA),
    SandboxMode: makeEnum(realm, SANDBOX_MODES),
    XFrameOptionsMode: makeEnum(realm, X_FRAME_OPTIONS),
    ChartType: makeEnum(realm, CHART_TYPES),
    Position: makeEnum(realm, LEGEND_POSITIONS),
    CurveStyle: makeEnum(realm, CURVE_STYLES),
    PointStyle: makeEnum(realm, POINT_STYLES),
    ChartMergeStrategy: makeEnum(realm, MERGE_STRATEGIES),
    ChartHiddenDimensionStrategy: makeEnum(realm, HIDDEN_DIMENSION_STRATEGIES),
  };
}
