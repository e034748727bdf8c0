// Turns what the emulator counted into estimated Apps Script seconds. The emulator answers a call in
// microseconds; Google's servers do not, so the constants come from published figures:
//
// - Google, "Best practices" (https://developers.google.com/apps-script/guides/support/best-practices),
//   "Use batch operations": colouring a 100 × 100 grid cell by cell (getRange().offset() and
//   setBackgroundColor() per cell: about 20,000 calls) takes about 70 s; the same colours written with one
//   setBackgrounds call take about 1 s. First published by the Apps Script team in
//   http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html.
//   → about 3.5 ms per call (70 s / 20,000) and at most 0.1 ms per cell (1 s / 10,000 cells, which also pays
//   for the calls and for computing the colours, so it is an upper bound).
// - A measured figure that agrees on the call cost: 1,000 getRange().getValue() calls took 3.06 s
//   (https://www.bugbugnow.net/2019/03/GoogleAppsScript-speed-up.html), about 3 ms per call.
// - Google, "Quotas for Google Services" (https://developers.google.com/apps-script/guides/services/quotas):
//   6 min per execution, 30 s per custom function call and per simple trigger (onEdit).
//
// Assumed, not published: a cell read costs what a cell written costs; Apps Script's V8 runs the add-on's
// JavaScript as fast as Node does here, and the CPU term is the whole emulator run, which already includes
// the emulator's own work for every cell, so that part of the cost is counted twice (on the safe side).

import type { Cost } from './measure';

export const MS_PER_CALL = 3.5;
export const MS_PER_CELL = 0.1;

export const SOURCES = [
  'https://developers.google.com/apps-script/guides/support/best-practices',
  'http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html',
  'https://www.bugbugnow.net/2019/03/GoogleAppsScript-speed-up.html',
  'https://developers.google.com/apps-script/guides/services/quotas',
] as const;

export function estimatedSeconds(cost: Pick<Cost, 'calls' | 'cellsRead' | 'cellsWritten' | 'cpuMs'>): number {
  return (cost.calls * MS_PER_CALL + (cost.cellsRead + cost.cellsWritten) * MS_PER_CELL + cost.cpuMs) / 1000;
}

/**
 * The calls and cells alone already take longer than `limitSeconds`: whatever the CPU, the job does not fit, so
 * repeating a run for a steadier CPU median changes no verdict and only costs the machine minutes (a dashboard
 * of 50,000 KPIs takes minutes of CPU per run).
 */
export function ioOverLimit(cost: Pick<Cost, 'calls' | 'cellsRead' | 'cellsWritten'>, limitSeconds: number): boolean {
  return estimatedSeconds({ ...cost, cpuMs: 0 }) > limitSeconds;
}
