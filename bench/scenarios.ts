// What the bench measures, one row per scenario: a new one (a check-in, quarter close) is one more entry.
import type { Addon, SheetFixture, Workbook } from '../emulator/index';
import { generatedWorkbookWithReadings } from '../test/fixtures/generated';

export interface Session {
  readonly workbook: Workbook;
  readonly addon: Addon;
  /** Key results in the generated workbook (and as many KPIs). */
  readonly size: number;
}

export interface Scenario {
  readonly name: string;
  /** Seconds Apps Script gives this kind of execution before it is killed. */
  readonly limitSeconds: number;
  /** Tabs the add-on reads here; the floor reads each once. */
  readonly tabs: readonly string[];
  /** Tabs whose changed cells the floor writes (creating a missing one), when not just `tabs`. */
  readonly writes?: readonly string[];
  /** The script's clock; the examples' TODAY (2026-11-23) when absent. */
  readonly now?: Date;
  /** Brings a fresh workbook to where the measured call starts; not measured. */
  readonly setup?: (session: Session) => void;
  /** The measured call. */
  readonly act: (session: Session) => void;
  /** Entry point of the cell-by-cell baseline doing the same job, where bench/gas/naive.ts has one. */
  readonly naive?: string;
  /** The workbook at `size`; generatedWorkbook when absent. */
  readonly workbook?: (size: number) => Record<string, SheetFixture>;
  /** The job writes the Dashboard tab: its floor writes the tab whole too (bench/gas/dashboardFloor.ts). */
  readonly dashboard?: boolean;
}

/** Quotas page: 6 min per execution; simple triggers such as onEdit, 30 s. */
const EXECUTION_LIMIT = 360;
const SIMPLE_TRIGGER_LIMIT = 30;

/** Sheet row of key result n in generatedWorkbook: a header, then an objective row before every four KRs. */
function keyResultRow(n: number): number {
  const objective = Math.ceil(n / 4);
  return 1 + (objective - 1) * 5 + 1 + ((n - 1) % 4) + 1;
}

/** ID of key result n in generatedWorkbook. */
function keyResultId(n: number): string {
  return `O${Math.ceil(n / 4)}.${((n - 1) % 4) + 1}`;
}

/** The second key result of an objective in the middle of the tab: the same shape of change at every size. */
const middleKeyResult = (size: number): number => 4 * Math.floor(size / 8) + 2;

/** A menu job reports a failure in an alert: a run that alerted measured the wrong thing. */
function expectNoAlert(what: string, addon: Addon): void {
  if (addon.ui.alerts.length > 0) throw new Error(`${what} alerted: ${JSON.stringify(addon.ui.alerts).slice(0, 200)}`);
}

/** Names of the scenarios that compare Refresh with and without a Dashboard tab on the same workbook. */
export const REFRESH_WITH_READINGS = 'Refresh (KPI readings)';
export const REFRESH_WITH_DASHBOARD = 'Refresh with a Dashboard tab';

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'Refresh',
    limitSeconds: EXECUTION_LIMIT,
    tabs: ['KPIs', 'OKRs'],
    act: ({ addon }) => addon.run('refreshScores'),
    naive: 'naiveRefresh',
  },
  {
    name: 'onEdit (1 row)',
    limitSeconds: SIMPLE_TRIGGER_LIMIT,
    tabs: ['KPIs', 'OKRs'],
    // Current typed into the second key result of an objective in the middle of the tab: the same shape of
    // edit (that row and its objective row, not adjacent) at every size.
    act: ({ addon, size }) => addon.edit('OKRs', `H${keyResultRow(middleKeyResult(size))}`, '7'),
  },
  {
    name: 'Check-in',
    limitSeconds: EXECUTION_LIMIT,
    tabs: ['KPIs', 'OKRs', 'Check-ins'],
    // The sidebar's submit: log the check-in, write Current and Confidence, re-score, return the new list.
    act: ({ addon, size }) => {
      const reply = addon.run('submitCheckIn', {
        args: [{ id: keyResultId(middleKeyResult(size)), value: '7', confidence: '6', note: 'Bench' }],
      });
      if ((reply as { ok?: boolean }).ok !== true)
        throw new Error(`check-in failed: ${JSON.stringify(reply).slice(0, 200)}`);
    },
  },
  {
    name: 'Quarter close',
    limitSeconds: EXECUTION_LIMIT,
    tabs: ['KPIs', 'OKRs', 'Check-ins'],
    writes: ['KPIs', 'OKRs', 'OKRs 2026-Q4', 'KPI History', 'Quarter log'],
    // The first working day after 2026-Q4 ends: the close archives 2026-Q4 and rolls the tab to 2027-Q1.
    now: new Date('2027-01-04T09:00:00Z'),
    act: ({ addon }) => {
      const reply = addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] });
      if ((reply as { ok?: boolean }).ok !== true)
        throw new Error(`close failed: ${JSON.stringify(reply).slice(0, 200)}`);
    },
  },
  {
    name: 'Build dashboard',
    limitSeconds: EXECUTION_LIMIT,
    tabs: ['KPIs', 'OKRs', 'Check-ins'],
    writes: [],
    workbook: generatedWorkbookWithReadings,
    dashboard: true,
    act: ({ addon }) => {
      addon.run('buildDashboard');
      expectNoAlert('Build dashboard', addon);
    },
  },
  {
    // The same workbook as the next row without a Dashboard tab: the difference is what the tab adds.
    name: REFRESH_WITH_READINGS,
    limitSeconds: EXECUTION_LIMIT,
    tabs: ['KPIs', 'OKRs', 'Check-ins'],
    writes: ['KPIs', 'OKRs'],
    workbook: generatedWorkbookWithReadings,
    act: ({ addon }) => addon.run('refreshScores'),
  },
  {
    name: REFRESH_WITH_DASHBOARD,
    limitSeconds: EXECUTION_LIMIT,
    tabs: ['KPIs', 'OKRs', 'Check-ins'],
    writes: ['KPIs', 'OKRs'],
    workbook: generatedWorkbookWithReadings,
    dashboard: true,
    // Someone built the dashboard once; every Refresh since rebuilds it.
    setup: ({ addon }) => {
      addon.run('buildDashboard');
      expectNoAlert('Build dashboard', addon);
    },
    act: ({ addon }) => addon.run('refreshScores'),
  },
];
