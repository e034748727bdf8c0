import { readDate, readNumber } from './cells';

/**
 * Sheets parses a string a script writes as if it were typed: `7.10` would become the number 7.1 and
 * `=x` a formula. A leading apostrophe makes Sheets store the rest as plain text, so text stays text.
 */
export function asWrittenText(text: string): string {
  const trimmed = text.trim();
  const reinterpreted = /^[=+\-@']/.test(trimmed) || /^(true|false)$/i.test(trimmed) ||
    readNumber(trimmed).kind === 'value' || readDate(trimmed).kind === 'value';
  return reinterpreted ? `'${text}` : text;
}

/** A row as it should be written: strings protected, everything else as it is. */
export function rowAsWritten<T>(row: readonly T[]): T[] {
  return row.map((cell) => (typeof cell === 'string' ? (asWrittenText(cell) as T) : cell));
}
