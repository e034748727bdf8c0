// Alerts and prompts: a modal box over the whole window while the script waits for the answer.
import { el } from '../../../src/ui/dom';
import type { ButtonName } from '../../enums';
import type { Answer, Question } from '../protocol';

const BUTTONS: Record<string, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['CANCEL', 'OK'],
  YES_NO: ['NO', 'YES'],
  YES_NO_CANCEL: ['CANCEL', 'NO', 'YES'],
};
const LABELS: Record<string, string> = { OK: 'OK', CANCEL: 'Cancel', YES: 'Yes', NO: 'No' };

let open: HTMLElement | null = null;

export function showQuestion(question: Question, answer: (given: Answer) => void): void {
  open?.remove();
  const input = question.kind === 'prompt' ? el('input', { type: 'text', className: 'ask-input' }) : null;
  const done = (button: ButtonName): void => {
    overlay.remove();
    open = null;
    answer({ button, text: input?.value ?? '' });
  };
  const buttons = (BUTTONS[question.alert.buttons ?? 'OK'] ?? ['OK']).map((button) => {
    const node = el('button', {
      className: button === 'OK' || button === 'YES' ? 'action' : '',
      textContent: LABELS[button] ?? button,
    });
    node.addEventListener('click', () => done(button));
    return node;
  });
  const close = el('button', { className: 'close', title: 'Close', textContent: '×' });
  close.addEventListener('click', () => done('CLOSE'));
  const box = el(
    'div',
    { className: `ask ${question.kind}`, role: 'alertdialog' },
    el('div', { className: 'ask-title' }, el('span', {}, question.alert.title ?? ''), close),
    el('p', { className: 'ask-message' }, question.alert.message),
    input,
    el('div', { className: 'ask-buttons' }, ...buttons),
  );
  input?.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') done('OK');
  });
  const overlay = el('div', { className: 'overlay' }, box);
  document.body.append(overlay);
  open = overlay;
  (input ?? buttons.at(-1))?.focus();
}

export function dismissQuestion(): void {
  open?.remove();
  open = null;
}
