// What the bench measures, one row per scenario: a new one (a check-in, quarter close) is one more entry.
import type { Addon, Workbook } from '../emulator/index';

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
  /** Brings a fresh workbook to where the measured call starts; not measured. */
  readonly setup?: (session: Session) => void;
  /** The measured call. */
  readonly act: (session: Session) => void;
  /** Entry point of the cell-by-cell baseline doing the same job, where bench/gas/naive.ts has one. */
  readonly naive?: string;
}

/** Quotas page: 6 min per execution; simple triggers such as onEdit, 30 s. */
const EXECUTION_LIMIT = 360;
const SIMPLE_TRIGGER_LIMIT = 30;

/** Sheet row of key result n in generatedWorkbook: a header, then an objective row before every four KRs. */
function keyResultRow(n: number): number {
  const objective = Math.ceil(n / 4);
  return 1 + (objective - 1) * 5 + 1 + ((n - 1) % 4) + 1;
}

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
    act: ({ addon, size }) => addon.edit('OKRs', `H${keyResultRow(4 * Math.floor(size / 8) + 2)}`, '7'),
  },
];
