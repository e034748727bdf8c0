// A long text in the playground runs on over the empty cells to its right, as Sheets draws it, so a status
// line or an objective beside blank cells reads whole; it stops at the first cell that shows something.
import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../emulator/playground/protocol';
import { spillEnd, spillWidth } from '../../emulator/playground/page/spill';
import { DEFAULT_OPTIONS } from '../../emulator/playground/sparkline';

const text = (t: string): GridCell => ({ t });
const widths = [100, 80, 60, 40];

describe('spillWidth', () => {
  it('runs a text over every empty cell to its right', () => {
    expect(spillWidth([text('Not connected: select cell A3'), text(''), text('')], 0, widths)).toBe(280);
  });

  it('stops at the first cell that shows something', () => {
    expect(spillWidth([text('Retain customers'), text(''), text('Head of CS'), text('')], 0, widths)).toBe(180);
  });

  it('keeps a number, a centred checkbox, a drawing and an empty cell to their own column', () => {
    const right: GridCell = { t: '0.58', align: 'right' };
    const centred: GridCell = { t: 'TRUE', align: 'center' };
    const drawn: GridCell = { t: '', spark: { points: [1, 2], options: DEFAULT_OPTIONS } };
    for (const cell of [right, centred, drawn, text('')]) expect(spillWidth([cell, text('')], 0, widths)).toBe(100);
  });
});

describe('spillEnd', () => {
  it('names the last empty column a text covers, so no grid line is drawn through it', () => {
    expect(spillEnd([text('Retain customers'), text(''), text(''), text('CEO')], 0, 4)).toBe(2);
    expect(spillEnd([text('Retain customers'), text('')], 0, 4)).toBe(3);
    expect(spillEnd([{ t: '0.58', align: 'right' }, text('')], 0, 4)).toBe(0);
  });
});
