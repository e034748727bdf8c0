// The playground page: a Sheets-like window on the emulator. The server holds the workbook and the add-on;
// this page draws what it is told and sends what the person does.
import { el } from '../../../src/ui/dom';
import type { Question, WorkbookView } from '../protocol';
import {
  allowAccess,
  answerQuestion,
  editCell,
  fetchState,
  pasteText,
  rowAction,
  runMenuItem,
  selectCell,
  sortRange,
  undo,
} from './api';
import { dismissQuestion, showQuestion } from './ask';
import { columnLetters, createGrid } from './grid';
import { drawMenuBar, type PageMenu } from './menu';
import { showDialog, showSidebar } from './panels';
import { createOutbox } from './outbox';
import { showToast } from './toasts';

const title = el('div', { className: 'doc-title' });
const menuBar = el('nav', { className: 'menubar' });
const nameBox = el('div', { className: 'name-box' });
const formulaBar = el('input', { className: 'formula-bar', title: 'Cell content' });
const gridBox = el('div', { className: 'grid-box' });
const tabs = el('div', { className: 'tabs' });
const work = el('div', { className: 'work' }, gridBox);
const outbox = createOutbox();
document.body.append(
  el(
    'header',
    {},
    title,
    el('span', { className: 'badge', textContent: 'dist/Code.js on the local Apps Script emulator' }),
    outbox.button,
  ),
  menuBar,
  el('div', { className: 'formula-row' }, nameBox, el('span', { className: 'fx', textContent: 'fx' }), formulaBar),
  work,
  tabs,
);

let view: WorkbookView | null = null;
let activeSheet = '';
let seen: { toasts: number; sidebar: number; dialog: number } | null = null;

const reportFailure = (result: { ok: boolean; message?: string }): void => {
  if (!result.ok)
    showToast({ title: 'Script error', message: result.message ?? 'failed', timeoutSeconds: 10 }, 'error');
};

const grid = createGrid(gridBox, nameBox, formulaBar, {
  edit: (sheet, a1, typed) => void editCell(sheet, a1, typed).then(reportFailure),
  select: (sheet, a1) => void selectCell(sheet, a1),
  rows: (sheet, row, count, action) => void rowAction(sheet, row, count, action).then(reportFailure),
  paste: (sheet, a1, text) => void pasteText(sheet, a1, text).then(reportFailure),
  undo: () => void undo().then(reportFailure),
  allowAccess: (sheet, a1) => void allowAccess(sheet, a1).then(reportFailure),
});

/** Edit → Undo and Data → Sort, as Sheets names them; the sort column is the active cell's. */
function pageMenus(current: WorkbookView): PageMenu[] {
  const sortItems = (): ReturnType<PageMenu['items']> => {
    const selection = grid.selection();
    const whole = grid.sheetBlock();
    if (selection === null || whole === null) return [];
    const letter = columnLetters(selection.activeColumn - 1);
    const single = selection.numRows === 1 && selection.numColumns === 1;
    const sort = (a1: string, ascending: boolean) => () =>
      void sortRange(selection.sheet, a1, selection.activeColumn, ascending).then(reportFailure);
    return [
      { caption: `Sort range by column ${letter} (A to Z)`, run: sort(selection.a1, true), disabled: single },
      { caption: `Sort range by column ${letter} (Z to A)`, run: sort(selection.a1, false), disabled: single },
      { caption: `Sort sheet by column ${letter} (A to Z)`, run: sort(whole.a1, true) },
      { caption: `Sort sheet by column ${letter} (Z to A)`, run: sort(whole.a1, false) },
    ];
  };
  return [
    {
      caption: 'Edit',
      items: () => [
        { caption: 'Undo', shortcut: 'Ctrl+Z', run: () => void undo().then(reportFailure), disabled: !current.canUndo },
      ],
    },
    { caption: 'Data', items: sortItems },
  ];
}
/** When a script moves the cursor, the page follows, as Sheets does; the person's own moves are not echoed. */
let followedMoves = -1;

function drawTabs(current: WorkbookView): void {
  tabs.replaceChildren(
    ...current.sheets
      .filter((sheet) => !sheet.hidden)
      .map((sheet) => {
        const tab = el('button', {
          className: sheet.name === activeSheet ? 'tab active' : 'tab',
          textContent: sheet.name,
        });
        tab.addEventListener('click', () => {
          if (sheet.name === activeSheet) return;
          activeSheet = sheet.name;
          draw(current);
          void selectCell(activeSheet, 'A1');
        });
        return tab;
      }),
  );
}

function draw(current: WorkbookView): void {
  const moved = current.scriptMoves !== followedMoves;
  followedMoves = current.scriptMoves;
  if (moved || !current.sheets.some((sheet) => sheet.name === activeSheet)) activeSheet = current.activeSheet;
  title.textContent = current.title;
  document.title = `${current.title} · KPI & OKR playground`;
  drawMenuBar(
    menuBar,
    current.menus,
    (name) => void runMenuItem(name).then(reportFailure),
    () => window.location.assign('/download'),
    pageMenus(current),
  );
  drawTabs(current);
  outbox.show(current.outbox);
  const sheet = current.sheets.find((candidate) => candidate.name === activeSheet);
  if (sheet !== undefined) grid.show(sheet);
  if (moved) grid.moveTo(current.selection);
}

/** Shows what the add-on did since the last look: new toasts, a new sidebar or dialog. */
function showNews(current: WorkbookView): void {
  const before = seen ?? {
    toasts: current.toasts.length,
    sidebar: current.sidebar?.seq ?? 0,
    dialog: current.dialog?.seq ?? 0,
  };
  for (const toast of current.toasts.slice(before.toasts)) showToast(toast);
  if (current.sidebar !== null && current.sidebar.seq > before.sidebar) showSidebar(current.sidebar.panel, work);
  if (current.dialog !== null && current.dialog.seq > before.dialog) showDialog(current.dialog.panel);
  seen = { toasts: current.toasts.length, sidebar: current.sidebar?.seq ?? 0, dialog: current.dialog?.seq ?? 0 };
}

async function refresh(): Promise<void> {
  const state = await fetchState();
  view = state.view;
  draw(view);
  showNews(view);
  if (state.question !== null) showQuestion(state.question, (answer) => void answerQuestion(answer));
  else dismissQuestion();
}

const events = new EventSource('/events');
events.addEventListener('changed', () => void refresh());
events.addEventListener('ask', (event: MessageEvent<string>) =>
  showQuestion(JSON.parse(event.data) as Question, (answer) => void answerQuestion(answer)),
);
void refresh().then(() => {
  document.body.dataset.ready = 'true';
  gridBox.focus();
});
