// A script may pass any value where Apps Script's types say string: the service turns it into text as
// JavaScript's String() does, so `setNote(5)` stores "5" and a Date its long date text. Named once here so
// each call site says it is that conversion, on a value whose type is honestly unknown.

/** A script's argument as the text a service stores. */
export function scriptText(value: unknown): string {
  return String(value);
}
