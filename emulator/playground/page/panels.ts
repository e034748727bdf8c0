// The add-on's HtmlService pages: the sidebar (300 px on the right) and dialogs (centred; modal ones block
// the sheet). Each runs in an iframe with google.script.run served by the playground server.
import { el } from '../../../src/ui/dom';
import type { DialogRecord, PanelRecord } from '../../uiLog';

const SIDEBAR_WIDTH = 300;
let sidebar: { node: HTMLElement; frame: HTMLIFrameElement } | null = null;
let dialog: { node: HTMLElement; frame: HTMLIFrameElement } | null = null;

function frame(panel: PanelRecord, className: string): HTMLIFrameElement {
  const node = el('iframe', { className, title: panel.title });
  node.srcdoc = panel.html;
  return node;
}

function titleBar(title: string, onClose: () => void): HTMLElement {
  const close = el('button', { className: 'close', title: 'Close', textContent: '×' });
  close.addEventListener('click', onClose);
  return el('div', { className: 'panel-title' }, el('span', {}, title), close);
}

function closeSidebar(): void {
  sidebar?.node.remove();
  sidebar = null;
}

function closeDialog(): void {
  dialog?.node.remove();
  dialog = null;
}

/** One sidebar at a time: a new one replaces the old. */
export function showSidebar(panel: PanelRecord, host: HTMLElement): void {
  closeSidebar();
  const inner = frame(panel, 'sidebar-frame');
  const node = el('aside', { className: 'sidebar' }, titleBar(panel.title, closeSidebar), inner);
  node.style.width = `${SIDEBAR_WIDTH}px`;
  host.append(node);
  sidebar = { node, frame: inner };
}

export function showDialog(panel: DialogRecord): void {
  closeDialog();
  const inner = frame(panel, 'dialog-frame');
  const box = el('div', { className: 'dialog', role: 'dialog' }, titleBar(panel.title, closeDialog), inner);
  box.style.width = `${panel.width ?? 600}px`;
  inner.style.height = `${panel.height ?? 400}px`;
  const node = panel.modal ? el('div', { className: 'overlay' }, box) : el('div', { className: 'modeless' }, box);
  document.body.append(node);
  dialog = { node, frame: inner };
}

// google.script.host.close() from inside a panel closes that panel.
window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const { data } = event; // any window may post anything
  if (typeof data !== 'object' || data === null || (data as { gasHost?: unknown }).gasHost !== 'close') return;
  if (sidebar !== null && event.source === sidebar.frame.contentWindow) closeSidebar();
  if (dialog !== null && event.source === dialog.frame.contentWindow) closeDialog();
});
