// Toasts in the bottom-right corner, as Sheets shows Spreadsheet.toast().
import { el } from '../../../src/ui/dom';
import type { ToastRecord } from '../../uiLog';

const DEFAULT_SECONDS = 5;
const stack = el('div', { className: 'toasts' });
document.body.append(stack);

export function showToast(toast: ToastRecord, kind: 'toast' | 'error' = 'toast'): void {
  const close = el('button', { className: 'toast-close', title: 'Close', textContent: '×' });
  const box = el(
    'div',
    { className: `toast ${kind}`, role: 'status' },
    toast.title ? el('strong', {}, toast.title) : null,
    el('span', {}, toast.message),
    close,
  );
  close.addEventListener('click', () => box.remove());
  stack.append(box);
  const seconds = toast.timeoutSeconds ?? DEFAULT_SECONDS;
  // A negative timeout keeps the toast until it is closed, as in Sheets.
  if (seconds >= 0) setTimeout(() => box.remove(), Math.max(seconds, 1) * 1000);
}
