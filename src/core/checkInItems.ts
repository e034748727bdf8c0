// The things a user checks in on: every key result (grouped under its objective) and every KPI, with the
// scores and statuses a refresh would write. Built from the tabs as read, so a sorted, inserted or deleted
// row is found where it is now, by ID.

import { readText, type Cell } from './cells';
import { GREY, gradeColour, kpiStatusColour } from './colours';
import type { HeaderMatch, KpiColumn, OkrColumn } from './headers';
import { objectivePartOf } from './ids';
import { quarterOf } from './quarter';
import { planRefresh, type RefreshInput, type TableInput } from './refresh';
import { keyResultRowSchema, kpiRowSchema, parseRow, rowCells } from './schemas';
import { objectiveScore } from './scoring';

type ItemKind = 'KR' | 'KPI';

export interface Item {
  readonly kind: ItemKind;
  readonly tab: 'kpis' | 'okrs';
  /** 0-based row in the tab's values. */
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly unit: string;
  readonly current?: number | boolean;
  /** The Current cell holds a formula: a check-in is logged but never written over it. */
  readonly currentIsFormula: boolean;
  /** A yes/no key result: its Current is a checkbox. */
  readonly checkbox: boolean;
  readonly score: number | '';
  readonly scoreColour: string;
  readonly status: string;
  readonly statusColour: string;
  readonly confidence?: number;
  readonly quarter: string;
  /** KPIs: their healthy range. */
  readonly min?: number;
  readonly max?: number;
}

export interface ObjectiveGroup {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly score: number | '';
  readonly scoreColour: string;
  readonly status: string;
  readonly keyResults: Item[];
  /** The objective's own row (grouped layout); a flat layout repeats the objective on each key result. */
  readonly objectiveRow?: number;
}

/** An objective while its key results are collected: the key that groups them and their weights. */
type Building = ObjectiveGroup & { key: string; keyResults: Item[]; weights: number[] };

export type ItemsResult =
  | { ok: false; problems: string[] }
  | { ok: true; objectives: ObjectiveGroup[]; kpis: Item[]; okrHeader: HeaderMatch<OkrColumn>; kpiHeader: HeaderMatch<KpiColumn> };

function formulaAt(table: TableInput, row: number, column: number | undefined): boolean {
  return column !== undefined && (table.formulas[row]?.[column] ?? '') !== '';
}

function cellAt(table: TableInput, row: number, column: number | undefined): Cell {
  return column === undefined ? '' : (table.values[row]?.[column] ?? '');
}

/** Every key result and KPI on the tabs, scored as Refresh would score them. Pure. */
export function listItems(input: Omit<RefreshInput, 'onlyRows'>): ItemsResult {
  const plan = planRefresh(input);
  if (!plan.ok) return plan;
  const kpiTable = input.kpis!;
  const okrTable = input.okrs!;
  const { kpis: kpiHeader, okrs: okrHeader } = plan.headers;
  const thisQuarter = quarterOf(input.today, input.fiscalStartMonth).label;

  const kpis: Item[] = [];
  for (const result of plan.kpis) {
    if (result.kind !== 'kpi') continue;
    const cells = rowCells(kpiTable.values[result.row] ?? [], kpiHeader.columns);
    const parsed = parseRow(kpiRowSchema, cells);
    const row = parsed.ok ? parsed.row : undefined;
    kpis.push({
      kind: 'KPI', tab: 'kpis', row: result.row, id: result.id, name: result.name, owner: readText(cells.owner),
      unit: readText(cells.unit), ...(result.current === undefined ? {} : { current: result.current }),
      currentIsFormula: formulaAt(kpiTable, result.row, kpiHeader.columns.current), checkbox: false,
      score: '', scoreColour: GREY, status: result.status, statusColour: result.colour ?? kpiStatusColour(result.status),
      quarter: thisQuarter,
      ...(row?.min === undefined ? {} : { min: row.min }), ...(row?.max === undefined ? {} : { max: row.max }),
    });
  }

  // By lower-cased ID, the first of a repeated one winning: a search per key result grows with rows × KPIs.
  const kpiById = new Map(kpis.map((kpi) => [kpi.id.toLowerCase(), kpi] as const).reverse());
  const objectives: Building[] = [];
  const byKey = new Map<string, Building>();
  let current: Building | undefined;
  for (const result of plan.okrs) {
    if (result.kind === 'blank') continue;
    const cells = rowCells(okrTable.values[result.row] ?? [], okrHeader.columns);
    const objectiveName = readText(cells.objective);
    const quarterText = readText(cells.quarter);
    if (objectiveName !== '') {
      const key = `${quarterText.toLowerCase()}|${objectiveName.toLowerCase()}`;
      if (result.kind === 'objective' || current?.key !== key) {
        const existing = result.kind === 'objective' ? undefined : byKey.get(key);
        current = existing ?? {
          key, id: result.kind === 'objective' ? result.id : (objectivePartOf(result.id) ?? ''), name: objectiveName,
          owner: readText(cells.owner), score: result.kind === 'objective' ? result.score : '',
          scoreColour: result.kind === 'objective' ? (result.scoreColour ?? GREY) : GREY,
          status: result.kind === 'objective' ? result.status : '', keyResults: [], weights: [],
          ...(result.kind === 'objective' ? { objectiveRow: result.row } : {}),
        };
        if (existing === undefined) {
          objectives.push(current);
          byKey.set(key, current);
        }
      }
    }
    if (result.kind !== 'keyResult') continue;
    const parsed = parseRow(keyResultRowSchema, cells);
    const row = parsed.ok ? parsed.row : undefined;
    const owner = readText(cells.owner) || current?.owner || '';
    const currentCell = cellAt(okrTable, result.row, okrHeader.columns.current);
    // A blank Current that follows a linked KPI shows the KPI's reading, as its score does.
    const followed = kpiById.get(result.followsKpi ?? '');
    const shownCurrent = row?.current ?? followed?.current;
    const item: Item = {
      kind: 'KR', tab: 'okrs', row: result.row, id: result.id, name: readText(cells.keyResult) || objectiveName, owner,
      unit: readText(cells.unit), ...(shownCurrent === undefined ? {} : { current: shownCurrent }),
      currentIsFormula: formulaAt(okrTable, result.row, okrHeader.columns.current), checkbox: typeof currentCell === 'boolean',
      score: result.score, scoreColour: result.scoreColour ?? GREY, status: result.status, statusColour: result.statusColour ?? GREY,
      ...(row?.confidence === undefined ? {} : { confidence: row.confidence }),
      quarter: quarterText || thisQuarter,
    };
    if (current === undefined) {
      current = { key: '', id: '', name: 'Key results without an objective', owner: '', score: '', scoreColour: GREY, status: '', keyResults: [], weights: [] };
      objectives.push(current);
    }
    current.keyResults.push(item);
    current.weights.push(row?.weight ?? 1);
  }
  // A flat layout has no objective row to carry the score, so the group's score is computed here.
  const groups = objectives.map((group): ObjectiveGroup => {
    const { key: _key, weights, ...rest } = group;
    if (rest.status !== '' || rest.keyResults.length === 0) return rest;
    const parts = rest.keyResults.flatMap((kr, index) => (kr.score === '' ? [] : [{ score: kr.score, weight: weights[index] ?? 1 }]));
    const score = objectiveScore(parts);
    return score === undefined ? rest : { ...rest, score, scoreColour: gradeColour(score) };
  });
  return { ok: true, objectives: groups, kpis, okrHeader, kpiHeader };
}
