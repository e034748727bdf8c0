// A met key result that moves a KPI makes its target the KPI's new baseline: a rising key result raises
// the KPI's Min to the target, a falling one lowers its Max, but only when that tightens the range and
// never past the other bound (that would leave the KPI with an impossible range).

import * as z from 'zod/mini';
import { readText, type Cell } from '../cells';
import type { ColumnPatch } from '../workbook/columnPatches';
import type { HeaderMatch, KpiColumn } from '../workbook/headers';
import type { KpiLookup } from '../kpi/kpis';
import type { Objective } from '../okr/okrs';

export const boundMoveSchema = z.object({
  kpiId: z.string(),
  kpi: z.string(),
  bound: z.enum(['min', 'max']),
  from: z.nullable(z.number()),
  to: z.number(),
  keyResultId: z.string(),
});

export type BoundMove = z.infer<typeof boundMoveSchema>;

function tightens(move: 'min' | 'max', target: number, kpi: { readonly min?: number; readonly max?: number }): boolean {
  if (move === 'min')
    return (kpi.min === undefined || target > kpi.min) && (kpi.max === undefined || target <= kpi.max);
  return (kpi.max === undefined || target < kpi.max) && (kpi.min === undefined || target >= kpi.min);
}

export function boundMoves(objectives: readonly Objective[], kpis: KpiLookup): BoundMove[] {
  const moves = new Map<string, BoundMove>();
  for (const keyResult of objectives.flatMap((objective) => objective.keyResults)) {
    const { start, target } = keyResult;
    if (keyResult.score !== 1 || keyResult.kpi === '' || start === undefined || target === undefined) continue;
    const kpi = kpis.get(keyResult.kpi.toLowerCase());
    if (kpi === undefined || start === target) continue;
    const bound = target > start ? 'min' : 'max';
    if (!tightens(bound, target, kpi)) continue;
    const key = `${kpi.id}|${bound}`;
    const seen = moves.get(key);
    // Two met key results on one bound: the tighter target wins.
    if (seen !== undefined && (bound === 'min' ? seen.to >= target : seen.to <= target)) continue;
    moves.set(key, {
      kpiId: kpi.id,
      kpi: kpi.name,
      bound,
      from: kpi[bound] ?? null,
      to: target,
      keyResultId: keyResult.id,
    });
  }
  return [...moves.values()];
}

/** `K2 Customer churn rate: Max 0.03 → 0.025 (met by O1.1)`. */
export function boundMoveText(move: BoundMove): string {
  const from = move.from === null ? 'none' : String(move.from);
  return `${move.kpiId} ${move.kpi}: ${move.bound === 'min' ? 'Min' : 'Max'} ${from} → ${move.to} (met by ${move.keyResultId})`;
}

/** The Min and Max cells to rewrite on the KPIs tab, found by KPI ID; writing them twice changes nothing. */
export function boundPatches(
  values: readonly Cell[][],
  header: HeaderMatch<KpiColumn>,
  moves: readonly BoundMove[],
): ColumnPatch[] {
  const idColumn = header.columns.id;
  if (idColumn === undefined) return [];
  const firstRow = header.row + 1;
  const patches: ColumnPatch[] = [];
  for (const bound of ['min', 'max'] as const) {
    const column = header.columns[bound];
    const targets = new Map(
      moves.filter((move) => move.bound === bound).map((move) => [move.kpiId.toLowerCase(), move.to]),
    );
    if (column === undefined || targets.size === 0) continue;
    const cells = values.slice(firstRow).map((row) => targets.get(readText(row[idColumn] ?? '').toLowerCase()));
    patches.push({ column, firstRow, values: cells });
  }
  return patches;
}
