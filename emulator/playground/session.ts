// The add-on's thread: one loaded add-on on one workbook, running the jobs the server sends one at a time.
// An alert or prompt blocks this thread (Atomics.wait) until the person answers in the page, exactly as
// Apps Script suspends the script (docs/apps-script-behaviour.md §7), while the server thread stays free.
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { cellA1, parseA1 } from '../a1';
import {
  clientFunctions,
  loadAddon,
  Project,
  restoreWorkbook,
  runForClient,
  withGoogleScript,
  type Addon,
  type PanelRecord,
  type WorkbookSnapshot,
} from '../index';
import { modelOf } from '../workbook';
import { allowAccess } from './allowAccess';
import { isPersonJob, performPersonAction } from './personActions';
import type { Answer, Job, JobResult, Question, ShownPanel, WorkbookView } from './protocol';
import { teamFiles } from './teamFiles';
import { UndoHistory } from './undoHistory';
import { sheetViews } from './view';
import { fireTriggersOf, outboxView } from './outbox';
import { withProject } from './projectFile';
import type { FromWorker, SavedBook, ToWorker, WorkerInput } from './workerMessages';

const input = workerData as WorkerInput;
const signal = new Int32Array(input.signal);
const workbook = restoreWorkbook(input.book.workbook);
const addon = loadAddon({
  code: input.code,
  workbook,
  htmlFiles: input.htmlFiles,
  user: input.user,
  ...(input.now === null ? {} : { now: input.now }),
  ...(input.book.project === undefined ? {} : { project: Project.restore(input.book.project) }),
});
Object.assign(addon.properties.document, input.book.documentProperties);
/** The teams demo's team files, held here so the company file's IMPORTRANGE formulas can find them. */
export const TEAM_FILES_HELD = teamFiles(input.now ?? new Date());
const history = new UndoHistory(modelOf(workbook));
/** How many times a script moved the cursor (Range.activate…): the page follows it then. */
let scriptMoves = 0;

function send(message: FromWorker): void {
  // Every save carries the project (triggers, sent mail) along with the workbook.
  parentPort?.postMessage(message.type === 'done' ? { ...message, saved: withProject(message.saved, addon) } : message);
}

function ask(question: Question): Answer {
  Atomics.store(signal, 0, 0);
  send({ type: 'ask', question });
  for (;;) {
    const received = receiveMessageOnPort(input.answers);
    if (received !== undefined) return received.message as Answer;
    Atomics.wait(signal, 0, 0, 1000);
  }
}
addon.ui.askUser({
  alert: (alert) => ask({ kind: 'alert', alert }).button,
  prompt: (alert) => ask({ kind: 'prompt', alert }),
});

/** The page's google.script.run goes to the server's /run, which calls the add-on here. */
const TRANSPORT = `<script>
window.__gasTransport = (name, argsJson) => fetch('/run', { method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ name, args: JSON.parse(argsJson) }) }).then((response) => response.text());
window.__gasHost = (command) => parent.postMessage({ gasHost: command }, '*');
</script>`;

function served<P extends PanelRecord>(shown: readonly P[], functions: readonly string[]): ShownPanel<P> | null {
  const panel = shown.at(-1);
  if (panel === undefined) return null;
  const html = withGoogleScript(panel.html, functions);
  const head = /<head[^>]*>/i.exec(html);
  const at = head === null ? 0 : head.index + head[0].length;
  return { seq: shown.length, panel: { ...panel, html: html.slice(0, at) + TRANSPORT + html.slice(at) } };
}

function view(snapshot: WorkbookSnapshot): WorkbookView {
  const functions = clientFunctions(addon);
  return {
    title: snapshot.name,
    activeSheet: snapshot.activeSheet,
    selection: activeCell(),
    scriptMoves,
    sheets: sheetViews(workbook, snapshot),
    menus: addon.ui.menus,
    outbox: outboxView(addon, input.user),
    toasts: addon.ui.toasts,
    sidebar: served(addon.ui.sidebars, functions),
    dialog: served(addon.ui.dialogs, functions),
    canUndo: history.canUndo,
  };
}

function activeCell(): string {
  const { row, column } = modelOf(workbook).getSelection();
  return cellA1(row, column);
}

function cursor(): string {
  return `${modelOf(workbook).getActiveSheet().name}!${activeCell()}`;
}

function select(sheetName: string, a1: string): void {
  const model = modelOf(workbook);
  const sheet = model.find(sheetName);
  const ref = parseA1(a1);
  if (sheet === undefined || ref === null) throw new Error(`no cell ${sheetName}!${a1}`);
  model.select({ sheet, row: ref.row, column: ref.column, numRows: 1, numColumns: 1 });
}

function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}

function perform(job: Job, target: Addon): JobResult {
  if (job.op === 'fireTriggers') return fireTriggersOf(target, input.user);
  if (job.op === 'client') return { ok: true, reply: JSON.stringify(runForClient(target, job.functionName, job.args)) };
  try {
    if (isPersonJob(job)) performPersonAction(job, target, workbook, history);
    else if (job.op === 'menu') target.run(job.functionName);
    else if (job.op === 'select') select(job.sheet, job.a1);
    else if (job.op === 'allowAccess') allowAccess(workbook, job.sheet, job.a1);
    else {
      history.remember();
      target.edit(job.sheet, job.a1, job.typed);
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}

// Sheets runs onOpen when the document opens; an installed, enabled add-on gets LIMITED.
if (addon.topLevelFunctions().includes('onOpen')) addon.run('onOpen', { authMode: 'LIMITED' });
send({ type: 'ready', view: view(workbook.toJSON()) });
parentPort?.on('message', ({ id, job }: ToWorker) => {
  const before = cursor();
  const result = perform(job, addon);
  // A script run (menu, sidebar, trigger) starts a new undo history: going back past it would silently take
  // back what it wrote. Only the person's own grid actions are undone.
  if (!isPersonJob(job) && job.op !== 'edit' && job.op !== 'select' && job.op !== 'allowAccess') history.forget();
  if (job.op !== 'select' && cursor() !== before) scriptMoves += 1;
  const snapshot = workbook.toJSON();
  const saved: SavedBook = { workbook: snapshot, documentProperties: { ...addon.properties.document } };
  send({ type: 'done', id, job, result, view: view(snapshot), saved });
});
