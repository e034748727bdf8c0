// Renders a cell the way getDisplayValues() shows it: by the cell's number format, in the spreadsheet's
// zone. Covers the patterns an add-on writes (percent, grouped, currency, fixed decimals, ISO dates);
// anything fancier (scientific, colours, conditions) falls back to plain digits.
import { isDate } from './realm';
import { fromSerial, toSerial } from './serialDate';
import { wallClock } from './timeZone';
import { scriptText } from './scriptText';
import { DAYS, MONTHS } from './calendarNames';

export const DEFAULT_NUMBER_FORMAT = '0.###############';
export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

/** 'general' reads back as the default pattern, as in Sheets. */
export function normaliseFormat(format: string): string {
  return format.trim().toLowerCase() === 'general' || format === '' ? DEFAULT_NUMBER_FORMAT : format;
}

function withoutLiterals(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

export function isDateFormat(format: string): boolean {
  const bare = withoutLiterals(format);
  return /[ymdhs]/i.test(bare) && !/[0#?]/.test(bare.replace(/s+\.0+/gi, ''));
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

interface NumberPattern {
  prefix: string;
  core: string;
  suffix: string;
}

/** Splits a number pattern into literal prefix, digit placeholders and literal suffix ('$#,##0.00'). */
function splitNumberPattern(section: string): NumberPattern {
  const parts: NumberPattern = { prefix: '', core: '', suffix: '' };
  let state: 'pre' | 'core' | 'post' = 'pre';
  for (let i = 0; i < section.length; i += 1) {
    const ch = section[i] ?? '';
    const next = section[i + 1] ?? '';
    let literal: string;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      literal = section.slice(i + 1, stop);
      i = stop;
    } else if (ch === '\\') {
      literal = next;
      i += 1;
    } else if (ch === '_' || ch === '*') {
      literal = ch === '_' ? ' ' : '';
      i += 1;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const stop = end < 0 ? section.length : end;
      const inner = section.slice(i + 1, stop);
      literal = inner.startsWith('$') ? (inner.slice(1).split('-')[0] ?? '') : '';
      i = stop;
    } else if (
      state !== 'post' &&
      ('0#?'.includes(ch) || ((ch === ',' || ch === '.') && (state === 'core' || /[0#?]/.test(next))))
    ) {
      state = 'core';
      parts.core += ch;
      continue;
    } else {
      literal = ch;
    }
    if (state === 'pre') parts.prefix += literal;
    else {
      state = 'post';
      parts.suffix += literal;
    }
  }
  return parts;
}

export function formatNumber(value: number, pattern: string): string {
  const sections = pattern.split(';');
  const negativeSection = value < 0 ? sections[1] : undefined;
  const section = negativeSection ?? sections[0] ?? DEFAULT_NUMBER_FORMAT;
  const { prefix, core, suffix } = splitNumberPattern(section);
  if (core === '') return prefix + suffix;
  const [intPattern = '', decPattern = ''] = core.split('.');
  const percent = (prefix + suffix).includes('%');
  const maxDecimals = (decPattern.match(/[0#?]/g) ?? []).length;
  const minDecimals = (decPattern.match(/0/g) ?? []).length;
  const minInteger = (intPattern.match(/0/g) ?? []).length;
  // toPrecision(15) drops binary noise (0.1 + 0.2) the way Sheets' 15 significant digits do.
  const magnitude = Number((Math.abs(value) * (percent ? 100 : 1)).toPrecision(15));
  let [intDigits = '0', decDigits = ''] = magnitude.toFixed(Math.min(maxDecimals, 100)).split('.');
  while (decDigits.length > minDecimals && decDigits.endsWith('0')) decDigits = decDigits.slice(0, -1);
  if (intDigits === '0' && minInteger === 0 && decDigits !== '') intDigits = '';
  intDigits = intDigits.padStart(minInteger, '0');
  if (/,[0#?]/.test(intPattern)) intDigits = groupThousands(intDigits);
  const digits = decDigits === '' ? intDigits : `${intDigits}.${decDigits}`;
  const sign = value < 0 && negativeSection === undefined && /[1-9]/.test(digits) ? '-' : '';
  return `${sign}${prefix}${digits}${suffix}`;
}

type DateToken =
  { kind: 'literal'; text: string } | { kind: 'field'; letter: string; length: number } | { kind: 'ampm' };

function tokenizeDate(pattern: string): DateToken[] {
  const tokens: DateToken[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] ?? '';
    const rest = pattern.slice(i);
    if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      const stop = end < 0 ? pattern.length : end;
      tokens.push({ kind: 'literal', text: pattern.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      tokens.push({ kind: 'literal', text: pattern[i + 1] ?? '' });
      i += 2;
    } else if (/^am\/pm/i.test(rest)) {
      tokens.push({ kind: 'ampm' });
      i += 5;
    } else if (/[ymdhs]/i.test(ch)) {
      let length = 1;
      while ((pattern[i + length] ?? '').toLowerCase() === ch.toLowerCase()) length += 1;
      tokens.push({ kind: 'field', letter: ch.toLowerCase(), length });
      i += length;
    } else {
      tokens.push({ kind: 'literal', text: ch });
      i += 1;
    }
  }
  return tokens;
}

/** In Sheets patterns 'm' means minutes right after an hour or right before seconds. */
function isMinutes(tokens: DateToken[], index: number): boolean {
  const fields = (step: number): DateToken | undefined => {
    for (let j = index + step; j >= 0 && j < tokens.length; j += step) {
      const token = tokens[j];
      if (token?.kind === 'field') return token;
    }
    return undefined;
  };
  const before = fields(-1);
  const after = fields(1);
  return (before?.kind === 'field' && before.letter === 'h') || (after?.kind === 'field' && after.letter === 's');
}

export function formatDatePattern(ms: number, pattern: string, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  const tokens = tokenizeDate(pattern);
  const twelveHour = tokens.some((token) => token.kind === 'ampm');
  const pad = (n: number, length: number): string => String(n).padStart(length, '0');
  return tokens
    .map((token, index) => {
      if (token.kind === 'literal') return token.text;
      if (token.kind === 'ampm') return w.hour < 12 ? 'AM' : 'PM';
      const { letter, length } = token;
      switch (letter) {
        case 'y':
          return length <= 2 ? pad(w.year % 100, 2) : String(w.year);
        case 'm':
          if (length <= 2 && isMinutes(tokens, index)) return pad(w.minute, length);
          if (length >= 4) return MONTHS[w.month - 1] ?? '';
          if (length === 3) return (MONTHS[w.month - 1] ?? '').slice(0, 3);
          return pad(w.month, length);
        case 'd':
          if (length >= 4) return DAYS[w.weekday] ?? '';
          if (length === 3) return (DAYS[w.weekday] ?? '').slice(0, 3);
          return pad(w.day, length);
        case 'h': {
          const hour = twelveHour ? ((w.hour + 11) % 12) + 1 : w.hour;
          return pad(hour, Math.min(length, 2));
        }
        default:
          return pad(w.second, Math.min(length, 2));
      }
    })
    .join('');
}

/** The text Sheets shows for a stored value under a format. */
export function displayText(value: unknown, format: string | null, timeZone: string): string {
  const pattern = normaliseFormat(format ?? DEFAULT_NUMBER_FORMAT);
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) {
    const ms = value.getTime();
    if (pattern === DEFAULT_NUMBER_FORMAT) return formatDatePattern(ms, DEFAULT_DATE_FORMAT, timeZone);
    return isDateFormat(pattern)
      ? formatDatePattern(ms, pattern, timeZone)
      : formatNumber(toSerial(ms, timeZone), pattern);
  }
  if (typeof value === 'number') {
    return isDateFormat(pattern)
      ? formatDatePattern(fromSerial(value, timeZone), pattern, timeZone)
      : formatNumber(value, pattern);
  }
  return scriptText(value);
}
