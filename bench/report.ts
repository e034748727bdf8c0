// Renders the results as Markdown: printed as is on stdout and written to bench/RESULTS.md.
import { arch, cpus, platform, release, totalmem } from 'node:os';
import type { FileSize } from './bundle';
import type { CustomFunctionCost } from './customFunctions';
import { MS_PER_CALL, MS_PER_CELL, SOURCES, estimatedSeconds } from './latencyModel';
import type { Cost } from './measure';
import { int, kb, ms, ratio, seconds, table } from './format';
import type { HistoryResult } from './history';
import { historySection } from './historyReport';
import { REFRESH_WITH_DASHBOARD, REFRESH_WITH_READINGS } from './scenarios';
import type { TeamsResult } from './teams';
import { teamsSection } from './teamsReport';

export interface ScenarioResult {
  readonly scenario: string;
  readonly size: number;
  readonly limitSeconds: number;
  readonly ours: Cost;
  readonly floor: Cost;
  readonly naive?: Cost;
}

export interface BundleResult {
  readonly files: readonly FileSize[];
  readonly loadMs: number;
  readonly loadRuns: number;
}

export interface Results {
  readonly date: Date;
  readonly scenarios: readonly ScenarioResult[];
  readonly customFunctions: readonly CustomFunctionCost[];
  /** Absent when the run skipped the history dimension. */
  readonly history?: readonly HistoryResult[];
  /** Absent when the run skipped the history dimension (the teams are measured with it). */
  readonly teams?: readonly TeamsResult[];
  readonly bundle: BundleResult;
}

function fits(cost: Cost, limitSeconds: number): string {
  const estimate = estimatedSeconds(cost);
  return `${seconds(estimate)} s of ${limitSeconds} s: ${estimate <= limitSeconds ? 'fits' : '**does not fit**'}`;
}

function oursTable(results: readonly ScenarioResult[]): string {
  return table(
    [
      'scenario',
      'KRs + KPIs',
      'service calls',
      'cells read',
      'cells written',
      'CPU ms (median)',
      'estimated Apps Script time',
    ],
    results.map((r) => [
      r.scenario,
      int(r.size),
      int(r.ours.calls),
      int(r.ours.cellsRead),
      int(r.ours.cellsWritten),
      `${ms(r.ours.cpuMs)} (${r.ours.runs} run${r.ours.runs === 1 ? '' : 's'})`,
      fits(r.ours, r.limitSeconds),
    ]),
  );
}

function floorTable(results: readonly ScenarioResult[]): string {
  return table(
    [
      'scenario',
      'KRs + KPIs',
      'floor calls',
      'floor cells r / w',
      'floor CPU ms',
      'ours ÷ floor: calls',
      'cells',
      'CPU',
    ],
    results.map((r) => [
      r.scenario,
      int(r.size),
      int(r.floor.calls),
      `${int(r.floor.cellsRead)} / ${int(r.floor.cellsWritten)}`,
      ms(r.floor.cpuMs),
      ratio(r.ours.calls, r.floor.calls),
      ratio(r.ours.cellsRead + r.ours.cellsWritten, r.floor.cellsRead + r.floor.cellsWritten),
      ratio(r.ours.cpuMs, r.floor.cpuMs),
    ]),
  );
}

function naiveTable(results: readonly ScenarioResult[]): string {
  return table(
    [
      'scenario',
      'KRs + KPIs',
      'naive calls',
      'naive CPU ms',
      'naive estimated time',
      'ours ÷ naive: calls',
      'CPU',
      'estimated time',
    ],
    results.flatMap((r) =>
      r.naive === undefined
        ? []
        : [
            [
              r.scenario,
              int(r.size),
              int(r.naive.calls),
              `${ms(r.naive.cpuMs)} (${r.naive.runs} run${r.naive.runs === 1 ? '' : 's'})`,
              fits(r.naive, r.limitSeconds),
              ratio(r.ours.calls, r.naive.calls),
              ratio(r.ours.cpuMs, r.naive.cpuMs),
              ratio(estimatedSeconds(r.ours), estimatedSeconds(r.naive)),
            ],
          ],
    ),
  );
}

function customFunctionTable(costs: readonly CustomFunctionCost[]): string {
  return table(
    ['rows', 'array formula: executions', 'CPU ms', 'filled down: executions', 'CPU ms', 'filled down ÷ array'],
    costs.map((c) => [
      int(c.rows),
      '1',
      ms(c.arrayMs),
      int(c.singleCalls),
      `${ms(c.singleMs)}${c.extrapolated ? ' (extrapolated)' : ''}`,
      ratio(c.singleMs, c.arrayMs),
    ]),
  );
}

function bundleTable(bundle: BundleResult): string {
  return table(
    ['file', 'raw', 'gzip'],
    bundle.files.map((f) => (f.built ? [f.file, kb(f.raw), kb(f.gzip)] : [f.file, 'not built', 'not built'])),
  );
}

/** Largest size whose estimate fits the scenario's limit, per scenario. */
function largestFitting(results: readonly ScenarioResult[]): string[] {
  const names = [...new Set(results.map((r) => r.scenario))];
  return names.map((name) => {
    const fitting = results.filter((r) => r.scenario === name && estimatedSeconds(r.ours) <= r.limitSeconds);
    const largest = fitting.at(-1);
    return `- ${name}: ${largest === undefined ? 'no measured size fits' : `largest measured size that fits: ${int(largest.size)} KRs + KPIs`}`;
  });
}

