// Who is due for a check-in, from the workbook model alone: a key result of this quarter, not yet at 1.0 and
// not rolled up, with no check-in for 7 days, and a KPI whose reading is as old as its cadence (or missing). The nudge and
// the weekly digest both ask this, so a person hears the same thing from both.

import { CADENCE_DAYS, DEFAULT_CADENCE } from '../kpi/cadence';
import type { Kpi } from '../kpi/kpis';
import { daysBetween, isoDate } from '../dates';
import type { KeyResult } from '../okr/okrs';
import { parseQuarter } from '../quarter';
import { nameKey } from '../workbook/owners';
import type { Workbook } from '../workbook/workbook';
import { valueText } from '../valueText';

/** A key result is due once a week: the practice's weekly check-in. */
export const KEY_RESULT_DAYS = 7;

export interface DueItem {
  readonly kind: 'keyResult' | 'kpi';
  readonly id: string;
  readonly name: string;
  /** The Owner cell as typed (a key result without one takes its objective's). */
  readonly owner: string;
  readonly status: string;
  /** Score with two decimals for a key result; the reading with its unit for a KPI; '' when none. */
  readonly score: string;
  /** Why it is due, in a few words: `last check-in 9 days ago`, `never checked in`, `weekly reading due`. */
  readonly why: string;
}

function inQuarter(workbook: Workbook, keyResult: KeyResult): boolean {
  const quarter = parseQuarter(keyResult.quarter, workbook.fiscalStartMonth);
  return quarter.kind !== 'value' || quarter.value.label === workbook.quarter.label;
}

function keyResultDue(workbook: Workbook, keyResult: KeyResult): DueItem | undefined {
  if (keyResult.score === 1 || keyResult.status.startsWith('INVALID') || !inQuarter(workbook, keyResult)) return;
  // A rolled-up key result has nothing to check in: it moves with the objectives aligned to it, whose own key
  // results are due in their turn.
  if (keyResult.rolledUpFrom !== undefined) return;
  // Nobody can be late in the quarter's first week for a check-in they could not have made.
  if (daysBetween(workbook.quarter.start, workbook.today) < KEY_RESULT_DAYS) return;
  const last = keyResult.lastCheckIn === '' ? undefined : keyResult.lastCheckIn;
  const age = last === undefined ? undefined : daysBetween(last, workbook.today);
  if (age !== undefined && age < KEY_RESULT_DAYS) return;
  return {
    kind: 'keyResult',
    id: keyResult.id,
    name: keyResult.text,
    owner: keyResult.ownerOrObjective,
    status: keyResult.status,
    score: keyResult.score === '' ? '' : keyResult.score.toFixed(2),
    why: age === undefined ? 'never checked in' : `last check-in ${age} days ago`,
  };
}

function kpiDue(workbook: Workbook, kpi: Kpi): DueItem | undefined {
  if (kpi.status.startsWith('INVALID')) return;
  const cadence = kpi.cadence ?? DEFAULT_CADENCE;
  const age = kpi.updated === undefined ? undefined : daysBetween(kpi.updated, workbook.today);
  if (age !== undefined && age < CADENCE_DAYS[cadence]) return;
  return {
    kind: 'kpi',
    id: kpi.id,
    name: kpi.name,
    owner: kpi.owner,
    status: kpi.status,
    score: kpi.current === undefined ? '' : valueText(kpi.current, kpi.unit),
    why:
      kpi.updated === undefined
        ? `${cadence} reading due, none yet`
        : `${cadence} reading due, last on ${isoDate(kpi.updated)}`,
  };
}

/** Every key result and KPI due for a check-in today, key results first, in sheet order. */
export function dueItems(workbook: Workbook): DueItem[] {
  return [
    ...workbook.keyResults.flatMap((keyResult) => keyResultDue(workbook, keyResult) ?? []),
    ...workbook.kpis.flatMap((kpi) => kpiDue(workbook, kpi) ?? []),
  ];
}

/** Due items grouped by Owner cell (compared ignoring case and spaces), in the order owners first appear. */
export function dueByOwner(items: readonly DueItem[]): Map<string, DueItem[]> {
  const groups = new Map<string, DueItem[]>();
  const names = new Map<string, string>();
  for (const item of items) {
    const owner = item.owner.replace(/\s+/g, ' ').trim();
    if (owner === '') continue;
    const key = nameKey(owner);
    const name = names.get(key) ?? owner;
    names.set(key, name);
    const group = groups.get(name) ?? [];
    group.push(item);
    groups.set(name, group);
  }
  return groups;
}

/** Items with no owner: nobody can be reminded of them (the digest's log says so). */
export function unowned(items: readonly DueItem[]): DueItem[] {
  return items.filter((item) => item.owner.trim() === '');
}
