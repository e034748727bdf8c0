// The dashboard's two native charts, as tables the tab keeps in its hidden columns and the specs the shell
// hands to EmbeddedChartBuilder: objective scores against the 0.4 and 0.7 lines (Google's grading), and the
// readings over time of the KPIs that need watching — out of range or linked to a key result — each as its
// headroom to its healthy range (headroom.ts), so KPIs of any units share one axis, against the bound at 0.
// The title is the chart's identity: a rebuild finds its own charts by it and updates them in place.

import { fromDayNumber } from '../dates';
import { cell, type DashCell } from './cell';
import { hasBound, headroom } from './headroom';
import type { SteeringObjective } from './steering';
import type { VitalSign } from './vitalSigns';

export const SCORES_TITLE = 'Objective scores';
export const READINGS_TITLE = 'KPI readings: headroom to healthy range';
export const CHART_TITLES = [SCORES_TITLE, READINGS_TITLE] as const;
/** Titles the add-on's charts had before: a rebuild still finds such a chart and updates it, never adds one. */
export const FORMER_TITLES: Readonly<Record<string, (typeof CHART_TITLES)[number]>> = {
  'KPI readings': READINGS_TITLE,
};
export const HEADROOM_AXIS = 'Headroom to bound (below 0 = out of range)';
export const BOUND_SERIES = 'Healthy-range bound';
/**
 * The headroom axis shows at least one whole range (or bound) either side of the bound, the zone where
 * attention is needed, and further where a reading is: a KPI far out of range is drawn, never cut off.
 */
export const HEADROOM_AXIS_REACH = { minValue: -1, maxValue: 1 } as const;

/** More lines than this make a chart no one can read; the first in vital-signs order are charted. */
export const MAX_CHARTED_KPIS = 6;
export const LABEL_LENGTH = 40;

const SCORE_BARS = '#4285f4';
const LINE_04 = '#ea4335';
const LINE_07 = '#34a853';
const BOUND_LINE = '#5f6368';
const KPI_COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];
const HEADROOM_FORMAT = '0%';
const DAY_FORMAT = 'd mmm';

export type ChartKind = 'COMBO' | 'LINE';

export interface ChartTable {
  readonly title: (typeof CHART_TITLES)[number];
  readonly kind: ChartKind;
  /** A header row, then one row per category (an objective) or day. */
  readonly cells: readonly (readonly DashCell[])[];
  /** Google Charts options, the title and colours among them. */
  readonly options: Readonly<Record<string, unknown>>;
}

function label(text: string): string {
  return text.length <= LABEL_LENGTH ? text : `${text.slice(0, LABEL_LENGTH - 1)}…`;
}

/** Every objective (imported ones too) against the two grading lines; undefined when there is none. */
export function scoresChart(objectives: readonly SteeringObjective[]): ChartTable | undefined {
  if (objectives.length === 0) return undefined;
  return {
    title: SCORES_TITLE,
    kind: 'COMBO',
    cells: [
      [cell('Objective'), cell('Score'), cell('0.4'), cell('0.7')],
      ...objectives.map(({ objective }) => [cell(label(objective.text)), cell(objective.score), cell(0.4), cell(0.7)]),
    ],
    options: {
      title: SCORES_TITLE,
      colors: [SCORE_BARS, LINE_04, LINE_07],
      seriesType: 'bars',
      series: { 1: { type: 'line', color: LINE_04 }, 2: { type: 'line', color: LINE_07 } },
      vAxis: { viewWindow: { min: 0, max: 1 } },
      legend: { position: 'bottom' },
    },
  };
}

/** The KPIs the readings chart shows: out of range or worked on by a key result, with a bound to measure from. */
export function chartedKpis(signs: readonly VitalSign[]): VitalSign[] {
  return signs
    .filter((sign) => (sign.kpi.flag === 'ALERT' || sign.keyResults.length > 0) && hasBound(sign.kpi))
    .slice(0, MAX_CHARTED_KPIS);
}

interface Series {
  readonly name: string;
  readonly colour: string;
  readonly dashed: boolean;
  readonly at: (day: number) => number | '';
}

function seriesOf(sign: VitalSign, index: number) {
  const { kpi, series: points } = sign;
  const byDay = new Map<number, number | ''>(points.map((point) => [point.day, headroom(point.value, kpi) ?? '']));
  return {
    days: points.map((point) => point.day),
    series: {
      name: kpi.name,
      colour: KPI_COLOURS[index % KPI_COLOURS.length] ?? SCORE_BARS,
      dashed: false,
      at: (day: number) => byDay.get(day) ?? '',
    } satisfies Series,
  };
}

/**
 * One row per day any charted KPI was read, each KPI's reading as its headroom (headroom.ts) and the bound as
 * a flat dashed line at 0; undefined when no KPI qualifies or none has a reading.
 */
export function readingsChart(signs: readonly VitalSign[]): ChartTable | undefined {
  const charted = chartedKpis(signs).map((sign, index) => seriesOf(sign, index));
  const days = [...new Set(charted.flatMap((kpi) => kpi.days))].sort((a, b) => a - b);
  if (days.length === 0) return undefined;
  const bound: Series = { name: BOUND_SERIES, colour: BOUND_LINE, dashed: true, at: () => 0 };
  const series = [...charted.map((kpi) => kpi.series), bound];
  return {
    title: READINGS_TITLE,
    kind: 'LINE',
    cells: [
      [cell('Date'), ...series.map((line) => cell(line.name))],
      ...days.map((day) => [
        cell(fromDayNumber(day), { numberFormat: DAY_FORMAT }),
        ...series.map((line) => cell(line.at(day), { numberFormat: HEADROOM_FORMAT })),
      ]),
    ],
    options: {
      title: READINGS_TITLE,
      colors: series.map((line) => line.colour),
      series: Object.fromEntries(
        series.map((line, index) => [
          index,
          line.dashed ? { color: line.colour, lineDashStyle: [4, 4] } : { color: line.colour },
        ]),
      ),
      vAxis: { title: HEADROOM_AXIS, format: 'percent', ...HEADROOM_AXIS_REACH },
      interpolateNulls: true,
      legend: { position: 'bottom' },
    },
  };
}
