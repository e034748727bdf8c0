import { describe, expect, it } from 'vitest';
import {
  fiscalYearPayloadSchema,
  fiscalYearView,
  refusedMessage,
  savedMessage,
} from '../../../src/core/settings/fiscalYear';

// A local date, as the spreadsheet's today is.
const NOV_23 = new Date(2026, 10, 23);

describe('the Settings panel’s fiscal year', () => {
  it('gives today’s quarter for each month the fiscal year could start in, January first', () => {
    expect(fiscalYearView(NOV_23, 2).todayQuarters).toEqual([
      '2026-Q4', // Jan: Oct–Dec
      '2026-Q4', // Feb: Nov–Jan
      '2026-Q3', // Mar: Sep–Nov
      '2026-Q3',
      '2026-Q3',
      '2026-Q2', // Jun: Sep–Nov is the second quarter
      '2026-Q2',
      '2026-Q2',
      '2026-Q1', // Sep: Sep–Nov
      '2026-Q1',
      '2026-Q1',
      '2026-Q4', // Dec: Sep–Nov is the last quarter of the year that began in Dec 2025
    ]);
  });

  it('says the saved month and the quarter today is in with it', () => {
    expect(savedMessage(fiscalYearView(NOV_23, 2))).toBe('Fiscal year starts in February: today is in 2026-Q4.');
    expect(savedMessage(fiscalYearView(NOV_23, 1))).toBe('Fiscal year starts in January: today is in 2026-Q4.');
  });

  it('accepts whole months 1-12 only', () => {
    expect(fiscalYearPayloadSchema.safeParse({ startMonth: 12 }).success).toBe(true);
    for (const startMonth of [0, 13, 2.5, '2', null]) {
      expect(fiscalYearPayloadSchema.safeParse({ startMonth }).success).toBe(false);
    }
    expect(fiscalYearPayloadSchema.safeParse(undefined).success).toBe(false);
  });

  it('names what it got instead of a month and the month it keeps', () => {
    expect(refusedMessage({ startMonth: 2.5 }, 3)).toBe(
      '"2.5" is not a month number from 1 to 12. The fiscal year still starts in March.',
    );
    expect(refusedMessage({}, 1)).toBe(
      '"nothing" is not a month number from 1 to 12. The fiscal year still starts in January.',
    );
  });
});
