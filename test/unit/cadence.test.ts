import { describe, it, expect } from 'vitest';
import type { Cell } from '../../src/core/cells';
import { readCadence } from '../../src/core/kpi/cadence';

describe('readCadence', () => {
  it.each<[Cell, string]>([
    ['daily', 'daily'],
    ['Day', 'daily'],
    ['every day', 'daily'],
    ['week', 'weekly'],
    ['WEEKLY', 'weekly'],
    ['once a week', 'weekly'],
    ['Monthly', 'monthly'],
    ['every month', 'monthly'],
    ['per quarter', 'quarterly'],
    ['Quarterly', 'quarterly'],
    ['annual', 'yearly'],
    ['each year', 'yearly'],
  ])('%j → %s', (cell, expected) => {
    expect(readCadence(cell)).toEqual({ kind: 'value', value: expected });
  });

  it('reads blank as blank', () => {
    expect(readCadence(' ')).toEqual({ kind: 'blank' });
  });

  it.each<[Cell, string]>([
    ['biweekly', '"biweekly" is not daily, weekly, monthly, quarterly or yearly'],
    ['constructor', '"constructor" is not daily, weekly, monthly, quarterly or yearly'],
    [7, '"7" is not daily, weekly, monthly, quarterly or yearly'],
    ['every', '"every" is not daily, weekly, monthly, quarterly or yearly'],
  ])('%j is invalid', (cell, why) => {
    expect(readCadence(cell)).toEqual({ kind: 'invalid', why });
  });
});
