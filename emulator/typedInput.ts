// Sheets parses what a user types, and what a script writes as a string (setValue/setValues/appendRow
// behave as USER_ENTERED): '45%' becomes 0.45 shown as a percent, '$1,200' becomes 1200, '2026-12-31' a
// date, 'TRUE' a boolean, '=…' a formula and a leading apostrophe forces text.
import type { CellValue } from './cells';
import { isDate } from './realm';
import { instantOf } from './timeZone';

export type Entry =
  | { readonly kind: 'clear' }
  | { readonly kind: 'formula'; readonly formula: string }
  | { readonly kind: 'value'; readonly value: CellValue; readonly numberFormat?: string };

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?`;
const PERCENT = new RegExp(String.raw`^([+-]?)(${NUMBER})\s*%$`);
const CURRENCY = new RegExp(String.raw`^([+-]?)\$\s*(${NUMBER})$|^\$\s*-(${NUMBER})$`);
const PLAIN = new RegExp(String.raw`^[+-]?${NUMBER}(?:[eE][+-]?\d+)?$`);

function toNumber(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function validDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function parseDate(text: string, timeZone: string): Entry | null {
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  let fields: number[];
  let format: string;
  if (iso !== null) {
    fields = iso.slice(1).map((part) => Number(part ?? 0));
    format = iso[4] === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
  } else if (us !== null) {
    fields = [Number(us[3]), Number(us[1]), Number(us[2]), 0, 0, 0];
    format = 'm/d/yyyy';
  } else {
    return null;
  }
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = fields;
  if (!validDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  return { kind: 'value', value: new Date(instantOf(timeZone, year, month, day, hour, minute, second)), numberFormat: format };
}

function hasDecimals(text: string): boolean {
  return /\.\d/.test(text);
}

/** Interprets text as if typed into a cell of a spreadsheet in this time zone (en_US locale). */
export function parseTyped(text: string, timeZone: string): Entry {
  if (text === '') return { kind: 'clear' };
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  const trimmed = text.trim();
  if (/^true$/i.test(trimmed)) return { kind: 'value', value: true };
  if (/^false$/i.test(trimmed)) return { kind: 'value', value: false };
  const percent = PERCENT.exec(trimmed);
  if (percent !== null && percent[2] !== '') {
    const magnitude = toNumber(percent[2] ?? '') / 100;
    return {
      kind: 'value',
      value: percent[1] === '-' ? -magnitude : magnitude,
      numberFormat: hasDecimals(percent[2] ?? '') ? '0.00%' : '0%',
    };
  }
  const currency = CURRENCY.exec(trimmed);
  if (currency !== null) {
    const digits = currency[2] ?? currency[3] ?? '';
    if (digits !== '') {
      const negative = currency[1] === '-' || currency[3] !== undefined;
      return {
        kind: 'value',
        value: negative ? -toNumber(digits) : toNumber(digits),
        numberFormat: hasDecimals(digits) ? '$#,##0.00' : '$#,##0',
      };
    }
  }
  if (PLAIN.test(trimmed) && /\d/.test(trimmed)) {
    const value = toNumber(trimmed);
    return trimmed.includes(',')
      ? { kind: 'value', value, numberFormat: hasDecimals(trimmed) ? '#,##0.00' : '#,##0' }
      : { kind: 'value', value };
  }
  return parseDate(trimmed, timeZone) ?? { kind: 'value', value: text };
}

/**
 * What a script's setValue argument stores. Strings are parsed as typed unless the cell is formatted as
 * plain text ('@'); null and undefined clear the cell.
 */
export function scriptEntry(value: unknown, currentFormat: string | null, timeZone: string): Entry {
  if (value === null || value === undefined || value === '') return { kind: 'clear' };
  if (isDate(value)) return { kind: 'value', value: new Date(value.getTime()) };
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'value', value };
  const text = String(value);
  if (currentFormat === '@') return { kind: 'value', value: text };
  return parseTyped(text, timeZone);
}
