// A custom function filled down N rows is N executions, each loading the whole Code.js; one array formula over
// the same N rows is one execution. Google's custom-function guide says the same: every call is a separate
// trip to the Apps Script server, so pass ranges (https://developers.google.com/apps-script/guides/sheets/functions).
import { createWorkbook, loadAddon } from '../emulator/index';
import { TODAY } from '../test/fixtures/examples';
import { cpuMs, median } from './measure';

/** Single-cell executions timed per size; beyond it the total is the per-call median times N, labelled as such. */
export const SINGLE_CALLS_TIMED = 1000;
const ARRAY_RUNS = 5;

export interface CustomFunctionCost {
  readonly rows: number;
  readonly arrayMs: number;
  readonly singleCalls: number;
  readonly singleMs: number;
  /** True when singleMs is extrapolated from SINGLE_CALLS_TIMED executions rather than timed in full. */
  readonly extrapolated: boolean;
}

function inputs(rows: number): [number[][], number[][], number[][]] {
  const column = (value: (row: number) => number): number[][] => Array.from({ length: rows }, (_, row) => [value(row)]);
  return [column(() => 0), column(() => 10), column((row) => row % 11)];
}

/** OKR_SCORE over `rows` rows: one array call against one call per row. */
export function customFunctionCost(code: string, rows: number): CustomFunctionCost {
  const addon = loadAddon({ code, workbook: createWorkbook(), now: TODAY });
  const [start, target, current] = inputs(rows);
  const arrayTimes = Array.from({ length: ARRAY_RUNS }, () =>
    cpuMs(() => addon.customFunction('OKR_SCORE', start, target, current)),
  );
  const timed = Math.min(rows, SINGLE_CALLS_TIMED);
  const singleTimes = Array.from({ length: timed }, (_, row) =>
    cpuMs(() => addon.customFunction('OKR_SCORE', start[row]?.[0], target[row]?.[0], current[row]?.[0])),
  );
  return {
    rows,
    arrayMs: median(arrayTimes),
    singleCalls: rows,
    singleMs: timed === rows ? singleTimes.reduce((sum, ms) => sum + ms, 0) : median(singleTimes) * rows,
    extrapolated: timed < rows,
  };
}
