// The KPI confirms: the practice's loop is "the KPI flags, the OKR acts, the KPI confirms". At a close, every
// key result linked to a KPI is judged by what that KPI did over the quarter, from its reading at the
// quarter's start to its reading now, against the range it had when the close began (a met key result may
// tighten that range at this very close; the verdict is about the quarter, not about the new bar).

import type { LogEntry } from '../checkIn/log';
import { readingText } from '../kpi/readingText';
import type { Kpi, KpiLookup } from '../kpi/kpis';
import type { KeyResult, Objective } from '../okr/okrs';
import type { Quarter } from '../quarter';
import { atLeast, atMost, nearlyEqual } from '../round';
import type { BoundMove } from './kpiBounds';

export const VERDICTS = [
  'back in range',
  'moved the right way',
  'no change',
  'moved the wrong way',
  "no reading at the quarter's start",
  'no reading at the close',
  'moved, with no range or target to judge it by',
] as const;

export type Verdict = (typeof VERDICTS)[number];

export interface KpiConfirm {
  readonly keyResultId: string;
  readonly kpiId: string;
  readonly kpi: string;
  /** The KPI's Unit, to show its readings as the sheet does (4.3%, not 0.043). */
  readonly unit: string;
  readonly verdict: Verdict;
  readonly from?: number;
  readonly to?: number;
  /** Met (1.0) while its KPI did not move: the seeds' "OKR without a KPI to confirm it". */
  readonly unconfirmed: boolean;
}

export interface ConfirmInput {
  readonly objectives: readonly Objective[];
  readonly kpis: KpiLookup;
  /** KPI History rows: each close's snapshot of every KPI. */
  readonly snapshots: readonly LogEntry[];
  /** The Check-ins log rows read (KPI check-ins among them). */
  readonly checkIns: readonly LogEntry[];
  /** The quarter being closed. */
  readonly quarter: Quarter;
  /** The close's day, local midnight: KPI History rows from that day on are this close's own. */
  readonly closeDay: Date;
  /** Bounds this close moves (or moved, on a re-run): undone to judge against the quarter's range. */
  readonly boundMoves: readonly BoundMove[];
}

interface Range {
  readonly min?: number;
  readonly max?: number;
}

const DAY_MS = 86_400_000;

/**
 * How far back the close reads KPI History: two quarters, so the last close's snapshot is found even when
 * this close comes a quarter late, while what it reads still follows the number of KPIs, not the years kept.
 */
export const CLOSE_HISTORY_DAYS = 184;

/**
 * The KPI's reading at the quarter's start: its first reading dated inside the quarter (the last close's
 * KPI History row, which that close wrote in the quarter's first days, a reading the team keeps there, or a
 * check-in), else the newest KPI History row before the quarter (the last close, made before it began). Not
 * the newest row before this close: where KPI History keeps monthly readings, that is December's, and the
 * verdict would be about the quarter's last weeks.
 */
export function startReading(id: string, input: ConfirmInput): number | undefined {
  const after = input.quarter.start.getTime();
  const before = input.quarter.end.getTime() + DAY_MS;
  let first: LogEntry | undefined;
  let earlier: LogEntry | undefined;
  const consider = (entry: LogEntry, snapshot: boolean): void => {
    if (entry.id !== id || entry.value === undefined) return;
    // KPI History rows from the close's day on are this close's own snapshot, not a reading of the quarter.
    if (snapshot && entry.at >= input.closeDay) return;
    const at = entry.at.getTime();
    if (at >= after && at < before) {
      if (first === undefined || entry.at < first.at) first = entry;
    } else if (snapshot && at < after && (earlier === undefined || entry.at >= earlier.at)) {
      earlier = entry;
    }
  };
  for (const entry of input.snapshots) consider(entry, true);
  for (const entry of input.checkIns) consider(entry, false);
  return (first ?? earlier)?.value;
}

