import { describe, it, expect } from 'vitest';
import { parseNumberText } from '../../src/core/numberText';

// The text-level rules; cells.test.ts covers the same through readNumber with its messages.
describe('parseNumberText', () => {
  it.each<[string, number | undefined]>([
    ['1,200', 1200], // comma then exactly three digits: thousands
    ['1,20', 1.2], // two digits: decimal comma
    ['1,2000', 1.2], // four digits: decimal comma
    ['0,500', 0.5], // a zero lead group is never thousands
    ['1.200', 1.2], // one dot group reads as a decimal point
    ['1.200.300', 1200300],
    ['1.200,5', 1200.5],
    ['1 200', 1200],
    ['12 00', undefined], // spaces must group by three
    ['1,200,00', undefined],
    ['(5', undefined],
    ['5)', undefined],
    ['', undefined],
  ])('%j → %s', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });
});
