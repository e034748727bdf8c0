// `npm start`: until the browser playground exists, run the built add-on on a demo workbook in the emulator
// (Set up tabs, then Refresh) and print the scored tabs as a person would read them in Sheets.
import { readFile } from 'node:fs/promises';
import { createWorkbook, loadAddon, type Workbook } from '../emulator/index';
import { buildAddon, DIST } from './build';

const WIDEST = 30;

/** A tab as Sheets displays it, minus columns that are blank below the header. */
function table(workbook: Workbook, name: string): string {
  const all = workbook.read(name).displayValues();
  const shown = (all[0] ?? []).map((_, column) => column).filter((column) => all.slice(1).some((row) => row[column]));
  const rows = all.map((row) => shown.map((column) => row[column] ?? ''));
  const widths = shown.map((_, index) => Math.min(WIDEST, Math.max(...rows.map((row) => (row[index] ?? '').length))));
  const fit = (cell: string, width: number): string => (cell.length > width ? `${cell.slice(0, width - 1)}…` : cell.padEnd(width));
  const line = (row: string[]): string => row.map((cell, index) => fit(cell, widths[index] ?? 0)).join(' │ ').trimEnd();
  return [line(rows[0] ?? []), widths.map((width) => '─'.repeat(width)).join('─┼─'), ...rows.slice(1).map(line)].join('\n');
}

await buildAddon();
const workbook = createWorkbook({ name: 'Demo company' });
const addon = loadAddon({ code: await readFile(`${DIST}/Code.js`, 'utf8'), workbook });
addon.run('onOpen', { authMode: 'LIMITED' });
addon.run('setUpTabs');
addon.run('refreshScores');

const menu = addon.ui.menus.at(-1);
console.log(`Extensions → ${menu?.caption ?? 'KPI & OKR'}: ${menu?.items.map((item) => item.caption).join(' · ')}\n`);
for (const name of ['KPIs', 'OKRs']) console.log(`${name}\n${table(workbook, name)}\n`);
console.log(`Toast: ${addon.ui.toasts.at(-1)?.message ?? '(none)'}`);
console.log('\nThis ran dist/Code.js, the file `npm run push` uploads, on the local Apps Script emulator.');
