import { describe, it, expect } from 'vitest';
import { DESIGN_KPI_HEADER, DESIGN_OKR_HEADER } from '../fixtures/examples';
import type { Cell } from '../../src/core/cells';
import {
  COLUMNS,
  COMPUTED,
  REQUIRED,
  columnKeys,
  findHeader,
  matchRow,
  normaliseHeader,
  type TableKind,
} from '../../src/core/workbook/headers';

describe('normaliseHeader', () => {
  it.each([
    ['Key Result', 'keyresult'],
    ['  LAST check-in ', 'lastcheckin'],
    ['Lower_bound (USD)', 'lowerboundusd'],
    ['Q4 2026', 'q42026'],
    ['Échéance', 'échéance'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(normaliseHeader(text)).toBe(expected);
  });
});

describe('COLUMNS', () => {
  it('lists each kind in design order with its titles', () => {
    expect(columnKeys('kpis').map((key) => COLUMNS.kpis[key].title)).toEqual(DESIGN_KPI_HEADER);
    expect(columnKeys('okrs').map((key) => COLUMNS.okrs[key].title)).toEqual(DESIGN_OKR_HEADER);
    expect(columnKeys('checkIns').map((key) => COLUMNS.checkIns[key].title)).toEqual([
      'Timestamp',
      'Quarter',
      'ID',
      'Item',
      'Kind',
      'Value',
      'Confidence',
      'Note',
      'By',
    ]);
  });

  it.each<TableKind>(['kpis', 'okrs', 'checkIns'])('never gives two %s columns the same name', (kind) => {
    const names = columnKeys(kind).flatMap((key) => {
      const spec = (COLUMNS[kind] as Record<string, { title: string; synonyms: readonly string[] }>)[key];
      return [spec?.title ?? '', ...(spec?.synonyms ?? [])].map(normaliseHeader);
    });
    expect(new Set(names).size).toBe(names.length);
  });

  it('marks the computed columns', () => {
    expect(COMPUTED).toEqual({ kpis: ['status'], okrs: ['score', 'status', 'lastCheckIn'], checkIns: [] });
  });

  it('requires a name and a bound for KPIs', () => {
    expect(REQUIRED.kpis).toEqual({ all: ['name'], anyOf: [['min', 'max']] });
  });
});

describe('matchRow synonyms', () => {
  it.each<[TableKind, string, string]>([
    ['kpis', 'KPI', 'name'],
    ['kpis', 'Name', 'name'],
    ['kpis', 'metric', 'name'],
    ['kpis', 'Indicator', 'name'],
    ['kpis', 'Floor', 'min'],
    ['kpis', 'lower bound', 'min'],
    ['kpis', 'Ceiling', 'max'],
    ['kpis', 'Upper-Bound', 'max'],
    ['kpis', 'Value', 'current'],
    ['kpis', 'Actual', 'current'],
    ['kpis', 'Frequency', 'cadence'],
    ['kpis', 'Review', 'cadence'],
    ['kpis', 'Last updated', 'updated'],
    ['kpis', 'As of', 'updated'],
    ['kpis', 'Warn below', 'warnBelow'],
    ['kpis', 'Watch below', 'warnBelow'],
    ['kpis', 'amber below', 'warnBelow'],
    ['kpis', 'Warn above', 'warnAbove'],
    ['kpis', 'Watch Above', 'warnAbove'],
    ['kpis', 'Amber above', 'warnAbove'],
    ['kpis', 'Type', 'type'],
    ['kpis', 'Category', 'type'],
    ['kpis', 'Kind', 'type'],
    ['okrs', 'KPI', 'kpi'],
    ['okrs', 'Linked KPI', 'kpi'],
    ['okrs', 'KR', 'keyResult'],
    ['okrs', 'Key results', 'keyResult'],
    ['okrs', 'Objectives', 'objective'],
    ['okrs', 'Period', 'quarter'],
    ['okrs', 'Cycle', 'quarter'],
    ['okrs', 'Baseline', 'start'],
    ['okrs', 'Goal', 'target'],
    ['okrs', 'Actual', 'current'],
    ['okrs', 'Value', 'current'],
    ['okrs', 'Deadline', 'due'],
    ['okrs', 'LAST CHECK-IN', 'lastCheckIn'],
    ['okrs', 'Responsible', 'owner'],
    ['checkIns', 'Timestamp', 'timestamp'],
    ['checkIns', 'Value', 'value'],
    ['checkIns', 'By', 'by'],
  ])('on %s, %j is %s', (kind, header, key) => {
    expect(matchRow(kind, [header])).toEqual({ [key]: 0 });
  });

  it('leaves unknown columns unmatched', () => {
    expect(matchRow('kpis', ['Comments', 'Target'])).toEqual({});
  });
});

describe('findHeader', () => {
  it('finds the KPI header below a title block', () => {
    const rows: Cell[][] = [
      ['Company KPIs', '', ''],
      ['', '', ''],
      ['Metric', 'Floor', 'Notes', 'Value', ''],
      ['MRR', 1000, '', 1200, ''],
    ];
    expect(findHeader('kpis', rows)).toEqual({
      ok: true,
      header: { row: 2, columns: { name: 0, min: 1, current: 3 }, width: 4 },
    });
  });

  it('accepts a KPI header with only Max', () => {
    const result = findHeader('kpis', [['KPI', 'Max']]);
    expect(result).toEqual({ ok: true, header: { row: 0, columns: { name: 0, max: 1 }, width: 2 } });
  });

  it('maps the full OKR header in any order', () => {
    const row = [
      'Status',
      'Objective',
      'KR',
      'Goal',
      'Actual',
      'Baseline',
      'Linked KPI',
      'Score',
      'Last check-in',
      'Memo',
    ];
    const result = findHeader('okrs', [row]);
    expect(result).toEqual({
      ok: true,
      header: {
        row: 0,
        columns: {
          status: 0,
          objective: 1,
          keyResult: 2,
          target: 3,
          current: 4,
          start: 5,
          kpi: 6,
          score: 7,
          lastCheckIn: 8,
        },
        width: 10,
      },
    });
  });

  it('takes the first of repeated synonyms', () => {
    const result = findHeader('okrs', [['Objective', 'Key Result', 'Target', 'Value', 'Current']]);
    expect(result.ok && result.header.columns.current).toBe(3);
  });

  it('takes the first qualifying row, not the fullest', () => {
    const rows: Cell[][] = [
      ['KPI', 'Min'],
      ['KPI', 'Min', 'Max', 'Owner'],
    ];
    const result = findHeader('kpis', rows);
    expect(result.ok && result.header.row).toBe(0);
  });

  it('reads non-text header cells as text and counts width to the last non-blank cell', () => {
    const result = findHeader('checkIns', [['Timestamp', 'ID', '', 2026, '', '']]);
    expect(result).toEqual({ ok: true, header: { row: 0, columns: { timestamp: 0, id: 1 }, width: 4 } });
  });

  it('searches only the top 10 rows', () => {
    const rows: Cell[][] = [...Array.from({ length: 10 }, (): Cell[] => ['KPI']), ['KPI', 'Min']];
    expect(findHeader('kpis', rows)).toEqual({ ok: false, missing: ['Min or Max'] });
    const header = findHeader('kpis', rows.slice(1));
    expect(header.ok && header.header.row).toBe(9);
  });

  it.each<[TableKind, Cell[][], string[]]>([
    ['kpis', [], ['KPI', 'Min or Max']],
    ['kpis', [['Owner', 'Unit']], ['KPI', 'Min or Max']],
    ['kpis', [['Min', 'Max']], ['KPI']],
    [
      'okrs',
      [
        ['Objective', 'Key Result'],
        ['Objective', 'Target', 'Current'],
      ],
      ['Key Result'],
    ],
    ['okrs', [['Title'], ['Objective', 'KR']], ['Target', 'Current']],
    ['checkIns', [['When', 'Note']], ['ID']],
  ])('reports what %s lacks in the best row', (kind, rows, missing) => {
    expect(findHeader(kind, rows)).toEqual({ ok: false, missing });
  });
});
