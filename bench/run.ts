// `npm run bench`: builds the add-on, measures every scenario at every size against the floor and the naive
// baseline, the history dimension (one team, 1 quarter to 4 years of check-ins), custom functions and the
// bundle, prints the tables and rewrites bench/RESULTS.md. Any option below prints only and leaves
// RESULTS.md alone:
//   npm run bench -- 100 1000          the N-rows dimension at those sizes only (no history)
//   npm run bench -- --only history    the history and teams dimensions and the bundle only
//   npm run bench -- --only rows       the N-rows dimension, custom functions and the bundle only
//   npm run bench -- --quick           one run per measurement instead of five
//   npm run bench -- --only cells      a custom function typed into a cell over 10,000 rows (and the sizes given)
//   npm run bench -- --scenario dash   only the N-rows scenarios whose name contains that text (any case)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createWorkbook, loadAddon, type Addon, type SheetFixture } from '../emulator/index';
import { buildAddon, DIST } from '../scripts/build';
import { TODAY } from '../test/fixtures/examples';
import { generatedWorkbook } from '../test/fixtures/generated';
import { HISTORY_WEEKS, type HistoryLength } from '../test/fixtures/history';
import { grids, wholeTabs, writtenBlocks } from './blocks';
import { fileSize, loadMs } from './bundle';
import { cellFormulaCost, cellFormulaTable } from './cellFormulas';
import { dashboardShape } from './dashboardShape';
import { customFunctionCost } from './customFunctions';
import { gasScript } from './gasScript';
import { measureHistory, type HistoryResult, type HistoryScripts } from './history';
import { ioOverLimit } from './latencyModel';
import { measure, type Cost } from './measure';
import { measureTeams, TEAMS, type TeamsResult } from './teams';
import { markdown, type ScenarioResult } from './report';
import { SCENARIOS, type Scenario, type Session } from './scenarios';

const SIZES = [100, 1_000, 10_000, 50_000];

interface Options {
  readonly sizes: readonly number[];
  readonly rows: boolean;
  readonly history: boolean;
  readonly runs: number;
  /** The N-rows scenarios measured. */
  readonly scenarios: readonly Scenario[];
  /** Only the full run, with every default, rewrites RESULTS.md. */
  readonly write: boolean;
}

function options(args: readonly string[]): Options {
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  if (only !== undefined && only !== 'rows' && only !== 'history' && only !== 'cells')
    throw new Error(`--only takes rows, history or cells, not ${only}`);
  const requested = args.map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const quick = args.includes('--quick');
  const named = args.includes('--scenario') ? (args[args.indexOf('--scenario') + 1] ?? '').toLowerCase() : '';
  const scenarios = SCENARIOS.filter((scenario) => scenario.name.toLowerCase().includes(named));
  if (scenarios.length === 0) throw new Error(`no scenario's name contains ${named}`);
  return {
    sizes: requested.length > 0 ? requested : SIZES,
    rows: only !== 'history',
    history: only === 'history' || (only === undefined && requested.length === 0 && named === ''),
    runs: quick ? 1 : 5,
    scenarios,
    write: args.length === 0,
  };
}

const RESULTS = fileURLToPath(new URL('RESULTS.md', import.meta.url));

/**
 * A fresh workbook brought to where the measured call starts by the add-on itself (`setup`), then opened with
 * `code`: the add-on goes on in the same session (its document properties kept), a floor script or the naive
 * baseline opens afresh. The setup runs again for every session: a snapshot of a 50,000-row workbook with its
 * Dashboard tab, kept beside the live copies, runs Node out of heap.
 */
function session(
  addonCode: string,
  code: string,
  sheets: Record<string, SheetFixture>,
  size: number,
  scenario: Scenario,
): Session {
  const workbook = createWorkbook({ sheets });
  const now = scenario.now ?? TODAY;
  if (scenario.setup === undefined) return { workbook, addon: loadAddon({ code, workbook, now }), size };
  const addon = loadAddon({ code: addonCode, workbook, now });
  scenario.setup({ workbook, addon, size });
  return { workbook, addon: code === addonCode ? addon : loadAddon({ code, workbook, now }), size };
}

interface Scripts {
  readonly addon: string;
  readonly floor: string;
  /** Built from bench/gas/dashboardFloor.ts: the floor of a job that writes the Dashboard tab. */
  readonly dashboardFloor: string;
  readonly naive: string;
}

