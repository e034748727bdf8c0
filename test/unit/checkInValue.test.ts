import { describe, expect, it } from 'vitest';
import { readCheckInValue } from '../../src/core/checkIn/value';
import { valueText } from '../../src/core/valueText';

const number = { unit: '', checkbox: false };

describe('readCheckInValue', () => {
  it('reads what the sheet reads: percent, currency with grouping, decimals', () => {
    expect(readCheckInValue('45%', number)).toEqual({ ok: true, value: 0.45 });
    expect(readCheckInValue('$1,200', number)).toEqual({ ok: true, value: 1200 });
    expect(readCheckInValue(' 12.5 ', number)).toEqual({ ok: true, value: 12.5 });
  });

  it('on a % item reads a bare number as percent, as a percent-formatted cell does', () => {
    expect(readCheckInValue('45', { unit: '%', checkbox: false })).toEqual({ ok: true, value: 0.45 });
    expect(readCheckInValue('4.5%', { unit: '%', checkbox: false })).toEqual({ ok: true, value: 0.045 });
  });

  it('a yes/no key result takes the checkbox', () => {
    expect(readCheckInValue(true, { unit: '', checkbox: true })).toEqual({ ok: true, value: true });
    expect(readCheckInValue(false, { unit: '', checkbox: true })).toEqual({ ok: true, value: false });
  });

  it('says what is wrong with anything else', () => {
    expect(readCheckInValue('about half', number)).toEqual({
      ok: false,
      message: '"about half" is not a number: type it as in the sheet, like 45%, $1,200 or 12.5.',
    });
    expect(readCheckInValue('', number)).toEqual({
      ok: false,
      message: 'Type the new value, like 45%, $1,200 or 12.5.',
    });
    expect(readCheckInValue(true, number)).toEqual({ ok: false, message: 'This item takes a number, not yes/no.' });
  });
});

describe('valueText', () => {
  it('shows a value the way it was typed, with its unit', () => {
    expect(valueText(0.055, '%')).toBe('5.5%');
    expect(valueText(262000, '$')).toBe('$262,000');
    expect(valueText(-1500.5, '$')).toBe('-$1,500.5');
    expect(valueText(9, 'days')).toBe('9 days');
    expect(valueText(41, '')).toBe('41');
    expect(valueText(true, '')).toBe('Yes');
    expect(valueText(undefined, '%')).toBe('—');
  });
});
