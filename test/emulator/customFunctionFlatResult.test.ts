// A custom function that returns a 1-D array: Sheets' guide shows only 2-D results, so the emulator chose to
// fill a column with it and to show nothing for an empty one (docs/decisions.md, "Formula engine in the
// emulator"). Pinned here so that a change to that choice is a decision, not an accident.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon } from '../../emulator/index';

const code = readFileSync(fileURLToPath(new URL('../../dist/Code.js', import.meta.url)), 'utf8');

const FLAT = `
/** @customfunction */
function THREE() { return [1, 2, 3]; }
/** @customfunction */
function NONE() { return []; }`;

function sheet() {
  const workbook = createWorkbook({ sheets: { S: { values: [['x', 'y']] } } });
  const addon = loadAddon({ code: code + FLAT, workbook, now: new Date('2026-11-23T09:00:00Z') });
  return { workbook, addon };
}

describe("a custom function's 1-D array result", () => {
  it('fills a column from its cell down', () => {
    const { workbook, addon } = sheet();
    addon.edit('S', 'C2', '=THREE()');
    expect(workbook.read('S').cell('C2').value).toBe(1);
    expect(workbook.read('S').cell('C3').value).toBe(2);
    expect(workbook.read('S').cell('C4').value).toBe(3);
    expect(workbook.read('S').cell('D2').value).toBe('');
  });

  it('shows nothing when it is empty', () => {
    const { workbook, addon } = sheet();
    addon.edit('S', 'C2', '=NONE()');
    expect(workbook.read('S').cell('C2').value).toBe('');
    expect(workbook.read('S').formulaError('C2')).toBeNull();
  });
});
