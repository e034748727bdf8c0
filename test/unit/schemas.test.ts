import { describe, it, expect } from 'vitest';
import type { Cell } from '../../src/core/cells';
import { keyResultRowSchema, kpiRowSchema, parseRow, rowCells } from '../../src/core/workbook/schemas';

describe('kpiRowSchema', () => {
  it('reads a typed row', () => {
    const result = parseRow(kpiRowSchema, {
      id: 'K1',
      name: ' MRR ',
      owner: 'Ana',
      unit: '$',
      min: '$250,000',
      max: '',
      current: 262000,
      cadence: 'Weekly',
      updated: new Date(2026, 9, 1, 12),
    });
    expect(result).toEqual({
      ok: true,
      row: {
        id: 'K1',
        name: 'MRR',
        owner: 'Ana',
        unit: '$',
        min: 250000,
        max: undefined,
        current: 262000,
        cadence: 'weekly',
        updated: new Date(2026, 9, 1),
      },
    });
  });

  it('reads the watch lines and the Type', () => {
    const result = parseRow(kpiRowSchema, {
      name: 'Uptime',
      min: '99.9%',
      warnBelow: '99.95%',
      warnAbove: '',
      type: ' Operational ',
    });
    expect(result).toEqual({
      ok: true,
      row: {
        id: '',
        name: 'Uptime',
        owner: '',
        unit: '',
        min: 0.999,
        warnBelow: 0.9995,
        cadence: 'monthly',
        type: 'operational',
      },
    });
  });

  it('names a Type that is not one of the three kinds, and a watch line that is not a number', () => {
    const result = parseRow(kpiRowSchema, { name: 'NPS', min: 45, warnBelow: 'soon', type: 'vanity' });
    expect(result).toEqual({
      ok: false,
      why: 'Warn below: "soon" is not a number; Type: "vanity" is not health, operational or strategic',
    });
  });

  it('fills defaults for missing columns', () => {
    const result = parseRow(kpiRowSchema, { name: 'NPS', min: 45 });
    expect(result).toEqual({
      ok: true,
      row: { id: '', name: 'NPS', owner: '', unit: '', min: 45, cadence: 'monthly' },
    });
  });

  it.each<[Cell, string]>([
    ['', 'monthly'],
    ['week', 'weekly'],
    ['Monthly', 'monthly'],
    ['every month', 'monthly'],
    ['Quarterly', 'quarterly'],
    ['daily', 'daily'],
    ['annually', 'yearly'],
  ])('reads cadence %j as %s', (cadence, expected) => {
    const result = parseRow(kpiRowSchema, { name: 'X', cadence });
    expect(result.ok && result.row.cadence).toBe(expected);
  });

  it('names every bad field', () => {
    expect(
      parseRow(kpiRowSchema, { name: 'X', min: 'abc', current: '#N/A', cadence: 'biweekly', updated: 'soon' }),
    ).toEqual({
      ok: false,
      why:
        'Min: "abc" is not a number; Current: error value #N/A; ' +
        'Cadence: "biweekly" is not daily, weekly, monthly, quarterly or yearly; Updated: "soon" is not a date',
    });
  });
});

describe('kpiRowSchema text columns', () => {
  it.each<[Record<string, Cell>, string]>([
    [{ name: '#REF!' }, 'KPI: error value #REF!'],
    [{ name: 'MRR', owner: '#N/A' }, 'Owner: error value #N/A'],
    [{ name: 'MRR', unit: '#NUM!' }, 'Unit: error value #NUM!'],
    [{ name: 'MRR', updated: 46000 }, 'Updated: 46000 is a number, not a date'],
  ])('rejects %j', (cells, why) => {
    expect(parseRow(kpiRowSchema, { min: 1, ...cells })).toEqual({ ok: false, why });
  });

  it('keeps text that merely mentions an error value', () => {
    const result = parseRow(kpiRowSchema, { name: 'Count of #N/A rows', min: 0 });
    expect(result.ok && result.row.name).toBe('Count of #N/A rows');
  });
});

