// Users keep their own column names and order, so a table is located by its header row: the first of
// the top rows that names every required column, matched after normalising case, spaces and
// punctuation against each column's title and synonyms.

import { readText, type Cell } from '../cells';

export type TableKind = 'kpis' | 'okrs' | 'checkIns';

export type KpiColumn =
  | 'id'
  | 'name'
  | 'owner'
  | 'unit'
  | 'min'
  | 'max'
  | 'current'
  | 'cadence'
  | 'updated'
  | 'warnBelow'
  | 'warnAbove'
  | 'type'
  | 'status';

export type OkrColumn =
  | 'id'
  | 'quarter'
  | 'objective'
  | 'keyResult'
  | 'owner'
  | 'start'
  | 'target'
  | 'current'
  | 'unit'
  | 'weight'
  | 'due'
  | 'confidence'
  | 'kpi'
  | 'team'
  | 'parent'
  | 'score'
  | 'status'
  | 'lastCheckIn';

export type CheckInColumn = 'timestamp' | 'quarter' | 'id' | 'item' | 'kind' | 'value' | 'confidence' | 'note' | 'by';

export type ColumnOf<K extends TableKind> = { kpis: KpiColumn; okrs: OkrColumn; checkIns: CheckInColumn }[K];

export interface ColumnSpec {
  /** The header the add-on writes, as DESIGN names it. */
  readonly title: string;
  /** Other headers users write for the same column. */
  readonly synonyms: readonly string[];
}

export type Columns<K extends TableKind> = { readonly [C in ColumnOf<K>]: ColumnSpec };

/** Per kind, in the order `Set up` writes them. */
export const COLUMNS: { readonly [K in TableKind]: Columns<K> } = {
  kpis: {
    id: { title: 'ID', synonyms: [] },
    // On the KPIs tab a "KPI" column is the KPI's name; on the OKRs tab it is the linked KPI.
    name: { title: 'KPI', synonyms: ['Name', 'Metric', 'Indicator', 'KPI name'] },
    owner: { title: 'Owner', synonyms: ['Responsible'] },
    unit: { title: 'Unit', synonyms: ['Units'] },
    min: { title: 'Min', synonyms: ['Floor', 'Lower bound', 'Minimum'] },
    max: { title: 'Max', synonyms: ['Ceiling', 'Upper bound', 'Maximum'] },
    current: { title: 'Current', synonyms: ['Value', 'Actual', 'Current value'] },
    cadence: { title: 'Cadence', synonyms: ['Frequency', 'Review'] },
    updated: { title: 'Updated', synonyms: ['Last updated', 'As of', 'Updated on'] },
    warnBelow: { title: 'Warn below', synonyms: ['Watch below', 'Amber below'] },
    warnAbove: { title: 'Warn above', synonyms: ['Watch above', 'Amber above'] },
    type: { title: 'Type', synonyms: ['Category', 'Kind'] },
    status: { title: 'Status', synonyms: [] },
  },
  okrs: {
    id: { title: 'ID', synonyms: [] },
    quarter: { title: 'Quarter', synonyms: ['Period', 'Cycle'] },
    objective: { title: 'Objective', synonyms: ['Objectives'] },
    keyResult: { title: 'Key Result', synonyms: ['KR', 'Key results', 'KRs'] },
    owner: { title: 'Owner', synonyms: ['Responsible'] },
    start: { title: 'Start', synonyms: ['Baseline', 'Start value'] },
    target: { title: 'Target', synonyms: ['Goal', 'Target value'] },
    current: { title: 'Current', synonyms: ['Actual', 'Value', 'Current value'] },
    unit: { title: 'Unit', synonyms: ['Units'] },
    weight: { title: 'Weight', synonyms: [] },
    due: { title: 'Due', synonyms: ['Deadline', 'Due date'] },
    confidence: { title: 'Confidence', synonyms: [] },
    kpi: { title: 'KPI', synonyms: ['Linked KPI'] },
    team: { title: 'Team', synonyms: ['Department', 'Group'] },
    parent: { title: 'Parent', synonyms: ['Aligns to', 'Supports', 'Contributes to'] },
    score: { title: 'Score', synonyms: ['Grade'] },
    status: { title: 'Status', synonyms: [] },
    lastCheckIn: { title: 'Last check-in', synonyms: ['Last checked in'] },
  },
  checkIns: {
    timestamp: { title: 'Timestamp', synonyms: ['Time', 'Date', 'When'] },
    quarter: { title: 'Quarter', synonyms: ['Period', 'Cycle'] },
    id: { title: 'ID', synonyms: [] },
    item: { title: 'Item', synonyms: ['Name'] },
    kind: { title: 'Kind', synonyms: ['Type'] },
    value: { title: 'Value', synonyms: ['Current'] },
    confidence: { title: 'Confidence', synonyms: [] },
    note: { title: 'Note', synonyms: ['Notes', 'Comment'] },
    by: { title: 'By', synonyms: ['User', 'Who'] },
  },
};

