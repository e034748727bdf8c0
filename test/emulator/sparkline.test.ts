// SPARKLINE as the playground draws it: the formula read as Sheets reads it, the documented options, and the
// shapes a person sees in the cell.
import { describe, expect, it } from 'vitest';
import {
  BOX,
  DEFAULT_OPTIONS,
  parseSparkline,
  sparklineOptions,
  sparklinePoints,
  sparklineShapes,
  type SparklineShape,
} from '../../emulator/playground/sparkline';

const rects = (shapes: SparklineShape[]) => shapes.filter((shape) => shape.kind === 'rect');

describe('reading a SPARKLINE formula', () => {
  it('takes a data range and an inline options array, as the help page samples write them', () => {
    expect(parseSparkline('=SPARKLINE(A2:E2,{"charttype","bar";"max",40})')).toEqual({
      data: { kind: 'range', a1: 'A2:E2' },
      options: {
        kind: 'array',
        rows: [
          ['charttype', 'bar'],
          ['max', 40],
        ],
      },
    });
    expect(parseSparkline("=sparkline('Check-ins'!B2:B9, A4:B5)")).toEqual({
      data: { kind: 'range', a1: "'Check-ins'!B2:B9" },
      options: { kind: 'range', a1: 'A4:B5' },
    });
  });

  it('reads array data and the comma-locale column separator', () => {
    expect(parseSparkline('=SPARKLINE({1,2,3})')?.data).toEqual({ kind: 'array', rows: [[1, 2, 3]] });
    expect(parseSparkline('=SPARKLINE({1\\-2}, {"charttype"\\"winloss"})')?.options).toEqual({
      kind: 'array',
      rows: [['charttype', 'winloss']],
    });
  });

  it('leaves any other formula undrawn', () => {
    expect(parseSparkline('=SUM(A1:A3)')).toBeNull();
    expect(parseSparkline('=IF(A1,SPARKLINE(B1:B3),"")')).toBeNull();
  });
});

describe('options', () => {
  it('reads names case-insensitively, ignores unknown ones, and keeps defaults for the rest', () => {
    const options = sparklineOptions([
      ['ChartType', 'column'],
      ['negcolor', 'red'],
      ['linewidth', 3],
      ['axis', true],
      ['wobble', 5],
    ]);
    expect(options).toEqual({ ...DEFAULT_OPTIONS, charttype: 'column', negcolor: 'red', linewidth: 3, axis: true });
  });

  it('treats blanks and text by "empty" and "nan": ignored by default, zero when asked', () => {
    expect(sparklinePoints([1, '', 'n/a', 4], DEFAULT_OPTIONS)).toEqual([1, null, null, 4]);
    expect(sparklinePoints([1, '', 'n/a'], { ...DEFAULT_OPTIONS, empty: 'zero', nan: 'convert' })).toEqual([1, 0, 0]);
  });
});

describe('shapes', () => {
  it('a line runs from the first point to the last, the highest at the top, in the line colour and width', () => {
    const [shape] = sparklineShapes([1, 3, 2], { ...DEFAULT_OPTIONS, color: 'green', linewidth: 2 });
    expect(shape).toEqual({
      kind: 'polyline',
      points: [
        [BOX.pad, BOX.height - BOX.pad],
        [BOX.width / 2, BOX.pad],
        [BOX.width - BOX.pad, BOX.height / 2],
      ],
      color: 'green',
      width: 2,
    });
  });

  it('ymin and ymax fix the line scale; rtl draws it right to left', () => {
    const [shape] = sparklineShapes([0, 5], { ...DEFAULT_OPTIONS, ymin: 0, ymax: 10, rtl: true });
    expect(shape?.kind === 'polyline' && shape.points).toEqual([
      [BOX.width - BOX.pad, BOX.height - BOX.pad],
      [BOX.pad, BOX.height / 2],
    ]);
  });

  it('columns grow from zero: negatives downwards in negcolor, the highest in highcolor', () => {
    const shapes = sparklineShapes([2, -1, 4], {
      ...DEFAULT_OPTIONS,
      charttype: 'column',
      negcolor: 'red',
      highcolor: 'gold',
      axis: true,
    });
    expect(rects(shapes).map((shape) => shape.color)).toEqual([DEFAULT_OPTIONS.color, 'red', 'gold']);
    const zero = shapes.find((shape) => shape.kind === 'axis');
    const [positive, negative] = rects(shapes);
    expect(zero?.y).toBeCloseTo((positive?.y ?? 0) + (positive?.height ?? 0));
    expect(negative?.y).toBeCloseTo(zero?.y ?? -1);
  });

  it('winloss draws one same-sized block up for a win, down for a loss, nothing for zero', () => {
    const shapes = rects(sparklineShapes([5, -2, 0, 1], { ...DEFAULT_OPTIONS, charttype: 'winloss' }));
    expect(shapes).toHaveLength(3);
    const [win, loss, secondWin] = shapes;
    expect(win?.height).toBeCloseTo(loss?.height ?? 0);
    expect(win?.y).toBeLessThan(loss?.y ?? 0);
    expect(secondWin?.y).toBeCloseTo(win?.y ?? -1);
  });

  it('a bar stacks the values across the cell in alternating colours, the whole width standing for max', () => {
    const shapes = rects(sparklineShapes([10, 10], { ...DEFAULT_OPTIONS, charttype: 'bar', max: 40 }));
    const inner = BOX.width - 2 * BOX.pad;
    expect(shapes.map((shape) => [shape.width, shape.color])).toEqual([
      [inner / 4, DEFAULT_OPTIONS.color1],
      [inner / 4, DEFAULT_OPTIONS.color2],
    ]);
  });
});