function measureScenario(scripts: Scripts, scenario: Scenario, size: number, runs: number): ScenarioResult {
  const sheets = (scenario.workbook ?? generatedWorkbook)(size);
  const fresh = (code: string): Session => session(scripts.addon, code, sheets, size, scenario);
  // Once a run's calls and cells alone are past the limit, more runs change no verdict (ioOverLimit).
  const enough = (cost: Cost): boolean => ioOverLimit(cost, scenario.limitSeconds);
  // A first run of the add-on shows which cells it changes: the floor writes exactly those. It counts as the
  // add-on's only run when its I/O is already past the limit; otherwise all `runs` are measured afresh.
  const probe = fresh(scripts.addon);
  const reads = wholeTabs(probe.workbook, scenario.tabs);
  const writes = scenario.writes ?? scenario.tabs;
  const before = grids(probe.workbook, writes);
  const first = measure(
    1,
    () => probe.addon,
    () => scenario.act(probe),
  );
  const written = writtenBlocks(before, grids(probe.workbook, writes));
  const shape = scenario.dashboard === true ? dashboardShape(probe.workbook) : undefined;

  const ours = enough(first)
    ? first
    : measure(
        runs,
        () => fresh(scripts.addon).addon,
        (addon) => scenario.act({ ...probe, addon, size }),
      );
  const floor =
    shape === undefined
      ? measure(
          runs,
          () => fresh(scripts.floor).addon,
          (addon: Addon) => addon.run('floor', { args: [reads, written.values, written.colours] }),
          enough,
        )
      : measure(
          runs,
          () => fresh(scripts.dashboardFloor).addon,
          (addon: Addon) => addon.run('dashboardFloor', { args: [reads, written.values, written.colours, shape] }),
          enough,
        );
  const naiveEntry = scenario.naive;
  const naive =
    naiveEntry === undefined
      ? undefined
      : measure(
          runs,
          () => fresh(scripts.naive).addon,
          (addon) => addon.run(naiveEntry),
          enough,
        );
  return {
    scenario: scenario.name,
    size,
    limitSeconds: scenario.limitSeconds,
    ours,
    floor,
    ...(naive === undefined ? {} : { naive }),
  };
}

const chosen = options(process.argv.slice(2));

await buildAddon();
const argv = process.argv.slice(2);
if (argv.includes('--only') && argv[argv.indexOf('--only') + 1] === 'cells') {
  const code = readFileSync(`${DIST}/Code.js`, 'utf8');
  const sizes = argv.map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const costs = (sizes.length > 0 ? sizes : [10_000]).map((rows) => {
    console.error(`measuring a custom function in a cell over ${rows.toLocaleString('en-US')} rows…`);
    return cellFormulaCost(code, rows, chosen.runs);
  });
  console.log(cellFormulaTable(costs));
  process.exit(0);
}
const scripts: Scripts = {
  addon: readFileSync(`${DIST}/Code.js`, 'utf8'),
  floor: await gasScript('floor.ts', [{ name: 'floor', params: ['reads', 'valueWrites', 'colourWrites'] }]),
  dashboardFloor: await gasScript('dashboardFloor.ts', [
    { name: 'dashboardFloor', params: ['reads', 'valueWrites', 'colourWrites', 'shape'] },
  ]),
  naive: await gasScript('naive.ts', [{ name: 'naiveRefresh', params: [] }]),
};
const scenarios: ScenarioResult[] = [];
for (const scenario of chosen.rows ? chosen.scenarios : []) {
  for (const size of chosen.sizes) {
    console.error(`measuring ${scenario.name} at ${size.toLocaleString('en-US')}…`);
    scenarios.push(measureScenario(scripts, scenario, size, chosen.runs));
  }
}
let history: HistoryResult[] | undefined;
let teams: TeamsResult[] | undefined;
if (chosen.history) {
  const historyScripts: HistoryScripts = {
    addon: scripts.addon,
    floor: scripts.floor,
    editFloor: await gasScript('editFloor.ts', [{ name: 'editFloor', params: ['place'] }]),
    checkInFloor: await gasScript('checkInFloor.ts', [{ name: 'checkInFloor', params: ['place', 'logRow'] }]),
    dashboardFloor: scripts.dashboardFloor,
    chainEditFloor: await gasScript('chainEditFloor.ts', [
      { name: 'chainEditFloor', params: ['reads', 'scoreRows', 'scoreColumn'] },
    ]),
  };
  history = [];
  for (const length of Object.keys(HISTORY_WEEKS) as HistoryLength[]) {
    console.error(`measuring the history dimension at ${length}…`);
    history.push(...measureHistory(historyScripts, length, chosen.runs));
  }
  console.error(`measuring Roll up teams with ${TEAMS} teams…`);
  teams = measureTeams(
    {
      addon: scripts.addon,
      teamsFloor: await gasScript('teamsFloor.ts', [{ name: 'teamsFloor', params: ['teams', 'tab', 'formulas'] }]),
    },
    chosen.runs,
  );
}
console.error(`measuring ${chosen.rows ? 'custom functions and ' : ''}the bundle…`);
const results = {
  date: new Date(),
  scenarios,
  customFunctions: chosen.rows ? chosen.sizes.map((size) => customFunctionCost(scripts.addon, size)) : [],
  ...(history === undefined ? {} : { history }),
  ...(teams === undefined ? {} : { teams }),
  bundle: {
    files: [fileSize(`${DIST}/Code.js`), fileSize(`${DIST}/Sidebar.html`)],
    loadMs: loadMs(scripts.addon, 20),
    loadRuns: 20,
  },
};
const report = markdown(results);
console.log(report);
if (chosen.write) writeFileSync(RESULTS, report);
else console.error('Options given on the command line: bench/RESULTS.md left as it was.');
