// The dashboard's two native charts, as tables the tab keeps in its hidden columns and the specs the shell
// hands to EmbeddedChartBuilder: objective scores against the 0.4 and 0.7 lines (Google's grading), and the
// readings over time of the KPIs that need watching — out of range or linked to a key result — with their
// bounds as flat dashed lines in the KPI's colour. The title is the chart's identity: a rebuild finds its own
// charts by it and updates them in place.

import { fromDayNumber } from '../dates';
import { readingSeries } from '../kpi/readingSeries';
import type { Reading } from '../checkIn/log';
import { cell, type DashCell } from './cell';
import type { SteeringObjective } from './steering';
import type { VitalSign } from './vitalSigns';

export const SCORES_TITLE = 'Objective scores';
export const READINGS_TITLE = 'KPI readings';
export const CHART_TITLES = [SCORES_TITLE, READINGS_TITLE] as const;

/** More lines than this make a chart no one can read; the first in vital-signs order are charted. */
export const MAX_CHARTED_KPIS = 6;
export const LABEL_LENGTH = 40;

const SCORE_BARS = '#4285f4';
const LINE_04 = '#ea4335';
const LINE_07 = '#34a853';
const KPI_COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];

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

/** The KPIs the readings chart shows: out of range or worked on by a key result, first in vital-signs order. */
export function chartedKpis(signs: readonly VitalSign[]): VitalSign[] {
  return signs.filter((sign) => sign.kpi.flag === 'ALERT' || sign.keyResults.length > 0).slice(0, MAX_CHARTED_KPIS);
}

interface Series {
  readonly name: string;
  readonly colour: string;
  readonly dashed: boolean;
  readonly at: (day: number) => number | '';
}

function seriesOf(sign: VitalSign, index: number, readings: ReadonlyMap<string, readonly Reading[]>, today: Date) {
  const { kpi } = sign;
  const colour = KPI_COLOURS[index % KPI_COLOURS.length] ?? SCORE_BARS;
  const points = readingSeries({
    readings: readings.get(kpi.id.toLowerCase()) ?? [],
    ...(kpi.current === undefined ? {} : { current: kpi.current }),
    ...(kpi.updated === undefined ? {} : { updated: kpi.updated }),
    today,
  });
  const byDay = new Map(points.map((point) => [point.day, point.value]));
  const bound = (name: string, value: number | undefined): Series[] =>
    value === undefined ? [] : [{ name: `${kpi.name} ${name}`, colour, dashed: true, at: () => value }];
  return {
    days: points.map((point) => point.day),
    series: [
      { name: kpi.name, colour, dashed: false, at: (day: number) => byDay.get(day) ?? '' },
      ...bound('Min', kpi.min),
      ...bound('Max', kpi.max),
    ] satisfies Series[],
  };
}

/** One row per day any charted KPI was read; undefined when no KPI qualifies or none has a reading. */
export function readingsChart(
  signs: readonly VitalSign[],
  readings: ReadonlyMap<string, readonly Reading[]>,
  today: Date,
): ChartTable | undefined {
  const charted = chartedKpis(signs).map((sign, index) => seriesOf(sign, index, readings, today));
  const days = [...new Set(charted.flatMap((kpi) => kpi.days))].sort((a, b) => a - b);
  if (days.length === 0) return undefined;
  const series = charted.flatMap((kpi) => kpi.series);
  return {
    title: READINGS_TITLE,
    kind: 'LINE',
    cells: [
      [cell('Date'), ...series.map((line) => cell(line.name))],
      ...days.map((day) => [
        cell(fromDayNumber(day), { numberFormat: 'yyyy-mm-dd' }),
        ...series.map((line) => cell(line.at(day))),
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
      interpolateNulls: true,
      legend: { position: 'bottom' },
    },
  };
}
