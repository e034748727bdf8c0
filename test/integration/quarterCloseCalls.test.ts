// Closing a quarter costs the same number of service calls for 10 key results as for 400 (none met, no
// formula to write around): every block goes in one call.
import { describe, expect, it } from 'vitest';
import { generatedWorkbook } from '../fixtures/generated';
import { open } from './harness';

function closeCalls(keyResults: number): number {
  const { OKRs, KPIs } = generatedWorkbook(keyResults);
  const { addon, workbook } = open({ KPIs: KPIs!, OKRs: { values: OKRs!.values } });
  addon.counter.reset();
  expect(addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] })).toMatchObject({ ok: true });
  expect(workbook.read('KPI History').values()).toHaveLength(keyResults + 1);
  return addon.counter.total;
}

describe('quarter close call counts', () => {
  it('are the same for 10 and 400 key results', () => {
    expect(closeCalls(400)).toBe(closeCalls(10));
  });
});
