// The bench's history dimension: one team of a fixed size (test/fixtures/history.ts) with 1 quarter to 4
// years of weekly check-ins, and the jobs a person waits for. The team never grows, so a job whose cost grows
// down this table is paying for history its answer does not need.
import type { Addon, CellValue, SheetFixture, Workbook } from '../emulator/index';
import { createWorkbook, loadAddon } from '../emulator/index';
import { HISTORY_WEEKS, historyWorkbook, type HistoryLength, type HistoryWorkbook } from '../test/fixtures/history';
import { grids, wholeTabs, writtenBlocks } from './blocks';
import type { Block } from './gas/blocks';
import { HEADER_ROWS, type KeyResultPlace } from './gas/place';
import { measure, type Cost } from './measure';
import { present } from './present';
import { dashboardShape } from './dashboardShape';
import {
  ALIGNED_OBJECTIVES,
  COMPANY_KEY_RESULT,
  COMPANY_OBJECTIVE,
  TEAM_KEY_RESULT,
  teamHistoryWorkbook,
} from './teamHistory';

/** The key result every job touches: the second of objective O20, in the middle of the tab, linked to K20. */
const KEY_RESULT = 'O20.2';
/** What the user types, in Current or in the sidebar: a valid value for its % unit. */
const TYPED = '20%';
/** What the user types in the team key result's Current: a count. */
const TEAM_TYPED = '25';

export interface HistoryScripts {
  readonly addon: string;
  /** Built from bench/gas/floor.ts: Refresh's floor. */
  readonly floor: string;
  /** Built from bench/gas/editFloor.ts. */
  readonly editFloor: string;
  /** Built from bench/gas/checkInFloor.ts. */
  readonly checkInFloor: string;
  /** Built from bench/gas/dashboardFloor.ts. */
  readonly dashboardFloor: string;
  /** Built from bench/gas/chainEditFloor.ts. */
  readonly chainEditFloor: string;
}

/** What a job must cost for the team with 4 years of history, from the issue that asked for this bench. */
export interface Target {
  readonly maxSeconds: number;
  /** At most this many times its floor's estimated time. */
  readonly maxFloorRatio?: number;
  /** 4 years within this fraction of 1 quarter. */
  readonly steadyWithin: number;
}

type FloorKind = 'edit' | 'checkIn' | 'refresh' | 'refreshDashboard' | 'chainEdit';

export interface HistoryJob {
  readonly name: string;
  readonly limitSeconds: number;
  /** The team's workbook as this job finds it, when not the plain one. */
  readonly book?: (book: HistoryWorkbook) => HistoryWorkbook;
  /** The key result the job touches; KEY_RESULT when absent. */
  readonly keyResult?: string;
  /** Brings the workbook to where the measured call starts, with the add-on; not measured. */
  readonly setup?: (addon: Addon) => void;
  readonly act: (addon: Addon, place: KeyResultPlace) => void;
  readonly floor?: FloorKind;
  readonly target?: Target;
}

function expectOk(what: string, reply: unknown): void {
  if ((reply as { ok?: boolean } | null)?.ok !== true)
    throw new Error(`${what} failed: ${JSON.stringify(reply).slice(0, 200)}`);
}

function expectList(reply: unknown): void {
  const state = reply as { problem?: unknown; objectives?: unknown[] } | null;
  if (state?.problem !== null || (state.objectives?.length ?? 0) === 0)
    throw new Error(`check-in list failed: ${JSON.stringify(reply).slice(0, 200)}`);
}

const columnName = (column: number): string => String.fromCharCode(64 + column);

