// A custom function typed into a cell, as Sheets runs it: `=OKR_SCORE(A2:A<n+1>, B2:B<n+1>, C2:C<n+1>)` over n
// key results is one execution whose answer spills n rows. Measured: typing the formula until the sheet shows
// every score, and changing one Current until its score is recomputed (the engine recomputes the one formula
// that depends on it, not the sheet). Sheets stops a custom function after 30 s (contract §5).
import { createWorkbook, loadAddon } from '../emulator/index';
import { TODAY } from '../test/fixtures/examples';
import { cpuMs, median } from './measure';

export const CELL_FUNCTION_LIMIT_SECONDS = 30;

export interface CellFormulaCost {
  readonly rows: number;
  /** CPU ms from typing the formula to reading every spilled score. */
  readonly typedMs: number;
  /** CPU ms from editing one input to reading its new score. */
  readonly editMs: number;
  /** Executions of the custom function for the whole measurement (one per recalculation of the cell). */
  readonly executions: number;
  readonly serviceCalls: number;
}

export function cellFormulaCost(code: string, rows: number, runs: number): CellFormulaCost {
  const typed: number[] = [];
  const edited: number[] = [];
  let executions = 0;
  let serviceCalls = 0;
  for (let run = 0; run < runs; run += 1) {
    const values = [['Start', 'Target', 'Current'], ...Array.from({ length: rows }, (_, row) => [0, 10, row % 11])];
    const workbook = createWorkbook({ sheets: { OKRs: { values, maxRows: rows + 1 } } });
    const addon = loadAddon({ code, workbook, now: TODAY });
    const last = rows + 1;
    typed.push(
      cpuMs(() => {
        workbook.setCell('OKRs', 'D2', '', { formula: `=OKR_SCORE(A2:A${last},B2:B${last},C2:C${last})` });
        workbook.read('OKRs').cell(`D${last}`);
      }),
    );
    edited.push(
      cpuMs(() => {
        workbook.setCell('OKRs', `C${last}`, 10);
        if (workbook.read('OKRs').cell(`D${last}`).value !== 1) throw new Error('the edit was not recomputed');
      }),
    );
    executions = addon.cellExecutions;
    serviceCalls = addon.counter.total;
  }
  return { rows, typedMs: median(typed), editMs: median(edited), executions, serviceCalls };
}

export function cellFormulaTable(costs: readonly CellFormulaCost[]): string {
  const lines = [
    `| rows | type the formula | edit one input | executions | service calls | limit |`,
    `| ---: | ---: | ---: | ---: | ---: | ---: |`,
    ...costs.map(
      (cost) =>
        `| ${cost.rows.toLocaleString('en-US')} | ${(cost.typedMs / 1000).toFixed(2)} s | ${(cost.editMs / 1000).toFixed(2)} s | ${cost.executions} | ${cost.serviceCalls} | ${CELL_FUNCTION_LIMIT_SECONDS} s |`,
    ),
  ];
  return lines.join('\n');
}
