/** Sheets refuses a cell of more than 50,000 characters; the apostrophe that marks text is kept within it. */
export const MAX_CELL_TEXT = 50_000 - 1;

/** Text cut to fit a cell, ending in `…` when cut, never splitting a character made of two code units. */
export function shortenedToCell(text: string): string {
  return text.length <= MAX_CELL_TEXT ? text : `${text.slice(0, MAX_CELL_TEXT - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/**
 * Sheets parses a string a script writes as if it were typed, and it recognises far more than the add-on's
 * readers do (`3/4`, `12:30`, `5 Dec`, `1e999`, `(12)`, `=x`, `TRUE`…). Every non-empty string therefore
 * goes behind the leading apostrophe that makes Sheets store the rest as text, exactly as given: the
 * apostrophe is not part of the value, and `'quoted` written as `''quoted` reads back as `'quoted`.
 */
export function asWrittenText(text: string): string {
  return text === '' ? text : `'${shortenedToCell(text)}`;
}

/** A row as it should be written: strings protected, everything else as it is. */
export function rowAsWritten<T>(row: readonly T[]): T[] {
  return row.map((cell) => (typeof cell === 'string' ? (asWrittenText(cell) as T) : cell));
}
