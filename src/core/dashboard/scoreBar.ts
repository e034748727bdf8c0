// A score drawn as text: ten blocks, filled to the score. Plain text rather than a SPARKLINE bar or a REPT()
// formula because a value needs no formula separators (which differ between locales), reads back exactly as
// written, and survives the Download as .xlsx, where Excel has no SPARKLINE. Its cell takes the grade colour.

const STEPS = 10;

/** `███████░░░` for 0.7; '' for a key result or objective with no score. */
export function scoreBar(score: number | ''): string {
  if (score === '') return '';
  const filled = Math.min(STEPS, Math.max(0, Math.round(score * STEPS)));
  return '█'.repeat(filled) + '░'.repeat(STEPS - filled);
}

/**
 * The blocks' own colour: a deep shade of the grade the cell is filled with, so the bar reads in its grade's
 * colour on every screen and in print (black blocks on a pale fill read as a grey bar whatever the score).
 */
export function barColour(score: number): string {
  if (score < 0.4) return '#a50e0e';
  if (score < 0.7) return '#b06000';
  return '#0d652d';
}
