// A KPI reading inside a sentence the add-on writes: in the KPI's unit, without float noise or rounding.
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/core/kpi/readingText';

describe('readingText', () => {
  it('shows a percent KPI’s fraction as the percent its cell shows', () => {
    expect([0.043, 0.0341, 0.9995, 0.1 + 0.2, 0.00123].map((value) => readingText(value, '%'))).toEqual([
      '4.3%',
      '3.41%',
      '99.95%',
      '30%',
      '0.123%',
    ]);
  });

  it('puts a currency sign before the number, any other unit after it, and no unit as the plain number', () => {
    expect(readingText(262000, '$')).toBe('$262000');
    expect(readingText(-1500, '€')).toBe('-€1500');
    expect(readingText(6.2, 'hours')).toBe('6.2 hours');
    expect(readingText(6.2, ' hours ')).toBe('6.2 hours');
    expect(readingText(42, '')).toBe('42');
  });

  it('never shows Infinity for a huge percent', () => {
    expect(readingText(1.7e308, '%')).toBe('1.7e+308');
  });
});
