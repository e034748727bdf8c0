import { describe, expect, it } from 'vitest';
import { asWrittenText, MAX_CELL_TEXT, rowAsWritten, shortenedToCell } from '../../src/core/writtenText';

describe('asWrittenText: every non-empty string goes behind the apostrophe that makes Sheets keep it as text', () => {
  it.each([
    ['7.10', "'7.10"], // a KR ID under objective 7: the number 7.1 would collide with ID 7.1
    ['45%', "'45%"],
    ['3/4/2026', "'3/4/2026"],
    ['12:30', "'12:30"],
    ['5 Dec', "'5 Dec"],
    ['1e999', "'1e999"],
    ['=SUM(A1:A3)', "'=SUM(A1:A3)"],
    ["'quoted", "''quoted"], // Sheets drops only the first apostrophe
    ['O1.2', "'O1.2"],
    ['ON TRACK', "'ON TRACK"],
    ['  padded\tand\nsplit  ', "'  padded\tand\nsplit  "],
  ])('%j → %j', (text, written) => {
    expect(asWrittenText(text)).toBe(written);
  });

  it('leaves the empty string alone: it clears the cell', () => {
    expect(asWrittenText('')).toBe('');
  });

  it('protects only the strings of a row', () => {
    const day = new Date('2026-12-31T00:00:00Z');
    expect(rowAsWritten(['7.1', 0.5, day, true, 'AT RISK', ''])).toEqual(["'7.1", 0.5, day, true, "'AT RISK", '']);
  });
});

describe('shortenedToCell: nothing the add-on writes is over the 50,000 characters a cell holds', () => {
  it('keeps text that fits, with room for the apostrophe', () => {
    const fits = 'x'.repeat(MAX_CELL_TEXT);
    expect(shortenedToCell(fits)).toBe(fits);
    expect(asWrittenText(fits)).toHaveLength(50_000);
  });

  it('cuts longer text to fit, ending in …', () => {
    const written = asWrittenText(`INVALID: Target: "${'9'.repeat(60_000)}" is not a number`);
    expect(written).toHaveLength(50_000);
    expect(written.startsWith('\'INVALID: Target: "999')).toBe(true);
    expect(written.endsWith('9…')).toBe(true);
  });

  it('never cuts a character in two', () => {
    for (const text of ['😀'.repeat(30_000), `x${'😀'.repeat(30_000)}`]) {
      // two code units each, cut at either parity
      const cut = shortenedToCell(text);
      expect(cut.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
      expect(cut.endsWith('😀…')).toBe(true);
    }
  });
});
