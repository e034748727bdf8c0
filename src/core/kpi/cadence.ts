// How often a KPI is read. A reading older than one and a half cadences is stale: late enough to be
// a missed review, with slack for a reading taken a few days late.

import { readText, type Cell, type CellReading } from '../cells';
import { quote } from '../quote';
import { daysBetween } from '../dates';

export const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;

export type Cadence = (typeof CADENCES)[number];

export const DEFAULT_CADENCE: Cadence = 'monthly';

export const CADENCE_DAYS: Readonly<Record<Cadence, number>> = {
  daily: 1,
  weekly: 7,
  monthly: 30,
  quarterly: 91,
  yearly: 365,
};

// A Map, not an object, so `constructor` or `toString` typed in a cell is never found.
const WORDS: ReadonlyMap<string, Cadence> = new Map([
  ['daily', 'daily'],
  ['day', 'daily'],
  ['weekly', 'weekly'],
  ['week', 'weekly'],
  ['monthly', 'monthly'],
  ['month', 'monthly'],
  ['quarterly', 'quarterly'],
  ['quarter', 'quarterly'],
  ['yearly', 'yearly'],
  ['year', 'yearly'],
  ['annually', 'yearly'],
  ['annual', 'yearly'],
]);

/** `week`, `Monthly`, `every month`… → the cadence; blank → monthly. */
export function readCadence(cell: Cell): CellReading<Cadence> {
  const text = readText(cell);
  if (text === '') return { kind: 'blank' };
  const word = text.toLowerCase().replace(/^(?:every|each|once a|once per|per)\s+/, '');
  const cadence = WORDS.get(word);
  return cadence
    ? { kind: 'value', value: cadence }
    : { kind: 'invalid', why: `${quote(text)} is not daily, weekly, monthly, quarterly or yearly` };
}

export function isReadingStale(updated: Date, cadence: Cadence, today: Date): boolean {
  return daysBetween(updated, today) > 1.5 * CADENCE_DAYS[cadence];
}