export const HISTORY_JOBS: readonly HistoryJob[] = [
  {
    name: 'onEdit of one Current',
    limitSeconds: 30,
    act: (addon, place) => addon.edit('OKRs', `${columnName(place.currentColumn)}${place.row}`, TYPED),
    floor: 'edit',
    target: { maxSeconds: 0.5, maxFloorRatio: 2, steadyWithin: 0.1 },
  },
  {
    name: 'Check-in save',
    limitSeconds: 360,
    act: (addon) =>
      expectOk(
        'check-in',
        addon.run('submitCheckIn', { args: [{ id: KEY_RESULT, value: TYPED, confidence: '6', note: 'Bench' }] }),
      ),
    floor: 'checkIn',
    target: { maxSeconds: 1.5, steadyWithin: 0.1 },
  },
  {
    name: 'Check-in list',
    limitSeconds: 360,
    act: (addon) => expectList(addon.run('getCheckInState')),
    target: { maxSeconds: 1.5, steadyWithin: 0.1 },
  },
  {
    name: 'Refresh',
    limitSeconds: 360,
    act: (addon) => {
      addon.run('refreshScores');
    },
    floor: 'refresh',
    target: { maxSeconds: 10, steadyWithin: 0.1 },
  },
  {
    name: 'Health check',
    limitSeconds: 360,
    act: (addon) => expectOk('health check', addon.run('getHealthFindings')),
  },
  {
    // The dashboard shows the last 92 days: a Refresh that rebuilds it must cost what it did a year ago.
    name: 'Refresh with a Dashboard tab',
    limitSeconds: 360,
    setup: (addon) => {
      addon.run('buildDashboard');
      if (addon.ui.alerts.length > 0) throw new Error(`Build dashboard alerted: ${JSON.stringify(addon.ui.alerts)}`);
    },
    act: (addon) => {
      addon.run('refreshScores');
    },
    floor: 'refreshDashboard',
    target: { maxSeconds: 10, steadyWithin: 0.1 },
  },
  {
    name: 'onEdit of a team key result that rolls up',
    limitSeconds: 30,
    book: teamHistoryWorkbook,
    keyResult: TEAM_KEY_RESULT,
    act: (addon, place) => addon.edit('OKRs', `${columnName(place.currentColumn)}${place.row}`, TEAM_TYPED),
    floor: 'chainEdit',
    target: { maxSeconds: 0.5, steadyWithin: 0.1 },
  },
];

export interface HistoryResult {
  readonly job: string;
  readonly length: HistoryLength;
  readonly logRows: number;
  readonly kpiHistoryRows: number;
  readonly limitSeconds: number;
  readonly ours: Cost;
  readonly floor?: Cost;
  readonly target?: Target;
}

function tabValues(book: HistoryWorkbook, name: string): CellValue[][] {
  return present(book.sheets[name], `${name} tab`).values;
}

function logHeader(book: HistoryWorkbook): CellValue[] {
  return present(tabValues(book, 'Check-ins')[0], 'Check-ins header');
}

/** Where KEY_RESULT, its objective and its KPI sit in the generated tabs. */
function placeOf(book: HistoryWorkbook, id: string): KeyResultPlace {
  const okrs = tabValues(book, 'OKRs');
  const kpis = tabValues(book, 'KPIs');
  const header = present(okrs[0], 'OKRs header');
  const column = (title: string): number => header.indexOf(title) + 1;
  const index = okrs.findIndex((row) => row[0] === id);
  if (index < 0) throw new Error(`no key result ${id}`);
  const isObjective = (row: readonly CellValue[] | undefined): boolean =>
    row !== undefined && row[column('Objective') - 1] !== '';
  let objective = index;
  while (!isObjective(okrs[objective])) objective -= 1;
  let last = index;
  while (okrs[last + 1] !== undefined && !isObjective(okrs[last + 1])) last += 1;
  const kpi = present(okrs[index], `row of ${id}`)[column('KPI') - 1];
  // A key result that follows no KPI has no KPI row (0): only the plain edit's floor reads one.
  const kpiIndex = kpi === '' ? -1 : kpis.findIndex((row) => row[0] === kpi);
  if (kpi !== '' && kpiIndex < 0) throw new Error(`${id} follows ${String(kpi)}, not on the KPIs tab`);
  return {
    okrWidth: header.length,
    kpiWidth: present(kpis[0], 'KPIs header').length,
    logWidth: logHeader(book).length,
    objectiveRow: objective + 1,
    lastRow: last + 1,
    row: index + 1,
    kpiRow: kpiIndex + 1,
    currentColumn: column('Current'),
    confidenceColumn: column('Confidence'),
    scoreColumn: column('Score'),
  };
}