const signed = (n: number, show: (n: number) => string): string => `${n < 0 ? '−' : '+'}${show(Math.abs(n))}`;

/** What the Dashboard tab adds to a Refresh of the same workbook, at each size measured both ways. */
export function dashboardOnRefresh(results: readonly ScenarioResult[]): string[] {
  return results.flatMap((withTab) => {
    if (withTab.scenario !== REFRESH_WITH_DASHBOARD) return [];
    const without = results.find((r) => r.scenario === REFRESH_WITH_READINGS && r.size === withTab.size);
    if (without === undefined) return [];
    const a = withTab.ours;
    const b = without.ours;
    return [
      `- The Dashboard tab's cost on a Refresh of ${int(withTab.size)} KRs + KPIs: ${signed(a.calls - b.calls, int)} calls, ` +
        `${signed(a.cellsRead - b.cellsRead, int)} cells read, ${signed(a.cellsWritten - b.cellsWritten, int)} cells written, ` +
        `${signed(estimatedSeconds(a) - estimatedSeconds(b), seconds)} s estimated`,
    ];
  });
}

function machine(date: Date): string {
  const cpu = cpus();
  return [
    `- Date: ${date.toISOString()}`,
    `- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB, ${platform()} ${release()} ${arch()}`,
    `- Node ${process.version}`,
  ].join('\n');
}

const withBlank = (lines: readonly string[]): string[] => (lines.length === 0 ? [] : [...lines, '']);

function rowsSections(results: Results): string[] {
  if (results.scenarios.length === 0) return [];
  return [
    '## The add-on',
    '',
    oursTable(results.scenarios),
    '',
    ...largestFitting(results.scenarios),
    '',
    ...withBlank(dashboardOnRefresh(results.scenarios)),
    '## Against the floor',
    '',
    'The floor is a script that reads each tab once (values only) and writes once each block of cells the',
    'add-on changed, with constant values: the least I/O any add-on could do for the same result. A job that',
    'writes the Dashboard tab (`bench/gas/dashboardFloor.ts`) also writes that tab whole, since nothing tells it',
    'which cells are unchanged without reading them: one write per block (the visible columns, the hidden data) and',
    'property (values; colours, font colours and weights on the visible block), and on a new tab its column',
    'widths, hidden columns, protection and charts. The rows with KPI readings read the Check-ins log too. A',
    "measurement whose calls and cells alone are already past the job's limit is not repeated (1 run): no CPU",
    'figure could change its verdict.',
    '',
    floorTable(results.scenarios),
    '',
    '## Against the naive cell-by-cell baseline',
    '',
    '`bench/gas/naive.ts` reads each input cell and writes and colours each result cell with its own calls, and',
    'computes less than the add-on (a KR score and a KPI range flag).',
    '',
    naiveTable(results.scenarios),
    '',
  ];
}

function customFunctionSection(costs: readonly CustomFunctionCost[]): string[] {
  if (costs.length === 0) return [];
  return [
    '## Custom functions: one array formula against the formula filled down',
    '',
    '`OKR_SCORE` over N rows. Filled down, Sheets runs one execution per cell, each loading the whole `Code.js`.',
    '',
    customFunctionTable(costs),
    '',
  ];
}

export function markdown(results: Results): string {
  return [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.ts); do not edit by hand. Each figure is the built `dist/Code.js` running in',
    'the emulator. The N-rows sections use a generated workbook (`test/fixtures/generated.ts`) with N key results and',
    'N KPIs (the dashboard rows and `Refresh (KPI readings)`: with one October reading of each KPI in the log too,',
    '`generatedWorkbookWithReadings`); the history section one team with a growing log. CPU is the median over the',
    'stated runs, each on a fresh workbook, generation not timed.',
    '',
    machine(results.date),
    '',
    ...rowsSections(results),
    ...(results.history === undefined ? [] : historySection(results.history)),
    ...(results.teams === undefined ? [] : teamsSection(results.teams)),
    ...customFunctionSection(results.customFunctions),
    '## Bundle',
    '',
    bundleTable(results.bundle),
    '',
    `Loading \`Code.js\` (compile and run) in a fresh \`vm\` context, as the emulator's loader evaluates it for every`,
    `execution and Apps Script does: ${ms(results.bundle.loadMs)} ms CPU, median of ${results.bundle.loadRuns} runs.`,
    '',
    '## Latency model',
    '',
    `Estimated Apps Script time = calls × ${MS_PER_CALL} ms + (cells read + cells written) × ${MS_PER_CELL} ms + the CPU ms measured here.`,
    "The per-call cost is Google's cell-by-cell example (about 70 s for about 20,000 calls); the per-cell cost is",
    "the same page's batched example (about 1 s for 10,000 cells, an upper bound). Assumed, not published: reads",
    'cost what writes cost, and Apps Script runs JavaScript as fast as this machine. Sources:',
    '',
    ...SOURCES.map((source) => `- ${source}`),
    '',
  ].join('\n');
}
