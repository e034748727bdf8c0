// Confidence is a person's 0–10 answer to "will we make it?". Typed as `70%` it would read as the share
// 0.7 — a confidence of 0.7 out of 10, which caps the status at AT RISK — so a percent is refused with
// the scale it should be on, wherever confidence is typed (a Confidence cell or the check-in form).

import { readNumber, type Cell, type CellReading } from '../cells';
import { quote } from '../quote';

export const MAX_CONFIDENCE = 10;

export function readConfidence(cell: Cell): CellReading<number> {
  if (typeof cell === 'string' && cell.includes('%')) {
    return {
      kind: 'invalid',
      why: `${quote(cell.trim())} is a percent; confidence is a number from 0 to ${MAX_CONFIDENCE}`,
    };
  }
  const reading = readNumber(cell);
  if (reading.kind !== 'value') return reading;
  const value = reading.value;
  if (value < 0 || value > MAX_CONFIDENCE) return { kind: 'invalid', why: `${value} is outside 0–${MAX_CONFIDENCE}` };
  // A cell typed 70% holds 0.7: a share between 0 and 1 is a percent, not a confidence of 0.7 out of 10.
  if (value > 0 && value < 1)
    return {
      kind: 'invalid',
      why: `${value} looks like a percent (${Math.round(value * 100)}%); confidence is a number from 0 to ${MAX_CONFIDENCE}`,
    };
  return reading;
}
