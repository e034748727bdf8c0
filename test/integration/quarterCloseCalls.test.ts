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

describe('quarter close of a large book', () => {
  it('writes a KPI History row for each of 1,200 KPIs, past the 1,000 rows a new tab has', () => {
    const { addon, workbook } = open(generatedWorkbook(1200));
    expect(addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] })).toMatchObject({ ok: true });
    const history = workbook.read('KPI History').values();
    expect(history).toHaveLength(1201);
    expect(history.at(-1)?.slice(2, 4)).toEqual(['K1200', 'Metric 1200']);
  }, 30_000);
});
