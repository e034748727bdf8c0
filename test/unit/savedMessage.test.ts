import { describe, expect, it } from 'vitest';
import { QUOTED_NAME_LENGTH, savedMessage, shortName } from '../../src/core/checkIn/savedMessage';

describe('savedMessage', () => {
  const churn = { id: 'O1.2', name: 'Cut churn from 8% to 4%', unit: '%', currentIsFormula: false };

  it('names the item by its text and its ID, with the value as the sheet shows it', () => {
    expect(savedMessage(churn, 0.055)).toBe('Saved "Cut churn from 8% to 4%" (O1.2): 5.5%.');
    expect(savedMessage({ ...churn, unit: '' }, true)).toBe('Saved "Cut churn from 8% to 4%" (O1.2): Yes.');
  });

  it('says the sheet kept its formula when Current is one', () => {
    expect(savedMessage({ ...churn, currentIsFormula: true }, 0.05)).toBe(
      'Saved "Cut churn from 8% to 4%" (O1.2): 5%. Logged only: its Current comes from a formula, so the sheet\'s value was left as it is.',
    );
  });
});

describe('shortName', () => {
  it('leaves a name that fits as it is', () => {
    const fits = 'x'.repeat(QUOTED_NAME_LENGTH);
    expect(shortName(fits)).toBe(fits);
  });

  it('cuts a long name at a word near the end, with …', () => {
    const long = 'Reduce the time a new customer needs to reach their first report from 14 days to 3 days';
    const short = shortName(long);
    expect(short).toBe('Reduce the time a new customer needs to reach…');
    expect(Array.from(short).length).toBeLessThanOrEqual(QUOTED_NAME_LENGTH);
  });

  it('cuts a name without spaces at the limit', () => {
    expect(shortName('a'.repeat(200))).toBe(`${'a'.repeat(QUOTED_NAME_LENGTH - 1)}…`);
  });

  it('reads line breaks and tabs as one space, and never splits an emoji', () => {
    expect(shortName('  Grow\n\tARR  ')).toBe('Grow ARR');
    const emoji = shortName('🚀'.repeat(60));
    expect(emoji).toBe(`${'🚀'.repeat(QUOTED_NAME_LENGTH - 1)}…`);
  });
});
