// What the server thread and the add-on's worker thread say to each other, and what a workbook file keeps.
import type { MessagePort } from 'node:worker_threads';
import type { ProjectSnapshot } from '../project';
import type { WorkbookSnapshot } from '../workbook';
import type { Job, JobResult, Question, WorkbookView } from './protocol';

/** What the workbook file keeps: the document and its document properties (Settings live there). */
export interface SavedBook {
  workbook: WorkbookSnapshot;
  documentProperties: Record<string, string>;
  /** The script's clock triggers and sent mail (absent in files saved before there were any). */
  project?: ProjectSnapshot;
}

export type FromWorker =
  | { type: 'ready'; view: WorkbookView }
  | { type: 'done'; id: number; job: Job; result: JobResult; view: WorkbookView; saved: SavedBook }
  | { type: 'ask'; question: Question };

export interface ToWorker {
  id: number;
  job: Job;
}

export interface WorkerInput {
  code: string;
  htmlFiles: Record<string, string>;
  book: SavedBook;
  /** Pins the script's clock (tests); the real time otherwise. */
  now: Date | null;
  user: string;
  /** Int32Array(1) the worker sleeps on while a person answers an alert or prompt. */
  signal: SharedArrayBuffer;
  answers: MessagePort;
}
