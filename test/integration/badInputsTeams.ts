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
  parent('50,000 characters', HUGE, [T2_SCORED, ROLLED_WITHOUT_T2]),
  parent('C1.2 with a trailing zero-width space', `C1.2${ZWSP}`, [T2_SCORED, ROLLED_WITHOUT_T2]),
  parent('typed " c1.2 " (case and spaces)', ' c1.2 ', [T2_SCORED, ROLLED_WITH_T2]),
  parent('naming its own objective', 'T2', [T2_SCORED, ROLLED_WITHOUT_T2]),
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
    checks: [{ row: 12, status: /^INVALID: Parent: .*loops back/ }],
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
