// The menu bar: File (Download .xlsx), the page's own menus (Edit, Data) and Extensions, holding the menus
// the add-on's onOpen added. It works from the keyboard as a menu bar does: Tab reaches it, ←/→ move
// between menus, ↓/↑ between items, → opens a sub-menu and ← closes it, Enter runs an item, Escape closes;
// Alt+N opens Extensions from anywhere, as in Sheets.
import { el } from '../../../src/ui/dom';
import type { MenuEntry, MenuRecord } from '../../uiLog';

/** A menu of the page's own (Edit, Data): items are built when it opens, so captions follow the selection. */
export interface PageMenu {
  caption: string;
  items(): { caption: string; run: () => void; disabled?: boolean; shortcut?: string }[];
}

function closeAll(bar: HTMLElement): void {
  for (const open of bar.querySelectorAll('.open')) open.classList.remove('open');
  for (const top of bar.querySelectorAll('.top')) top.setAttribute('aria-expanded', 'false');
}

function item(caption: string, action: (() => void) | null, bar: HTMLElement, shortcut?: string): HTMLElement {
  const node = el(
    'li',
    { className: action === null ? 'item disabled' : 'item', role: 'menuitem', tabIndex: -1 },
    caption,
    shortcut === undefined ? null : el('span', { className: 'shortcut', textContent: shortcut }),
  );
  if (action === null) node.setAttribute('aria-disabled', 'true');
  node.addEventListener('click', (event) => {
    event.stopPropagation();
    if (action === null) return;
    closeAll(bar);
    action();
  });
  return node;
}

function entries(list: MenuEntry[], run: (functionName: string) => void, bar: HTMLElement): HTMLElement {
  const items = list.map((entry) => {
    if (entry.kind === 'separator') return el('li', { className: 'separator', role: 'separator' });
    if (entry.kind === 'subMenu') return subMenu(entry.menu, run, bar);
    return item(entry.caption, () => run(entry.functionName), bar);
  });
  return el('ul', { className: 'dropdown', role: 'menu' }, ...items);
}

function subMenu(menu: MenuRecord, run: (functionName: string) => void, bar: HTMLElement): HTMLElement {
  const node = el(
    'li',
    { className: 'item has-sub', role: 'menuitem', tabIndex: -1 },
    el('span', {}, menu.caption),
    entries(menu.entries, run, bar),
  );
  node.setAttribute('aria-haspopup', 'menu');
  node.addEventListener('click', (event) => {
    event.stopPropagation();
    node.classList.add('open');
  });
  node.addEventListener('mouseenter', () => node.classList.add('open'));
  node.addEventListener('mouseleave', () => node.classList.remove('open'));
  return node;
}

function topMenu(caption: string, dropdown: () => HTMLElement, bar: HTMLElement): HTMLElement {
  const button = el('button', { className: 'top', textContent: caption, role: 'menuitem' });
  button.setAttribute('aria-haspopup', 'menu');
  button.setAttribute('aria-expanded', 'false');
  const node = el('div', { className: 'menu' }, button, dropdown());
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    const wasOpen = node.classList.contains('open');
    closeAll(bar);
    if (!wasOpen) openTop(node);
  });
  // Rebuilt on opening: a page menu's captions follow the selection.
  node.addEventListener('menu-open', () => node.lastElementChild?.replaceWith(dropdown()));
  return node;
}

function openTop(node: Element): void {
  node.dispatchEvent(new Event('menu-open'));
  node.classList.add('open');
  node.querySelector('.top')?.setAttribute('aria-expanded', 'true');
}

/** The items of one open list that a key can land on. */
function choices(list: Element | null): HTMLElement[] {
  return Array.from(list?.children ?? []).filter(
    (child): child is HTMLElement => child instanceof HTMLElement && child.matches('.item:not(.disabled)'),
  );
}

function focusFirst(list: Element | null): void {
  choices(list)[0]?.focus();
}

function step(bar: HTMLElement, from: Element, by: number, open: boolean): void {
  const tops = Array.from(bar.querySelectorAll<HTMLElement>(':scope > .menu'));
  const at = tops.findIndex((menu) => menu.contains(from));
  const next = tops[(at + by + tops.length) % tops.length];
  if (next === undefined) return;
  closeAll(bar);
  next.querySelector<HTMLElement>('.top')?.focus();
  if (open) {
    openTop(next);
    focusFirst(next.querySelector(':scope > .dropdown'));
  }
}

