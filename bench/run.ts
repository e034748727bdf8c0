// `npm run bench`: builds the add-on, measures every scenario at every size against the floor and the naive
// baseline, custom functions and the bundle, prints the tables and rewrites bench/RESULTS.md.
// `npm run bench -- 100 1000` measures only those sizes and leaves RESULTS.md alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createWorkbook, loadAddon, type Addon, type SheetFixture } from '../emulator/index';
import { buildAddon, DIST } from '../scripts/build';
import { TODAY } from '../test/fixtures/examples';
import { generatedWorkbook } from '../test/fixtures/generated';
import { grids, wholeTabs, writtenBlocks } from './blocks';
import { fileSize, loadMs } from './bundle';
import { customFunctionCost } from './customFunctions';
import { gasScript } from './gasScript';
import { measure } from './measure';
import { markdown, type ScenarioResult } from './report';
import { SCENARIOS, type Scenario, type Session } from './scenarios';

const SIZES = [100, 1_000, 10_000, 50_000];
const RUNS = 5;

const RESULTS = fileURLToPath(new URL('RESULTS.md', import.meta.url));

function session(code: string, sheets: Record<string, SheetFixture>, size: number, scenario: Scenario): Session {
  const workbook = createWorkbook({ sheets });
  const addon = loadAddon({ code, workbook, now: scenario.now ?? TODAY });
  const opened = { workbook, addon, size };
  scenario.setup?.(opened);
  return opened;
}

interface Scripts {
  readonly addon: string;
  readonly floor: string;
  readonly naive: string;
}

function measureScenario(scripts: Scripts, scenario: Scenario, size: number): ScenarioResult {
  const sheets = generatedWorkbook(size);
  const fresh = (code: string): Session => session(code, sheets, size, scenario);
  // One unmeasured run of the add-on shows which cells it changes: the floor writes exactly those.
  const probe = fresh(scripts.addon);
  const reads = wholeTabs(probe.workbook, scenario.tabs);
  const writes = scenario.writes ?? scenario.tabs;
  const before = grids(probe.workbook, writes);
  scenario.act(probe);
  const written = writtenBlocks(before, grids(probe.workbook, writes));

  const ours = measure(RUNS, () => fresh(scripts.addon).addon, (addon) => scenario.act({ ...probe, addon, size }));
  const floor = measure(RUNS, () => fresh(scripts.floor).addon, (addon: Addon) =>
    addon.run('floor', { args: [reads, written.values, written.colours] }));
  const naiveEntry = scenario.naive;
  const naive = naiveEntry === undefined
    ? undefined
    : measure(RUNS, () => fresh(scripts.naive).addon, (addon) => addon.run(naiveEntry));
  return { scenario: scenario.name, size, limitSeconds: scenario.limitSeconds, ours, floor, ...(naive === undefined ? {} : { naive }) };
}

const requested = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const sizes = requested.length > 0 ? requested : SIZES;

await buildAddon();
const scripts: Scripts = {
  addon: readFileSync(`${DIST}/Code.js`, 'utf8'),
  floor: await gasScript('floor.ts', [{ name: 'floor', params: ['reads', 'valueWrites', 'colourWrites'] }]),
  naive: await gasScript('naive.ts', [{ name: 'naiveRefresh', params: [] }]),
};
const scenarios: ScenarioResult[] = [];
for (const scenario of SCENARIOS) {
  for (const size of sizes) {
    console.error(`measuring ${scenario.name} at ${size.toLocaleString('en-US')}…`);
    scenarios.push(measureScenario(scripts, scenario, size));
  }
}
console.error('measuring custom functions and the bundle…');
const results = {
  date: new Date(),
  scenarios,
  customFunctions: sizes.map((size) => customFunctionCost(scripts.addon, size)),
  bundle: {
    files: [fileSize(`${DIST}/Code.js`), fileSize(`${DIST}/Sidebar.html`)],
    loadMs: loadMs(scripts.addon, 20),
    loadRuns: 20,
  },
};
const report = markdown(results);
console.log(report);
if (requested.length === 0) writeFileSync(RESULTS, report);
else console.error('Sizes given on the command line: bench/RESULTS.md left as it was.');
