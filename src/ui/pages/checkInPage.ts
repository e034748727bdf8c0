// The check-in sidebar page: two tabs, the check-in list and "KPI or OKR?".
import type { CheckInState } from '../../core/checkIn/state';
import { el } from '../dom';
import { callServer, errorText } from '../server';
import { checkInList } from './checkIn';
import { kpiOrOkrPanel } from './kpiOrOkr';

export function renderCheckInPage(root: HTMLElement): void {
  let objectives: CheckInState['objectiveChoices'] = [];
  const list = checkInList();
  const show = (state: CheckInState, message?: string): void => {
    objectives = state.objectiveChoices;
    list.show(state, message);
  };
  const advice = kpiOrOkrPanel(
    () => objectives,
    (state, message) => show(state, message),
  );
  const panels = [
    { label: 'Check in', body: list.element },
    { label: 'KPI or OKR?', body: advice },
  ];
  const tabs = panels.map((panel, index) => {
    const tab = el('button', { type: 'button', className: 'tab', id: `tab-${index}` }, panel.label);
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', `panel-${index}`);
    panel.body.id = `panel-${index}`;
    panel.body.setAttribute('role', 'tabpanel');
    panel.body.setAttribute('aria-labelledby', tab.id);
    return tab;
  });
  const select = (chosen: number): void => {
    tabs.forEach((tab, index) => {
      tab.setAttribute('aria-selected', String(index === chosen));
      tab.tabIndex = index === chosen ? 0 : -1;
    });
    panels.forEach((panel, index) => {
      panel.body.hidden = index !== chosen;
    });
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(index));
    // Arrow keys move between tabs, as in any tab list.
    tab.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const next = (index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
      select(next);
      tabs[next]?.focus();
    });
  });
  const tabList = el('div', { className: 'tabs' }, ...tabs);
  tabList.setAttribute('role', 'tablist');
  const loading = el('p', { className: 'secondary' }, 'Loading…');
  root.append(tabList, loading, ...panels.map((panel) => panel.body));
  select(0);
  callServer('getCheckInState').then(
    (state) => {
      loading.remove();
      show(state);
    },
    (error: unknown) => {
      loading.className = 'error';
      loading.textContent = `Could not load the check-in list: ${errorText(error)}`;
    },
  );
}
