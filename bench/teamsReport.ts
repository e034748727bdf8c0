// The teams dimension as Markdown: Roll up teams and the Refresh that reads its tab, against Roll up's floor.
import { int, ms, ratio, table } from './format';
import { estimatedSeconds } from './latencyModel';
import type { TeamsResult } from './teams';

const precise = (n: number): string => (n < 10 ? n.toFixed(2) : int(n));

export function teamsSection(results: readonly TeamsResult[]): string[] {
  if (results.length === 0) return [];
  return [
    '## Teams: a company file rolling up team files',
    '',
    `A company file (${int(100)} key results and KPIs, as in the N-rows sections) lists ${int(results[0]?.teams ?? 0)} team files`,
    'on its Teams tab, each with 10 objectives of 4 key results aligned through Parent to the company key results,',
    'access allowed (`bench/teams.ts`). Roll up teams writes one IMPORTRANGE per team into the Team OKRs tab and',
    'reads back what they show; the emulator moves the data between its workbooks. Its floor (`teamsFloor.ts`)',
    'reads the Teams tab, writes the titles and status lines in one call and the formulas in one more, flushes,',
    'reads the tab once and writes the status lines once. The Refresh ran after a roll-up, unmeasured.',
    '',
    table(
      [
        'job',
        'teams',
        'service calls',
        'cells read',
        'cells written',
        'CPU ms (median)',
        'estimated Apps Script time',
        'floor calls',
        'floor cells r / w',
        'ours ÷ floor: estimated time',
      ],
      results.map((r) => [
        r.job,
        int(r.teams),
        int(r.ours.calls),
        int(r.ours.cellsRead),
        int(r.ours.cellsWritten),
        `${ms(r.ours.cpuMs)} (${r.ours.runs} run${r.ours.runs === 1 ? '' : 's'})`,
        `${precise(estimatedSeconds(r.ours))} s of ${r.limitSeconds} s`,
        r.floor === undefined ? '' : int(r.floor.calls),
        r.floor === undefined ? '' : `${int(r.floor.cellsRead)} / ${int(r.floor.cellsWritten)}`,
        r.floor === undefined ? '' : ratio(estimatedSeconds(r.ours), estimatedSeconds(r.floor)),
      ]),
    ),
    '',
  ];
}
