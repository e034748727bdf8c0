import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/core/checkIn/kpiOrOkr';
import { stringContaining } from '../matchers';

describe('recommend', () => {
  it('an established, healthy process expected at 100% is a KPI, with every answer in the reason', () => {
    const advice = recommend({ process: 'KPI', purpose: 'KPI', standard: 'KPI', initiative: 'KPI' });
    expect(advice.kind).toBe('KPI');
    expect(advice.reason).toBe(
      '4 of 4 answers point to a KPI: an established process, ongoing health, 100% is the expected ' +
        'standard, continuing as you are. Track it as a KPI with a healthy range and an owner; if it leaves the range, that is the moment for an OKR.',
    );
  });

  it('three answers for change make an OKR, naming the three', () => {
    const advice = recommend({ process: 'OKR', purpose: 'OKR', standard: 'KPI', initiative: 'OKR' });
    expect(advice.kind).toBe('OKR');
    expect(advice.reason).toMatch(
      /^3 of 4 answers point to an OKR: doing something differently, building and changing, a new initiative\./,
    );
  });

  it('a 2–2 split follows the standard question and says so', () => {
    expect(recommend({ process: 'KPI', purpose: 'KPI', standard: 'OKR', initiative: 'OKR' })).toMatchObject({
      kind: 'OKR',
      reason: stringContaining('The answers are split, so the standard decides: 70% would be meaningful progress.'),
    });
    expect(recommend({ process: 'OKR', purpose: 'OKR', standard: 'KPI', initiative: 'KPI' }).kind).toBe('KPI');
  });
});
