// Sheets parses what a user types, and what a script writes as a string (setValue/setValues/appendRow
// behave as USER_ENTERED): '45%' becomes 0.45 shown as a percent, '$1,200' becomes 1200, '2026-12-31' a
// date, 'TRUE' a boolean, '=…' a formula and a leading apostrophe forces text.
import type { CellValue } from './cells';
import { isDate } from './realm';
import { parseTypedDate } from './typedDate';
import { scriptText } from './scriptText';

export type Entry =
  | { readonly kind: 'clear' }
  | { readonly kind: 'formula'; readonly formula: string }
  | { readonly kind: 'value'; readonly value: CellValue; readonly numberFormat?: string };

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?`;
const PERCENT = new RegExp(String.raw`^([+-]?)(${NUMBER})\s*%$`);
const CURRENCY = new RegExp(String.raw`^([+-]?)\$\s*(${NUMBER})$|^\$\s*-(${NUMBER})$`);
const PLAIN = new RegExp(String.raw`^[+-]?${NUMBER}(?:[eE][+-]?\d+)?$`);
/** Accounting style: `(12)`, `($1,200.50)` are negative. */
const ACCOUNTING = new RegExp(String.raw`^\((\$?)\s*(${NUMBER})\)$`);
/** Digits in groups split by single spaces read as one number: `22 34` is 2234. */
const SPACED_DIGITS = /^\d+(?: \d+)+$/;

/** What Sheets shows for a typed number beyond the double range (`1e999`); see docs/emulator.md. */
export const OVERFLOW_ERROR = '#NUM!';

function toNumber(text: string): number {
  return Number(text.replace(/[, ]/g, ''));
}

function hasDecimals(text: string): boolean {
  return /\.\d/.test(text);
}

function numberEntry(value: number, numberFormat?: string): Entry {
  if (!Number.isFinite(value)) return { kind: 'value', value: OVERFLOW_ERROR };
  return numberFormat === undefined ? { kind: 'value', value } : { kind: 'value', value, numberFormat };
}

/** Numbers in every typed form (plain, grouped, exponent, percent, currency, accounting), or null. */
function parseNumber(trimmed: string): Entry | null {
  const percent = PERCENT.exec(trimmed);
  if (percent !== null && /\d/.test(percent[2] ?? '')) {
    const magnitude = toNumber(percent[2] ?? '') / 100;
    return numberEntry(percent[1] === '-' ? -magnitude : magnitude, hasDecimals(percent[2] ?? '') ? '0.00%' : '0%');
  }
  const currency = CURRENCY.exec(trimmed);
  const currencyDigits = currency === null ? '' : (currency[2] ?? currency[3] ?? '');
  if (currency !== null && /\d/.test(currencyDigits)) {
    const negative = currency[1] === '-' || currency[3] !== undefined;
    const magnitude = toNumber(currencyDigits);
    return numberEntry(negative ? -magnitude : magnitude, hasDecimals(currencyDigits) ? '$#,##0.00' : '$#,##0');
  }
  const accounting = ACCOUNTING.exec(trimmed);
  if (accounting !== null && /\d/.test(accounting[2] ?? '')) {
    const digits = accounting[2] ?? '';
    const format = accounting[1] === '$' ? (hasDecimals(digits) ? '$#,##0.00' : '$#,##0') : undefined;
    return numberEntry(-toNumber(digits), format);
  }
  // The mantissa needs a digit: `e5` and `.e5` are words, not numbers.
  if (PLAIN.test(trimmed) && /^[+-]?\.?\d/.test(trimmed)) {
    const value = toNumber(trimmed);
    return trimmed.includes(',') ? numberEntry(value, hasDecimals(trimmed) ? '#,##0.00' : '#,##0') : numberEntry(value);
  }
  if (SPACED_DIGITS.test(trimmed)) return numberEntry(toNumber(trimmed));
  return null;
}

/**
 * Interprets text as if typed into a cell of a spreadsheet in this time zone (en_US locale). `now` gives
 * the year of a date typed without one.
 */
export function parseTyped(text: string, timeZone: string, now: number = Date.now()): Entry {
  if (text === '') return { kind: 'clear' };
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  const trimmed = text.trim();
  if (/^true$/i.test(trimmed)) return { kind: 'value', value: true };
  if (/^false$/i.test(trimmed)) return { kind: 'value', value: false };
  const number = parseNumber(trimmed);
  if (number !== null) return number;
  const date = parseTypedDate(trimmed, timeZone, now);
  return date === null ? { kind: 'value', value: text } : { kind: 'value', ...date };
}

/**
 * What a script's setValue argument stores. Strings are parsed as typed unless the cell is formatted as
 * plain text ('@'); null and undefined clear the cell.
 */
export function scriptEntry(
  value: unknown,
  currentFormat: string | null,
  timeZone: string,
  now: number = Date.now(),
): Entry {
  if (value === null || value === undefined || value === '') return { kind: 'clear' };
  if (isDate(value)) return { kind: 'value', value: new Date(value.getTime()) };
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'value', value };
  const text = scriptText(value);
  if (currentFormat === '@') return { kind: 'value', value: text };
  return parseTyped(text, timeZone, now);
}
