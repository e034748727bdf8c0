// The bench's teams dimension: a company file that lists 10 team files on its Teams tab, each team keeping its
// own OKRs (10 objectives of 4 key results, aligned through Parent to the company's key results), all with
// access allowed. Roll up teams writes one IMPORTRANGE per team into the Team OKRs tab; the emulator moves the
// data between its workbooks as Sheets would. Then the Refresh that reads that tab.
import type { Addon, CellValue, SheetFixture, Workbook } from '../emulator/index';
import { createWorkbook, loadAddon } from '../emulator/index';
import { TODAY } from '../test/fixtures/examples';
import { generatedWorkbook } from '../test/fixtures/generated';
import type { Block } from './gas/blocks';
import { measure, type Cost } from './measure';

export const TEAMS = 10;
const OBJECTIVES_PER_TEAM = 10;
const KEY_RESULTS_PER_OBJECTIVE = 4;
/** Key results in the company file: 25 objectives, whose first key results the teams align to. */
const COMPANY_KEY_RESULTS = 100;
const TEAM_OKRS = 'Team OKRs';
const HEADER = ['ID', 'Quarter', 'Team', 'Objective', 'Key Result', 'Owner', 'Start', 'Target', 'Current'];
const TEAM_HEADER = [...HEADER, 'Unit', 'KPI', 'Parent', 'Score', 'Status'];

/** Team `t`'s own file, as its own Refresh left it (Score and Status filled in). */
function teamFile(t: number): Workbook {
  const rows: CellValue[][] = [TEAM_HEADER];
  for (let o = 1; o <= OBJECTIVES_PER_TEAM; o += 1) {
    const id = `T${t}-${o}`;
    const parent = `O${((t * OBJECTIVES_PER_TEAM + o) % (COMPANY_KEY_RESULTS / 4)) + 1}.1`;
    rows.push([
      id,
      '2026-Q4',
      `Team ${t}`,
      `Team ${t} objective ${o}`,
      '',
      `Lead ${t}`,
      '',
      '',
      '',
      '',
      '',
      parent,
      0.5,
      'ON TRACK',
    ]);
    for (let k = 1; k <= KEY_RESULTS_PER_OBJECTIVE; k += 1)
      rows.push([
        `${id}.${k}`,
        '2026-Q4',
        '',
        '',
        `Key result ${k} of ${id}`,
        `Lead ${t}`,
        0,
        10,
        (o + k) % 10,
        '',
        '',
        '',
        ((o + k) % 10) / 10,
        'ON TRACK',
      ]);
  }
  return createWorkbook({ name: `Team ${t} OKRs`, sheets: { OKRs: { values: rows } } });
}

export interface TeamsJob {
  readonly name: string;
  readonly limitSeconds: number;
  /** Unmeasured, before the measured call. */
  readonly setup?: (addon: Addon) => void;
  readonly act: (addon: Addon) => void;
  readonly floor: boolean;
}

function expectNoAlert(what: string, addon: Addon): void {
  if (addon.ui.alerts.length > 0) throw new Error(`${what} alerted: ${JSON.stringify(addon.ui.alerts).slice(0, 200)}`);
}

const rollUp = (addon: Addon): void => {
  addon.run('rollUpTeams');
  expectNoAlert('Roll up teams', addon);
};

export const TEAMS_JOBS: readonly TeamsJob[] = [
  { name: 'Roll up teams', limitSeconds: 360, act: rollUp, floor: true },
  {
    name: 'Refresh with the teams rolled up',
    limitSeconds: 360,
    setup: rollUp,
    act: (addon) => {
      addon.run('refreshScores');
      expectNoAlert('Refresh', addon);
    },
    floor: false,
  },
];

export interface TeamsResult {
  readonly job: string;
  readonly teams: number;
  readonly limitSeconds: number;
  readonly ours: Cost;
  readonly floor?: Cost;
}

export interface TeamsScripts {
  readonly addon: string;
  /** Built from bench/gas/teamsFloor.ts. */
  readonly teamsFloor: string;
}

/** Each job on a fresh company file (the team files are shared: nothing writes them). */
export function measureTeams(scripts: TeamsScripts, runs: number): TeamsResult[] {
  const teamFiles = Array.from({ length: TEAMS }, (_, index) => teamFile(index + 1));
  const sheets: Record<string, SheetFixture> = {
    ...generatedWorkbook(COMPANY_KEY_RESULTS),
    Teams: {
      values: [
        ['Team', 'Spreadsheet URL', 'OKRs tab'],
        ...teamFiles.map((file, i) => [`Team ${i + 1}`, file.url(), '']),
      ],
    },
  };
  const open = (code: string, setup?: (addon: Addon) => void): { workbook: Workbook; addon: Addon } => {
    const workbook = createWorkbook({ sheets });
    // Someone clicked Allow access on each team's import once: Sheets remembers it for the file.
    for (const file of teamFiles) workbook.allowImportFrom(file);
    const addon = loadAddon({ code: setup === undefined ? code : scripts.addon, workbook, now: TODAY });
    if (setup === undefined) return { workbook, addon };
    setup(addon);
    return { workbook, addon: code === scripts.addon ? addon : loadAddon({ code, workbook, now: TODAY }) };
  };
  return TEAMS_JOBS.map((job) => {
    const ours = measure(
      runs,
      () => open(scripts.addon, job.setup).addon,
      (addon) => job.act(addon),
    );
    if (!job.floor) return { job: job.name, teams: TEAMS, limitSeconds: job.limitSeconds, ours };
    const probe = open(scripts.addon, job.setup);
    job.act(probe.addon);
    const values = probe.workbook.read(TEAM_OKRS).values();
    const width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
    const formulas = [(probe.workbook.read(TEAM_OKRS).formulas()[2] ?? []).slice(0, width)];
    const teamsBlock: Block = { sheet: 'Teams', row: 1, column: 1, numRows: TEAMS + 1, numColumns: 3 };
    const tab: Block = { sheet: TEAM_OKRS, row: 1, column: 1, numRows: values.length, numColumns: width };
    const floor = measure(
      runs,
      () => open(scripts.teamsFloor).addon,
      (addon) => addon.run('teamsFloor', { args: [teamsBlock, tab, formulas] }),
    );
    return { job: job.name, teams: TEAMS, limitSeconds: job.limitSeconds, ours, floor };
  });
}
