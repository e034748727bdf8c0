// People type numbers with their locale's separators, currency signs and percent. This turns such text
// into a number only when the reading is unambiguous; anything doubtful is left undefined so the caller
// can report it rather than guess.

const CURRENCY = '[$€£¥]';
const SHAPE = new RegExp(
  `^([+-])?\\s*(${CURRENCY})?\\s*([+-])?\\s*(\\d[\\d.,\\s]*?|\\.\\d+)((?:e[+-]?\\d+)?)\\s*(${CURRENCY})?$`,
  'i',
);

const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
// Grouping needs a non-zero lead group, so `0,500` stays a decimal comma.
const SPACE_GROUPED = /^[1-9]\d{0,2}(?:\s\d{3})+(?:[.,]\d+)?$/;
const COMMA_GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
const DOT_GROUPED_WITH_DECIMAL = /^[1-9]\d{0,2}(?:\.\d{3})+,\d+$/;
// `1.200` alone reads as 1.2 (dot decimal); only two or more dot groups prove dot grouping.
const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3}){2,}$/;
const DECIMAL_COMMA = /^\d+,\d+$/;

/** The digits part as a plain JS numeric string, or undefined when its separators are ambiguous. */
function canonicalDigits(digits: string): string | undefined {
  if (PLAIN.test(digits)) return digits;
  if (SPACE_GROUPED.test(digits)) return digits.replace(/\s/g, '').replace(',', '.');
  if (COMMA_GROUPED.test(digits)) return digits.replace(/,/g, '');
  if (DOT_GROUPED_WITH_DECIMAL.test(digits) || DOT_GROUPED.test(digits)) {
    return digits.replace(/\./g, '').replace(',', '.');
  }
  if (DECIMAL_COMMA.test(digits)) return digits.replace(',', '.');
  return undefined;
}

/** The number a person meant by `text`, or undefined when it is not a number or is ambiguous. */
export function parseNumberText(text: string): number | undefined {
  let rest = text.trim().replace(/\u2212/g, '-');
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(rest);
  if (parenthesised) {
    negative = true;
    rest = (parenthesised[1] ?? '').trim();
  }
  const percent = rest.endsWith('%');
  if (percent) rest = rest.slice(0, -1).trim();

  const shape = SHAPE.exec(rest);
  if (!shape) return undefined;
  const [, signBefore, currencyBefore, signAfter, digits = '', exponent = '', currencyAfter] = shape;
  if (signBefore && signAfter) return undefined;
  if (currencyBefore && currencyAfter) return undefined;
  if (percent && (currencyBefore || currencyAfter)) return undefined;
  const sign = signBefore ?? signAfter;
  if (parenthesised && sign) return undefined;

  const canonical = canonicalDigits(digits.trim());
  if (canonical === undefined) return undefined;
  if (exponent && canonical !== digits.trim()) return undefined;

  // Shifting the exponent in text keeps `33.3%` exactly 0.333 instead of 0.33299999999999996.
  const magnitude = percent
    ? exponent
      ? Number(canonical + exponent) / 100
      : Number(`${canonical}e-2`)
    : Number(canonical + exponent);
  if (!Number.isFinite(magnitude)) return undefined;
  const value = negative || sign === '-' ? -magnitude : magnitude;
  return value === 0 ? 0 : value;
}
