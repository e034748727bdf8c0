// How the sidebar names a rolled-up key result's sources.
import { describe, expect, it } from 'vitest';
import { rolledUpHint, rolledUpText } from '../../../src/core/checkIn/rolledUp';

describe('rolledUpText and rolledUpHint', () => {
  it('say nothing for a key result that is not rolled up', () => {
    expect(rolledUpText([])).toBe('');
    expect(rolledUpHint([])).toBe('');
  });

  it('name each objective by ID, with its name where known, as a sentence', () => {
    expect(rolledUpText([{ id: 'T2', name: 'Shorten time-to-value' }])).toBe(
      'Rolled up from T2 (Shorten time-to-value)',
    );
    const three = [
      { id: 'T2', name: 'Shorten time-to-value' },
      { id: 'T3', name: '' },
      { id: 'T5', name: 'Hire, train, keep' },
    ];
    expect(rolledUpText(three)).toBe('Rolled up from T2 (Shorten time-to-value), T3 and T5 (Hire, train, keep)');
    expect(rolledUpHint(three)).toBe(
      'Its score is rolled up from T2, T3 and T5. A value checked in here is written to Current and replaces the ' +
        'roll-up until Current is cleared.',
    );
  });
});
