// How the sidebar shows a value next to its unit: the way a Sheets user typed it (45%, $1,200, 9 days).

import { roundTo } from './round';

// toLocaleString builds a new formatter per call: 1.4 s of a check-in's list at 10,000 items.
const formats: Record<number, Intl.NumberFormat> = {};

/** Beyond this a number is shown with an exponent (`1.2e+306`): grouped digits would run off the sidebar, or overflow to ∞. */
const LARGEST_GROUPED = 1e15;

function grouped(value: number, decimals: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= LARGEST_GROUPED) return value.toPrecision(3).replace(/\.?0+e/, 'e');
  return (formats[decimals] ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals })).format(
    roundTo(value, decimals),
  );
}

/** `45%` for a fraction with unit %, `$1,200` for $, `9 days` otherwise; a checkbox reads Yes/No. */
export function valueText(value: number | boolean | undefined, unit: string): string {
  if (value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  // value * 100 overflows to Infinity near the largest double: the exponent is moved instead.
  if (unit === '%')
    return Math.abs(value) >= LARGEST_GROUPED
      ? `${grouped(value, 2).replace(/e\+?(-?\d+)$/, (_, exponent: string) => `e+${Number(exponent) + 2}`)}%`
      : `${grouped(value * 100, 2)}%`;
  if (unit === '$' || unit === '€' || unit === '£')
    return `${value < 0 ? '-' : ''}${unit}${grouped(Math.abs(value), 2)}`;
  return unit === '' ? grouped(value, 4) : `${grouped(value, 4)} ${unit}`;
}