/**
 * The workbook opened with `code`, after the job's `setup` run by the add-on (`addonCode`) on it: a floor
 * script starts where the add-on's measured call starts.
 */
function open(
  code: string,
  book: HistoryWorkbook,
  setup?: { readonly addonCode: string; readonly run: (addon: Addon) => void },
): { workbook: Workbook; addon: Addon } {
  const workbook = createWorkbook({ sheets: book.sheets });
  const load = (script: string): Addon => {
    const addon = loadAddon({ code: script, workbook, now: book.today });
    // A document in use remembers the IDs it has used (src/sheets/idMemory.ts): a team's every day, not the one
    // first job that reads every ID ever written to learn them.
    addon.properties.document.idsUsed = '';
    return addon;
  };
  if (setup === undefined) return { workbook, addon: load(code) };
  const addon = load(setup.addonCode);
  setup.run(addon);
  // The add-on goes on in the same session (its document properties kept); a floor script opens afresh.
  return { workbook, addon: code === setup.addonCode ? addon : load(code) };
}

/** Log columns a Refresh needs: each item's newest check-in (Timestamp, ID) and the KPI readings (Kind, Value). */
const REFRESH_LOG_COLUMNS = ['Timestamp', 'ID', 'Kind', 'Value'];

/** The Refresh floor's reads: KPIs and OKRs whole, the log's header row and, of this quarter's rows, the columns it needs. */
function refreshReads(book: HistoryWorkbook, workbook: Workbook): Block[] {
  const log = tabValues(book, 'Check-ins');
  const header = logHeader(book);
  const first = book.firstLogRowThisQuarter;
  return [
    ...wholeTabs(workbook, ['KPIs', 'OKRs']),
    { sheet: 'Check-ins', row: 1, column: 1, numRows: 1, numColumns: header.length },
    ...REFRESH_LOG_COLUMNS.map((title): Block => ({
      sheet: 'Check-ins',
      row: first,
      column: header.indexOf(title) + 1,
      numRows: log.length - first + 1,
      numColumns: 1,
    })),
  ];
}

/** Sheet row (1-based) of the row with `id` on the OKRs tab. */
function okrRow(book: HistoryWorkbook, id: string): number {
  const index = tabValues(book, 'OKRs').findIndex((row) => row[0] === id);
  if (index < 0) throw new Error(`no OKRs row ${id}`);
  return index + 1;
}

/**
 * The chain edit's floor: the header rows (which hold the company objective and its key result) and the
 * aligned objectives' rows, side by side, read once each; Score and Status of the four rows the chain changes.
 */
function chainEditCost(scripts: HistoryScripts, book: HistoryWorkbook, place: KeyResultPlace, runs: number): Cost {
  const first = okrRow(book, ALIGNED_OBJECTIVES[0]);
  const last = okrRow(book, present(ALIGNED_OBJECTIVES.at(-1), 'an aligned objective')) + 4;
  const reads: Block[] = [
    { sheet: 'OKRs', row: 1, column: 1, numRows: HEADER_ROWS, numColumns: place.okrWidth },
    { sheet: 'OKRs', row: first, column: 1, numRows: last - first + 1, numColumns: place.okrWidth },
  ];
  const scoreRows = [place.row, place.objectiveRow, okrRow(book, COMPANY_KEY_RESULT), okrRow(book, COMPANY_OBJECTIVE)];
  return measure(
    runs,
    () => {
      const { workbook, addon } = open(scripts.chainEditFloor, book);
      workbook.setCell('OKRs', `${columnName(place.currentColumn)}${place.row}`, 25);
      return addon;
    },
    (addon) => addon.run('chainEditFloor', { args: [reads, scoreRows, place.scoreColumn] }),
  );
}

