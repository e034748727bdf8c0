// The bad-input corpus for teams, alignment and the dashboard: odd values in the OKRs tab's Team and Parent
// columns, on the Teams tab, in a team's own file as the Team OKRs tab imports it, in a workbook the Dashboard is
// built from, and in the sidebar's team choice. badInputTeamsCorpus.test.ts runs each case on the built bundle and
// checks the promises of badInputCorpus.test.ts: no uncaught error, no user cell changed outside the cells the
// action owns, every text written reads back exactly and fits a cell, and a message or INVALID status that names
// the cause. A case whose `defect` is set runs as `it.fails` until the add-on is fixed.
import type { CellValue } from '../../emulator/index';
import { HUGE } from './badInputs';

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const ZWSP = '\u200B';

type Content = CellValue | { formula: string; value: CellValue };

// ---------------------------------------------------------------------------------------------------------
// Refresh and onEdit on the one-file teams example (TEAM_OKR_ROWS): A ID · B Quarter · C Team · D Objective ·
// E Key Result · F Owner · G Start · H Target · I Current · J Unit · K KPI · L Parent. Row 4 is C1.2, rolled up
// from T2 (row 8, Team Product, Parent C1.2: 0.53) and T3 (row 11, Support, Parent C1.2: 0.66) to 0.6; rows 9
// and 10 are T2.1 and T2.2. A T2 aligned elsewhere leaves C1.2 at T3's 0.66.
// ---------------------------------------------------------------------------------------------------------

/** What a row must read after the action: its Status, and where given its Score. */
export interface RowCheck {
  row: number;
  status: RegExp;
  score?: number | '';
}

export interface AlignmentCase {
  what: string;
  /** Cells replaced on the OKRs tab before anything runs (the refreshed workbook, for an edit). */
  cells: Record<string, Content>;
  /** The flat example instead of the teams one (a row is its objective and its key result at once). */
  flat?: boolean;
  /** An edit after a Refresh: one cell typed, or a block pasted. */
  edit?: { range: string; typed: string[][] };
  checks: RowCheck[];
  /** What one of the health check's findings must say (every finding is checked for readability). */
  finding?: RegExp;
  defect?: string;
}

const ROLLED_WITH_T2 = { row: 4, status: /^ON TRACK$/, score: 0.6 };
const ROLLED_WITHOUT_T2 = { row: 4, status: /^ON TRACK$/, score: 0.66 };
const T2_SCORED = { row: 8, status: /^ON TRACK$/, score: 0.53 };

function team(what: string, value: Content, checks: RowCheck[], defect?: string): AlignmentCase {
  return { what: `Team ${what}`, cells: { C8: value }, checks, ...(defect === undefined ? {} : { defect }) };
}
function parent(what: string, value: Content, checks: RowCheck[], defect?: string): AlignmentCase {
  return { what: `Parent ${what}`, cells: { L8: value }, checks, ...(defect === undefined ? {} : { defect }) };
}

