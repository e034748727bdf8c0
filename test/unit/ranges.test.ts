import { describe, it, expect } from 'vitest';
import type { Cell } from '../../src/core/cells';
import { mapCells } from '../../src/core/ranges';

const join = (...cells: Cell[]): Cell => cells.map(String).join('|');

describe('mapCells', () => {
  it('calls once for all scalars and returns a scalar', () => {
    expect(mapCells([1, 'a', true], join)).toBe('1|a|true');
  });

  it('maps a range cell by cell', () => {
    expect(
      mapCells(
        [
          [
            [1, 2],
            [3, 4],
          ],
        ],
        (cell) => Number(cell) * 10,
      ),
    ).toEqual([
      [10, 20],
      [30, 40],
    ]);
  });

  it('broadcasts scalars over ranges', () => {
    expect(mapCells([[[1], [2], [3]], 'x'], join)).toEqual([['1|x'], ['2|x'], ['3|x']]);
    expect(mapCells(['x', [[1, 2]]], join)).toEqual([['x|1', 'x|2']]);
  });

  it('walks ranges of one shape in step', () => {
    expect(
      mapCells(
        [
          [[1], [2]],
          [['a'], ['b']],
        ],
        join,
      ),
    ).toEqual([['1|a'], ['2|b']]);
  });

  it('passes omitted arguments as blank', () => {
    expect(mapCells([5, undefined as unknown as Cell], join)).toBe('5|');
    expect(mapCells([[[5], [6]], undefined as unknown as Cell], join)).toEqual([['5|'], ['6|']]);
  });

  it('fills ragged rows with blanks', () => {
    expect(mapCells([[[1, 2], [3]]], (cell) => (cell === '' ? 'blank' : cell))).toEqual([
      [1, 2],
      [3, 'blank'],
    ]);
  });

  it.each<[Cell[][], Cell[][], string]>([
    [[[1], [2], [3]], [[1], [2], [3], [4]], 'ranges must be the same size: 3×1 and 4×1'],
    [[[1, 2]], [[1], [2]], 'ranges must be the same size: 1×2 and 2×1'],
  ])('refuses ranges of different sizes', (a, b, message) => {
    expect(() => mapCells([a, b], join)).toThrow(message);
  });

  it('maps an empty range to an empty range', () => {
    expect(mapCells([[]], join)).toEqual([]);
  });
});
