// A right-click menu at the pointer (the row header's, as in Sheets): ↑/↓ move, Enter runs, Escape closes.
import { el } from '../../../src/ui/dom';

export interface ContextItem {
  caption: string;
  run: () => void;
  disabled?: boolean;
}

let open: HTMLElement | null = null;

export function closeContextMenu(): void {
  open?.remove();
  open = null;
}

export function showContextMenu(x: number, y: number, items: ContextItem[], returnFocus: HTMLElement): void {
  closeContextMenu();
  const close = (): void => {
    closeContextMenu();
    returnFocus.focus();
  };
  const nodes = items.map((entry) => {
    const node = el('li', {
      className: entry.disabled ? 'item disabled' : 'item',
      role: 'menuitem',
      tabIndex: -1,
      textContent: entry.caption,
    });
    node.addEventListener('click', (event) => {
      event.stopPropagation();
      if (entry.disabled) return;
      close();
      entry.run();
    });
    return node;
  });
  const menu = el('ul', { className: 'context-menu', role: 'menu' }, ...nodes);
  menu.style.left = `${x}px`;
  menu.style.top = `${y}px`;
  menu.addEventListener('keydown', (event) => {
    const enabled = nodes.filter((node) => !node.classList.contains('disabled'));
    const at = enabled.indexOf(event.target as HTMLLIElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      enabled[(at + (event.key === 'ArrowDown' ? 1 : -1) + enabled.length) % enabled.length]?.focus();
    } else if (event.key === 'Enter') (event.target as HTMLElement).click();
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  });
  document.body.append(menu);
  open = menu;
  nodes.find((node) => !node.classList.contains('disabled'))?.focus();
}

document.addEventListener('mousedown', (event) => {
  if (open !== null && !open.contains(event.target as Node)) closeContextMenu();
});
