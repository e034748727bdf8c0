// Formula work is the engine's, not the script's: a document full of custom-function results costs the add-on's
// Refresh the same service calls at 10 key results as at 10,000, and the engine is not part of dist/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon } from '../../emulator/index';
import { TODAY } from '../fixtures/examples';
import { generatedWorkbook } from '../fixtures/generated';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const code = read('../../dist/Code.js');

/** generatedWorkbook(n) plus a Dashboard tab scoring every OKRs row with one OKR_SCORE formula. */
function refreshWithDashboard(keyResults: number) {
  const sheets = generatedWorkbook(keyResults);
  const last = sheets.OKRs!.values.length;
  const formula = `=OKR_SCORE(OKRs!F2:F${last},OKRs!G2:G${last},OKRs!H2:H${last})`;
  const workbook = createWorkbook({
    sheets: { ...sheets, Dashboard: { values: [], formulas: { A2: { formula, value: '' } }, maxRows: last + 1 } },
  });
  const addon = loadAddon({ code, workbook, now: TODAY });
  addon.properties.document.idsUsed = '';
  expect(workbook.read('Dashboard').values()).toHaveLength(last);
  addon.counter.reset();
  addon.run('refreshScores');
  return { calls: Object.fromEntries(addon.counter.calls), executions: addon.cellExecutions, workbook, last };
}

describe('formula engine cost', () => {
  it('Refresh makes the same service calls for 10 key results as for 10,000 with a spilled custom function', () => {
    const small = refreshWithDashboard(10);
    const large = refreshWithDashboard(10_000);
    expect(large.calls).toEqual(small.calls);
    expect(large.executions).toBe(1);
    expect(large.workbook.read('Dashboard').cell(`A${large.last}`).value).not.toBe('');
  }, 120_000);

  it('HyperFormula (GPL-3.0) is a dev dependency only and never reaches the bundle', () => {
    const manifest = JSON.parse(read('../../package.json')) as {
      dependencies?: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(manifest.devDependencies).toHaveProperty('hyperformula');
    expect(manifest.dependencies ?? {}).not.toHaveProperty('hyperformula');
    expect(code).not.toMatch(/hyperformula|FunctionPlugin|DependencyGraph/i);
  });
});
