import { el } from '../dom';

/** A 0–1 score as a bar in its grade colour, with the number beside it for readers who do not see colour. */
export function scoreBar(score: number | null, colour: string, label: string): HTMLElement {
  const fill = el('span', { className: 'score-fill' });
  fill.style.width = `${Math.round((score ?? 0) * 100)}%`;
  fill.style.background = colour;
  const bar = el('span', { className: 'score-bar' }, fill);
  bar.setAttribute('role', 'meter');
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', '1');
  bar.setAttribute('aria-label', label);
  if (score !== null) bar.setAttribute('aria-valuenow', String(score));
  return el(
    'div',
    { className: 'score' },
    bar,
    el('span', { className: 'score-text' }, score === null ? '–' : score.toFixed(2)),
  );
}
