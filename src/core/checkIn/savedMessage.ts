// The sentence a saved check-in answers with. It names the item by its text as well as its ID, since an ID
// alone (O1.3) cannot tell a person that the value went where they meant; a long name is shortened so the
// sentence still reads in a 300 px sidebar, the ID keeping it unambiguous.

import { codePoints } from '../quote';
import { valueText } from '../valueText';

/** Characters of an item's name a message quotes before it is cut with `…`. */
export const QUOTED_NAME_LENGTH = 50;

/**
 * The name as one line (runs of spaces, tabs and line breaks read as one space), cut at a word boundary
 * when one is near and ended with `…` when longer than `max` characters. Counts code points, so an emoji
 * or an accented letter is never split in half.
 */
export function shortName(name: string, max: number = QUOTED_NAME_LENGTH): string {
  const oneLine = codePoints(name.replace(/\s+/gu, ' ').trim());
  if (oneLine.length <= max) return oneLine.join('');
  const cut = oneLine.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  // A word boundary in the last fifth keeps the cut readable; further back it would drop too much.
  const kept = space >= Math.floor((max - 1) * 0.8) ? cut.slice(0, space) : cut;
  return `${kept.trimEnd()}…`;
}

/** `Saved "Reduce customer churn" (O1.1): 4.5%.`, saying so when the sheet kept its formula's value. */
export function savedMessage(
  item: { readonly id: string; readonly name: string; readonly unit: string; readonly currentIsFormula: boolean },
  value: number | boolean,
): string {
  const saved = `Saved "${shortName(item.name)}" (${item.id}): ${valueText(value, item.unit)}.`;
  return item.currentIsFormula
    ? `${saved} Logged only: its Current comes from a formula, so the sheet's value was left as it is.`
    : saved;
}