describe('keyResultRowSchema', () => {
  const base = { objective: 'Grow', keyResult: 'Leads', target: 60 };

  it('reads a key result row', () => {
    const result = parseRow(keyResultRowSchema, {
      id: 'O1.1',
      quarter: '2026-Q4',
      objective: 'Retain',
      keyResult: 'Cut churn',
      owner: 'Bo',
      start: '8%',
      target: '4%',
      current: 0.055,
      unit: '%',
      weight: '',
      due: '2026-12-31',
      confidence: 6,
      kpi: 'K2',
    });
    expect(result).toEqual({
      ok: true,
      row: {
        id: 'O1.1',
        quarter: '2026-Q4',
        objective: 'Retain',
        keyResult: 'Cut churn',
        owner: 'Bo',
        start: 0.08,
        target: 0.04,
        current: 0.055,
        unit: '%',
        weight: 1,
        due: new Date(2026, 11, 31),
        confidence: 6,
        kpi: 'K2',
        team: '',
        parent: '',
      },
    });
  });

  it.each<[Cell, number | boolean | undefined]>([
    [true, true],
    [false, false],
    ['TRUE', true],
    ['false', false],
    [38, 38],
    ['', undefined],
  ])('keeps current %j as %s', (current, expected) => {
    const result = parseRow(keyResultRowSchema, { ...base, current });
    expect(result.ok && result.row.current).toBe(expected);
  });

  it.each<[Cell, number]>([
    ['', 1],
    [0, 0],
    [2, 2],
    ['1,5', 1.5],
  ])('reads weight %j as %d', (weight, expected) => {
    const result = parseRow(keyResultRowSchema, { ...base, weight });
    expect(result.ok && result.row.weight).toBe(expected);
  });

  it.each<[Cell, number | undefined]>([
    ['', undefined],
    [0, 0],
    [10, 10],
    ['7.5', 7.5],
  ])('reads confidence %j', (confidence, expected) => {
    const result = parseRow(keyResultRowSchema, { ...base, confidence });
    expect(result.ok && result.row.confidence).toBe(expected);
  });

  it.each<[Record<string, Cell>, string]>([
    [{ target: 'abc' }, 'Target: "abc" is not a number'],
    [{ start: true }, 'Start: TRUE is a checkbox, not a number'],
    [{ current: 'lots' }, 'Current: "lots" is not a number'],
    [{ weight: -1 }, 'Weight: -1 is negative'],
    [{ confidence: 12 }, 'Confidence: 12 is outside 0–10'],
    [{ confidence: -1 }, 'Confidence: -1 is outside 0–10'],
    [{ due: '03/04/2026' }, 'Due: "03/04/2026" is ambiguous — use 2026-04-03'],
    [{ target: '#REF!', due: 'never' }, 'Target: error value #REF!; Due: "never" is not a date'],
    [{ objective: '#REF!' }, 'Objective: error value #REF!'],
    [{ keyResult: '#N/A' }, 'Key Result: error value #N/A'],
    [{ owner: ' #NAME? ', unit: '#VALUE!' }, 'Owner: error value #NAME?; Unit: error value #VALUE!'],
    [{ kpi: '#DIV/0!' }, 'KPI: error value #DIV/0!'],
    [{ id: '#NULL!', quarter: '#ERROR!' }, 'ID: error value #NULL!; Quarter: error value #ERROR!'],
    [{ confidence: '70%' }, 'Confidence: "70%" is a percent; confidence is a number from 0 to 10'],
    [{ confidence: ' 7 % ' }, 'Confidence: "7 %" is a percent; confidence is a number from 0 to 10'],
    [{ due: 45 }, 'Due: 45 is a number, not a date'],
    [{ target: '1e999' }, 'Target: "1e999" is not a number'],
    [{ target: Number.POSITIVE_INFINITY }, 'Target: Infinity is not a number'],
  ])('rejects %j', (cells, why) => {
    expect(parseRow(keyResultRowSchema, { ...base, ...cells })).toEqual({ ok: false, why });
  });
});

describe('rowCells', () => {
  it('picks mapped cells and blanks the rest', () => {
    const row: Cell[] = ['K1', 'MRR', 5];
    expect(rowCells(row, { id: 0, name: 1, min: 2, max: 7 })).toEqual({ id: 'K1', name: 'MRR', min: 5, max: '' });
    expect(rowCells(row, { id: 0 }, ['id', 'owner'])).toEqual({ id: 'K1', owner: '' });
  });

  it('feeds parseRow', () => {
    const result = parseRow(kpiRowSchema, rowCells(['Churn', '', '3%'], { name: 0, min: 1, max: 2 }));
    expect(result.ok && [result.row.name, result.row.min, result.row.max]).toEqual(['Churn', undefined, 0.03]);
  });
});
