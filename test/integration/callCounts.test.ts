import { describe, expect, it } from 'vitest';
import { generatedWorkbook } from '../fixtures/generated';
import { open } from './harness';

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
  });
});
