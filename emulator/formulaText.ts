// Sheets and HyperFormula spell a few things differently in formula text. Sheets takes TRUE and FALSE as
// values; HyperFormula only as functions (a bare FALSE is an unknown name to it), so the text is
// translated on the way in and back when the engine rewrites a formula (a row inserted above it).

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
