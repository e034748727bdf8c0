// The menu bar: File (Download .xlsx) and Extensions, holding the menus the add-on's onOpen added.
import { el } from '../../../src/ui/dom';
import type { MenuEntry, MenuRecord } from '../../uiLog';

function closeAll(bar: HTMLElement): void {
  for (const open of bar.querySelectorAll('.open')) open.classList.remove('open');
}

function entries(list: MenuEntry[], run: (functionName: string) => void, bar: HTMLElement): HTMLElement {
  const items = list.map((entry) => {
    if (entry.kind === 'separator') return el('li', { className: 'separator', role: 'separator' });
    if (entry.kind === 'subMenu') return subMenu(entry.menu, run, bar);
    const item = el('li', { className: 'item', role: 'menuitem', textContent: entry.caption });
    item.addEventListener('click', (event) => {
      event.stopPropagation();
      closeAll(bar);
      run(entry.functionName);
    });
    return item;
  });
  return el('ul', { className: 'dropdown', role: 'menu' }, ...items);
}

function subMenu(menu: MenuRecord, run: (functionName: string) => void, bar: HTMLElement): HTMLElement {
  const node = el(
    'li',
    { className: 'item has-sub', role: 'menuitem' },
    el('span', {}, menu.caption),
    entries(menu.entries, run, bar),
  );
  node.addEventListener('click', (event) => {
    event.stopPropagation();
    node.classList.add('open');
  });
  node.addEventListener('mouseenter', () => node.classList.add('open'));
  node.addEventListener('mouseleave', () => node.classList.remove('open'));
  return node;
}

function topMenu(caption: string, dropdown: HTMLElement, bar: HTMLElement): HTMLElement {
  const button = el('button', { className: 'top', textContent: caption });
  const node = el('div', { className: 'menu' }, button, dropdown);
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    const wasOpen = node.classList.contains('open');
    closeAll(bar);
    if (!wasOpen) node.classList.add('open');
  });
  return node;
}

export function drawMenuBar(
  bar: HTMLElement,
  menus: MenuRecord[],
  run: (functionName: string) => void,
  download: () => void,
): void {
  const downloadItem = el('li', { className: 'item', role: 'menuitem', textContent: 'Download (.xlsx)' });
  downloadItem.addEventListener('click', (event) => {
    event.stopPropagation();
    closeAll(bar);
    download();
  });
  const extensions =
    menus.length > 0
      ? el('ul', { className: 'dropdown', role: 'menu' }, ...menus.map((menu) => subMenu(menu, run, bar)))
      : el(
          'ul',
          { className: 'dropdown', role: 'menu' },
          el('li', { className: 'item disabled', textContent: 'No add-on menu' }),
        );
  bar.replaceChildren(
    topMenu('File', el('ul', { className: 'dropdown', role: 'menu' }, downloadItem), bar),
    topMenu('Extensions', extensions, bar),
  );
}

document.addEventListener('click', () => {
  for (const open of document.querySelectorAll('.menubar .open')) open.classList.remove('open');
});
