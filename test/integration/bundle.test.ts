import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWorkbook, loadAddon } from '../../emulator/index';
import { ENTRY_POINTS } from '../../src/server/entryPoints';
import { bundleCode } from './harness';

const CUSTOM_FUNCTIONS = ['OKR_SCORE', 'OKR_STATUS', 'OBJECTIVE_SCORE', 'KPI_STATUS', 'QUARTER', 'QUARTER_PROGRESS'];
const dist = (file: string) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));

describe('dist/Code.js as Apps Script loads it', () => {
  it('declares exactly the registry’s entry points as top-level functions, and nothing else', () => {
    const addon = loadAddon({ code: bundleCode(), workbook: createWorkbook() });
    expect(addon.topLevelFunctions().sort()).toEqual(ENTRY_POINTS.map((entry) => entry.name).sort());
  });

  it('puts @customfunction JSDoc with every parameter directly above each custom function', () => {
    const code = bundleCode();
    const customFunctions = ENTRY_POINTS.filter((e) => (e.doc as readonly string[]).includes('@customfunction'));
    expect(customFunctions.map((entry) => entry.name)).toEqual(CUSTOM_FUNCTIONS);
    for (const entry of customFunctions) {
      const stub = new RegExp(
        `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${entry.name}\\(${entry.params.join(', ')}\\)`,
      );
      const doc = stub.exec(code)?.[1] ?? '';
      expect(doc, entry.name).toContain('@customfunction');
      for (const param of entry.params)
        expect(doc, `${entry.name} ${param}`).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${param}\\]?`));
    }
  });

  it('touches no Apps Script service while loading', () => {
    const addon = loadAddon({ code: bundleCode(), workbook: createWorkbook() });
    expect(addon.counter.total).toBe(0);
  });

  // Apps Script loads the whole file on every execution; the bench measures what that costs. 200 KB raw
  // leaves room for a clear model of the workbook while keeping that load well under a trigger's budget.
  it('stays under 200 KB, because Apps Script loads the whole file on every execution', () => {
    expect(statSync(dist('Code.js')).size).toBeLessThan(200 * 1024);
  });

  it('asks only for the narrow scopes in appsscript.json, the weekly digest’s three included', () => {
    const manifest = JSON.parse(readFileSync(dist('appsscript.json'), 'utf8')) as {
      runtimeVersion?: unknown;
      oauthScopes?: unknown;
    };
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      // The weekly digest alone: its trigger, its mail, and opening this file by ID from the trigger.
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/spreadsheets',
    ]);
  });
});
