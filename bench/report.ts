// Renders the results as Markdown: printed as is on stdout and written to bench/RESULTS.md.
import { arch, cpus, platform, release, totalmem } from 'node:os';
import type { FileSize } from './bundle';
import type { CustomFunctionCost } from './customFunctions';
import { MS_PER_CALL, MS_PER_CELL, SOURCES, estimatedSeconds } from './latencyModel';
import type { Cost } from './measure';

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
  readonly bundle: BundleResult;
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const ms = (n: number): string => (n < 10 ? n.toFixed(1) : int(n));
const ratio = (a: number, b: number): string => (b === 0 ? '—' : `${(a / b).toFixed(a / b < 10 ? 2 : 0)}×`);
const seconds = (n: number): string => (n < 10 ? n.toFixed(1) : int(n));
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function fits(cost: Cost, limitSeconds: number): string {
  const estimate = estimatedSeconds(cost);
  return `${seconds(estimate)} s of ${limitSeconds} s: ${estimate <= limitSeconds ? 'fits' : '**does not fit**'}`;
}

function oursTable(results: readonly ScenarioResult[]): string {
  return table(['scenario', 'KRs + KPIs', 'service calls', 'cells read', 'cells written', 'CPU ms (median)', 'estimated Apps Script time'],
    results.map((r) => [r.scenario, int(r.size), int(r.ours.calls), int(r.ours.cellsRead), int(r.ours.cellsWritten),
      `${ms(r.ours.cpuMs)} (${r.ours.runs} runs)`, fits(r.ours, r.limitSeconds)]));
}

function floorTable(results: readonly ScenarioResult[]): string {
  return table(['scenario', 'KRs + KPIs', 'floor calls', 'floor cells r / w', 'floor CPU ms', 'ours ÷ floor: calls', 'cells', 'CPU'],
    results.map((r) => [r.scenario, int(r.size), int(r.floor.calls), `${int(r.floor.cellsRead)} / ${int(r.floor.cellsWritten)}`,
      ms(r.floor.cpuMs), ratio(r.ours.calls, r.floor.calls),
      ratio(r.ours.cellsRead + r.ours.cellsWritten, r.floor.cellsRead + r.floor.cellsWritten), ratio(r.ours.cpuMs, r.floor.cpuMs)]));
}

function naiveTable(results: readonly ScenarioResult[]): string {
  return table(['scenario', 'KRs + KPIs', 'naive calls', 'naive CPU ms', 'naive estimated time', 'ours ÷ naive: calls', 'CPU', 'estimated time'],
    results.flatMap((r) => (r.naive === undefined ? [] : [[r.scenario, int(r.size), int(r.naive.calls),
      `${ms(r.naive.cpuMs)} (${r.naive.runs} run${r.naive.runs === 1 ? '' : 's'})`, fits(r.naive, r.limitSeconds),
      ratio(r.ours.calls, r.naive.calls), ratio(r.ours.cpuMs, r.naive.cpuMs),
      ratio(estimatedSeconds(r.ours), estimatedSeconds(r.naive))]])));
}

function customFunctionTable(costs: readonly CustomFunctionCost[]): string {
  return table(['rows', 'array formula: executions', 'CPU ms', 'filled down: executions', 'CPU ms', 'filled down ÷ array'],
    costs.map((c) => [int(c.rows), '1', ms(c.arrayMs), int(c.singleCalls),
      `${ms(c.singleMs)}${c.extrapolated ? ' (extrapolated)' : ''}`, ratio(c.singleMs, c.arrayMs)]));
}

function bundleTable(bundle: BundleResult): string {
  return table(['file', 'raw', 'gzip'], bundle.files.map((f) => (f.built ? [f.file, kb(f.raw), kb(f.gzip)] : [f.file, 'not built', 'not built'])));
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

function machine(date: Date): string {
  const cpu = cpus();
  return [
    `- Date: ${date.toISOString()}`,
    `- Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB, ${platform()} ${release()} ${arch()}`,
    `- Node ${process.version}`,
  ].join('\n');
}

export function markdown(results: Results): string {
  return [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.ts); do not edit by hand. Each figure is the built `dist/Code.js` running in',
    'the emulator on a generated workbook (`test/fixtures/generated.ts`) with N key results and N KPIs; CPU is the',
    'median over the stated runs, each on a fresh workbook, generation not timed.',
    '',
    machine(results.date),
    '',
    '## The add-on',
    '',
    oursTable(results.scenarios),
    '',
    ...largestFitting(results.scenarios),
    '',
    '## Against the floor',
    '',
    'The floor is a script that reads each tab once (values only) and writes once each block of cells the',
    'add-on changed, with constant values: the least I/O any add-on could do for the same result.',
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
    '## Custom functions: one array formula against the formula filled down',
    '',
    '`OKR_SCORE` over N rows. Filled down, Sheets runs one execution per cell, each loading the whole `Code.js`.',
    '',
    customFunctionTable(results.customFunctions),
    '',
    '## Bundle',
    '',
    bundleTable(results.bundle),
    '',
    `Loading \`Code.js\` (compile and run) in a fresh \`vm\` context: ${ms(results.bundle.loadMs)} ms CPU, median of ${results.bundle.loadRuns} runs.`,
    '',
    '## Latency model',
    '',
    `Estimated Apps Script time = calls × ${MS_PER_CALL} ms + (cells read + cells written) × ${MS_PER_CELL} ms + the CPU ms measured here.`,
    'The per-call cost is Google\'s cell-by-cell example (about 70 s for about 20,000 calls); the per-cell cost is',
    'the same page\'s batched example (about 1 s for 10,000 cells, an upper bound). Assumed, not published: reads',
    'cost what writes cost, and Apps Script runs JavaScript as fast as this machine. Sources:',
    '',
    ...SOURCES.map((source) => `- ${source}`),
    '',
  ].join('\n');
}
