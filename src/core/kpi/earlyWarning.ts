// Early warning: a KPI still inside its range but heading for a bound fast enough to cross it before its
// next reading is due. The range flag sees where a KPI is; this sees where it is going, so the owner hears
// of the breach a reading before it happens rather than a reading after.
//
// The rule (docs/decisions.md, "KPI thresholds and early warning"):
// - Points: the KPI's readings the job has read (KPI History, KPI check-ins) and its Current at Updated, one
//   per calendar day, up to Current's day (readingSeries.ts). The last TREND_POINTS.
// - At least MIN_POINTS points, spanning at least one day.
// - A least-squares line through them, x in days, so irregular gaps weigh as the time they cover.
// - The trend must stand out of the noise: over the points' span the line moves more than the points
//   scatter around it (residual standard deviation). A zigzag around a level never warns.
// - The line, carried from the newest point to the next reading's due day (newest day + one cadence), ends
//   past the bound it heads for. The day it crosses that bound is the "by about" day of the reason.

import { CADENCE_DAYS, type Cadence } from './cadence';
import { dayNumber, fromDayNumber } from '../dates';
import { shortMonthName } from '../monthNames';
import { readingSeries, type KpiReading, type SeriesInput, type SeriesPoint } from './readingSeries';
import type { HeaderMatch, KpiColumn } from '../workbook/headers';
import type { EditedRange } from '../workbook/editedRows';

/** One reading of a KPI, at a script-local time. */
export type TrendReading = KpiReading;

export interface TrendInput extends SeriesInput {
  readonly min?: number;
  readonly max?: number;
  readonly cadence: Cadence;
}

export interface EarlyWarning {
  readonly bound: 'Min' | 'Max';
  /** The day the trend line crosses the bound: after the newest reading, at most one cadence after it. */
  readonly by: Date;
  /**
   * "heading below Min by about 14 Dec"; when that day has passed by the job's day (the newest reading is
   * some days old), "likely below Min since about 14 Dec": a past day after "heading … by" reads as a slip.
   */
  readonly reason: string;
}

/** Six readings: six weeks of a weekly KPI. Enough that one odd reading does not steer the line, few enough
 * that the line follows a change of direction within a quarter. */
export const TREND_POINTS = 6;
export const MIN_POINTS = 3;

/** `14 Dec`, with the year when it is not today's year (`3 Jan 2027`). */
export function shortDay(date: Date, today: Date): string {
  const day = `${date.getDate()} ${shortMonthName(date.getMonth() + 1)}`;
  return date.getFullYear() === today.getFullYear() ? day : `${day} ${date.getFullYear()}`;
}

/** The last TREND_POINTS points of the KPI's series (see readingSeries). */
export function trendPoints(input: TrendInput): SeriesPoint[] {
  return readingSeries(input).slice(-TREND_POINTS);
}

interface Line {
  readonly slope: number;
  readonly at: (day: number) => number;
  /** Residual standard deviation around the line. */
  readonly scatter: number;
}

/** The least-squares line through the points; undefined when they span no time. */
export function leastSquares(points: readonly SeriesPoint[]): Line | undefined {
  const n = points.length;
  const meanDay = points.reduce((sum, p) => sum + p.day, 0) / n;
  const meanValue = points.reduce((sum, p) => sum + p.value, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const { day, value } of points) {
    covariance += (day - meanDay) * (value - meanValue);
    variance += (day - meanDay) ** 2;
  }
  if (variance === 0) return undefined;
  const slope = covariance / variance;
  const at = (day: number): number => meanValue + slope * (day - meanDay);
  const squares = points.reduce((sum, p) => sum + (p.value - at(p.day)) ** 2, 0);
  // n − 2 degrees of freedom: two are spent on the line; with three points one is left.
  return { slope, at, scatter: Math.sqrt(squares / Math.max(1, n - 2)) };
}

/** The early warning of a KPI inside its range, or undefined when its readings do not head out of it soon. */
export function earlyWarning(input: TrendInput): EarlyWarning | undefined {
  const points = trendPoints(input);
  if (points.length < MIN_POINTS) return undefined;
  const line = leastSquares(points);
  const first = points[0];
  const newest = points[points.length - 1];
  if (line === undefined || first === undefined || newest === undefined || line.slope === 0) return undefined;
  if (Math.abs(line.slope) * (newest.day - first.day) <= line.scatter) return undefined;
  const bound = line.slope < 0 ? input.min : input.max;
  if (bound === undefined) return undefined;
  const due = newest.day + CADENCE_DAYS[input.cadence];
  const crosses = line.slope < 0 ? line.at(due) < bound : line.at(due) > bound;
  if (!crosses) return undefined;
  // Where the line already sits past the bound at the newest reading (which is inside it), the crossing is
  // taken as the next day: the reading has not crossed yet, the trend says it is about to.
  const crossing = Math.min(
    due,
    Math.max(newest.day + 1, Math.ceil(newest.day + (bound - line.at(newest.day)) / line.slope)),
  );
  const by = fromDayNumber(crossing);
  const name = line.slope < 0 ? 'Min' : 'Max';
  const side = line.slope < 0 ? 'below' : 'above';
  const when = shortDay(by, input.today);
  return {
    bound: name,
    by,
    reason:
      crossing < dayNumber(input.today)
        ? `likely ${side} ${name} since about ${when}`
        : `heading ${side} ${name} by about ${when}`,
  };
}

/** The columns a KPI's trend depends on: its reading, the reading's day, its bounds and its cadence. */
export const TREND_COLUMNS: readonly KpiColumn[] = ['current', 'updated', 'min', 'max', 'cadence'];

/**
 * Whether an edit of KPI rows leaves their early warning as the last Refresh found it. An edit reads no log,
 * so it cannot redraw the trend: an edit of the name, owner, unit, Type or a watch line keeps the warning the
 * Status cell's note remembers; an edit of the reading, its day, a bound or the cadence drops it until the
 * next Refresh or check-in list redraws it from the readings.
 */
export function editKeepsEarlyWarning(header: HeaderMatch<KpiColumn>, edited: EditedRange): boolean {
  const first = edited.column - 1;
  const last = first + edited.columns;
  return TREND_COLUMNS.every((key) => {
    const column = header.columns[key];
    return column === undefined || column < first || column >= last;
  });
}
