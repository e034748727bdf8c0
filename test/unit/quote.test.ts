import { describe, it, expect } from 'vitest';
import { QUOTE_LENGTH, quote } from '../../src/core/quote';
import { readNumber } from '../../src/core/cells';

describe('quote', () => {
  it.each<[string, string]>([
    ['abc', '"abc"'],
    ['\u200b', '"[zero-width space]"'],
    ['5\u200b0', '"5[zero-width space]0"'],
    ['\u200e\u200f', '"[left-to-right mark][right-to-left mark]"'],
    ['\u202eabc', '"[right-to-left override]abc"'],
    ['1\u00a0000', '"1[no-break space]000"'],
    ['\ufeff12', '"[byte order mark]12"'],
    ['a\tb\nc\r', '"a[tab]b[line break]c[carriage return]"'],
    ['bell\u0007', '"bell[U+0007]"'],
    ['\u0085', '"[U+0085]"'],
    ['👩\u200d💻', '"👩\u200d💻"'], // a joiner inside an emoji is what the person sees
    ['é', '"é"'],
  ])('%j → %s', (text, expected) => {
    expect(quote(text)).toBe(expected);
  });

  it(`keeps the first ${QUOTE_LENGTH} characters and ends a longer text in …`, () => {
    expect(quote('x'.repeat(QUOTE_LENGTH))).toBe(`"${'x'.repeat(QUOTE_LENGTH)}"`);
    expect(quote('x'.repeat(50_000))).toBe(`"${'x'.repeat(QUOTE_LENGTH)}…"`);
  });

  it('never splits a character outside the Basic Multilingual Plane', () => {
    expect(quote('😀'.repeat(QUOTE_LENGTH + 5))).toBe(`"${'😀'.repeat(QUOTE_LENGTH)}…"`);
  });

  it('keeps a quote of invisible characters short', () => {
    expect(quote('\u200b'.repeat(50_000)).length).toBeLessThan(1000);
  });

  it('is how cell readers quote a bad value', () => {
    expect(readNumber('12\u200b3')).toEqual({ kind: 'invalid', why: '"12[zero-width space]3" is not a number' });
    const long = readNumber('n'.repeat(50_000));
    expect(long.kind === 'invalid' && long.why).toBe(`"${'n'.repeat(QUOTE_LENGTH)}…" is not a number`);
  });
});
