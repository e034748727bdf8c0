// What the server, the add-on's worker and the page say to each other. The page is typechecked with the
// DOM lib only, so this file imports nothing that needs Node.
import type { OutboxView } from './outboxView';
import type { AlertRecord, DialogRecord, MenuRecord, PanelRecord, PromptAnswer, ToastRecord } from '../uiLog';
import type { SparklineOptions } from './sparkline';
import type { ChartView } from './chart';

/** A SPARKLINE cell: its plotted points (null: no mark) and options, for the page to draw. */
export interface SparklineView {
  points: (number | null)[];
  options: SparklineOptions;
}

export interface GridCell {
  /** The text Sheets shows (by the number format). */
  t: string;
  /** What the cell holds for editing: the formula, else the shown text. */
  f?: string;
  bg?: string;
  color?: string;
  bold?: true;
  align?: 'right' | 'center';
  /** Drawn instead of text. */
  spark?: SparklineView;
  /** A formula error's message, as Sheets shows it over the cell (`You need to connect these sheets.`). */
  err?: string;
  /** An IMPORTRANGE waiting for a person to click "Allow access". */
  allow?: true;
  /** The cell's note (Range.setNote): Sheets marks the cell's corner and shows it on hover. */
  note?: string;
}

export interface SheetView {
  name: string;
  frozenRows: number;
  hidden: boolean;
  /** The data extent; the page draws a margin of blank rows and columns around it. */
  rows: GridCell[][];
  /** 1-based rows and columns hidden by a script: the page does not show them. */
  hiddenRows: number[];
  hiddenColumns: number[];
  /** Widths in pixels a script set (Sheet.setColumnWidth), by 1-based column; others fit their text. */
  columnWidths: Record<number, number>;
  /** Embedded charts, drawn over the grid at their anchor cells. */
  charts: ChartView[];
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
  /** Whether Edit → Undo has a change of the person's to take back. */
  canUndo: boolean;
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
  | { op: 'client'; functionName: string; args: unknown[] }
  /** The row header's menu on 1-based rows row…row+count-1 (the selected whole rows). */
  | { op: 'rows'; sheet: string; row: number; count: number; action: RowAction }
  /** Data → Sort range: the block `a1` by its column `column` (1-based, of the sheet). */
  | { op: 'sort'; sheet: string; a1: string; column: number; ascending: boolean }
  /** Clipboard text pasted with `a1` as its top-left cell. */
  | { op: 'paste'; sheet: string; a1: string; text: string }
  | { op: 'undo' }
  /** "Allow access" clicked on the IMPORTRANGE in `a1`: this workbook may read that source from now on. */
  | { op: 'allowAccess'; sheet: string; a1: string };

export const ROW_ACTIONS = ['insertAbove', 'insertBelow', 'delete', 'moveUp', 'moveDown'] as const;
export type RowAction = (typeof ROW_ACTIONS)[number];

export interface JobResult {
  ok: boolean;
  message?: string;
  /** google.script.run's reply, as JSON text, for a client job. */
  reply?: string;
}
