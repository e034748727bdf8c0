// The OKRs tab as objectives holding key results, for the commands that reason about the whole practice
// (health check, quarter close) rather than one row at a time. Built from the scored table, so IDs,
// scores and grouping are the ones Refresh writes.

import { readNumber, readNumberOrCheckbox, readText, type Cell } from './cells';
import type { HeaderMatch, OkrColumn } from './headers';
import type { OkrRowResult } from './okrTable';
import { rowCells } from './schemas';

export interface KeyResult {
  /** 0-based row in the tab's values. */
  readonly row: number;
  readonly id: string;
  readonly text: string;
  readonly owner: string;
  readonly quarter: string;
  readonly start?: number;
  readonly target?: number;
  readonly current?: number | boolean;
  readonly weight: number;
  readonly kpi: string;
  readonly score: number | '';
  readonly status: string;
}

export interface Objective {
  readonly id: string;
  /** The objective's own row (grouped layout); flat layouts have none. */
  readonly row?: number;
  /** First row that names the objective: its own row or its first key result's. */
  readonly firstRow: number;
  readonly text: string;
  readonly owner: string;
  readonly quarter: string;
  readonly keyResults: KeyResult[];
}

function optionalNumber<T>(reading: { kind: string; value?: T }): T | undefined {
  return reading.kind === 'value' ? reading.value : undefined;
}

/** Objectives in sheet order; key results that belong to none are left out (Refresh flags them). */
export function okrBook(values: readonly Cell[][], header: HeaderMatch<OkrColumn>, results: readonly OkrRowResult[]): Objective[] {
  const objectives = new Map<string, Objective>();
  for (const result of results) {
    if (result.kind === 'blank') continue;
    const cells = rowCells(values[result.row] ?? [], header.columns);
    const objectiveId = result.kind === 'objective' ? result.id : result.objectiveId;
    if (objectiveId === undefined) continue;
    let objective = objectives.get(objectiveId);
    if (objective === undefined) {
      objective = {
        id: objectiveId,
        ...(result.kind === 'objective' ? { row: result.row } : {}),
        firstRow: result.row,
        text: readText(cells.objective),
        owner: result.kind === 'objective' ? readText(cells.owner) : '',
        quarter: readText(cells.quarter),
        keyResults: [],
      };
      objectives.set(objectiveId, objective);
    }
    if (result.kind !== 'keyResult') continue;
    const start = optionalNumber(readNumber(cells.start));
    const target = optionalNumber(readNumber(cells.target));
    const current = optionalNumber(readNumberOrCheckbox(cells.current));
    const weight = optionalNumber(readNumber(cells.weight));
    objective.keyResults.push({
      row: result.row,
      id: result.id,
      text: readText(cells.keyResult),
      owner: readText(cells.owner),
      quarter: readText(cells.quarter) || objective.quarter,
      ...(start === undefined ? {} : { start }),
      ...(target === undefined ? {} : { target }),
      ...(current === undefined ? {} : { current }),
      weight: weight ?? 1,
      kpi: readText(cells.kpi),
      score: result.score,
      status: result.status,
    });
  }
  return [...objectives.values()];
}
