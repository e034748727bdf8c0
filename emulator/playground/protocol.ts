// What the server, the add-on's worker and the page say to each other. The page is typechecked with the
// DOM lib only, so this file imports nothing that needs Node.
import type { OutboxView } from './outboxView';
import type { AlertRecord, DialogRecord, MenuRecord, PanelRecord, PromptAnswer, ToastRecord } from '../uiLog';

export interface GridCell {
  /** The text Sheets shows (by the number format). */
  t: string;
  /** What the cell holds for editing: the formula, else the shown text. */
  f?: string;
  bg?: string;
  color?: string;
  bold?: true;
  align?: 'right' | 'center';
}

export interface SheetView {
  name: string;
  frozenRows: number;
  hidden: boolean;
  /** The data extent; the page draws a margin of blank rows and columns around it. */
  rows: GridCell[][];
}

export interface ShownPanel<P extends PanelRecord = PanelRecord> {
  /** How many the add-on has shown so far: a new number is a new panel to open. */
  seq: number;
  /** The add-on's HTML with google.script.run installed. */
  panel: P;
}

export interface WorkbookView {
  title: string;
  /** The tab and cell the script sees as active. */
  activeSheet: string;
  selection: string;
  /** How many times a script moved them (Range.activate…): the page follows when this changes. */
  scriptMoves: number;
  sheets: SheetView[];
  menus: MenuRecord[];
  /** The mail the add-on sent and the person's clock triggers. */
  outbox: OutboxView;
  /** Every toast so far, newest last (the page shows the ones it has not shown). */
  toasts: ToastRecord[];
  sidebar: ShownPanel | null;
  dialog: ShownPanel<DialogRecord> | null;
}

export type Question = { kind: 'alert'; alert: AlertRecord } | { kind: 'prompt'; alert: AlertRecord };
export type Answer = PromptAnswer;

export type Job =
  | { op: 'menu'; functionName: string }
  /** "Run the weekly trigger now": the person's clock triggers fire. */
  | { op: 'fireTriggers' }
  | { op: 'edit'; sheet: string; a1: string; typed: string }
  /** The person moved to another tab or cell: what getActiveSheet() and getActiveRange() see. */
  | { op: 'select'; sheet: string; a1: string }
  | { op: 'client'; functionName: string; args: unknown[] };

export interface JobResult {
  ok: boolean;
  message?: string;
  /** google.script.run's reply, as JSON text, for a client job. */
  reply?: string;
}
