import { el } from './dom';
import { PAGES } from './pages';

const root = document.getElementById('app');
if (root !== null) {
  const page = document.body.dataset.page ?? '';
  const render = Object.hasOwn(PAGES, page) ? PAGES[page as keyof typeof PAGES] : undefined;
  if (render === undefined)
    root.append(el('p', { className: 'error' }, `This panel (${page}) is not part of this version.`));
  else render(root);
}
