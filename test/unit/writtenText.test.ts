import { describe, expect, it } from 'vitest';
import { asWrittenText, rowAsWritten } from '../../src/core/writtenText';

describe('asWrittenText: text Sheets would reinterpret keeps a leading apostrophe', () => {
  it.each([
    ['7.10', "'7.10"], // a KR ID under objective 7: the number 7.1 would collide with ID 7.1
    ['12', "'12"],
    ['45%', "'45%"],
    ['2026-12-31', "'2026-12-31"],
    ['TRUE', "'TRUE"],
    ['=SUM(A1:A3)', "'=SUM(A1:A3)"],
    ['+1 555', "'+1 555"],
    ['-', "'-"],
    ['@owner', "'@owner"],
    ["'quoted", "''quoted"],
  ])('%s → %s', (text, written) => {
    expect(asWrittenText(text)).toBe(written);
  });

  it.each(['O1.2', 'K10', 'ON TRACK', 'INVALID: Target: "abc" is not a number', 'ON TRACK (stale)', '2026-Q4', 'Last check-in', ''])(
    'leaves %j alone',
    (text) => {
      expect(asWrittenText(text)).toBe(text);
    },
  );

  it('protects only the strings of a row', () => {
    const day = new Date('2026-12-31T00:00:00Z');
    expect(rowAsWritten(['7.1', 0.5, day, true, 'AT RISK'])).toEqual(["'7.1", 0.5, day, true, 'AT RISK']);
  });
});