/** The KPI's range before this close moved any bound of it. */
export function rangeBeforeClose(kpi: Kpi, moves: readonly BoundMove[]): Range {
  let { min, max } = kpi;
  for (const move of moves) {
    if (move.kpiId.toLowerCase() !== kpi.id.toLowerCase()) continue;
    const from = move.from ?? undefined;
    if (move.bound === 'min' && min !== undefined && nearlyEqual(min, move.to)) min = from;
    if (move.bound === 'max' && max !== undefined && nearlyEqual(max, move.to)) max = from;
  }
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/** How far outside its range a value is; 0 inside (a value on a bound is inside). */
function gap(value: number, range: Range): number {
  if (range.min !== undefined && !atLeast(value, range.min)) return range.min - value;
  if (range.max !== undefined && !atMost(value, range.max)) return value - range.max;
  return 0;
}

/** How far inside a value is from the nearer bound; Infinity when the range has no bound. */
function room(value: number, range: Range): number {
  return Math.min(
    range.min === undefined ? Infinity : value - range.min,
    range.max === undefined ? Infinity : range.max - value,
  );
}

/**
 * What the KPI did from `from` to `to`. Out of range, the right way is toward the range. In range both
 * times, it is the way the key result set out to move it (Start → Target); a key result with no direction
 * falls back to moving away from the nearer bound.
 */
export function verdictOf(from: number, to: number, typed: Range, direction: number): Verdict {
  if (nearlyEqual(from, to)) return 'no change';
  // Min above Max (the KPI is INVALID) holds no reading: every move would be "out of range" both times.
  const range = typed.min !== undefined && typed.max !== undefined && !atMost(typed.min, typed.max) ? {} : typed;
  const before = gap(from, range);
  const after = gap(to, range);
  if (before > 0 && after === 0) return 'back in range';
  if (before > 0 || after > 0) return after < before ? 'moved the right way' : 'moved the wrong way';
  if (direction !== 0) return Math.sign(to - from) === direction ? 'moved the right way' : 'moved the wrong way';
  const roomBefore = room(from, range);
  const roomAfter = room(to, range);
  if (roomBefore === Infinity && roomAfter === Infinity) return 'moved, with no range or target to judge it by';
  return roomAfter > roomBefore ? 'moved the right way' : 'moved the wrong way';
}

function directionOf(keyResult: KeyResult): number {
  const { start, target } = keyResult;
  return start === undefined || target === undefined ? 0 : Math.sign(target - start);
}

/** One verdict per key result of the closed quarter linked to a known KPI, in sheet order. */
export function kpiConfirms(input: ConfirmInput): KpiConfirm[] {
  return input.objectives
    .flatMap((objective) => objective.keyResults)
    .flatMap((keyResult): KpiConfirm[] => {
      const kpi = keyResult.kpi === '' ? undefined : input.kpis.get(keyResult.kpi.toLowerCase());
      if (kpi === undefined) return [];
      const from = startReading(kpi.id.toLowerCase(), input);
      const to = kpi.current;
      const verdict: Verdict =
        from === undefined
          ? "no reading at the quarter's start"
          : to === undefined
            ? 'no reading at the close'
            : verdictOf(from, to, rangeBeforeClose(kpi, input.boundMoves), directionOf(keyResult));
      return [
        {
          keyResultId: keyResult.id,
          kpiId: kpi.id,
          kpi: kpi.name,
          unit: kpi.unit,
          verdict,
          ...(from === undefined ? {} : { from }),
          ...(to === undefined ? {} : { to }),
          unconfirmed: keyResult.score === 1 && verdict === 'no change',
        },
      ];
    });
}

/** `O1.1 → K2 Customer churn rate: back in range (4.3% → 2.8%)`. */
export function confirmText(confirm: KpiConfirm): string {
  const readings =
    confirm.from === undefined && confirm.to === undefined
      ? ''
      : ` (${confirm.from === undefined ? '?' : readingText(confirm.from, confirm.unit)} → ${confirm.to === undefined ? '?' : readingText(confirm.to, confirm.unit)})`;
  const note = confirm.unconfirmed ? ': met, but an OKR without a KPI to confirm it' : '';
  return `${confirm.keyResultId} → ${confirm.kpiId} ${confirm.kpi}: ${confirm.verdict}${readings}${note}`;
}

/** The Quarter log cell: every verdict, or that nothing was linked. */
export function confirmsCell(confirms: readonly KpiConfirm[]): string {
  return confirms.length === 0 ? 'no key result linked to a KPI' : confirms.map(confirmText).join('; ');
}
