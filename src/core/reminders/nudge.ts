// The toast a person sees when they open the spreadsheet: how many of their items are due, at most once a
// day per person per document. Only the counting and the rule live here; who the person is and where the
// day is remembered are the shell's business.

import { isoDate } from '../dates';
import type { DueItem } from './due';

/** The day as the nudge remembers it: the spreadsheet's calendar day. */
export function nudgeDay(today: Date): string {
  return isoDate(today);
}

/** Once a day: not again on a day already remembered. */
export function nudgedToday(remembered: string | null, today: Date): boolean {
  return remembered === nudgeDay(today);
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `2 key results and 1 KPI are due for a check-in: Extensions → KPI & OKR → Check in…`; null when none. */
export function nudgeMessage(items: readonly DueItem[]): string | null {
  const keyResults = items.filter((item) => item.kind === 'keyResult').length;
  const kpis = items.length - keyResults;
  if (items.length === 0) return null;
  const parts = [
    ...(keyResults > 0 ? [count(keyResults, 'key result', 'key results')] : []),
    ...(kpis > 0 ? [count(kpis, 'KPI', 'KPIs')] : []),
  ];
  const verb = items.length === 1 ? 'is' : 'are';
  return `${parts.join(' and ')} of yours ${verb} due for a check-in: Extensions → KPI & OKR → Check in…`;
}
