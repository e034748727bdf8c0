import { describe, expect, it } from 'vitest';
import { generatedWorkbook } from '../fixtures/generated';
import { open } from './harness';

// A 5,000-row workbook takes seconds on a loaded 2-core machine; the default 5 s made the suite flaky.
const LARGE_WORKBOOK_MS = 30_000;

function refreshCalls(keyResults: number): Record<string, number> {
  const { addon } = open(generatedWorkbook(keyResults));
  addon.run('refreshScores');
  return Object.fromEntries(addon.counter.calls as Map<string, number>);
}

describe('Refresh cost', () => {
  it('makes exactly the same service calls for 10 key results as for 5,000', () => {
    const small = refreshCalls(10);
    const large = refreshCalls(5000);
    expect(large).toEqual(small);
    // One read of values and one of formulas per tab; the writes are one call per run of cells.
    expect(small['Range.getValues']).toBe(2);
    expect(small['Range.getFormulas']).toBe(2);
  }, LARGE_WORKBOOK_MS);
});

function editCalls(keyResults: number): Record<string, number> {
  const { addon } = open(generatedWorkbook(keyResults));
  // Current of the second key result of an objective: that row and its objective row are rewritten.
  addon.edit('OKRs', 'H4', '7');
  return Object.fromEntries(addon.counter.calls as Map<string, number>);
}

describe('onEdit cost', () => {
  it('makes exactly the same service calls for 10 key results as for 5,000', () => {
    expect(editCalls(5000)).toEqual(editCalls(10));
  }, LARGE_WORKBOOK_MS);
});
