// What a user types as a check-in's new value, read the way the sheet reads a typed cell.

import { readCheckbox, readNumber } from '../cells';
import { quote } from '../quote';

type ValueReading = { ok: true; value: number | boolean } | { ok: false; message: string };

/**
 * A yes/no key result takes a checkbox; anything else a number as Sheets accepts it (`45%`, `$1,200`).
 * With unit % a bare number means percent, as typing 45 into a percent-formatted cell gives 45%.
 */
export function readCheckInValue(input: string | boolean, item: { unit: string; checkbox: boolean }): ValueReading {
  if (item.checkbox) {
    const reading = readCheckbox(input);
    return reading.kind === 'value'
      ? { ok: true, value: reading.value }
      : { ok: false, message: 'Tick the box for yes or leave it empty for no.' };
  }
  if (typeof input === 'boolean') return { ok: false, message: 'This item takes a number, not yes/no.' };
  const text = input.trim();
  const reading = readNumber(text);
  if (reading.kind === 'blank') return { ok: false, message: 'Type the new value, like 45%, $1,200 or 12.5.' };
  if (reading.kind === 'invalid')
    return { ok: false, message: `${quote(text)} is not a number: type it as in the sheet, like 45%, $1,200 or 12.5.` };
  const percentTyped = text.includes('%');
  return { ok: true, value: item.unit === '%' && !percentTyped ? reading.value / 100 : reading.value };
}
