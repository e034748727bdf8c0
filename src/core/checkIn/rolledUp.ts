// How the sidebar names a rolled-up key result's sources: by ID, which the Parent cells use, with the objective's
// name beside it so the person recognises it without looking the ID up.

import type { ItemView } from './state';

type Sources = ItemView['rolledUpFrom'];

/** `T2`, or `T2 (Shorten time-to-value)` where the name is known. */
function sourceText(source: Sources[number]): string {
  return source.name === '' ? source.id : `${source.id} (${source.name})`;
}

/** `a`, `a and b`, `a, b and c`. */
function listed(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** The card's line: `Rolled up from T2 (Shorten time-to-value) and T3 (Answer faster)`; '' when not rolled up. */
export function rolledUpText(sources: Sources): string {
  return sources.length === 0 ? '' : `Rolled up from ${listed(sources.map(sourceText))}`;
}

/**
 * Said in the form, before a value is typed: a value checked in is written to Current, and a key result with a
 * Current is scored on it, so the roll-up stops until Current is cleared.
 */
export function rolledUpHint(sources: Sources): string {
  return sources.length === 0
    ? ''
    : `Its score is rolled up from ${listed(sources.map((source) => source.id))}. ` +
        'A value checked in here is written to Current and replaces the roll-up until Current is cleared.';
}
