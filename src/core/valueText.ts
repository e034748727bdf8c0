// How the sidebar shows a value next to its unit: the way a Sheets user typed it (45%, $1,200, 9 days).

import { roundTo } from './round';

// toLocaleString builds a new formatter per call: 1.4 s of a check-in's list at 10,000 items.
const formats: Record<number, Intl.NumberFormat> = {};

function grouped(value: number, decimals: number): string {
  return (formats[decimals] ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals })).format(roundTo(value, decimals));
}

/** `45%` for a fraction with unit %, `$1,200` for $, `9 days` otherwise; a checkbox reads Yes/No. */
export function valueText(value: number | boolean | undefined, unit: string): string {
  if (value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (unit === '%') return `${grouped(value * 100, 2)}%`;
  if (unit === '$' || unit === '€' || unit === '£') return `${value < 0 ? '-' : ''}${unit}${grouped(Math.abs(value), 2)}`;
  return unit === '' ? grouped(value, 4) : `${grouped(value, 4)} ${unit}`;
}
