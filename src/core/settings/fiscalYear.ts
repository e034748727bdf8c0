// The Settings panel's fiscal year: what it shows and what saving replies, plain JSON across
// google.script.run. The panel gets today's quarter for every possible start month up front, so choosing a
// month shows where today falls before anything is saved.

import * as z from 'zod/mini';
import { quarterOf } from '../quarter';
import { MONTH_NAMES } from '../monthNames';

export const fiscalYearPayloadSchema = z.object({
  startMonth: z.number().check(z.int(), z.gte(1), z.lte(12)),
});

export type FiscalYearPayload = z.infer<typeof fiscalYearPayloadSchema>;

export interface FiscalYearView {
  /** 1 (January) to 12. */
  readonly startMonth: number;
  /** The quarter today is in with each start month, January's first: `2026-Q4`. */
  readonly todayQuarters: readonly string[];
}

export type FiscalYearReply =
  | { readonly ok: true; readonly message: string; readonly view: FiscalYearView }
  | { readonly ok: false; readonly message: string; readonly view: FiscalYearView };

export function fiscalYearView(today: Date, startMonth: number): FiscalYearView {
  return {
    startMonth,
    todayQuarters: MONTH_NAMES.map((_, index) => quarterOf(today, index + 1).label),
  };
}

/** The toast and the panel's line after saving: the same words the settings prompt used to give. */
export function savedMessage(view: FiscalYearView): string {
  return (
    `Fiscal year starts in ${MONTH_NAMES[view.startMonth - 1]}: ` +
    `today is in ${view.todayQuarters[view.startMonth - 1]}.`
  );
}

/** What was sent instead of a month, quoted as the person (or a stale page) gave it. */
function givenText(payload: unknown): string {
  const isObject = typeof payload === 'object' && payload !== null;
  const given: unknown = isObject ? Reflect.get(payload, 'startMonth') : payload;
  if (typeof given === 'string') return given;
  // Only JSON crosses google.script.run, so anything else is a missing field.
  return given === undefined ? 'nothing' : JSON.stringify(given);
}

export function refusedMessage(payload: unknown, currentMonth: number): string {
  return (
    `"${givenText(payload)}" is not a month number from 1 to 12. ` +
    `The fiscal year still starts in ${MONTH_NAMES[currentMonth - 1]}.`
  );
}