function onKey(bar: HTMLElement, event: KeyboardEvent): void {
  const target = event.target as HTMLElement;
  const handled = (): void => {
    event.preventDefault();
    event.stopPropagation();
  };
  if (target.classList.contains('top')) {
    const menu = target.parentElement;
    if (menu === null) return;
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      handled();
      closeAll(bar);
      openTop(menu);
      focusFirst(menu.querySelector(':scope > .dropdown'));
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      handled();
      step(bar, target, event.key === 'ArrowRight' ? 1 : -1, menu.classList.contains('open'));
    } else if (event.key === 'Escape') {
      handled();
      closeAll(bar);
    }
    return;
  }
  if (!target.classList.contains('item')) return;
  const list = target.parentElement;
  const items = choices(list);
  const at = items.indexOf(target);
  const owner = list?.parentElement ?? null;
  /** The sub-menu's own item, when this list is a sub-menu. */
  const parentItem = owner?.classList.contains('has-sub') === true ? owner : null;
  const closeSubMenu = (item: HTMLElement): void => {
    item.classList.remove('open');
    item.focus();
  };
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    handled();
    items[(at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
  } else if (event.key === 'ArrowRight' && target.classList.contains('has-sub')) {
    handled();
    target.classList.add('open');
    focusFirst(target.querySelector(':scope > .dropdown'));
  } else if (event.key === 'ArrowLeft' && parentItem !== null) {
    handled();
    closeSubMenu(parentItem);
  } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
    handled();
    step(bar, target, event.key === 'ArrowRight' ? 1 : -1, true);
  } else if (event.key === 'Enter' || event.key === ' ') {
    handled();
    if (target.classList.contains('has-sub')) {
      target.classList.add('open');
      focusFirst(target.querySelector(':scope > .dropdown'));
    } else target.click();
  } else if (event.key === 'Escape') {
    handled();
    if (parentItem !== null) closeSubMenu(parentItem);
    else {
      const top = target.closest('.menu')?.querySelector<HTMLElement>('.top');
      closeAll(bar);
      top?.focus();
    }
  }
}

export function drawMenuBar(
  bar: HTMLElement,
  menus: MenuRecord[],
  run: (functionName: string) => void,
  download: () => void,
  pageMenus: PageMenu[] = [],
): void {
  bar.setAttribute('role', 'menubar');
  if (bar.dataset.keys === undefined) {
    bar.dataset.keys = 'on';
    bar.addEventListener('keydown', (event) => onKey(bar, event));
  }
  const extensions = (): HTMLElement =>
    menus.length > 0
      ? el('ul', { className: 'dropdown', role: 'menu' }, ...menus.map((menu) => subMenu(menu, run, bar)))
      : el('ul', { className: 'dropdown', role: 'menu' }, item('No add-on menu', null, bar));
  const own = pageMenus.map((menu) =>
    topMenu(
      menu.caption,
      () =>
        el(
          'ul',
          { className: 'dropdown', role: 'menu' },
          ...menu.items().map((entry) => item(entry.caption, entry.disabled ? null : entry.run, bar, entry.shortcut)),
        ),
      bar,
    ),
  );
  const kept = openState(bar);
  bar.replaceChildren(
    topMenu(
      'File',
      () => el('ul', { className: 'dropdown', role: 'menu' }, item('Download (.xlsx)', download, bar)),
      bar,
    ),
    ...own,
    topMenu('Extensions', extensions, bar),
  );
  reopen(bar, kept);
}

/** A menu's caption: a top button's text, or a sub-menu item's own span. */
const captionOf = (node: Element): string =>
  (node.matches('.has-sub') ? node.querySelector(':scope > span')?.textContent : node.firstChild?.textContent) ?? '';

interface OpenState {
  open: string[];
  focused: string | null;
}

/** What is open and focused, by caption, so a redraw (the add-on changed something) leaves it so. */
function openState(bar: HTMLElement): OpenState {
  const open = Array.from(bar.querySelectorAll('.menu.open > .top, .has-sub.open')).map(captionOf);
  const active = document.activeElement;
  const focused = active !== null && bar.contains(active) ? captionOf(active) : null;
  return { open, focused };
}

function reopen(bar: HTMLElement, state: OpenState): void {
  if (state.open.length === 0 && state.focused === null) return;
  const [top, ...subs] = state.open;
  const menu = Array.from(bar.querySelectorAll(':scope > .menu')).find((node) => {
    const button = node.querySelector('.top');
    return button !== null && captionOf(button) === (top ?? state.focused);
  });
  if (menu === undefined) return;
  if (top !== undefined) openTop(menu);
  for (const sub of menu.querySelectorAll('.has-sub')) if (subs.includes(captionOf(sub))) sub.classList.add('open');
  const target = Array.from(menu.querySelectorAll<HTMLElement>('.top, .item')).find(
    (node) => captionOf(node) === state.focused,
  );
  target?.focus();
}

/** Sheets' access keys (in Chrome): Alt+F File, Alt+E Edit, Alt+D Data, Alt+N Extensions. */
const ACCESS_KEYS: Record<string, string> = { KeyF: 'File', KeyE: 'Edit', KeyD: 'Data', KeyN: 'Extensions' };

document.addEventListener('keydown', (event) => {
  const caption = ACCESS_KEYS[event.code];
  if (!event.altKey || event.ctrlKey || event.metaKey || caption === undefined) return;
  const bar = document.querySelector<HTMLElement>('.menubar');
  const menu = Array.from(bar?.querySelectorAll(':scope > .menu') ?? []).find(
    (node) => node.querySelector('.top')?.textContent === caption,
  );
  if (bar === null || menu === undefined) return;
  event.preventDefault();
  closeAll(bar);
  openTop(menu);
  focusFirst(menu.querySelector(':scope > .dropdown'));
});

document.addEventListener('click', () => {
  for (const open of document.querySelectorAll('.menubar .open')) open.classList.remove('open');
});
