// Which quarter Start new quarter closes. Teams close in the first days of the next quarter, so the
// quarter that has ended and is not closed comes first; the quarter under way is offered only when no
// ended one is open, and then as an early close, so nobody grades day 1 of a quarter by mistake.

import { dayNumber } from '../dates';
import type { Objective } from '../okr/okrs';
import { nextQuarter, parseQuarter, quarterOf, type Quarter } from '../quarter';

export interface QuarterChoiceInput {
  /** The quarters the rows name (see namedQuarters). */
  readonly named: readonly Quarter[];
  /** The latest quarter closed before (the journal's, or the latest archive tab's). */
  readonly lastClosed?: Quarter;
  /** Quarters with an archive tab: closed, whatever the journal says. */
  readonly archived: readonly string[];
  readonly today: Date;
  readonly fiscalStartMonth: number;
}

export type QuarterChoice =
  | { readonly kind: 'ended'; readonly quarter: Quarter }
  /** The quarter under way: closing it now is an early close, on day `day` of `days`. */
  | { readonly kind: 'current'; readonly quarter: Quarter; readonly day: number; readonly days: number }
  /** The quarter under way is closed already and no ended quarter is open: nothing to close. */
  | { readonly kind: 'closed'; readonly quarter: Quarter };

export function hasEnded(quarter: Quarter, today: Date): boolean {
  return dayNumber(quarter.end) < dayNumber(today);
}

export function isClosed(quarter: Quarter, input: Pick<QuarterChoiceInput, 'lastClosed' | 'archived'>): boolean {
  return (
    (input.lastClosed !== undefined && quarter.start <= input.lastClosed.start) ||
    input.archived.includes(quarter.label)
  );
}

export function chooseQuarter(input: QuarterChoiceInput): QuarterChoice {
  const { today, fiscalStartMonth } = input;
  // The quarter after the last close is open even when no row names it (every row blank, or rolled later).
  const candidates = [
    ...input.named,
    ...(input.lastClosed === undefined ? [] : [nextQuarter(input.lastClosed, fiscalStartMonth)]),
  ];
  let ended: Quarter | undefined;
  for (const quarter of candidates) {
    if (!hasEnded(quarter, today) || isClosed(quarter, input)) continue;
    if (ended === undefined || quarter.start > ended.start) ended = quarter;
  }
  if (ended !== undefined) return { kind: 'ended', quarter: ended };
  const current = quarterOf(today, fiscalStartMonth);
  if (isClosed(current, input)) return { kind: 'closed', quarter: current };
  return {
    kind: 'current',
    quarter: current,
    day: dayNumber(today) - dayNumber(current.start) + 1,
    days: dayNumber(current.end) - dayNumber(current.start) + 1,
  };
}

/**
 * The quarters the key results belong to (KeyResult.quarter: a blank Quarter goes by the Due typed in its row,
 * so a key result due on 31 December was worked on in that quarter, whatever today is).
 */
export function namedQuarters(objectives: readonly Objective[], fiscalStartMonth: number): Quarter[] {
  const named = new Map<string, Quarter>();
  for (const keyResult of objectives.flatMap((objective) => objective.keyResults)) {
    const reading = parseQuarter(keyResult.quarter, fiscalStartMonth);
    if (reading.kind === 'value') named.set(reading.value.label, reading.value);
  }
  return [...named.values()];
}

/** The latest of the journal's quarter and the quarters archive tabs are named after. */
export function latestClosed(
  journalQuarter: string | undefined,
  archived: readonly string[],
  fiscalStartMonth: number,
): Quarter | undefined {
  let latest: Quarter | undefined;
  for (const label of [...(journalQuarter === undefined ? [] : [journalQuarter]), ...archived]) {
    const reading = parseQuarter(label, fiscalStartMonth);
    if (reading.kind === 'value' && (latest === undefined || reading.value.start > latest.start))
      latest = reading.value;
  }
  return latest;
}

/** Quarters whose archive tab (`OKRs 2026-Q4`) exists, read from the tabs' names. */
export function archivedQuarters(
  sheetNames: readonly string[],
  okrTabName: string,
  fiscalStartMonth: number,
): string[] {
  const prefix = `${okrTabName} `;
  return sheetNames.flatMap((name) => {
    if (!name.startsWith(prefix)) return [];
    const reading = parseQuarter(name.slice(prefix.length), fiscalStartMonth);
    return reading.kind === 'value' && `${prefix}${reading.value.label}` === name ? [reading.value.label] : [];
  });
}