export const ALIGNMENT_REFRESH_CASES: AlignmentCase[] = [
  // Team: any text is a team's name; an error value makes the objective's row say so.
  team('a number', 5, [T2_SCORED, ROLLED_WITH_T2]),
  team('a date', d('2026-11-01'), [T2_SCORED, ROLLED_WITH_T2]),
  team('a checkbox', true, [T2_SCORED, ROLLED_WITH_T2]),
  team('#N/A', '#N/A', [{ row: 8, status: /^INVALID: Team: error value #N\/A$/ }, ROLLED_WITHOUT_T2]),
  team('a formula showing #REF!', { formula: '=#REF!', value: '#REF!' }, [
    { row: 8, status: /^INVALID: Team: error value #REF!$/ },
    ROLLED_WITHOUT_T2,
  ]),
  team('a formula showing a name', { formula: '="Prod"&"uct"', value: 'Product' }, [T2_SCORED, ROLLED_WITH_T2]),
  team('that looks like a formula', '=Sales', [T2_SCORED, ROLLED_WITH_T2]),
  team('50,000 characters', HUGE, [T2_SCORED, ROLLED_WITH_T2]),
  team('only a zero-width space', ZWSP, [T2_SCORED, ROLLED_WITH_T2]),
  {
    what: 'Team on a key result row, unlike its objective',
    cells: { C9: 'Sales' },
    checks: [{ row: 9, status: /^ON TRACK$/, score: 0.56 }, T2_SCORED],
  },

  // Parent: an ID, matched ignoring case and surrounding spaces; anything else names nothing.
  parent('a number', 5, [T2_SCORED, ROLLED_WITHOUT_T2]),
  parent('a date', d('2026-11-01'), [T2_SCORED, ROLLED_WITHOUT_T2]),
  parent('a checkbox', true, [T2_SCORED, ROLLED_WITHOUT_T2]),
  parent('#N/A', '#N/A', [{ row: 8, status: /^INVALID: Parent: error value #N\/A$/ }, ROLLED_WITHOUT_T2]),
  parent('a formula showing #REF!', { formula: '=#REF!', value: '#REF!' }, [
    { row: 8, status: /^INVALID: Parent: error value #REF!$/ },
    ROLLED_WITHOUT_T2,
  ]),
  parent('a formula showing C1.2', { formula: '=A4', value: 'C1.2' }, [T2_SCORED, ROLLED_WITH_T2]),
  parent('that looks like a formula', '=C1.2', [T2_SCORED, ROLLED_WITHOUT_T2]),
  {
    ...parent('50,000 characters', HUGE, [T2_SCORED, ROLLED_WITHOUT_T2]),
    finding: /^T2 "Shorten time-to-value for new customers" aligns to "x{40}…", which is no objective/m,
  },
  {
    ...parent('C1.2 with a trailing zero-width space', `C1.2${ZWSP}`, [T2_SCORED, ROLLED_WITHOUT_T2]),
    finding: /aligns to "C1\.2\[zero-width space\]", which is no objective or key result ID/,
  },
  parent('typed " c1.2 " (case and spaces)', ' c1.2 ', [T2_SCORED, ROLLED_WITH_T2]),
  {
    ...parent('naming its own objective', 'T2', [T2_SCORED, ROLLED_WITHOUT_T2]),
    finding: /loop back to it: T2 → T2\./,
  },
  parent('naming its own key result, which has a Current', 'T2.1', [T2_SCORED, ROLLED_WITHOUT_T2]),
  {
    what: 'Parent naming its own key result, which would be rolled up: a loop',
    cells: { L8: 'T2.1', I9: '' },
    checks: [{ row: 9, status: /^INVALID: Parent: T2 → T2\.1 → T2 loops back/, score: '' }, ROLLED_WITHOUT_T2],
  },
  {
    what: 'Parent on a key result row naming its own objective',
    cells: { L9: 'T2' },
    checks: [{ row: 9, status: /^ON TRACK$/, score: 0.56 }, T2_SCORED, ROLLED_WITH_T2],
  },
  {
    what: 'Parent on a key result row naming a company key result',
    cells: { L10: 'C1.1' },
    checks: [{ row: 10, status: /^ON TRACK$/, score: 0.49 }, T2_SCORED, ROLLED_WITH_T2],
  },
  {
    what: 'two objectives each aligned to the other through a rolled-up key result: a loop, never a hang',
    cells: { L8: 'T3.1', I9: '', L11: 'T2.1', I12: '', K12: '' },
    checks: [
      { row: 9, status: /^INVALID: Parent: .*loops back/ },
      { row: 12, status: /^INVALID: Parent: .*loops back/ },
    ],
  },
  {
    what: 'a 50,000-character objective ID on a loop: the Status still fits a cell',
    cells: { A8: HUGE, L8: 'T3.1', I9: '', L11: 'T2.1', I12: '', K12: '' },
    checks: [{ row: 12, status: /^INVALID: Parent: "x{40}…" → T3\.1 → T3 → T2\.1 → "x{40}…" loops back/ }],
    finding: /loop back to it: .*"x{40}…"/,
  },
  {
    what: 'a 50,000-character objective ID rolled up into C1.2: its note still fits a cell',
    cells: { A8: HUGE },
    checks: [T2_SCORED, ROLLED_WITH_T2],
  },

  // The flat layout (FLAT_OKR_ROWS with P Team and Q Parent): rows 2–4 are O1.1–O1.3 of one objective, O1; rows
  // 5–7 O2.1–O2.3 of O2 (O2.1 0.63, O2.2 0.25, O2.3 0.45).
  {
    what: 'flat: a Parent on the first row of an objective rolls it into a key result with no Current',
    flat: true,
    cells: { Q5: 'O1.2', H3: '' },
    checks: [{ row: 3, status: /^(ON TRACK|AT RISK|OFF TRACK)$/, score: 0.44 }],
  },
  {
    what: 'flat: a Parent on a later row of an objective',
    flat: true,
    cells: { Q6: 'O1.2', H3: '' },
    checks: [{ row: 3, status: /^(ON TRACK|AT RISK|OFF TRACK)$/, score: 0.44 }],
  },
  {
    what: 'flat: a row naming itself as its Parent, with no Current or KPI: a loop',
    flat: true,
    cells: { Q3: 'O1.2', H3: '' },
    checks: [{ row: 3, status: /^INVALID: Parent: .*loops back/, score: '' }],
  },
  {
    what: 'flat: Team #N/A',
    flat: true,
    cells: { P2: '#N/A' },
    checks: [{ row: 2, status: /^INVALID: Team: error value #N\/A$/ }],
  },
];

// ---------------------------------------------------------------------------------------------------------
// onEdit of Team and Parent cells on the refreshed teams example; `cells` set the value a cell held before,
// which onEdit receives as e.oldValue (a date as its serial number, a checkbox as TRUE).
// ---------------------------------------------------------------------------------------------------------

function typed(
  what: string,
  cells: Record<string, Content>,
  range: string,
  text: string,
  checks: RowCheck[],
  defect?: string,
): AlignmentCase {
  return { what, cells, edit: { range, typed: [[text]] }, checks, ...(defect === undefined ? {} : { defect }) };
}

export const ALIGNMENT_EDIT_CASES: AlignmentCase[] = [
  typed('Parent typed #N/A', {}, 'L8', '#N/A', [
    { row: 8, status: /^INVALID: Parent: error value #N\/A$/ },
    ROLLED_WITHOUT_T2,
  ]),
  typed('Parent typed 1e999', {}, 'L8', '1e999', [
    { row: 8, status: /^INVALID: Parent: error value #NUM!$/ },
    ROLLED_WITHOUT_T2,
  ]),
  typed('Parent typed 3/4/2026', {}, 'L8', '3/4/2026', [T2_SCORED, ROLLED_WITHOUT_T2]),
  typed('Parent typed TRUE', {}, 'L8', 'TRUE', [T2_SCORED, ROLLED_WITHOUT_T2]),
  typed("Parent typed '=C1.2 (text)", {}, 'L8', "'=C1.2", [T2_SCORED, ROLLED_WITHOUT_T2]),
  typed('Parent typed 50,000 characters', {}, 'L8', HUGE, [T2_SCORED, ROLLED_WITHOUT_T2]),
  typed('Parent typed a zero-width space', {}, 'L8', ZWSP, [T2_SCORED, ROLLED_WITHOUT_T2]),
  typed('Parent typed " c1.2 " over a blank one', { L8: '' }, 'L8', ' c1.2 ', [T2_SCORED, ROLLED_WITH_T2]),
  typed('Parent typed T2, naming its own objective', {}, 'L8', 'T2', [T2_SCORED, ROLLED_WITHOUT_T2]),
  typed('Parent typed T2.1 on T2 with T2.1 blank: a loop', { I9: '' }, 'L8', 'T2.1', [
    { row: 9, status: /^INVALID: Parent: T2 → T2\.1 → T2 loops back/ },
    ROLLED_WITHOUT_T2,
  ]),
  typed('Parent cleared', {}, 'L8', '', [T2_SCORED, ROLLED_WITHOUT_T2]),
  typed('Parent typed C1.2 over 50,000 characters (e.oldValue huge)', { L8: HUGE }, 'L8', 'C1.2', [
    T2_SCORED,
    ROLLED_WITH_T2,
  ]),
  typed('Parent typed C1.2 over #N/A (e.oldValue an error)', { L8: '#N/A' }, 'L8', 'C1.2', [T2_SCORED, ROLLED_WITH_T2]),
  typed('Parent typed C1.2 over a date (e.oldValue a serial number)', { L8: d('2026-11-01') }, 'L8', 'C1.2', [
    T2_SCORED,
    ROLLED_WITH_T2,
  ]),
  typed('Parent typed C1.2 over a checkbox (e.oldValue TRUE)', { L8: true }, 'L8', 'C1.2', [T2_SCORED, ROLLED_WITH_T2]),
  typed('Parent typed C1.2 over a number (e.oldValue 46000)', { L8: 46000 }, 'L8', 'C1.2', [T2_SCORED, ROLLED_WITH_T2]),
  typed('Parent on a key result row typed T2', {}, 'L9', 'T2', [{ row: 9, status: /^ON TRACK$/, score: 0.56 }]),
  typed('Team typed #REF!', {}, 'C8', '#REF!', [{ row: 8, status: /^INVALID: Team: error value #REF!$/ }]),
  typed('Team typed 1e999', {}, 'C8', '1e999', [{ row: 8, status: /^INVALID: Team: error value #NUM!$/ }]),
  typed('Team typed 50,000 characters', {}, 'C8', HUGE, [T2_SCORED]),
  typed('Team typed =x as text', {}, 'C8', "'=x", [T2_SCORED]),
  typed('Team typed over 50,000 characters (e.oldValue huge)', { C8: HUGE }, 'C8', 'Product', [T2_SCORED]),
  {
    what: 'a pasted block of Team and Parent cells, errors and huge text among them',
    cells: {},
    edit: {
      range: 'K8:L11',
      typed: [
        ['', '#N/A'],
        ['', HUGE],
        ['', ZWSP],
        ['', ' c1.2 '],
      ],
    },
    checks: [
      { row: 8, status: /^INVALID: Parent: error value #N\/A$/ },
      { row: 11, status: /^ON TRACK$/ },
    ],
  },
  {
    what: 'a pasted block over Team, Objective and Parent of two objectives',
    cells: {},
    edit: {
      range: 'C8:D8',
      typed: [['#DIV/0!', '=1+1']],
    },
    checks: [{ row: 8, status: /^INVALID: Team: error value #DIV\/0!/ }, ROLLED_WITHOUT_T2],
  },
];

// ---------------------------------------------------------------------------------------------------------
// The Teams tab (Team · Spreadsheet URL · OKRs tab) of a company file, under Roll up teams then Refresh. `PRODUCT`
// in a cell stands for the Product team file's URL (a real file the emulator can import).
// ---------------------------------------------------------------------------------------------------------

export const PRODUCT = '<product file>';

export interface TeamsTabCase {
  what: string;
  /** The Teams tab's rows below its header. */
  rows: CellValue[][];
  /** What the first team's status line must read after Roll up teams; or the alert when nothing is written. */
  status?: RegExp;
  alert?: RegExp;
  /** Grant the import of the Product file, so Refresh reads it. */
  allow?: boolean;
  defect?: string;
}

const NOT_A_URL = /^Not imported: ".{1,45}" is not a Google Sheets URL/;
const WAITING = /^Not connected: select cell A3 and click "Allow access"/;

export const TEAMS_TAB_CASES: TeamsTabCase[] = [
  { what: 'Team a number', rows: [[5, PRODUCT, '']], status: WAITING },
  { what: 'Team a date', rows: [[d('2026-11-01'), PRODUCT, '']], status: WAITING },
  { what: 'Team a checkbox', rows: [[true, PRODUCT, '']], status: WAITING },
  { what: 'Team #N/A', rows: [['#N/A', PRODUCT, '']], status: /^Not imported: Team: error value #N\/A/ },
  { what: 'Team that looks like a formula', rows: [['=Sales', PRODUCT, '']], status: WAITING },
  { what: 'Team 50,000 characters', rows: [[HUGE, PRODUCT, '']], status: WAITING },
  { what: 'Team only a zero-width space', rows: [[ZWSP, PRODUCT, '']], status: WAITING },
  {
    what: 'Team blank with a URL',
    rows: [['', PRODUCT, '']],
    status: /^Not imported: no Team name for .* type the team's name/,
  },
  {
    what: 'Team 50,000 characters with no URL',
    rows: [[HUGE, '', '']],
    status: /^Not imported: no Spreadsheet URL for "x{1,40}…": paste the team file's URL/,
  },
  { what: 'URL a number', rows: [['Product', 12345, '']], status: NOT_A_URL },
  { what: 'URL a date', rows: [['Product', d('2026-11-01'), '']], status: NOT_A_URL },
  { what: 'URL #REF!', rows: [['Product', '#REF!', '']], status: /^Not imported: Spreadsheet URL: error value #REF!/ },
  { what: 'URL 50,000 characters', rows: [['Product', HUGE, '']], status: /^Not imported: "x{1,40}…" is not/ },
  { what: 'URL a zero-width space', rows: [['Product', ZWSP, '']], status: /^Not imported: "\[zero-width space\]"/ },
  {
    what: 'URL that looks like a formula',
    rows: [['Product', '=IMPORTXML("http://evil","//a")', '']],
    status: NOT_A_URL,
  },
  {
    what: 'URL with a quote mark in it, after a real one',
    rows: [['Product', `${PRODUCT}"&"x`, '']],
    status: WAITING,
  },
  { what: 'OKRs tab a number', rows: [['Product', PRODUCT, 5]], status: /^Not connected: .*a tab named "5"/ },
  {
    what: 'OKRs tab #N/A',
    rows: [['Product', PRODUCT, '#N/A']],
    status: /^Not imported: OKRs tab: error value #N\/A/,
  },
  {
    what: 'OKRs tab with quotes and apostrophes',
    rows: [['Product', PRODUCT, `Q4 "goals" 'draft'`]],
    status: /^Not connected: .*a tab named "Q4 "goals" 'draft'"/,
  },
  {
    what: 'OKRs tab 50,000 characters',
    rows: [['Product', PRODUCT, HUGE]],
    status: /^Not imported: .*OKRs tab.*100 characters/,
  },
  { what: 'OKRs tab a zero-width space', rows: [['Product', PRODUCT, ZWSP]], status: /^Not (connected|imported)/ },
  {
    what: 'the same team twice, once with trailing spaces and capitals',
    rows: [
      ['Product', PRODUCT, ''],
      ['PRODUCT  ', PRODUCT, ''],
    ],
    status: WAITING,
  },
  {
    what: 'a 50,000-character team repeated: the refusal fits a cell',
    rows: [
      [HUGE, PRODUCT, ''],
      [HUGE, PRODUCT, ''],
    ],
    status: WAITING,
  },
  {
    what: 'Team with a line break',
    rows: [['Sales\nEMEA', PRODUCT, '']],
    status: WAITING,
  },
  {
    what: 'the same file under a 50,000-character name and another: the refusal fits a cell',
    rows: [
      ['Product', PRODUCT, ''],
      [HUGE, PRODUCT, ''],
    ],
    status: WAITING,
  },
  {
    what: 'a bare id of 50,000 letters',
    rows: [['Product', 'a'.repeat(50_000), '']],
    status: NOT_A_URL,
  },
  { what: 'connected, then Refresh', rows: [['Product', PRODUCT, '']], status: WAITING, allow: true },
  {
    what: 'connected under a 50,000-character team name, then Refresh',
    rows: [[HUGE, PRODUCT, '']],
    status: WAITING,
    allow: true,
  },
];

// ---------------------------------------------------------------------------------------------------------
// The Team OKRs tab as imported: the Product team's own OKRs tab holds the corpus's odd values. Its columns
// are TEAM_OKR_ROWS' with Score and Status after them (A ID · B Quarter · C Team · D Objective · E Key Result ·
// F Owner · G Start · H Target · I Current · J Unit · K KPI · L Parent · M Score · N Status): row 2 is T2
// (Parent C1.2, Score 0.4, AT RISK), rows 3 and 4 its key results T2.1 (0.56) and T2.2 (0.49). The company's
// C1.2 (row 4 of its OKRs tab, blank Current) is rolled up from T2: 0.4.
// ---------------------------------------------------------------------------------------------------------

export interface ImportCase {
  what: string;
  /** Cells replaced on the team file's OKRs tab. */
  cells: Record<string, Content>;
  /** The Product band's status line after Refresh. */
  status: RegExp;
  /** The company's C1.2 after Refresh. */
  rolled: RowCheck;
  defect?: string;
}

const CONNECTED = /^Connected: 1 objective, 2 key results\.$/;
const ROLLED_FROM_T2 = { row: 4, status: /^(AT RISK|OFF TRACK)$/, score: 0.4 };
const NOT_ROLLED = { row: 4, status: /^NO DATA$/, score: '' as const };
const ROLLED_FROM_T2_KEY_RESULTS = { row: 4, status: /^(ON TRACK|AT RISK)$/, score: 0.53 };

function imported(what: string, cells: Record<string, Content>, status: RegExp, rolled: RowCheck): ImportCase {
  return { what, cells, status, rolled };
}

export const IMPORT_CASES: ImportCase[] = [
  imported(
    'Score #N/A: the objective takes its key results’ mean',
    { M2: '#N/A' },
    CONNECTED,
    ROLLED_FROM_T2_KEY_RESULTS,
  ),
  imported('Score a date', { M2: d('2026-11-01') }, CONNECTED, ROLLED_FROM_T2_KEY_RESULTS),
  imported('Score text', { M2: 'great' }, CONNECTED, ROLLED_FROM_T2_KEY_RESULTS),
  imported('Score a checkbox', { M2: true }, CONNECTED, ROLLED_FROM_T2_KEY_RESULTS),
  imported('Score 1e308', { M2: 1e308 }, CONNECTED, ROLLED_FROM_T2_KEY_RESULTS),
  imported('Score -5', { M2: -5 }, CONNECTED, ROLLED_FROM_T2_KEY_RESULTS),
  imported('Score 50,000 characters', { M2: HUGE }, CONNECTED, ROLLED_FROM_T2_KEY_RESULTS),
  imported('every Score #REF!', { M2: '#REF!', M3: '#REF!', M4: '#REF!' }, CONNECTED, {
    row: 4,
    status: /^(ON TRACK|AT RISK|OFF TRACK|NO DATA)$/,
  }),
  imported('Status 50,000 characters', { N2: HUGE }, CONNECTED, { row: 4, status: /^(ON TRACK|AT RISK|OFF TRACK)$/ }),
  imported('Status that looks like a formula', { N2: '=HYPERLINK("http://evil")' }, CONNECTED, {
    row: 4,
    status: /^(ON TRACK|AT RISK|OFF TRACK)$/,
  }),
  imported('Parent #N/A', { L2: '#N/A' }, CONNECTED, NOT_ROLLED),
  imported('Parent 50,000 characters', { L2: HUGE }, CONNECTED, NOT_ROLLED),
  imported('Parent " c1.2 "', { L2: ' c1.2 ' }, CONNECTED, ROLLED_FROM_T2),
  imported('Parent a number', { L2: 5 }, CONNECTED, NOT_ROLLED),
  imported('Parent naming itself', { L2: 'T2' }, CONNECTED, NOT_ROLLED),
  imported('ID 50,000 characters', { A2: HUGE }, CONNECTED, ROLLED_FROM_T2),
  imported('ID #REF!', { A2: '#REF!' }, /^Connected/, { row: 4, status: /^(AT RISK|OFF TRACK|NO DATA)$/ }),
  imported('Objective 50,000 characters', { D2: HUGE }, CONNECTED, ROLLED_FROM_T2),
  imported('Objective #N/A', { D2: '#N/A' }, /^Connected/, { row: 4, status: /^(AT RISK|OFF TRACK|NO DATA)$/ }),
  imported('Team 50,000 characters', { C2: HUGE }, CONNECTED, ROLLED_FROM_T2),
  imported('Team #N/A', { C2: '#N/A' }, CONNECTED, ROLLED_FROM_T2),
  imported('Quarter 50,000 characters', { B2: HUGE }, /^Connected/, {
    row: 4,
    status: /^(AT RISK|OFF TRACK|NO DATA)$/,
  }),
  imported('Quarter a date', { B2: d('2026-11-01') }, /^Connected/, {
    row: 4,
    status: /^(AT RISK|OFF TRACK|NO DATA)$/,
  }),
  imported('Quarter #N/A', { B2: '#N/A' }, /^Connected/, { row: 4, status: /^(AT RISK|OFF TRACK|NO DATA)$/ }),
  imported('Key Result 50,000 characters', { E3: HUGE }, CONNECTED, ROLLED_FROM_T2),
  imported('Current and Target errors', { H3: '#DIV/0!', I4: '#N/A' }, CONNECTED, ROLLED_FROM_T2),
  imported('header cell #REF!', { A1: '#REF!' }, /^Connected/, { row: 4, status: /^(AT RISK|OFF TRACK|NO DATA)$/ }),
  imported('header of 50,000 characters where Objective was', { D1: HUGE }, /^Connected, but/, NOT_ROLLED),
  imported('Owner a formula error', { F2: { formula: '=1/0', value: '#DIV/0!' } }, CONNECTED, ROLLED_FROM_T2),
  imported('Score 70 (a percent typed as a number)', { M2: 70 }, CONNECTED, ROLLED_FROM_T2_KEY_RESULTS),
  imported('Score 70% (0.7)', { M2: 0.7 }, CONNECTED, { row: 4, status: /^ON TRACK$/, score: 0.7 }),
  imported('Parent on its first key result row', { L2: '', L3: 'C1.2' }, CONNECTED, ROLLED_FROM_T2),
  imported('Team of only a zero-width space', { C2: ZWSP }, CONNECTED, ROLLED_FROM_T2),
  imported(
    'every cell of T2 50,000 characters',
    { A2: HUGE, B2: '', C2: HUGE, D2: HUGE, F2: HUGE },
    CONNECTED,
    ROLLED_FROM_T2,
  ),
];

// ---------------------------------------------------------------------------------------------------------
// The Dashboard built from a workbook holding the corpus's odd values (the grouped example, KPIs and OKRs).
// KPIs: A ID · B KPI · C Owner · D Unit · E Min · F Max · G Warn below · H Warn above · I Current · J Cadence ·
// K Updated · L Type; row 4 is K3 (NPS, ALERT). OKRs: row 2 is O1, row 4 its key result O1.2.
// ---------------------------------------------------------------------------------------------------------

export interface DashboardCase {
  what: string;
  kpis?: Record<string, Content>;
  okrs?: Record<string, Content>;
  /** Texts that must appear whole, exactly as typed, in some cell of the Dashboard tab. */
  shown?: string[];
  defect?: string;
}

export const DASHBOARD_CASES: DashboardCase[] = [
  { what: 'a KPI named =1+1', kpis: { B4: '=1+1' }, shown: ['=1+1'] },
  { what: 'a KPI named +Ops', kpis: { B4: '+Ops' }, shown: ['+Ops'] },
  { what: "a KPI named 'quoted", kpis: { B4: "'quoted" }, shown: ["'quoted"] },
  { what: 'a KPI named 3/4/2026', kpis: { B4: '3/4/2026' }, shown: ['3/4/2026'] },
  { what: 'a KPI named #N/A', kpis: { B4: '#N/A' } },
  { what: 'a KPI named 50,000 characters', kpis: { B4: HUGE } },
  { what: 'a KPI owner of 50,000 characters', kpis: { C4: HUGE } },
  { what: 'a KPI unit of 50,000 characters', kpis: { D4: HUGE } },
  { what: 'a KPI Current NaN as text', kpis: { I4: 'NaN' } },
  { what: 'a KPI Current #DIV/0!', kpis: { I4: { formula: '=1/0', value: '#DIV/0!' } } },
  { what: 'a KPI Current 1e308', kpis: { I4: 1e308 } },
  { what: 'a KPI Min -1e308 and Max 1e308', kpis: { E4: -1e308, F4: 1e308, G4: '' } },
  { what: 'a KPI Min above Max (INVALID)', kpis: { E4: 50, F4: 10 } },
  { what: 'a KPI Updated in the future', kpis: { K4: d('2027-03-01') } },
  { what: 'every KPI INVALID', kpis: { E2: 'x', E3: 'x', E4: 'x', E5: 'x', E6: 'x' } },
  { what: 'an objective of 50,000 characters', okrs: { C2: HUGE } },
  { what: 'a key result of 50,000 characters', okrs: { D4: HUGE } },
  { what: 'a key result named =SUM(A1)', okrs: { D4: '=SUM(A1)' }, shown: ['    =SUM(A1)'] },
  { what: 'an objective #REF! (INVALID)', okrs: { C2: '#REF!' } },
  { what: 'a key result Current #N/A (INVALID)', okrs: { H4: '#N/A' } },
  { what: 'a key result owner of 50,000 characters', okrs: { E4: HUGE } },
  { what: 'a KPI link of 50,000 characters', okrs: { L4: HUGE } },
  { what: 'a KPI named 50,000 characters linked by name', kpis: { B4: HUGE }, okrs: { L4: HUGE } },
  // The OKRs tab here has a Team column (P) after the example's own: O1 is Growth's.
  { what: 'a team of 50,000 characters', okrs: { P2: HUGE } },
  { what: 'a team #N/A (INVALID objective)', okrs: { P2: '#N/A' } },
  { what: 'a team named =Sales', okrs: { P2: '=Sales' }, shown: ['Team: =Sales'] },
  { what: 'a team of only a zero-width space', okrs: { P2: ZWSP } },
  { what: 'a team spelt two ways', okrs: { P2: 'growth ', P6: 'GROWTH' } },
];

// ---------------------------------------------------------------------------------------------------------
// The sidebar's team choice, and the check-in list with odd teams.
// ---------------------------------------------------------------------------------------------------------

export interface TeamChoiceCase {
  what: string;
  /** What chooseCheckInTeam receives (JSON, as google.script.run sends it). */
  sent: unknown;
  /** Cells of the teams example's OKRs tab replaced first (Team is column C; T2 is row 8). */
  cells?: Record<string, Content>;
  outcome: { refused: RegExp } | { saved: RegExp; team?: string; keyResults?: string[] };
  defect?: string;
}

const ARRIVED = (what: string): RegExp => new RegExp(`^The team arrived as ${what}, not text`);

export const TEAM_CHOICE_CASES: TeamChoiceCase[] = [
  { what: 'a number', sent: 5, outcome: { refused: ARRIVED('the number 5') } },
  { what: 'null', sent: null, outcome: { refused: ARRIVED('nothing') } },
  { what: 'an object', sent: { team: 'Sales' }, outcome: { refused: ARRIVED('a set of fields') } },
  { what: 'a list', sent: ['Sales'], outcome: { refused: ARRIVED('a list') } },
  { what: 'a checkbox', sent: true, outcome: { refused: ARRIVED('a tick box') } },
  {
    what: 'over 50,000 characters',
    sent: 'x'.repeat(50_001),
    outcome: { refused: /^That team name is longer than a cell holds\.$/ },
  },
  {
    what: 'a team nobody has: every team',
    sent: 'Nobody',
    outcome: { saved: /^Showing every team\.$/, team: '' },
  },
  {
    what: 'a 50,000-character team nobody has',
    sent: HUGE,
    outcome: { saved: /^Showing every team\.$/, team: '' },
  },
  {
    what: 'a 50,000-character team on the tab',
    sent: HUGE,
    cells: { C8: HUGE },
    outcome: { saved: /^Showing the "x{1,40}…" team\.$/, team: HUGE, keyResults: ['T2.1', 'T2.2'] },
  },
  {
    what: 'a team typed =Sales on the tab',
    sent: '=Sales',
    cells: { C8: '=Sales' },
    outcome: { saved: /^Showing the =Sales team\.$/, team: '=Sales', keyResults: ['T2.1', 'T2.2'] },
  },
  {
    what: 'a team whose cell is #N/A',
    sent: '#N/A',
    cells: { C8: '#N/A' },
    outcome: { saved: /^Showing (every team|the #N\/A team)\.$/ },
  },
  {
    what: 'a team with a zero-width space',
    sent: `Product${ZWSP}`,
    cells: { C8: `Product${ZWSP}` },
    outcome: { saved: /^Showing the "Product\[zero-width space\]" team\.$/, keyResults: ['T2.1', 'T2.2'] },
  },
  {
    what: 'a team with trailing spaces and capitals',
    sent: 'PRODUCT  ',
    outcome: { saved: /^Showing the Product team\.$/, team: 'Product', keyResults: ['T2.1', 'T2.2'] },
  },
  { what: 'every team', sent: '', outcome: { saved: /^Showing every team\.$/, team: '' } },
  { what: 'no team', sent: ' ', outcome: { saved: /^Showing (every team|key results with no team)\.$/ } },
];

// ---------------------------------------------------------------------------------------------------------
// A check-in on a key result of an objective whose Team or Parent holds odd values (the teams example: T2.1 is
// row 9, "Reduce time-to-value", under T2 on row 8). Checking in 8 days lifts T2.1 to 0.67, T2 to 0.58 and the
// C1.2 it feeds to 0.62.
// ---------------------------------------------------------------------------------------------------------

export interface TeamCheckInCase {
  what: string;
  cells: Record<string, Content>;
  /** The key result checked in on, with value "8". */
  id: string;
  saved: RegExp;
  /** The company key result it feeds, after the save. */
  rolled?: RowCheck;
  defect?: string;
}

export const TEAM_CHECK_IN_CASES: TeamCheckInCase[] = [
  { what: 'under a 50,000-character team', cells: { C8: HUGE }, id: 'T2.1', saved: /^Saved "Reduce time-to-value"/ },
  { what: 'under a team #N/A', cells: { C8: '#N/A' }, id: 'T2.1', saved: /^Saved "Reduce time-to-value"/ },
  {
    what: 'under an objective whose Parent is #N/A',
    cells: { L8: '#N/A' },
    id: 'T2.1',
    saved: /^Saved "Reduce time-to-value"/,
    rolled: ROLLED_WITHOUT_T2,
  },
  {
    what: 'under an objective whose Parent is " c1.2 "',
    cells: { L8: ' c1.2 ' },
    id: 'T2.1',
    saved: /^Saved "Reduce time-to-value"/,
    rolled: { row: 4, status: /^ON TRACK$/, score: 0.62 },
  },
  {
    what: 'under an objective with a 50,000-character ID feeding C1.2',
    cells: { A8: HUGE },
    id: 'T2.1',
    saved: /^Saved "Reduce time-to-value"/,
    rolled: { row: 4, status: /^ON TRACK$/, score: 0.62 },
  },
  {
    what: 'under an objective on a loop of Parents',
    cells: { L8: 'T2.2', I10: '' },
    id: 'T2.1',
    saved: /^Saved "Reduce time-to-value"/,
    rolled: ROLLED_WITHOUT_T2,
  },
];