export interface RequiredColumns<C extends string> {
  /** Every one of these. */
  readonly all: readonly C[];
  /** From each group, at least one. */
  readonly anyOf: readonly (readonly C[])[];
}

export const REQUIRED: { readonly [K in TableKind]: RequiredColumns<ColumnOf<K>> } = {
  kpis: { all: ['name'], anyOf: [['min', 'max']] },
  okrs: { all: ['objective', 'keyResult', 'target', 'current'], anyOf: [] },
  checkIns: { all: ['timestamp', 'id'], anyOf: [] },
};

/** Columns the add-on writes; every other column belongs to the user. */
export const COMPUTED: { readonly [K in TableKind]: readonly ColumnOf<K>[] } = {
  kpis: ['status'],
  okrs: ['score', 'status', 'lastCheckIn'],
  checkIns: [],
};

/** The ten rows searched: enough for a title block, few enough not to mistake data for headers. */
export const HEADER_SEARCH_ROWS = 10;

export interface HeaderMatch<C extends string> {
  /** 0-based index within the rows given. */
  row: number;
  /** 0-based column index of each column found. */
  columns: Partial<Record<C, number>>;
  /** Cells in the header row up to its last non-blank one. */
  width: number;
}

export type HeaderResult<C extends string> = { ok: true; header: HeaderMatch<C> } | { ok: false; missing: string[] };

export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Column keys of a kind, in design order. */
export function columnKeys<K extends TableKind>(kind: K): ColumnOf<K>[] {
  return Object.keys(COLUMNS[kind]) as ColumnOf<K>[];
}

function specOf<K extends TableKind>(kind: K, key: ColumnOf<K>): ColumnSpec {
  return (COLUMNS[kind] as Record<ColumnOf<K>, ColumnSpec>)[key];
}

/** Normalised header text → column key, for one kind. */
function lookup<K extends TableKind>(kind: K): Map<string, ColumnOf<K>> {
  const map = new Map<string, ColumnOf<K>>();
  for (const key of columnKeys(kind)) {
    const spec = specOf(kind, key);
    for (const name of [spec.title, ...spec.synonyms]) {
      const normalised = normaliseHeader(name);
      if (!map.has(normalised)) map.set(normalised, key);
    }
  }
  return map;
}

/** Which columns one row names; the leftmost cell wins when two name the same column. */
export function matchRow<K extends TableKind>(kind: K, row: readonly Cell[]): Partial<Record<ColumnOf<K>, number>> {
  const names = lookup(kind);
  const columns: Partial<Record<ColumnOf<K>, number>> = {};
  row.forEach((cell, index) => {
    const key = names.get(normaliseHeader(readText(cell)));
    if (key !== undefined && columns[key] === undefined) columns[key] = index;
  });
  return columns;
}

/** Display titles of required columns the match lacks; an "any of" group reads `Min or Max`. */
export function missingColumns<K extends TableKind>(kind: K, columns: Partial<Record<ColumnOf<K>, number>>): string[] {
  const required = REQUIRED[kind] as RequiredColumns<ColumnOf<K>>;
  const missing = required.all.filter((key) => columns[key] === undefined).map((key) => specOf(kind, key).title);
  for (const group of required.anyOf) {
    if (group.every((key) => columns[key] === undefined)) {
      missing.push(group.map((key) => specOf(kind, key).title).join(' or '));
    }
  }
  return missing;
}

function rowWidth(row: readonly Cell[]): number {
  for (let index = row.length - 1; index >= 0; index--) {
    const cell = row[index];
    if (cell !== undefined && readText(cell) !== '') return index + 1;
  }
  return 0;
}

export function findHeader<K extends TableKind>(kind: K, rows: Cell[][]): HeaderResult<ColumnOf<K>> {
  let best: Partial<Record<ColumnOf<K>, number>> = {};
  let bestCount = -1;
  for (const [index, row] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const columns = matchRow(kind, row);
    if (missingColumns(kind, columns).length === 0) {
      return { ok: true, header: { row: index, columns, width: rowWidth(row) } };
    }
    const count = Object.keys(columns).length;
    if (count > bestCount) {
      best = columns;
      bestCount = count;
    }
  }
  return { ok: false, missing: missingColumns(kind, best) };
}
