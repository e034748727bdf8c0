import { readFileSync } from 'node:fs';
import { createWorkbook, loadAddon } from './emulator/index';
import { buildAddon, DIST } from './scripts/build';
import { historyWorkbook } from './test/fixtures/history';
await buildAddon();
const code = readFileSync(`${DIST}/Code.js`, 'utf8');
for (const weeks of [13, 208]) {
  const h = historyWorkbook(weeks);
  const jobs: Record<string, (a: ReturnType<typeof loadAddon>) => unknown> = {
    edit: (a) => a.edit('OKRs', 'H100', '7'),
    save: (a) => a.run('submitCheckIn', { args: [{ id: 'O20.2', value: '0.2', confidence: '6', note: 'Bench' }] }),
    list: (a) => a.run('getCheckInState'),
    refresh: (a) => a.run('refreshScores'),
    health: (a) => a.run('getHealthFindings'),
  };
  for (const [name, job] of Object.entries(jobs)) {
    const wb = createWorkbook({ sheets: h.sheets });
    const a = loadAddon({ code, workbook: wb, now: h.today });
    a.counter.reset();
    const t = process.cpuUsage();
    const r = job(a);
    const u = process.cpuUsage(t);
    console.log(weeks, name, a.counter.total, a.counter.cellsRead, a.counter.cellsWritten, ((u.user + u.system) / 1000).toFixed(0), JSON.stringify(r)?.slice(0, 150));
  }
}
