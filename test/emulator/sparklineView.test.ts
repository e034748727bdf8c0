// A SPARKLINE cell's drawing data read from the workbook: data from any tab, options from a two-wide range.
import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../emulator/index';
import { DEFAULT_OPTIONS } from '../../emulator/playground/sparkline';
import { sparklineView } from '../../emulator/playground/sparklineView';
import { modelOf } from '../../emulator/workbook';

describe('a SPARKLINE cell read from the workbook', () => {
  const workbook = createWorkbook({
    sheets: {
      Dashboard: {
        values: [
          ['charttype', 'column'],
          ['negcolor', '#ff0000'],
          ['', ''],
        ],
      },
      'Check-ins': {
        values: [
          ['Week', 'Value'],
          ['W1', 4],
          ['W2', ''],
          ['W3', -2],
        ],
      },
    },
  });
  const model = modelOf(workbook);

  it('takes its points from a range on another tab and its options from a two-wide range', () => {
    expect(sparklineView("=SPARKLINE('Check-ins'!B2:B4, A1:B2)", model, 'Dashboard')).toEqual({
      points: [4, null, -2],
      options: { ...DEFAULT_OPTIONS, charttype: 'column', negcolor: '#ff0000' },
    });
  });

  it('reads an open-ended range to the last row with data, and array data as written', () => {
    expect(sparklineView("=SPARKLINE('Check-ins'!B2:B)", model, 'Dashboard')?.points).toEqual([4, null, -2]);
    expect(sparklineView('=SPARKLINE({1,2;3,4})', model, 'Dashboard')?.points).toEqual([1, 2, 3, 4]);
  });

  it('draws a line in the cell’s font colour unless its options name a colour', () => {
    const line = (formula: string) => sparklineView(formula, model, 'Dashboard', '#0b8043')?.options.color;
    expect(line("=SPARKLINE('Check-ins'!B2:B4)")).toBe('#0b8043');
    expect(line('=SPARKLINE(\'Check-ins\'!B2:B4,{"color","red"})')).toBe('red');
    expect(line('=SPARKLINE(\'Check-ins\'!B2:B4,{"charttype","column"})')).toBe(DEFAULT_OPTIONS.color);
  });

  it('draws nothing for a tab that does not exist or a formula that is not one SPARKLINE call', () => {
    expect(sparklineView('=SPARKLINE(Nowhere!A1:A3)', model, 'Dashboard')).toBeNull();
    expect(sparklineView('=SUM(A1:A3)', model, 'Dashboard')).toBeNull();
  });
});
