// Settings panel, Fiscal year section: the month the fiscal year starts in. Choosing a month shows the quarter
// today would be in before saving, since that is what changes for every key result paced by its quarter.
import { MONTH_NAMES } from '../../core/monthNames';
import { el } from '../dom';
import { callServer, errorText, type ServerReply } from '../server';

type View = ServerReply<'getFiscalYear'>;

/** Draws the section into `root` and reads the saved month. */
export function renderFiscalYear(root: HTMLElement): void {
  const month = el(
    'select',
    { id: 'fiscal-month' },
    ...MONTH_NAMES.map((name, index) => el('option', { value: String(index + 1) }, name)),
  );
  const quarter = el('p', { className: 'secondary', id: 'fiscal-quarter' }, 'Reading the fiscal year…');
  const save = el('button', { type: 'button', className: 'action', id: 'fiscal-save' }, 'Save');
  const message = el('p', { className: 'secondary', id: 'fiscal-message' });
  let view: View | undefined;

  const showQuarter = (): void => {
    if (view === undefined) return;
    const chosen = Number(month.value);
    const saved = chosen === view.startMonth;
    quarter.textContent = `Today is in ${view.todayQuarters[chosen - 1]}${saved ? '.' : ' with this month (not saved yet).'}`;
  };
  const show = (next: View): void => {
    view = next;
    month.value = String(next.startMonth);
    showQuarter();
  };
  const failed = (error: unknown): void => {
    message.className = 'error';
    message.textContent = errorText(error);
  };
  const busy = (yes: boolean): void => {
    save.disabled = yes;
    month.disabled = yes;
  };

  month.onchange = () => {
    message.textContent = '';
    showQuarter();
  };
  save.onclick = () => {
    busy(true);
    callServer('saveFiscalYear', { startMonth: Number(month.value) })
      .then((reply) => {
        show(reply.view);
        message.className = reply.ok ? 'success' : 'error';
        message.textContent = reply.message;
      }, failed)
      .finally(() => busy(false));
  };

  root.append(
    el('h2', {}, 'Fiscal year'),
    el(
      'p',
      { className: 'secondary' },
      'Quarters follow your fiscal year, for everyone who edits this spreadsheet. A quarter is named by the ' +
        'calendar year it starts in.',
    ),
    el('div', { className: 'block' }, el('label', {}, 'Starts in ', month)),
    quarter,
    el('div', { className: 'block' }, save),
    message,
  );
  busy(true);
  callServer('getFiscalYear')
    .then(show, failed)
    .finally(() => busy(false));
}
