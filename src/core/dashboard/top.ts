// The top of the dashboard: the quarter, how far into it today is, and how many KPIs and key results stand at
// each status, each count in its status's colour so the mix reads at a glance.

import { GREY, MUTED, STALE_SUFFIX, keyResultStatusColour, kpiStatusColour } from '../colours';
import { dayNumber } from '../dates';
import type { Quarter } from '../quarter';
import type { Kpi } from '../kpi/kpis';
import type { KeyResult } from '../okr/okrs';
import type { ImportedObjective } from '../teams/importedOkrs';
import { cell, type DashCell } from './cell';

export const KPI_STATUSES = ['OK', 'WARN', 'ALERT', 'STALE', 'NO DATA', 'INVALID'] as const;
export const KEY_RESULT_STATUSES = ['DONE', 'ON TRACK', 'AT RISK', 'OFF TRACK', 'NO DATA', 'INVALID'] as const;

/** `day 54 of 92`: today's place in the quarter, counting its first day as day 1. */
export function quarterDay(today: Date, quarter: Quarter): string {
  const days = dayNumber(quarter.end) - dayNumber(quarter.start) + 1;
  return `day ${dayNumber(today) - dayNumber(quarter.start) + 1} of ${days}`;
}

/** A status without its `(stale)` suffix or its `INVALID:` reason, as the counts group it. */
export function baseStatus(status: string): string {
  if (status.startsWith('INVALID')) return 'INVALID';
  return status.endsWith(STALE_SUFFIX) ? status.slice(0, -STALE_SUFFIX.length) : status;
}

function countsOf(statuses: readonly string[], names: readonly string[]): number[] {
  return names.map((name) => statuses.filter((status) => baseStatus(status) === name).length);
}

/** Two rows: the statuses as titles, then their counts, both in the status's colour. */
function countRows(
  title: string,
  names: readonly string[],
  counts: readonly number[],
  colour: (name: string) => string,
) {
  const titles = [
    cell(title, { bold: true }),
    ...names.map((name) => cell(name, { bold: true, background: colour(name) })),
  ];
  const numbers = [cell(''), ...counts.map((count, index) => cell(count, { background: colour(names[index] ?? '') }))];
  return [titles, numbers];
}

/** The KPI counts: one title row and one count row. */
export function kpiCountRows(kpis: readonly Kpi[]): DashCell[][] {
  // A STALE count has no one range flag to colour it by: grey, as silence is never green.
  const colour = (name: string): string => (name === 'STALE' ? GREY : kpiStatusColour(name));
  return countRows(
    'KPIs',
    KPI_STATUSES,
    countsOf(
      kpis.map((kpi) => kpi.status),
      KPI_STATUSES,
    ),
    colour,
  );
}

/**
 * The key result counts by status, this file's and the teams' imported ones alike (the steering lists both); a
 * stale one counts under its status and once more under `stale`.
 */
export function keyResultCountRows(
  keyResults: readonly KeyResult[],
  imported: readonly ImportedObjective[] = [],
): DashCell[][] {
  const statuses = [
    ...keyResults.map((keyResult) => keyResult.status),
    ...imported.flatMap((objective) => objective.keyResults.map((keyResult) => keyResult.status)),
  ];
  const [titles = [], numbers = []] = countRows(
    'Key results',
    KEY_RESULT_STATUSES,
    countsOf(statuses, KEY_RESULT_STATUSES),
    keyResultStatusColour,
  );
  const stale = statuses.filter((status) => status.endsWith(STALE_SUFFIX)).length;
  return [
    [...titles, cell('stale', { bold: true, background: MUTED })],
    [...numbers, cell(stale, { background: MUTED })],
  ];
}
