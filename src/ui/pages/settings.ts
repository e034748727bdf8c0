// Settings & about…: one sidebar page with the fiscal year, the weekly digest and what the add-on is. Each
// section reads its own settings, so a slow or failed read in one leaves the others usable.
import { el } from '../dom';
import { renderFiscalYear } from './fiscalYear';
import { renderWeeklyDigest } from './weeklyDigest';

function about(): HTMLElement {
  return el(
    'section',
    { className: 'block', id: 'about' },
    el('h2', {}, 'About'),
    el(
      'p',
      { className: 'secondary' },
      'KPI & OKR scores your key results and objectives, paces them against the quarter, flags KPIs that leave ' +
        'their healthy range and colours the cells, on the KPIs and OKRs tabs you already keep. It never ' +
        'changes a value you typed or a formula you wrote.',
    ),
  );
}

export function renderSettings(root: HTMLElement): void {
  const fiscalYear = el('section', { className: 'block', id: 'fiscal-year' });
  const weeklyDigest = el('section', { className: 'block', id: 'weekly-digest' });
  root.append(fiscalYear, weeklyDigest, about());
  renderFiscalYear(fiscalYear);
  renderWeeklyDigest(weeklyDigest);
}
