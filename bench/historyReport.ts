// The history dimension as Markdown: what each job costs as the log grows, against its floor, and whether it
// meets the targets set for a team with 4 years of history. A miss is reported, never fails the run.
import { HISTORY_WEEKS, TEAM, type HistoryLength } from '../test/fixtures/history';
import { int, ms, ratio, seconds, table } from './format';
import type { HistoryResult, Target } from './history';
import { estimatedSeconds } from './latencyModel';

const precise = (n: number): string => (n < 1 ? n.toFixed(2) : seconds(n));
const FIRST: HistoryLength = '1 quarter';
const LAST: HistoryLength = '4 years';

function oursTable(results: readonly HistoryResult[]): string {
  return table(
    [
      'job',
      'history',
      'Check-ins rows',
      'KPI History rows',
      'service calls',
      'cells read',
      'cells written',
      'CPU ms (median)',
      'estimated Apps Script time',
    ],
    results.map((r) => [
      r.job,
      r.length,
      int(r.logRows),
      int(r.kpiHistoryRows),
      int(r.ours.calls),
      int(r.ours.cellsRead),
      int(r.ours.cellsWritten),
      `${ms(r.ours.cpuMs)} (${r.ours.runs} run${r.ours.runs === 1 ? '' : 's'})`,
      `${precise(estimatedSeconds(r.ours))} s of ${r.limitSeconds} s`,
    ]),
  );
}

function floorTable(results: readonly HistoryResult[]): string {
  return table(
    [
      'job',
      'history',
      'floor calls',
      'floor cells r / w',
      'floor CPU ms',
      'floor estimated time',
      'ours ÷ floor: calls',
      'cells',
      'estimated time',
    ],
    results.flatMap((r) => {
      const floor = r.floor;
      if (floor === undefined) return [];
      return [
        [
          r.job,
          r.length,
          int(floor.calls),
          `${int(floor.cellsRead)} / ${int(floor.cellsWritten)}`,
          ms(floor.cpuMs),
          `${precise(estimatedSeconds(floor))} s`,
          ratio(r.ours.calls, floor.calls),
          ratio(r.ours.cellsRead + r.ours.cellsWritten, floor.cellsRead + floor.cellsWritten),
          ratio(estimatedSeconds(r.ours), estimatedSeconds(floor)),
        ],
      ];
    }),
  );
}

const verdict = (met: boolean): string => (met ? 'meets' : '**misses**');

/** One line per job with a target: each of its targets, the figure measured and whether it meets it. */
export function targetLines(results: readonly HistoryResult[]): string[] {
  const jobs = [...new Set(results.map((r) => r.job))];
  return jobs.flatMap((job) => {
    const at = (length: HistoryLength): HistoryResult | undefined =>
      results.find((r) => r.job === job && r.length === length);
    const last = at(LAST);
    const target: Target | undefined = last?.target;
    if (last === undefined || target === undefined) return [];
    const estimate = estimatedSeconds(last.ours);
    const checks = [
      `≤ ${precise(target.maxSeconds)} s: ${precise(estimate)} s, ${verdict(estimate <= target.maxSeconds)}`,
    ];
    if (target.maxFloorRatio !== undefined && last.floor !== undefined) {
      const times = estimate / estimatedSeconds(last.floor);
      checks.push(
        `≤ ${target.maxFloorRatio}× its floor: ${ratio(estimate, estimatedSeconds(last.floor))}, ${verdict(times <= target.maxFloorRatio)}`,
      );
    }
    const first = at(FIRST);
    if (first !== undefined) {
      const change = estimate / estimatedSeconds(first.ours) - 1;
      const sign = change >= 0 ? '+' : '−';
      checks.push(
        `within ${Math.round(target.steadyWithin * 100)}% of ${FIRST}: ${precise(estimatedSeconds(first.ours))} s → ${precise(estimate)} s ` +
          `(${sign}${int(Math.abs(change) * 100)}%), ${verdict(Math.abs(change) <= target.steadyWithin)}`,
      );
    }
    return [`- ${job}, ${LAST} of history: ${checks.join(' · ')}`];
  });
}

export function historySection(results: readonly HistoryResult[]): string[] {
  const weeks = Object.entries(HISTORY_WEEKS)
    .map(([length, n]) => `${length} = ${n} weeks`)
    .join(', ');
  return [
    '## History: one team, a growing log',
    '',
    `The same team at every size: ${TEAM.objectives} objectives and ${TEAM.keyResults} key results (grouped layout, some`,
    `following a KPI) and ${TEAM.kpis} KPIs, every key result and KPI checked in once a week and logged in \`Check-ins\` in`,
    'time order, one `KPI History` row per KPI for each quarter that closed in that time; today is 2026-11-23, some',
    `weeks into 2026-Q4, the quarter the OKRs tab holds (\`test/fixtures/history.ts\`). History: ${weeks}.`,
    'Every job runs on a fresh workbook and touches the same key result (O20.2, which follows K20), except the',
    'team edit: the same tab with Team and Parent columns and a company objective C1 whose key result C1.1 (no',
    'Current, no KPI) rolls up the squad objectives O17–O20 aligned to it; the edit types a Current into O20.1',
    '(`bench/teamHistory.ts`). Refresh with a Dashboard tab: Build dashboard ran first, unmeasured.',
    '',
    oursTable(results),
    '',
    '### Against a floor',
    '',
    'Each floor is a small Apps Script (`bench/gas/`) run in the same emulator, told where things are instead of',
    "searching. onEdit (`editFloor.ts`): reads the OKRs header rows, the edited objective's rows and the linked",
    "KPI's row, writes Score and Status (values and colours) of the edited row and its objective row. Check-in save",
    "(`checkInFloor.ts`): under the document lock, reads the OKRs header rows, the item's objective rows and the",
    "log's header row, appends one log row, writes Current and Confidence, then Score and Status of the row and its",
    "objective. Refresh (`floor.ts`): reads KPIs and OKRs once, the log's header row and, of this quarter's rows, the",
    'columns Refresh uses (Timestamp, ID, Kind, Value, one read each), and writes once each block of cells the',
    "add-on's Refresh changed; with a Dashboard tab (`dashboardFloor.ts`), also that tab whole, one write per block",
    'and property, as in the N-rows sections. onEdit of a team key result (`chainEditFloor.ts`): reads the OKRs',
    "header rows (here holding the company objective) and the aligned squads' rows, one block, and writes Score and",
    'Status of the edited row, its objective, the company key result it rolls up into and the company objective.',
    '',
    floorTable(results),
    '',
    '### Targets',
    '',
    ...targetLines(results),
    '',
  ];
}
