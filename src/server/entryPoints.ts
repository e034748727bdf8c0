// The registry of everything Apps Script must see as a top-level function: menus, triggers and
// custom functions. The build turns each entry into a delegating stub with this JSDoc above it, because
// Apps Script reads only top-level `function` declarations (and their JSDoc, for autocomplete).

export interface EntryPoint {
  readonly name: string;
  readonly params: readonly string[];
  /** JSDoc lines without the comment markers. */
  readonly doc: readonly string[];
}

export const ENTRY_POINTS = [
  { name: 'onOpen', params: ['e'], doc: ['Builds the KPI & OKR menu when the spreadsheet opens.'] },
  { name: 'onInstall', params: ['e'], doc: ['Builds the menu right after the add-on is installed.'] },
  { name: 'onEdit', params: ['e'], doc: ['Re-scores the rows a user just edited on the KPIs or OKRs tab.'] },
  { name: 'refreshScores', params: [], doc: ['Menu: Refresh scores & colours.'] },
  { name: 'setUpTabs', params: [], doc: ['Menu: Set up tabs.'] },
  {
    name: 'showSettings',
    params: [],
    doc: ['Menu: Settings & about… (fiscal year, weekly digest and about, in the sidebar).'],
  },
  {
    name: 'getFiscalYear',
    params: [],
    doc: ['Sidebar: the month the fiscal year starts in, and the quarter today is in for each choice.'],
  },
  {
    name: 'saveFiscalYear',
    params: ['payload'],
    doc: ['Sidebar: saves the month the fiscal year starts in ({ startMonth: 1-12 }) for the whole document.'],
  },
  { name: 'showCheckIn', params: [], doc: ['Menu: Check in… opens the check-in sidebar.'] },
  {
    name: 'getCheckInState',
    params: [],
    doc: ['Sidebar: key results and KPIs to check in on, for the remembered owner.'],
  },
  {
    name: 'chooseCheckInOwner',
    params: ['owner'],
    doc: ['Sidebar: remembers the owner to filter by (empty for All) and returns that list.'],
  },
  {
    name: 'chooseCheckInTeam',
    params: ['team'],
    doc: ['Sidebar: remembers the team to filter by (empty for All teams) and returns that list.'],
  },
  {
    name: 'submitCheckIn',
    params: ['payload'],
    doc: ['Sidebar: saves one check-in ({id, value, confidence, note}) and returns the new list.'],
  },
  {
    name: 'recommendKpiOrOkr',
    params: ['answers'],
    doc: ['Sidebar: KPI or OKR? The recommendation and its reason for the four answers.'],
  },
  {
    name: 'addKpiOrKeyResult',
    params: ['payload'],
    doc: ['Sidebar: adds a draft as a new KPI row or a key result under an objective.'],
  },
  { name: 'healthCheck', params: [], doc: ['Menu: Health check (opens the findings in the sidebar).'] },
  {
    name: 'buildDashboard',
    params: [],
    doc: ['Menu: Build dashboard (creates or rebuilds the Dashboard tab; every Refresh keeps it current).'],
  },
  {
    name: 'rollUpTeams',
    params: [],
    doc: ['Menu: Roll up teams (imports each team file the Teams tab lists into the Team OKRs tab).'],
  },
  { name: 'getHealthFindings', params: [], doc: ['Sidebar: the health check findings; changes no cell.'] },
  {
    name: 'selectHealthFinding',
    params: ['payload'],
    doc: ['Sidebar: selects the row a finding names ({ tab, row }).'],
  },
  {
    name: 'addRecoveryOkr',
    params: ['payload'],
    doc: ['Sidebar: adds the drafted recovery OKR for a KPI ({ kpiId }).'],
  },
  {
    name: 'getReminderSettings',
    params: [],
    doc: ['Sidebar: whether the weekly digest is on, whose it is, and which permissions it still needs.'],
  },
  {
    name: 'switchDigestOn',
    params: ['payload'],
    doc: ['Sidebar: switches the weekly digest on as you ({ day: "MONDAY"…, hour: 0-23 }), or moves it.'],
  },
  { name: 'switchDigestOff', params: [], doc: ['Sidebar: switches your weekly digest off and removes its trigger.'] },
  {
    name: 'runWeeklyDigest',
    params: ['e'],
    doc: ['Time-driven trigger: mails each owner their key results and KPIs due for a check-in.'],
  },
  { name: 'startNewQuarter', params: [], doc: ['Menu: Start new quarter… (opens the preview dialog).'] },
  { name: 'getQuarterClosePreview', params: [], doc: ['Dialog: what closing the quarter will do; changes nothing.'] },
  {
    name: 'confirmQuarterClose',
    params: ['payload'],
    doc: ['Dialog: closes the quarter ({ mode: "keep" | "empty" }).'],
  },
  {
    name: 'OKR_SCORE',
    params: ['start', 'target', 'current'],
    doc: [
      'Scores a key result: (current - start) / (target - start), clamped to 0..1. Works for falling targets.',
      '@param {number|Array<Array<number>>} start Value at the start of the quarter, or a column of them.',
      '@param {number|Array<Array<number>>} target Value that means 1.0.',
      '@param {number|Array<Array<number>>} current Latest value (TRUE/FALSE for yes/no key results).',
      '@return The score from 0 to 1, or INVALID: with the reason.',
      '@customfunction',
    ],
  },
  {
    name: 'OKR_STATUS',
    params: ['score', 'due', 'today'],
    doc: [
      'Pacing status of a key result: DONE, ON TRACK, AT RISK or OFF TRACK.',
      '@param {number|Array<Array<number>>} score Key result score from 0 to 1.',
      '@param {Date|Array<Array<Date>>} [due] Deadline; default the last day of the quarter.',
      '@param {Date} [today] The day to judge on; default today.',
      '@return The status.',
      '@customfunction',
    ],
  },
  {
    name: 'OBJECTIVE_SCORE',
    params: ['scores', 'weights'],
    doc: [
      'Weighted mean of key result scores; blanks and text are ignored.',
      '@param {Array<Array<number>>} scores Key result scores.',
      '@param {Array<Array<number>>} [weights] Weights of the same size; default 1 each.',
      '@return The objective score from 0 to 1, or NO DATA.',
      '@customfunction',
    ],
  },
  {
    name: 'KPI_STATUS',
    params: ['value', 'min', 'max', 'warn_below', 'warn_above'],
    doc: [
      'Range flag of a KPI reading: OK, WARN (past a watch line), ALERT (out of range) or NO DATA.',
      '@param {number|Array<Array<number>>} value The reading.',
      '@param {number|Array<Array<number>>} min Healthy at or above; blank for no lower bound.',
      '@param {number|Array<Array<number>>} max Healthy at or below; blank for no upper bound.',
      '@param {number|Array<Array<number>>} [warn_below] Watched below this value; with no watch line, two bounds warn within 10% of the range.',
      '@param {number|Array<Array<number>>} [warn_above] Watched above this value.',
      '@return The status.',
      '@customfunction',
    ],
  },
  {
    name: 'QUARTER',
    params: ['date', 'fiscal_start_month'],
    doc: [
      'Label of the quarter a date falls in, like 2026-Q4.',
      '@param {Date|Array<Array<Date>>} [date] The date; default today.',
      '@param {number} [fiscal_start_month] Month the fiscal year starts in, 1-12; default 1 (January).',
      '@return The quarter label.',
      '@customfunction',
    ],
  },
  {
    name: 'QUARTER_PROGRESS',
    params: ['date', 'fiscal_start_month'],
    doc: [
      'Share of the quarter that has passed on a date, from 0 to 1.',
      '@param {Date|Array<Array<Date>>} [date] The date; default today.',
      '@param {number} [fiscal_start_month] Month the fiscal year starts in, 1-12; default 1 (January).',
      '@return The share of the quarter elapsed.',
      '@customfunction',
    ],
  },
] as const satisfies readonly EntryPoint[];

export type EntryPointName = (typeof ENTRY_POINTS)[number]['name'];

/** The IIFE's global name; the stubs delegate to it. */
export const BUNDLE_GLOBAL = '__addon';