function floorCost(
  scripts: HistoryScripts,
  job: HistoryJob,
  kind: FloorKind,
  book: HistoryWorkbook,
  place: KeyResultPlace,
  runs: number,
): Cost {
  if (kind === 'edit') {
    // The user's keystroke is the fixture's hand, as in Addon.edit: only the script's work is measured.
    return measure(
      runs,
      () => {
        const { workbook, addon } = open(scripts.editFloor, book);
        workbook.setCell('OKRs', `${columnName(place.currentColumn)}${place.row}`, 0.2);
        return addon;
      },
      (addon) => addon.run('editFloor', { args: [place] }),
    );
  }
  if (kind === 'chainEdit') return chainEditCost(scripts, book, place, runs);
  if (kind === 'checkIn') {
    const okrs = tabValues(book, 'OKRs');
    const logRow: CellValue[] = [
      book.today,
      book.quarter,
      KEY_RESULT,
      present(okrs[place.row - 1], `row of ${KEY_RESULT}`)[3] ?? '',
      'KR',
      0.2,
      6,
      'Bench',
      'owner@example.com',
    ];
    return measure(
      runs,
      () => open(scripts.checkInFloor, book).addon,
      (addon) => addon.run('checkInFloor', { args: [place, logRow] }),
    );
  }
  // One unmeasured Refresh shows which cells it changes: the floor writes exactly those, once.
  const setup = job.setup === undefined ? undefined : { addonCode: scripts.addon, run: job.setup };
  const probe = open(scripts.addon, book, setup);
  const tabs = ['KPIs', 'OKRs'];
  const before = grids(probe.workbook, tabs);
  probe.addon.run('refreshScores');
  const written = writtenBlocks(before, grids(probe.workbook, tabs));
  const reads = refreshReads(book, probe.workbook);
  if (kind === 'refreshDashboard') {
    const shape = dashboardShape(probe.workbook);
    return measure(
      runs,
      () => open(scripts.dashboardFloor, book, setup).addon,
      (addon) => addon.run('dashboardFloor', { args: [reads, written.values, written.colours, shape] }),
    );
  }
  return measure(
    runs,
    () => open(scripts.floor, book).addon,
    (addon) => addon.run('floor', { args: [reads, written.values, written.colours] }),
  );
}

/** Every job on the team's workbook with `length` of history, each run on a fresh copy. */
export function measureHistory(scripts: HistoryScripts, length: HistoryLength, runs: number): HistoryResult[] {
  const plain = historyWorkbook(HISTORY_WEEKS[length]);
  const rows = (sheet: SheetFixture | undefined): number => (sheet?.values.length ?? 1) - 1;
  return HISTORY_JOBS.map((job) => {
    const book = job.book?.(plain) ?? plain;
    const place = placeOf(book, job.keyResult ?? KEY_RESULT);
    const setup = job.setup === undefined ? undefined : { addonCode: scripts.addon, run: job.setup };
    const ours = measure(
      runs,
      () => open(scripts.addon, book, setup).addon,
      (addon) => job.act(addon, place),
    );
    const floor = job.floor === undefined ? undefined : floorCost(scripts, job, job.floor, book, place, runs);
    return {
      job: job.name,
      length,
      logRows: rows(book.sheets['Check-ins']),
      kpiHistoryRows: rows(book.sheets['KPI History']),
      limitSeconds: job.limitSeconds,
      ours,
      ...(floor === undefined ? {} : { floor }),
      ...(job.target === undefined ? {} : { target: job.target }),
    };
  });
}
