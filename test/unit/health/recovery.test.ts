import { describe, expect, it } from 'vitest';
import { recoveryDraft } from '../../../src/core/health/recovery';

const uptime = { id: 'K5', name: 'Website uptime', owner: 'SRE lead', unit: '%' };

describe('recoveryDraft: the bound a KPI broke', () => {
  it('below Min: raise it to at least Min, starting from the reading', () => {
    expect(recoveryDraft({ ...uptime, min: 0.999 }, 0.995, '2026-Q4')).toMatchObject({
      keyResult: 'Raise Website uptime to at least 99.9%',
      start: 0.995,
      target: 0.999,
    });
  });

  it('above Max: lower it to at most Max', () => {
    expect(recoveryDraft({ ...uptime, min: 0.9, max: 0.95 }, 0.97, '2026-Q4')).toMatchObject({
      keyResult: 'Lower Website uptime to at most 95%',
      target: 0.95,
    });
  });

  it('only a Min, with the latest reading back in range (the last three were not): still Min, never "at most undefined"', () => {
    expect(recoveryDraft({ ...uptime, min: 0.999 }, 0.9995, '2026-Q4')).toMatchObject({
      keyResult: 'Raise Website uptime to at least 99.9%',
      target: 0.999,
    });
  });

  it('a KPI with no range cannot need one: an internal error says so', () => {
    expect(() => recoveryDraft(uptime, 1, '2026-Q4')).toThrow('K5 has no range');
  });
});
