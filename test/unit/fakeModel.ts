// Hand-made pieces of the workbook model, for tests of code that reads the model (the refresh summary,
// the quarter close) and wants one exact score or status without a table to produce it.
import { GREY } from '../../src/core/colours';
import { kpiLookup, type Kpi, type KpiRow } from '../../src/core/kpi/kpis';
import type { KeyResult, Objective, OkrRow } from '../../src/core/okr/okrs';
import { buildWorkbook, type Workbook } from '../../src/core/workbook/workbook';

export function fakeKeyResult(fields: Partial<KeyResult> & { readonly id: string; readonly row: number }): KeyResult {
  return {
    kind: 'keyResult',
    score: 0.5,
    status: 'ON TRACK',
    scoreColour: GREY,
    statusColour: GREY,
    lastCheckIn: '',
    text: fields.id,
    owner: '',
    ownerOrObjective: fields.owner ?? '',
    quarter: '2026-Q4',
    unit: '',
    weight: 1,
    kpi: '',
    checkbox: false,
    currentIsFormula: false,
    objectiveText: '',
    team: '',
    ...fields,
  };
}

/** An objective with its own row at `ownRow` (grouped layout), or none (flat layout). */
export function fakeObjective(
  id: string,
  ownRow: number | undefined,
  keyResults: KeyResult[],
  fields: Partial<Objective> = {},
): Objective {
  const firstRow = ownRow ?? keyResults[0]!.row;
  return {
    kind: 'objective',
    row: firstRow,
    id,
    score: '',
    status: 'NO DATA',
    scoreColour: GREY,
    statusColour: GREY,
    lastCheckIn: '',
    ...(ownRow === undefined ? {} : { ownRow }),
    firstRow,
    text: `${id} text`,
    owner: '',
    quarter: '2026-Q4',
    team: '',
    parent: '',
    weight: 1,
    keyResults,
    ...fields,
  };
}

export function fakeKpi(fields: Partial<Kpi> & { readonly id: string }): Kpi {
  return {
    kind: 'kpi',
    row: 1,
    name: fields.id,
    owner: '',
    unit: '',
    status: 'NO DATA',
    colour: null,
    currentIsFormula: false,
    ...fields,
  };
}

/** A workbook model holding exactly these rows (the objectives, key results and KPIs among them). */
export function fakeWorkbook(okrRows: readonly OkrRow[], kpiRows: readonly KpiRow[]): Workbook {
  const empty = buildWorkbook({
    kpis: { values: [['KPI', 'Min']], formulas: [] },
    okrs: { values: [['Objective', 'Key Result', 'Target', 'Current']], formulas: [] },
    today: new Date(2026, 10, 23),
    fiscalStartMonth: 1,
  });
  if (!empty.ok) throw new Error(empty.problems.join('; '));
  const kpis = kpiRows.filter((row): row is Kpi => row.kind === 'kpi');
  return {
    ...empty.workbook,
    rows: { okrs: okrRows, kpis: kpiRows },
    kpis,
    kpiByKey: kpiLookup(kpis),
    objectives: okrRows.filter((row): row is Objective & { ownRow: number } => row.kind === 'objective'),
    keyResults: okrRows.filter((row): row is KeyResult => row.kind === 'keyResult'),
  };
}
