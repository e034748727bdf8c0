// Clipboard text as Sheets pastes it: tab-separated fields, one row per line, quoted fields kept whole.
import { describe, expect, it } from 'vitest';
import { copiedText, pastedCells } from '../../emulator/playground/pastedText';

describe('clipboard text', () => {
  it('copies a block as tab-separated lines that paste back into the same cells', () => {
    const block = [
      ['KR-1', 'Churn\tnote', '5.5%'],
      ['KR-2', 'Say "hi"\nthere', ''],
    ];
    expect(copiedText(block)).toBe('KR-1\t"Churn\tnote"\t5.5%\nKR-2\t"Say ""hi""\nthere"\t');
    expect(pastedCells(copiedText(block))).toEqual(block);
  });
});

describe('pasted clipboard text', () => {
  it('splits on tabs and line breaks, ignoring the final line break a copy ends with', () => {
    expect(pastedCells('KR-1\t5%\r\nKR-2\t40\r\n')).toEqual([
      ['KR-1', '5%'],
      ['KR-2', '40'],
    ]);
  });

  it('keeps a quoted field whole, with its tab, line break and "" quote', () => {
    expect(pastedCells('"a\tb\nc ""d"""\tx')).toEqual([['a\tb\nc "d"', 'x']]);
  });

  it('pads short rows so the pasted block is a rectangle', () => {
    expect(pastedCells('a\tb\nc')).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });
});
