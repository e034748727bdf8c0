import { describe, it, expect } from 'vitest';
import { duplicateIds, idAllocator, idMemoryOf, idMemoryProperties } from '../../src/core/workbook/ids';

describe('idAllocator', () => {
  it.each<[string, string[], string, string[]]>([
    ['an empty table starts at 1', [], 'K', ['K1', 'K2', 'K3']],
    ['continues after the highest, not the first gap', ['K1', 'K3', 'K2'], 'K', ['K4', 'K5']],
    ['matches the prefix in any case, keeping the prefix as asked', ['k7'], 'K', ['K8']],
    ['reads leading zeros as the number', ['K007'], 'K', ['K8']],
    ['ignores IDs with other shapes', ['K1a', 'XK9', 'K 4', 'K-5', 'MRR', ''], 'K', ['K1']],
    ['a KR prefix: O1.<m>', ['O1', 'O1.1', 'O1.4', 'O2.9'], 'O1.', ['O1.5', 'O1.6']],
    ['the dot in a prefix is literal', ['O1x7', 'O11'], 'O1.', ['O1.1']],
    ['O<n> ignores KR IDs', ['O1.1', 'O3.2'], 'O', ['O1']],
    ['O1. does not match O1.1.1', ['O1.1.1'], 'O1.', ['O1.1']],
  ])('%s', (_, taken, prefix, expected) => {
    const next = idAllocator(taken);
    expect(expected.map(() => next(prefix))).toEqual(expected);
  });

  it('keeps a separate counter per prefix, case-insensitively', () => {
    const next = idAllocator(['O2', 'O2.3', 'K4']);
    expect([next('O'), next('O2.'), next('o'), next('K'), next('O3.'), next('o2.')]).toEqual([
      'O3',
      'O2.4',
      'o4',
      'K5',
      'O3.1',
      'o2.5',
    ]);
  });

  it('reads the taken IDs once, from any iterable', () => {
    const next = idAllocator(new Set(['K2']));
    expect(next('K')).toBe('K3');
  });
});

describe('duplicateIds', () => {
  it('marks each later repeat of an ID (any case) with the first row as a 1-based sheet row', () => {
    const duplicates = duplicateIds([
      { row: 1, id: 'K1' },
      { row: 2, id: 'K2' },
      { row: 3, id: 'k1' },
      { row: 5, id: 'K1' },
      { row: 6, id: 'K2' },
    ]);
    expect([...duplicates]).toEqual([
      [3, 'duplicate ID k1 (also on row 2)'],
      [5, 'duplicate ID K1 (also on row 2)'],
      [6, 'duplicate ID K2 (also on row 3)'],
    ]);
  });

  it('ignores blank IDs and unique ones', () => {
    expect(
      duplicateIds([
        { row: 1, id: '' },
        { row: 2, id: '' },
        { row: 3, id: 'O1' },
        { row: 4, id: 'O1.1' },
      ]).size,
    ).toBe(0);
  });
});

describe('the memory of used IDs in document properties', () => {
  it('reads back exactly what was kept, in chunks a property can hold, even for thousands of objectives', () => {
    const ids = ['K60', ...Array.from({ length: 12_500 }, (_, n) => `O${String(n + 1)}.4`), 'O12500'];
    const properties = idMemoryProperties(ids);
    expect(Object.keys(properties).length).toBeGreaterThan(1);
    for (const value of Object.values(properties)) expect(value.length).toBeLessThanOrEqual(3_000);
    expect(idMemoryOf(properties)).toEqual(ids);
  });

  it("past the room properties have, keeps the KPI and objective prefixes (a gone objective's key results cannot return)", () => {
    const ids = ['K60', 'O200000', ...Array.from({ length: 30_000 }, (_, n) => `O${String(n + 1)}.4`)];
    expect(idMemoryOf(idMemoryProperties(ids))).toEqual(['K60', 'O200000']);
  });

  it('an empty memory is a memory (nothing used yet); no property is none yet', () => {
    expect(idMemoryOf(idMemoryProperties([]))).toEqual([]);
    expect(idMemoryOf({})).toBeUndefined();
  });
});
