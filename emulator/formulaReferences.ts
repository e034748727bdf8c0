// Rewriting the row numbers of A1 references inside formula text, as Sheets does when rows are inserted,
// deleted, moved or sorted. Text inside string literals and function names such as LOG10( are left alone.

export interface CellReference {
  /** The tab named before '!', unquoted; null for a reference to the formula's own tab. */
  readonly sheetName: string | null;
  readonly row: number;
  /** `$5`: a copy or a sort does not shift it; an inserted or deleted row still does. */
  readonly rowAbsolute: boolean;
  /** The far corner of a range such as B2:M2 (null for one cell; Infinity for an open-ended B2:B). */
  readonly lastRow: number | null;
  readonly lastRowAbsolute: boolean;
}

/** A reference's new rows, or null when the rows it named are gone (Sheets writes #REF!). */
export type RowRewrite = (reference: CellReference) => { row: number; lastRow: number | null } | null;

// A cell (B2) or a range (B2:M9, or open-ended to the tab's last row: B2:B), with an optional tab.
const REFERENCE =
  /((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3})(\$?)(\d+)(?::(\$?[A-Za-z]{1,3})(\$?)(\d+)?)?/g;

function unquote(prefix: string | undefined): string | null {
  if (prefix === undefined) return null;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function rewriteOutsideStrings(text: string, rewrite: RowRewrite): string {
  return text.replace(
    REFERENCE,
    (
      match: string,
      prefix: string | undefined,
      column: string,
      dollar: string,
      row: string,
      lastColumn: string | undefined,
      lastDollar: string | undefined,
      lastRow: string | undefined,
      offset: number,
    ) => {
      const before = text[offset - 1] ?? '';
      const after = text[offset + match.length] ?? '';
      // Part of a longer name, or a function call such as LOG10(: not a reference.
      if (/[\w.$]/.test(before) || /[\w(!]/.test(after)) return match;
      const result = rewrite({
        sheetName: unquote(prefix),
        row: Number(row),
        rowAbsolute: dollar === '$',
        lastRow: lastColumn === undefined ? null : lastRow === undefined ? Infinity : Number(lastRow),
        lastRowAbsolute: lastDollar === '$',
      });
      if (result === null) return '#REF!';
      const start = `${prefix ?? ''}${column}${dollar}${result.row}`;
      if (lastColumn === undefined) return start;
      // An open-ended range stays open: it still reaches the tab's last row wherever its rows went.
      if (lastRow === undefined) return `${start}:${lastColumn}`;
      return `${start}:${lastColumn}${lastDollar ?? ''}${result.lastRow ?? lastRow}`;
    },
  );
}

/** Rewrites every reference in `formula` that `rewrite` changes; string literals are kept as typed. */
export function rewriteRowReferences(formula: string, rewrite: RowRewrite): string {
  // Split on string literals ("" inside one is an escaped quote): odd pieces are strings.
  const pieces = formula.split(/("(?:[^"]|"")*")/);
  return pieces.map((piece, i) => (i % 2 === 1 ? piece : rewriteOutsideStrings(piece, rewrite))).join('');
}

/** Where each row of a tab goes: its new number, or null when it was deleted. */
export type RowMap = (row: number) => number | null;

/**
 * A structural change (insert, delete, move): every reference to the changed tab follows its rows, `$` or
 * not. A range keeps the rows of it that survive; one whose rows are all gone becomes #REF!. `map` must keep
 * the order of rows outside `window` (the rows deleted or moved), so a long range costs only its ends and
 * the window's rows, not one look-up per row.
 */
export function followRows(
  pointsAtTab: (sheetName: string | null) => boolean,
  map: RowMap,
  window: readonly [number, number] | null = null,
): RowRewrite {
  return (reference) => {
    if (!pointsAtTab(reference.sheetName)) return { row: reference.row, lastRow: reference.lastRow };
    if (reference.lastRow === null) {
      const row = map(reference.row);
      return row === null ? null : { row, lastRow: null };
    }
    const [from, to] = [Math.min(reference.row, reference.lastRow), Math.max(reference.row, reference.lastRow)];
    const candidates = [from, to];
    if (window !== null) {
      const [low, high] = [Math.max(from, window[0] - 1), Math.min(to, window[1] + 1)];
      for (let row = low; row <= high; row += 1) candidates.push(row);
    }
    const kept = candidates.map(map).filter((row): row is number => row !== null);
    // An open-ended range whose named rows are all gone still needs a first row: with none, it is #REF!.
    if (kept.length === 0 || Math.min(...kept) === Infinity) return null;
    return { row: Math.min(...kept), lastRow: Math.max(...kept) };
  };
}

/** A cell copied or sorted `delta` rows down: its relative rows shift with it, `$` rows stay. */
export function shiftRelativeRows(delta: number): RowRewrite {
  return (reference) => {
    const row = reference.rowAbsolute ? reference.row : reference.row + delta;
    const lastRow =
      reference.lastRow === null || reference.lastRowAbsolute ? reference.lastRow : reference.lastRow + delta;
    return row < 1 || (lastRow !== null && lastRow < 1) ? null : { row, lastRow };
  };
}
