// Sheets and HyperFormula spell a few things differently in formula text. Sheets takes TRUE and FALSE as
// values; HyperFormula only as functions (a bare FALSE is an unknown name to it). Sheets reads an
// open-ended range (B2:B) to the tab's last row; HyperFormula cannot parse one, so it gets the last row
// written out. The text is translated on the way in and back when the engine rewrites a formula.

/** Applies `change` to the parts of a formula outside string literals ("…") and quoted tab names ('…'). */
function outsideQuotes(formula: string, change: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, index) => (index % 2 === 1 ? part : change(part)))
    .join('');
}

export function toEngineFormula(formula: string): string {
  return outsideQuotes(formula, (code) => code.replace(/\b(TRUE|FALSE)\b(?!\s*[(!])/gi, '$1()'));
}

export function fromEngineFormula(formula: string): string {
  return outsideQuotes(formula, (code) => code.replace(/\b(TRUE|FALSE)\(\)/gi, '$1'));
}

/** The last row of a tab a formula names (null: the formula's own tab); undefined for a tab that does not exist. */
export type LastRowOf = (tab: string | null) => number | undefined;

// An optional tab ('Check-ins'! or Leads!), a start cell (B2, $B$2) and an end column with no row (B, $B).
const OPEN_RANGE = /((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})(?![\w$.(!:])/g;
const CLOSED_RANGE =
  /((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})(\d+)(?![\w$.(!:])/g;

function tabOf(prefix: string | undefined): string | null {
  if (prefix === undefined) return null;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Applies `change` outside string literals only (quoted tab names stay with their range). */
function outsideStrings(formula: string, change: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) => (index % 2 === 1 ? part : change(part)))
    .join('');
}

export function hasOpenRange(formula: string): boolean {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .some((part, index) => index % 2 === 0 && new RegExp(OPEN_RANGE.source).test(part));
}

/** B2:B → B2:B1000 on a 1000-row tab; a range on a tab that does not exist is left as written. */
export function closeOpenRanges(formula: string, lastRowOf: LastRowOf): string {
  return outsideStrings(formula, (code) =>
    code.replace(OPEN_RANGE, (whole, prefix: string | undefined, start: string, endColumn: string) => {
      const last = lastRowOf(tabOf(prefix));
      return last === undefined ? whole : `${prefix ?? ''}${start}:${endColumn}${last}`;
    }),
  );
}

/** The inverse, for a formula that was written open-ended: a range ending on its tab's last row opens again. */
export function reopenRanges(formula: string, lastRowOf: LastRowOf): string {
  return outsideStrings(formula, (code) =>
    code.replace(CLOSED_RANGE, (whole, prefix: string | undefined, start: string, endColumn: string, row: string) =>
      lastRowOf(tabOf(prefix)) === Number(row) ? `${prefix ?? ''}${start}:${endColumn}` : whole,
    ),
  );
}
