// The bad-input corpus: odd values a real team types, pastes or a tampered sidebar sends, one row per case,
// for every surface (Refresh, onEdit, custom functions, sidebar and dialog handlers). badInputCorpus.test.ts
// runs each on the built bundle and checks: no uncaught error, no user value changed outside the cells the
// action owns, and a message (or INVALID status) that names the column, field or cause. Add a row to extend.
//
// A case whose `defect` is set describes a real defect the corpus found: it runs as `it.fails` until the
// add-on is fixed, so the expectation stays the behaviour a user needs. Remove `defect` when it is fixed.
import type { CellValue } from '../../emulator/index';

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** 50,000 characters: the most a Sheets cell holds. */
export const HUGE = 'x'.repeat(50_000);
const ZWSP = '\u200B';
const MARKS = '\u200E\u200F';

// ---------------------------------------------------------------------------------------------------------
// Refresh: one cell of the example workbook replaced. OKRs columns (grouped layout, a Weight column added):
// A ID · B Quarter · C Objective · D Key Result · E Owner · F Start · G Target · H Current · I Unit · J Due ·
// K Confidence · L KPI · M Score · N Status · O Last check-in · P Weight. Row 2 is objective O1, row 4 is key
// result O1.2 (Start 40%, Target 15%, Current 31%: AT RISK). KPIs: A ID · B KPI · C Owner · D Unit · E Min ·
// F Max · G Warn below · H Warn above · I Current · J Cadence · K Updated · L Type · M Status; row 4 is K3 (NPS,
// Min 45, Warn below 50, Current 41: ALERT); row 13 is the first blank row.
// ---------------------------------------------------------------------------------------------------------

export interface RefreshCase {
  what: string;
  tab: 'OKRs' | 'KPIs';
  /** Cells replaced in the fixture before the refresh; a formula cell is `{ formula, value }`. */
  cells: Record<string, CellValue | { formula: string; value: CellValue }>;
  /** Number formats set in the fixture (a typed 70% is 0.7 formatted as a percent). */
  numberFormats?: Record<string, string>;
  /** The row whose Status is checked (1-based). */
  row: number;
  /** What that Status must read; or, when the tab cannot be read at all, the alert. */
  status?: RegExp;
  alert?: RegExp;
  /** A Check-ins tab to add, for check-in dates. */
  checkIns?: CellValue[][];
  defect?: string;
}

type Column = { letter: string; title: string };
const OKR_NUMBER_COLUMNS: Column[] = [
  { letter: 'F', title: 'Start' },
  { letter: 'G', title: 'Target' },
  { letter: 'H', title: 'Current' },
  { letter: 'K', title: 'Confidence' },
  { letter: 'P', title: 'Weight' },
];
const KPI_NUMBER_COLUMNS: Column[] = [
  { letter: 'E', title: 'Min' },
  { letter: 'F', title: 'Max' },
  { letter: 'G', title: 'Warn below' },
  { letter: 'H', title: 'Warn above' },
  { letter: 'I', title: 'Current' },
];
const esc = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The values wrong in any number column, each with the INVALID it must give, naming the column. */
function numberColumnCases(tab: 'OKRs' | 'KPIs', column: Column, row: number): RefreshCase[] {
  const cell = `${column.letter}${row}`;
  const c = esc(column.title);
  const rows: [string, CellValue, RegExp][] = [
    ['text', 'sixty', new RegExp(`^INVALID: ${c}: "sixty" is not a number$`)],
    ['#REF!', '#REF!', new RegExp(`^INVALID: ${c}: error value #REF!$`)],
    ['#N/A', '#N/A', new RegExp(`^INVALID: ${c}: error value #N/A$`)],
    ['#DIV/0!', '#DIV/0!', new RegExp(`^INVALID: ${c}: error value #DIV/0!$`)],
    ['a date', d('2026-11-01'), new RegExp(`^INVALID: ${c}: a date, not a number$`)],
    // A ticked Current is a yes/no key result, as the README documents: it scores 1.
    tab === 'OKRs' && column.title === 'Current'
      ? ['a checkbox (a yes/no key result: DONE)', true, /^DONE$/]
      : ['a checkbox', true, new RegExp(`^INVALID: ${c}: TRUE is a checkbox, not a number$`)],
    [
      '=-injection text',
      '=IMPORTXML("http://evil","//a")',
      new RegExp(`^INVALID: ${c}: "=IMPORTXML.*…?" is not a number$`),
    ],
    ['50,000 characters (quoted shortened)', HUGE, new RegExp(`^INVALID: ${c}: "x{20,60}…" is not a number$`)],
    [
      'a zero-width space (shown by name)',
      ZWSP,
      new RegExp(`^INVALID: ${c}: "\\[zero-width space\\]" is not a number$`),
    ],
    [
      'direction marks (shown by name)',
      MARKS,
      new RegExp(`^INVALID: ${c}: "\\[left-to-right mark\\]\\[right-to-left mark\\]" is not a number$`),
    ],
  ];
  return rows.map(([what, value, status]) => ({
    what: `${tab} ${column.title}: ${what}`,
    tab,
    cells: { [cell]: value },
    row,
    status,
  }));
}

export const REFRESH_CASES: RefreshCase[] = [
  ...OKR_NUMBER_COLUMNS.flatMap((column) => numberColumnCases('OKRs', column, 4)),
  ...KPI_NUMBER_COLUMNS.flatMap((column) => numberColumnCases('KPIs', column, 4)),

  // Huge numbers: a score is computed or the row says why not; never NaN or Infinity in a cell.
  {
    what: 'OKRs Start 1e308: (0.31 − 1e308) / (0.15 − 1e308) rounds to 1',
    tab: 'OKRs',
    cells: { F4: 1e308 },
    row: 4,
    status: /^DONE$/,
  },
  {
    what: 'OKRs Target 1e308: no progress towards it',
    tab: 'OKRs',
    cells: { G4: 1e308 },
    row: 4,
    status: /^OFF TRACK$/,
  },
  {
    what: 'OKRs Current 1e308 overflows the ratio',
    tab: 'OKRs',
    cells: { H4: 1e308 },
    row: 4,
    status: /^INVALID: Start, Target and Current are too far apart to score$/,
  },
  {
    what: 'OKRs Current -1e308 overflows the ratio',
    tab: 'OKRs',
    cells: { H4: -1e308 },
    row: 4,
    status: /^INVALID: Start, Target and Current are too far apart to score$/,
  },
  {
    what: 'OKRs Confidence 1e308',
    tab: 'OKRs',
    cells: { K4: 1e308 },
    row: 4,
    status: /^INVALID: Confidence: 1e\+308 is outside 0–10$/,
  },
  {
    what: 'OKRs Weight 1e308 still gives a finite objective score',
    tab: 'OKRs',
    cells: { P4: 1e308 },
    row: 2,
    status: /^(ON TRACK|AT RISK|OFF TRACK)$/,
  },
  {
    what: 'KPIs Min 1e308 puts 41 below the floor',
    tab: 'KPIs',
    cells: { E4: 1e308, G4: '' },
    row: 4,
    status: /^ALERT$/,
  },
  {
    what: 'KPIs Min 1e308 over its Warn below line names the line',
    tab: 'KPIs',
    cells: { E4: 1e308 },
    row: 4,
    status: /^INVALID: Warn below is under Min: set it between Min and Max$/,
  },
  {
    what: 'KPIs Type not one of the three',
    tab: 'KPIs',
    cells: { L4: 'vanity' },
    row: 4,
    status: /^INVALID: Type: "vanity" is not health, operational or strategic$/,
  },
  { what: 'KPIs Type #REF!', tab: 'KPIs', cells: { L4: '#REF!' }, row: 4, status: /^INVALID: Type: .*#REF!/ },
  { what: 'KPIs Current 1e308 is above the floor', tab: 'KPIs', cells: { I4: 1e308 }, row: 4, status: /^OK$/ },
  {
    what: 'KPIs Max -1e308 under Min 45',
    tab: 'KPIs',
    cells: { F4: -1e308 },
    row: 4,
    status: /^INVALID: Min is above Max$/,
  },

  // Negative weights, confidence out of range, percent confidence.
  { what: 'OKRs Weight negative', tab: 'OKRs', cells: { P4: -2 }, row: 4, status: /^INVALID: Weight: -2 is negative$/ },
  {
    what: 'OKRs Weight -1e308',
    tab: 'OKRs',
    cells: { P4: -1e308 },
    row: 4,
    status: /^INVALID: Weight: -1e\+308 is negative$/,
  },
  {
    what: 'OKRs every Weight 0: the objective says why it has no score',
    tab: 'OKRs',
    cells: { P3: 0, P4: 0, P5: 0 },
    row: 2,
    status: /^INVALID: .*Weight/,
  },
  {
    what: 'OKRs Confidence -1',
    tab: 'OKRs',
    cells: { K4: -1 },
    row: 4,
    status: /^INVALID: Confidence: -1 is outside 0–10$/,
  },
  {
    what: 'OKRs Confidence 11',
    tab: 'OKRs',
    cells: { K4: 11 },
    row: 4,
    status: /^INVALID: Confidence: 11 is outside 0–10$/,
  },
  {
    what: 'OKRs Confidence typed as the text "70%"',
    tab: 'OKRs',
    cells: { K4: '70%' },
    row: 4,
    status: /^INVALID: Confidence: "70%" is a percent; confidence is a number from 0 to 10$/,
  },
  {
    what: 'OKRs Confidence 70% as Sheets stores it (0.7, percent format)',
    tab: 'OKRs',
    cells: { K4: 0.7 },
    numberFormats: { K4: '0%' },
    row: 4,
    status: /^INVALID: Confidence: .*percent/,
  },

  // Dates in number columns were above; numbers, text and errors in date columns.
  {
    what: 'OKRs Due as a bare number 45',
    tab: 'OKRs',
    cells: { J4: 45 },
    row: 4,
    status: /^INVALID: Due: 45 is a number, not a date$/,
  },
  {
    what: 'OKRs Due 1e308',
    tab: 'OKRs',
    cells: { J4: 1e308 },
    row: 4,
    status: /^INVALID: Due: 1e\+308 is a number, not a date$/,
  },
  {
    what: 'OKRs Due text',
    tab: 'OKRs',
    cells: { J4: 'end of year' },
    row: 4,
    status: /^INVALID: Due: "end of year" is not a date$/,
  },
  { what: 'OKRs Due #REF!', tab: 'OKRs', cells: { J4: '#REF!' }, row: 4, status: /^INVALID: Due: error value #REF!$/ },
  {
    what: 'OKRs Due a checkbox',
    tab: 'OKRs',
    cells: { J4: false },
    row: 4,
    status: /^INVALID: Due: FALSE is a checkbox, not a date$/,
  },
  {
    what: 'OKRs Due before its quarter starts',
    tab: 'OKRs',
    cells: { J4: d('2026-06-15') },
    row: 4,
    status: /^INVALID: Due: 2026-06-15 is before 2026-Q4 starts \(2026-10-01\)$/,
  },
  {
    what: 'OKRs Due a zero-width space',
    tab: 'OKRs',
    cells: { J4: ZWSP },
    row: 4,
    status: /^INVALID: Due: "\[zero-width space\]" is not a date$/,
  },
  {
    what: 'KPIs Updated in the future',
    tab: 'KPIs',
    cells: { K4: d('2027-03-01') },
    row: 4,
    status: /^INVALID: Updated: 2027-03-01 is in the future$/,
  },
  {
    what: 'KPIs Updated as a bare number',
    tab: 'KPIs',
    cells: { K4: 45 },
    row: 4,
    status: /^INVALID: Updated: 45 is a number, not a date$/,
  },
  {
    what: 'KPIs Updated #N/A',
    tab: 'KPIs',
    cells: { K4: '#N/A' },
    row: 4,
    status: /^INVALID: Updated: error value #N\/A$/,
  },
  {
    what: 'KPIs Updated text',
    tab: 'KPIs',
    cells: { K4: 'last week' },
    row: 4,
    status: /^INVALID: Updated: "last week" is not a date$/,
  },
  {
    what: 'KPIs Updated a checkbox',
    tab: 'KPIs',
    cells: { K4: true },
    row: 4,
    status: /^INVALID: Updated: TRUE is a checkbox, not a date$/,
  },
  {
    what: 'a check-in dated in the future',
    tab: 'OKRs',
    cells: {},
    row: 4,
    checkIns: [
      ['Timestamp', 'Quarter', 'ID', 'Item', 'Kind', 'Value', 'Confidence', 'Note', 'By'],
      [d('2027-05-01'), '2026-Q4', 'O1.2', 'Reduce 30-day drop-off rate', 'KR', 0.3, 5, '', 'a@example.com'],
    ],
    status: /^INVALID: Last check-in: 2027-05-01 is in the future: fix its Timestamp on the Check-ins tab$/,
  },
  {
    what: 'a Check-ins tab full of garbage is skipped, the row judged on the sheet',
    tab: 'OKRs',
    cells: {},
    row: 4,
    checkIns: [
      ['Timestamp', 'Quarter', 'ID', 'Item', 'Kind', 'Value', 'Confidence', 'Note', 'By'],
      ['yesterday', '2026-Q4', 'O1.2', 'x', 'KR', 'abc', '70%', '', 'a'],
      ['#REF!', '#N/A', '#REF!', 'x', 'KR', 1e308, -5, '', 'a'],
    ],
    status: /^AT RISK$/,
  },

  // Text columns holding formula errors and odd values.
  {
    what: 'OKRs Quarter text',
    tab: 'OKRs',
    cells: { B4: 'Q5' },
    row: 4,
    status: /^INVALID: Quarter: "Q5" is not like 2026-Q4$/,
  },
  {
    what: 'OKRs Quarter 2026-Q5',
    tab: 'OKRs',
    cells: { B4: '2026-Q5' },
    row: 4,
    status: /^INVALID: Quarter: "2026-Q5" is not like 2026-Q4$/,
  },
  {
    what: 'OKRs Quarter #N/A',
    tab: 'OKRs',
    cells: { B4: '#N/A' },
    row: 4,
    status: /^INVALID: Quarter: error value #N\/A$/,
  },
  {
    what: 'OKRs Quarter a date',
    tab: 'OKRs',
    cells: { B4: d('2026-11-01') },
    row: 4,
    status: /^INVALID: Quarter: "2026-11-01" is not like 2026-Q4$/,
  },
  {
    what: 'OKRs Quarter 50,000 characters',
    tab: 'OKRs',
    cells: { B4: HUGE },
    row: 4,
    status: /^INVALID: Quarter: "x{20,60}…" is not like 2026-Q4$/,
  },
  {
    what: 'OKRs Quarter a later one than its Due',
    tab: 'OKRs',
    cells: { B4: '2027-Q1' },
    row: 4,
    status: /^INVALID: Due: 2026-12-31 is before 2027-Q1 starts \(2027-01-01\)$/,
  },
  {
    what: 'OKRs Key Result #REF!',
    tab: 'OKRs',
    cells: { D4: '#REF!' },
    row: 4,
    status: /^INVALID: Key Result: error value #REF!$/,
  },
  {
    what: 'OKRs Key Result #N/A',
    tab: 'OKRs',
    cells: { D4: '#N/A' },
    row: 4,
    status: /^INVALID: Key Result: error value #N\/A$/,
  },
  {
    what: 'OKRs Objective #REF!',
    tab: 'OKRs',
    cells: { C2: '#REF!' },
    row: 2,
    status: /^INVALID: Objective: error value #REF!$/,
  },
  {
    what: 'OKRs Objective #DIV/0!',
    tab: 'OKRs',
    cells: { C2: '#DIV/0!' },
    row: 2,
    status: /^INVALID: Objective: error value #DIV\/0!$/,
  },
  {
    what: 'OKRs KPI link #N/A',
    tab: 'OKRs',
    cells: { L4: '#N/A' },
    row: 4,
    status: /^INVALID: KPI: error value #N\/A$/,
  },
  {
    what: 'OKRs KPI link to no KPI with a blank Current',
    tab: 'OKRs',
    cells: { L4: 'K99', H4: '' },
    row: 4,
    status: /^INVALID: linked KPI "K99" is not on the KPIs tab$/,
  },
  { what: 'OKRs ID #REF!', tab: 'OKRs', cells: { A4: '#REF!' }, row: 4, status: /^INVALID: ID: error value #REF!$/ },
  {
    what: 'KPIs KPI name #REF!',
    tab: 'KPIs',
    cells: { B4: '#REF!' },
    row: 4,
    status: /^INVALID: KPI: error value #REF!$/,
  },
  { what: 'KPIs ID #N/A', tab: 'KPIs', cells: { A4: '#N/A' }, row: 4, status: /^INVALID: ID: error value #N\/A$/ },
  {
    what: 'KPIs Cadence text',
    tab: 'KPIs',
    cells: { J4: 'fortnightly' },
    row: 4,
    status: /^INVALID: Cadence: "fortnightly" is not daily, weekly, monthly, quarterly or yearly$/,
  },
  { what: 'KPIs Cadence #REF!', tab: 'KPIs', cells: { J4: '#REF!' }, row: 4, status: /^INVALID: Cadence: .*#REF!/ },
  {
    what: 'KPIs Cadence a number',
    tab: 'KPIs',
    cells: { J4: 7 },
    row: 4,
    status: /^INVALID: Cadence: "7" is not daily/,
  },
  {
    what: 'KPIs Cadence 50,000 characters',
    tab: 'KPIs',
    cells: { J4: HUGE },
    row: 4,
    status: /^INVALID: Cadence: "x{20,60}…" is not daily/,
  },

  // Blank and invisible names.
  { what: 'KPIs blank name', tab: 'KPIs', cells: { B4: '' }, row: 4, status: /^INVALID: KPI name is blank$/ },
  {
    what: 'KPIs name only a zero-width space',
    tab: 'KPIs',
    cells: { B4: ZWSP },
    row: 4,
    status: /^INVALID: KPI name is blank|^INVALID: KPI: .*\[zero-width space\]/,
  },
  {
    what: 'OKRs key result row with numbers but no Key Result text',
    tab: 'OKRs',
    cells: { D4: '' },
    row: 4,
    status: /^INVALID: Key Result/,
  },
  {
    what: 'OKRs Key Result only a zero-width space',
    tab: 'OKRs',
    cells: { D4: ZWSP },
    row: 4,
    status: /^INVALID: Key Result.*(blank|\[zero-width space\])/,
  },
  {
    what: 'OKRs objective row whose Objective was cleared (ID and Owner left)',
    tab: 'OKRs',
    cells: { C2: '' },
    row: 2,
    status: /^INVALID: .*Objective/,
  },
  {
    what: 'OKRs Objective 50,000 characters is a name like any other',
    tab: 'OKRs',
    cells: { C2: HUGE },
    row: 2,
    status: /^ON TRACK$/,
  },
  {
    what: 'OKRs Key Result that looks like a formula is a name',
    tab: 'OKRs',
    cells: { D4: '=HYPERLINK("http://evil")' },
    row: 4,
    status: /^AT RISK$/,
  },
  {
    what: 'KPIs name that looks like a formula is a name',
    tab: 'KPIs',
    cells: { B4: '=1+1' },
    row: 4,
    status: /^ALERT$/,
  },

  // Duplicate IDs, Min above Max, wrong-type checkboxes.
  {
    what: 'OKRs duplicate key result ID',
    tab: 'OKRs',
    cells: { A4: 'O1.1' },
    row: 4,
    status: /^INVALID: duplicate ID O1\.1 \(also on row 3\)$/,
  },
  {
    what: 'OKRs duplicate objective ID',
    tab: 'OKRs',
    cells: { A6: 'O1' },
    row: 6,
    status: /^INVALID: duplicate ID O1 \(also on row 2\)$/,
  },
  {
    what: 'OKRs duplicate ID differing only in case',
    tab: 'OKRs',
    cells: { A4: 'o1.1' },
    row: 4,
    status: /^INVALID: duplicate ID o1\.1 \(also on row 3\)$/i,
  },
  {
    what: 'KPIs duplicate ID',
    tab: 'KPIs',
    cells: { A4: 'K1' },
    row: 4,
    status: /^INVALID: duplicate ID K1 \(also on row 2\)$/,
  },
  { what: 'KPIs Min above Max', tab: 'KPIs', cells: { E4: 50, F4: 10 }, row: 4, status: /^INVALID: Min is above Max$/ },
  {
    what: 'KPIs no bound at all',
    tab: 'KPIs',
    cells: { E4: '' },
    row: 4,
    status: /^INVALID: no range: set Min or Max$/,
  },
  {
    what: 'OKRs Start equals Target',
    tab: 'OKRs',
    cells: { F4: 0.15 },
    row: 4,
    status: /^INVALID: target equals start$/,
  },
  { what: 'OKRs Start blank', tab: 'OKRs', cells: { F4: '' }, row: 4, status: /^INVALID: Start: missing$/ },
  {
    what: 'OKRs Current FALSE on a numeric key result scores 0',
    tab: 'OKRs',
    cells: { H4: false },
    row: 4,
    status: /^OFF TRACK$/,
  },
  {
    what: 'KPIs Current a checkbox',
    tab: 'KPIs',
    cells: { I4: false },
    row: 4,
    status: /^INVALID: Current: FALSE is a checkbox, not a number$/,
  },
  {
    what: 'KPIs Min a checkbox',
    tab: 'KPIs',
    cells: { E4: false },
    row: 4,
    status: /^INVALID: Min: FALSE is a checkbox, not a number$/,
  },

  // Formula cells with errors: the formula stays, the row says why.
  {
    what: 'OKRs Current a formula showing #DIV/0!',
    tab: 'OKRs',
    cells: { H4: { formula: '=A1/0', value: '#DIV/0!' } },
    row: 4,
    status: /^INVALID: Current: error value #DIV\/0!$/,
  },
  {
    what: 'KPIs Current a formula showing #REF!',
    tab: 'KPIs',
    cells: { I4: { formula: '=#REF!', value: '#REF!' } },
    row: 4,
    status: /^INVALID: Current: error value #REF!$/,
  },

  // Missing headers: an alert that names the column, and nothing written anywhere.
  {
    what: 'OKRs without a Target header',
    tab: 'OKRs',
    cells: { G1: 'Goalz' },
    row: 4,
    alert: /The OKRs tab needs the column Target/,
  },
  {
    what: 'OKRs without a Current header',
    tab: 'OKRs',
    cells: { H1: '' },
    row: 4,
    alert: /The OKRs tab needs the column Current/,
  },
  {
    what: 'OKRs header cell #REF!',
    tab: 'OKRs',
    cells: { D1: '#REF!' },
    row: 4,
    alert: /The OKRs tab needs the column Key Result/,
  },
  {
    what: 'KPIs without a name header',
    tab: 'KPIs',
    cells: { B1: 'Thing' },
    row: 4,
    alert: /The KPIs tab needs the column KPI/,
  },
  {
    what: 'KPIs without Min and Max headers',
    tab: 'KPIs',
    cells: { E1: 'x', F1: 'y' },
    row: 4,
    alert: /The KPIs tab needs the column Min or Max/,
  },
  {
    what: 'OKRs header row 50,000 characters wide text',
    tab: 'OKRs',
    cells: { C1: HUGE },
    row: 4,
    alert: /The OKRs tab needs the column Objective/,
  },
  {
    what: 'OKRs with no Status header gets one added and filled',
    tab: 'OKRs',
    cells: { N1: 'Notes' },
    row: 4,
    status: /^AT RISK$/,
  },
];

// ---------------------------------------------------------------------------------------------------------
// onEdit: a person types into one cell (or pastes a row) of the refreshed example workbook.
// ---------------------------------------------------------------------------------------------------------

export interface EditCase {
  what: string;
  tab: 'OKRs' | 'KPIs';
  /** One cell (typed) or a range (pasted). */
  range: string;
  typed: string[][];
  /** The row whose Status is checked, and what it must read. */
  row: number;
  status: RegExp;
  defect?: string;
}

function typedCases(tab: 'OKRs' | 'KPIs', column: Column, row: number): EditCase[] {
  const c = esc(column.title);
  const rows: [string, RegExp][] = [
    ['abc', new RegExp(`^INVALID: ${c}: "abc" is not a number$`)],
    ['#N/A', new RegExp(`^INVALID: ${c}: error value #N/A$`)],
    ['1e999', new RegExp(`^INVALID: ${c}: error value #NUM!$`)],
    ['3/4/2026', new RegExp(`^INVALID: ${c}: a date, not a number$`)],
    ['12:30', new RegExp(`^INVALID: ${c}: a date, not a number$`)],
    tab === 'OKRs' && column.title === 'Current'
      ? ['TRUE', /^DONE$/] // a yes/no key result, as the README documents
      : ['TRUE', new RegExp(`^INVALID: ${c}: TRUE is a checkbox, not a number$`)],
    ["'=SUM(A1:A9)", new RegExp(`^INVALID: ${c}: "=SUM\\(A1:A9\\)" is not a number$`)],
    [ZWSP, new RegExp(`^INVALID: ${c}: "\\[zero-width space\\]" is not a number$`)],
  ];
  const letter = column.letter;
  return rows.map(([typed, status]) => ({
    what: `${tab} ${column.title} typed ${JSON.stringify(typed)}`,
    tab,
    range: `${letter}${row}`,
    typed: [[typed]],
    row,
    status,
  }));
}

export const EDIT_CASES: EditCase[] = [
  ...OKR_NUMBER_COLUMNS.filter((column) => column.title !== 'Weight').flatMap((column) =>
    typedCases('OKRs', column, 4),
  ),
  ...KPI_NUMBER_COLUMNS.flatMap((column) => typedCases('KPIs', column, 4)),
  {
    what: 'OKRs Current typed 1e308',
    tab: 'OKRs',
    range: 'H4',
    typed: [['1e308']],
    row: 4,
    status: /^INVALID: Start, Target and Current are too far apart to score$/,
  },
  {
    what: 'OKRs Start typed (12), an accounting negative',
    tab: 'OKRs',
    range: 'F4',
    typed: [['(12)']],
    row: 4,
    status: /^DONE$/,
  },
  {
    what: 'OKRs Confidence typed -5',
    tab: 'OKRs',
    range: 'K4',
    typed: [['-5']],
    row: 4,
    status: /^INVALID: Confidence: -5 is outside 0–10$/,
  },
  {
    what: 'OKRs Confidence typed 45',
    tab: 'OKRs',
    range: 'K4',
    typed: [['45']],
    row: 4,
    status: /^INVALID: Confidence: 45 is outside 0–10$/,
  },
  {
    what: 'OKRs Confidence typed 70%',
    tab: 'OKRs',
    range: 'K4',
    typed: [['70%']],
    row: 4,
    status: /^INVALID: Confidence: .*percent/,
  },
  {
    what: 'OKRs Due typed 45',
    tab: 'OKRs',
    range: 'J4',
    typed: [['45']],
    row: 4,
    status: /^INVALID: Due: 45 is a number, not a date$/,
  },
  {
    what: 'OKRs Due typed 70%',
    tab: 'OKRs',
    range: 'J4',
    typed: [['70%']],
    row: 4,
    status: /^INVALID: Due: 0\.7 is a number, not a date$/,
  },
  {
    what: 'OKRs Due typed abc',
    tab: 'OKRs',
    range: 'J4',
    typed: [['abc']],
    row: 4,
    status: /^INVALID: Due: "abc" is not a date$/,
  },
  {
    what: 'OKRs Due typed 3/4/2026, before the quarter',
    tab: 'OKRs',
    range: 'J4',
    typed: [['3/4/2026']],
    row: 4,
    status: /^INVALID: Due: 2026-03-04 is before 2026-Q4 starts/,
  },
  {
    what: 'OKRs Quarter typed Q5',
    tab: 'OKRs',
    range: 'B4',
    typed: [['2026-Q5']],
    row: 4,
    status: /^INVALID: Quarter: "2026-Q5" is not like 2026-Q4$/,
  },
  {
    what: 'OKRs Quarter typed 1e999',
    tab: 'OKRs',
    range: 'B4',
    typed: [['1e999']],
    row: 4,
    status: /^INVALID: Quarter: error value #NUM!$/,
  },
  {
    what: 'OKRs Key Result typed #N/A',
    tab: 'OKRs',
    range: 'D4',
    typed: [['#N/A']],
    row: 4,
    status: /^INVALID: Key Result: error value #N\/A$/,
  },
  {
    what: 'OKRs Objective typed #REF!',
    tab: 'OKRs',
    range: 'C2',
    typed: [['#REF!']],
    row: 2,
    status: /^INVALID: Objective: error value #REF!$/,
  },
  {
    what: 'OKRs ID typed a duplicate',
    tab: 'OKRs',
    range: 'A4',
    typed: [['O1.1']],
    row: 4,
    status: /^INVALID: duplicate ID O1\.1 \(also on row 3\)$/,
  },
  {
    what: 'OKRs Key Result typed 50,000 characters',
    tab: 'OKRs',
    range: 'D4',
    typed: [[HUGE]],
    row: 4,
    status: /^AT RISK$/,
  },
  {
    what: 'OKRs Start typed 50,000 characters',
    tab: 'OKRs',
    range: 'F4',
    typed: [[HUGE]],
    row: 4,
    status: /^INVALID: Start: "x{20,60}…" is not a number$/,
  },
  {
    what: 'KPIs Updated typed in the future',
    tab: 'KPIs',
    range: 'K4',
    typed: [['2027-06-01']],
    row: 4,
    status: /^INVALID: Updated: 2027-06-01 is in the future$/,
  },
  {
    what: 'KPIs Updated typed 45',
    tab: 'KPIs',
    range: 'K4',
    typed: [['45']],
    row: 4,
    status: /^INVALID: Updated: 45 is a number, not a date$/,
  },
  {
    what: 'KPIs Cadence typed #REF!',
    tab: 'KPIs',
    range: 'J4',
    typed: [['#REF!']],
    row: 4,
    status: /^INVALID: Cadence: .*#REF!/,
  },
  {
    what: 'KPIs Max typed below Min',
    tab: 'KPIs',
    range: 'F4',
    typed: [['(12)']],
    row: 4,
    status: /^INVALID: Min is above Max$/,
  },
  {
    what: 'KPIs name typed #N/A',
    tab: 'KPIs',
    range: 'B4',
    typed: [['#N/A']],
    row: 4,
    status: /^INVALID: KPI: error value #N\/A$/,
  },
  {
    what: 'KPIs ID typed a duplicate',
    tab: 'KPIs',
    range: 'A4',
    typed: [['K1']],
    row: 4,
    status: /^INVALID: duplicate ID K1 \(also on row 2\)$/,
  },
  {
    what: 'a pasted key result row of garbage under O3',
    tab: 'OKRs',
    range: 'D14:H14',
    typed: [['#REF!', 'me', 'abc', '1e999', '70%']],
    row: 14,
    status: /^INVALID: Key Result: error value #REF!; Start: "abc" is not a number; Target: error value #NUM!$/,
  },
  {
    what: 'a pasted KPI row with Min above Max',
    tab: 'KPIs',
    range: 'B13:I13',
    typed: [['Pasted KPI', 'me', '', '10', '5', '', '', '7']],
    row: 13,
    status: /^INVALID: Min is above Max$/,
  },
];

// ---------------------------------------------------------------------------------------------------------
// Custom functions: what a cell formula hands over. A range is a 2-D array; a date cell is a Date.
// ---------------------------------------------------------------------------------------------------------

export interface CustomFunctionCase {
  what: string;
  fn: string;
  args: unknown[];
  /** The answer: a RegExp for one text cell, else the exact value (a number, '' or a 2-D array). */
  result?: unknown;
  /** Instead of an answer, the readable error Sheets shows in the cell. */
  throws?: RegExp;
  defect?: string;
}

const due = d('2026-12-31');
const today = d('2026-11-23');

export const CUSTOM_FUNCTION_CASES: CustomFunctionCase[] = [
  {
    what: 'OKR_SCORE text Start',
    fn: 'OKR_SCORE',
    args: ['abc', 10, 5],
    result: /^INVALID: Start: "abc" is not a number$/,
  },
  {
    what: 'OKR_SCORE #REF! Target',
    fn: 'OKR_SCORE',
    args: [0, '#REF!', 5],
    result: /^INVALID: Target: error value #REF!$/,
  },
  {
    what: 'OKR_SCORE #N/A Current',
    fn: 'OKR_SCORE',
    args: [0, 10, '#N/A'],
    result: /^INVALID: Current: error value #N\/A$/,
  },
  {
    what: 'OKR_SCORE a date as Current',
    fn: 'OKR_SCORE',
    args: [0, 10, d('2026-11-01')],
    result: /^INVALID: Current: a date, not a number$/,
  },
  {
    what: 'OKR_SCORE checkboxes as Start and Target',
    fn: 'OKR_SCORE',
    args: [true, false, true],
    result: /^INVALID: Start: TRUE is a checkbox, not a number; Target: FALSE is a checkbox, not a number$/,
  },
  { what: 'OKR_SCORE blank Start', fn: 'OKR_SCORE', args: ['', 10, 5], result: /^INVALID: Start: missing$/ },
  {
    what: 'OKR_SCORE 50,000-character Current, quoted shortened',
    fn: 'OKR_SCORE',
    args: [0, 10, HUGE],
    result: /^INVALID: Current: "x{20,60}…" is not a number$/,
  },
  {
    what: 'OKR_SCORE a zero-width space',
    fn: 'OKR_SCORE',
    args: [0, 10, ZWSP],
    result: /^INVALID: Current: "\[zero-width space\]" is not a number$/,
  },
  { what: 'OKR_SCORE huge Current clamps to 1', fn: 'OKR_SCORE', args: [0, 10, 1e308], result: 1 },
  {
    what: 'OKR_SCORE 0.1+0.2 against 0.3 is equal',
    fn: 'OKR_SCORE',
    args: [0.1 + 0.2, 0.3, 0.3],
    result: /^INVALID: target equals start$/,
  },
  { what: 'OKR_SCORE with no arguments is blank, like a blank row', fn: 'OKR_SCORE', args: [], result: '' },
  { what: 'OKR_SCORE empty ranges', fn: 'OKR_SCORE', args: [[[]], [[]], [[]]], result: [[]] },
  {
    what: 'OKR_SCORE ranges of different heights',
    fn: 'OKR_SCORE',
    args: [[[0], [0]], [[10]], [[5], [5], [5]]],
    throws: /^ranges must be the same size: 2×1 and 1×1$/,
  },
  {
    what: 'OKR_SCORE ranges of different widths',
    fn: 'OKR_SCORE',
    args: [[[0, 1]], [[10]], [[5]]],
    throws: /^ranges must be the same size: 1×2 and 1×1$/,
  },
  {
    what: 'OKR_SCORE a bad cell in a range stays in its own place',
    fn: 'OKR_SCORE',
    args: [
      [[0], ['x']],
      [[10], [10]],
      [[5], [5]],
    ],
    result: [[0.5], ['INVALID: Start: "x" is not a number']],
  },
  { what: 'OKR_STATUS text score', fn: 'OKR_STATUS', args: ['abc'], result: /^INVALID: Score: "abc" is not a number$/ },
  {
    what: 'OKR_STATUS score above 1',
    fn: 'OKR_STATUS',
    args: [1.5, due, today],
    result: /^INVALID: Score: 1\.5 is outside 0–1$/,
  },
  {
    what: 'OKR_STATUS score below 0',
    fn: 'OKR_STATUS',
    args: [-0.1, due, today],
    result: /^INVALID: Score: -0\.1 is outside 0–1$/,
  },
  {
    what: 'OKR_STATUS score 1e308',
    fn: 'OKR_STATUS',
    args: [1e308],
    result: /^INVALID: Score: 1e\+308 is outside 0–1$/,
  },
  { what: 'OKR_STATUS #N/A score', fn: 'OKR_STATUS', args: ['#N/A'], result: /^INVALID: Score: error value #N\/A$/ },
  {
    what: 'OKR_STATUS a checkbox score',
    fn: 'OKR_STATUS',
    args: [true],
    result: /^INVALID: Score: TRUE is a checkbox, not a number$/,
  },
  { what: 'OKR_STATUS text Due', fn: 'OKR_STATUS', args: [0.5, 'abc'], result: /^INVALID: Due: "abc" is not a date$/ },
  { what: 'OKR_STATUS #REF! Due', fn: 'OKR_STATUS', args: [0.5, '#REF!'], result: /^INVALID: Due: error value #REF!$/ },
  {
    what: 'OKR_STATUS a checkbox Due',
    fn: 'OKR_STATUS',
    args: [0.5, true],
    result: /^INVALID: Due: TRUE is a checkbox, not a date$/,
  },
  {
    what: 'OKR_STATUS text Today',
    fn: 'OKR_STATUS',
    args: [0.5, due, 'today'],
    result: /^INVALID: Today: "today" is not a date$/,
  },
  {
    what: 'OKR_STATUS Due as the serial EOMONTH returns',
    fn: 'OKR_STATUS',
    args: [0.5, 46387, today],
    result: /^ON TRACK$/,
  },
  {
    what: 'OKR_STATUS Due typed as a bare number 45 (1900-02-14)',
    fn: 'OKR_STATUS',
    args: [0.5, 45, today],
    result: /^INVALID: Due: .*45/,
  },
  {
    what: 'OKR_STATUS ranges of different sizes',
    fn: 'OKR_STATUS',
    args: [
      [[0.5], [0.3]],
      [[due], [due], [due]],
    ],
    throws: /^ranges must be the same size: 2×1 and 3×1$/,
  },
  { what: 'OKR_STATUS empty range', fn: 'OKR_STATUS', args: [[[]]], result: [[]] },
  {
    what: 'OBJECTIVE_SCORE text score',
    fn: 'OBJECTIVE_SCORE',
    args: ['abc'],
    result: /^INVALID: Score: "abc" is not a number$/,
  },
  {
    what: 'OBJECTIVE_SCORE a score above 1',
    fn: 'OBJECTIVE_SCORE',
    args: [[[0.5], [2]]],
    result: /^INVALID: Score: 2 is outside 0–1$/,
  },
  {
    what: 'OBJECTIVE_SCORE #N/A in the scores',
    fn: 'OBJECTIVE_SCORE',
    args: [[[0.5], ['#N/A']]],
    result: /^INVALID: Score: error value #N\/A$/,
  },
  {
    what: 'OBJECTIVE_SCORE a date as a score',
    fn: 'OBJECTIVE_SCORE',
    args: [[[d('2026-11-01')]]],
    result: /^INVALID: Score: a date, not a number$/,
  },
  {
    what: 'OBJECTIVE_SCORE checkboxes as scores',
    fn: 'OBJECTIVE_SCORE',
    args: [[[true], [false]]],
    result: /^INVALID: Score: TRUE is a checkbox, not a number; Score: FALSE is a checkbox, not a number$/,
  },
  {
    what: 'OBJECTIVE_SCORE negative weight',
    fn: 'OBJECTIVE_SCORE',
    args: [
      [[0.5], [1]],
      [[-2], [1]],
    ],
    result: /^INVALID: Weight: -2 is negative$/,
  },
  {
    what: 'OBJECTIVE_SCORE text weight',
    fn: 'OBJECTIVE_SCORE',
    args: [[[0.5]], 'abc'],
    result: /^INVALID: Weight: "abc" is not a number$/,
  },
  {
    what: 'OBJECTIVE_SCORE #REF! weight',
    fn: 'OBJECTIVE_SCORE',
    args: [
      [[0.5], [0.7]],
      [['#REF!'], [1]],
    ],
    result: /^INVALID: Weight: error value #REF!$/,
  },
  {
    what: 'OBJECTIVE_SCORE huge weights stay finite',
    fn: 'OBJECTIVE_SCORE',
    args: [
      [[0.5], [1]],
      [[1e308], [1e308]],
    ],
    result: 0.75,
  },
  {
    what: 'OBJECTIVE_SCORE every weight 0',
    fn: 'OBJECTIVE_SCORE',
    args: [
      [[0.5], [0.7]],
      [[0], [0]],
    ],
    result: /^INVALID: .*Weight/,
  },
  {
    what: 'OBJECTIVE_SCORE weights range of another size',
    fn: 'OBJECTIVE_SCORE',
    args: [[[0.5], [0.3]], [[1]]],
    throws: /^ranges must be the same size: 2×1 and 1×1$/,
  },
  { what: 'OBJECTIVE_SCORE empty range', fn: 'OBJECTIVE_SCORE', args: [[[]]], result: 'NO DATA' },
  {
    what: 'KPI_STATUS text value',
    fn: 'KPI_STATUS',
    args: ['abc', 1, 10],
    result: /^INVALID: Value: "abc" is not a number$/,
  },
  {
    what: 'KPI_STATUS text Min',
    fn: 'KPI_STATUS',
    args: [5, 'abc', 10],
    result: /^INVALID: Min: "abc" is not a number$/,
  },
  { what: 'KPI_STATUS no bound', fn: 'KPI_STATUS', args: [5, '', ''], result: /^INVALID: no range: set Min or Max$/ },
  { what: 'KPI_STATUS Min above Max', fn: 'KPI_STATUS', args: [5, 10, 1], result: /^INVALID: Min is above Max$/ },
  {
    what: 'KPI_STATUS #N/A value',
    fn: 'KPI_STATUS',
    args: ['#N/A', 1, 10],
    result: /^INVALID: Value: error value #N\/A$/,
  },
  {
    what: 'KPI_STATUS a date as the value',
    fn: 'KPI_STATUS',
    args: [d('2026-11-01'), 1, 10],
    result: /^INVALID: Value: a date, not a number$/,
  },
  {
    what: 'KPI_STATUS a checkbox as the value',
    fn: 'KPI_STATUS',
    args: [true, 0, 1],
    result: /^INVALID: Value: TRUE is a checkbox, not a number$/,
  },
  {
    what: 'KPI_STATUS a date as Min',
    fn: 'KPI_STATUS',
    args: [5, d('2026-01-01'), 10],
    result: /^INVALID: Min: a date, not a number$/,
  },
  {
    what: 'KPI_STATUS text Warn below',
    fn: 'KPI_STATUS',
    args: [5, 1, 10, 'abc'],
    result: /^INVALID: Warn below: "abc" is not a number$/,
  },
  {
    what: 'KPI_STATUS Warn below under Min',
    fn: 'KPI_STATUS',
    args: [5, 1, 10, -0.5],
    result: /^INVALID: Warn below is under Min: set it between Min and Max$/,
  },
  {
    what: 'KPI_STATUS a margin share where a line goes (70% under Min 1)',
    fn: 'KPI_STATUS',
    args: [5, 1, 10, '70%'],
    result: /^INVALID: Warn below is under Min: set it between Min and Max$/,
  },
  {
    what: 'KPI_STATUS Warn above #N/A',
    fn: 'KPI_STATUS',
    args: [5, 1, 10, '', '#N/A'],
    result: /^INVALID: Warn above: error value #N\/A$/,
  },
  {
    what: 'KPI_STATUS Warn below above Warn above',
    fn: 'KPI_STATUS',
    args: [5, 1, 10, 8, 3],
    result: /^INVALID: Warn below is above Warn above: swap them$/,
  },
  { what: 'KPI_STATUS huge bounds stay finite', fn: 'KPI_STATUS', args: [1.6e308, -1.7e308, 1.7e308], result: 'WARN' },
  {
    what: 'KPI_STATUS ranges of different sizes',
    fn: 'KPI_STATUS',
    args: [[[1], [2]], [[0], [0], [0]], 10],
    throws: /^ranges must be the same size: 2×1 and 3×1$/,
  },
  { what: 'KPI_STATUS empty range', fn: 'KPI_STATUS', args: [[[]], 1, 10], result: [[]] },
  { what: 'QUARTER text', fn: 'QUARTER', args: ['abc'], result: /^INVALID: Date: "abc" is not a date$/ },
  { what: 'QUARTER #N/A', fn: 'QUARTER', args: ['#N/A'], result: /^INVALID: Date: error value #N\/A$/ },
  {
    what: 'QUARTER a checkbox',
    fn: 'QUARTER',
    args: [true],
    result: /^INVALID: Date: TRUE is a checkbox, not a date$/,
  },
  { what: 'QUARTER a negative number', fn: 'QUARTER', args: [-5], result: /^INVALID: Date: -5 is not a date$/ },
  { what: 'QUARTER 1e308', fn: 'QUARTER', args: [1e308], result: /^INVALID: Date: 1e\+308 is not a date$/ },
  { what: 'QUARTER the serial EOMONTH returns', fn: 'QUARTER', args: [46387], result: '2026-Q4' },
  {
    what: 'QUARTER fiscal month 0',
    fn: 'QUARTER',
    args: [today, 0],
    result: /^INVALID: Fiscal start month: 0 is not a month number 1–12$/,
  },
  {
    what: 'QUARTER fiscal month 2.5',
    fn: 'QUARTER',
    args: [today, 2.5],
    result: /^INVALID: Fiscal start month: 2\.5 is not a month number 1–12$/,
  },
  {
    what: 'QUARTER fiscal month text',
    fn: 'QUARTER',
    args: [today, 'feb'],
    result: /^INVALID: Fiscal start month: "feb" is not a number$/,
  },
  {
    what: 'QUARTER fiscal month a checkbox',
    fn: 'QUARTER',
    args: [today, true],
    result: /^INVALID: Fiscal start month: TRUE is a checkbox, not a number$/,
  },
  {
    what: 'QUARTER a bad cell in a range stays in its own place',
    fn: 'QUARTER',
    args: [[['abc'], [today]]],
    result: [['INVALID: Date: "abc" is not a date'], ['2026-Q4']],
  },
  {
    what: 'QUARTER_PROGRESS text',
    fn: 'QUARTER_PROGRESS',
    args: ['abc'],
    result: /^INVALID: Date: "abc" is not a date$/,
  },
  {
    what: 'QUARTER_PROGRESS #REF!',
    fn: 'QUARTER_PROGRESS',
    args: ['#REF!'],
    result: /^INVALID: Date: error value #REF!$/,
  },
  {
    what: 'QUARTER_PROGRESS fiscal month 13',
    fn: 'QUARTER_PROGRESS',
    args: [today, 13],
    result: /^INVALID: Fiscal start month: 13 is not a month number 1–12$/,
  },
  {
    what: 'QUARTER_PROGRESS a checkbox',
    fn: 'QUARTER_PROGRESS',
    args: [true],
    result: /^INVALID: Date: TRUE is a checkbox, not a date$/,
  },
  { what: 'QUARTER_PROGRESS empty range', fn: 'QUARTER_PROGRESS', args: [[[]]], result: [[]] },
];

// ---------------------------------------------------------------------------------------------------------
// Sidebar and dialog handlers, called as google.script.run calls them (arguments as JSON).
// ---------------------------------------------------------------------------------------------------------

export type Book = 'grouped' | 'flat' | 'closing';

export type PayloadOutcome =
  /** `{ ok: false, field, message }`: nothing written at all. */
  | { refused: RegExp; field?: string }
  /** A thrown Error (the failure handler's message): nothing written at all. */
  | { thrown: RegExp }
  /** Accepted: the reply's message, and only the cells the action owns changed. */
  | { saved: RegExp; stored?: { tab: string; id: string; column: string; value: CellValue } };

export interface PayloadCase {
  what: string;
  fn: string;
  /** The arguments google.script.run passes; `[]` is a call with none. */
  args: unknown[];
  book: Book;
  outcome: PayloadOutcome;
  defect?: string;
}

const ok = { id: 'O1.1', value: '5%', confidence: '7', note: '' };
const draft = {
  kind: 'KR',
  name: 'Win back churned accounts',
  owner: 'Head of CS',
  unit: '',
  low: '0',
  high: '20',
  objectiveId: 'O1',
};

function checkIn(what: string, payload: unknown, outcome: PayloadOutcome, defect?: string): PayloadCase {
  return {
    what: `submitCheckIn: ${what}`,
    fn: 'submitCheckIn',
    args: [payload],
    book: 'grouped',
    outcome,
    ...(defect === undefined ? {} : { defect }),
  };
}
function drafted(what: string, payload: unknown, outcome: PayloadOutcome, defect?: string): PayloadCase {
  return {
    what: `addKpiOrKeyResult: ${what}`,
    fn: 'addKpiOrKeyResult',
    args: [payload],
    book: 'flat',
    outcome,
    ...(defect === undefined ? {} : { defect }),
  };
}
function owner(what: string, value: unknown, outcome: PayloadOutcome, defect?: string): PayloadCase {
  return {
    what: `chooseCheckInOwner: ${what}`,
    fn: 'chooseCheckInOwner',
    args: [value],
    book: 'grouped',
    outcome,
    ...(defect === undefined ? {} : { defect }),
  };
}
function close(what: string, payload: unknown, outcome: PayloadOutcome, defect?: string): PayloadCase {
  return {
    what: `confirmQuarterClose: ${what}`,
    fn: 'confirmQuarterClose',
    args: [payload],
    book: 'closing',
    outcome,
    ...(defect === undefined ? {} : { defect }),
  };
}
const CHOOSE_MODE = /^Nothing was changed: choose "keep unfinished key results" or "start empty"\.$/;

export const PAYLOAD_CASES: PayloadCase[] = [
  // Check-in: the whole payload wrong.
  {
    what: 'submitCheckIn: called with no argument',
    fn: 'submitCheckIn',
    args: [],
    book: 'grouped',
    outcome: { refused: /^The sidebar sent nothing instead of the form's fields/, field: 'form' },
  },
  checkIn('null', null, { refused: /^The sidebar sent nothing instead of the form's fields/, field: 'form' }),
  checkIn('a number', 42, { refused: /^The sidebar sent the number 42 instead of the form's fields/, field: 'form' }),
  checkIn('a bare ID string', 'O1.1', {
    refused: /^The sidebar sent text instead of the form's fields/,
    field: 'form',
  }),
  checkIn('a list holding the form', [ok], {
    refused: /^The sidebar sent a list instead of the form's fields/,
    field: 'form',
  }),
  checkIn('an empty object', {}, { refused: /^The item is missing/, field: 'id' }),
  // The ID.
  checkIn('a numeric ID', { ...ok, id: 5 }, { refused: /^The item arrived as the number 5, not text/, field: 'id' }),
  checkIn('a blank ID', { ...ok, id: '   ' }, { refused: /^Choose an item to check in\.$/, field: 'id' }),
  checkIn(
    'an unknown ID',
    { ...ok, id: 'O9.9' },
    { refused: /^O9\.9 is no longer on the OKRs or KPIs tab .*Nothing was saved\.$/, field: 'id' },
  ),
  checkIn(
    'an objective ID',
    { ...ok, id: 'O1' },
    { refused: /^O1 is an objective: check in on one of its key results instead\. Nothing was saved\.$/, field: 'id' },
  ),
  checkIn(
    'an ID that looks like a formula',
    { ...ok, id: '=O1.1' },
    { refused: /^=O1\.1 is no longer on the OKRs or KPIs tab/, field: 'id' },
  ),
  checkIn(
    "an ID over a cell's 50,000 characters",
    { ...ok, id: 'x'.repeat(50_001) },
    { refused: /^That ID is longer than a cell holds\.$/, field: 'id' },
  ),
  checkIn(
    'a 5,000-character unknown ID',
    { ...ok, id: 'x'.repeat(5_000) },
    { refused: /^"?x{1,80}…"? is no longer on the OKRs or KPIs tab/, field: 'id' },
  ),
  checkIn(
    'an ID with a trailing zero-width space',
    { ...ok, id: 'O1.1\u200B' },
    { refused: /\[zero-width space\]/, field: 'id' },
  ),
  checkIn(
    'an ID and a name that no longer match',
    { ...ok, name: 'Wrong name' },
    {
      refused:
        /^O1\.1 now reads "Reduce customer churn", not "Wrong name": the rows changed since the list was loaded\. Nothing was saved/,
      field: 'id',
    },
  ),
  {
    what: 'submitCheckIn: an objective that no longer matches (flat layout)',
    fn: 'submitCheckIn',
    book: 'flat',
    args: [{ ...ok, objective: 'Something else' }],
    outcome: {
      refused: /^O1\.1 now belongs to "Retain customers and stabilize the base", not "Something else"/,
      field: 'id',
    },
  },
  // The value.
  checkIn(
    'a value "abc"',
    { ...ok, value: 'abc' },
    { refused: /^"abc" is not a number: type it as in the sheet/, field: 'value' },
  ),
  checkIn('a value "1e999"', { ...ok, value: '1e999' }, { refused: /^"1e999" is not a number/, field: 'value' }),
  checkIn('a value "#N/A"', { ...ok, value: '#N/A' }, { refused: /^"#N\/A" is not a number/, field: 'value' }),
  checkIn('a value "=1+1"', { ...ok, value: '=1+1' }, { refused: /^"=1\+1" is not a number/, field: 'value' }),
  checkIn(
    'a value "3/4/2026"',
    { ...ok, value: '3/4/2026' },
    { refused: /^"3\/4\/2026" is not a number/, field: 'value' },
  ),
  checkIn('a value "NaN"', { ...ok, value: 'NaN' }, { refused: /^"NaN" is not a number/, field: 'value' }),
  checkIn(
    'a value "Infinity"',
    { ...ok, value: 'Infinity' },
    { refused: /^"Infinity" is not a number/, field: 'value' },
  ),
  checkIn('a value "0x10"', { ...ok, value: '0x10' }, { refused: /^"0x10" is not a number/, field: 'value' }),
  checkIn('a blank value', { ...ok, value: '' }, { refused: /^Type the new value/, field: 'value' }),
  checkIn(
    'a numeric value',
    { ...ok, value: 5 },
    { refused: /^The value arrived as the number 5, not text or a tick box/, field: 'value' },
  ),
  checkIn('a null value', { ...ok, value: null }, { refused: /^The value arrived as nothing/, field: 'value' }),
  checkIn(
    'a tick on a numeric key result',
    { ...ok, value: true },
    { refused: /^This item takes a number, not yes\/no\.$/, field: 'value' },
  ),
  checkIn(
    'a value over 100 characters',
    { ...ok, value: '1'.repeat(101) },
    { refused: /^The value is too long: type just the number\.$/, field: 'value' },
  ),
  checkIn('a value on a KPI "abc"', { id: 'K1', value: 'abc' }, { refused: /^"abc" is not a number/, field: 'value' }),
  checkIn(
    'a value "1e308" on a percent key result',
    { ...ok, value: '1e308' },
    { saved: /^Saved "Reduce customer churn" \(O1\.1\): (?!.*∞)/ },
  ),
  // The confidence.
  checkIn(
    'confidence "70%"',
    { ...ok, confidence: '70%' },
    { refused: /^Confidence is a number from 0 \(no chance\) to 10 \(certain\), not "70%"\.$/, field: 'confidence' },
  ),
  checkIn('confidence "-1"', { ...ok, confidence: '-1' }, { refused: /not "-1"\.$/, field: 'confidence' }),
  checkIn('confidence -1 as a number', { ...ok, confidence: -1 }, { refused: /not "-1"\.$/, field: 'confidence' }),
  checkIn('confidence 11', { ...ok, confidence: 11 }, { refused: /not "11"\.$/, field: 'confidence' }),
  checkIn('confidence "abc"', { ...ok, confidence: 'abc' }, { refused: /not "abc"\.$/, field: 'confidence' }),
  checkIn('confidence "1e999"', { ...ok, confidence: '1e999' }, { refused: /not "1e999"\.$/, field: 'confidence' }),
  checkIn('confidence "NaN"', { ...ok, confidence: 'NaN' }, { refused: /not "NaN"\.$/, field: 'confidence' }),
  checkIn(
    'confidence a tick box',
    { ...ok, confidence: true },
    { refused: /^The confidence arrived as a tick box/, field: 'confidence' },
  ),
  checkIn(
    'confidence null',
    { ...ok, confidence: null },
    { refused: /^The confidence arrived as nothing/, field: 'confidence' },
  ),
  checkIn(
    'confidence over 20 characters',
    { ...ok, confidence: '7'.repeat(21) },
    { refused: /^Confidence is a number from 0 to 10\.$/, field: 'confidence' },
  ),
  // The note.
  checkIn(
    'a note over 1,000 characters',
    { ...ok, note: 'x'.repeat(1001) },
    { refused: /^Keep the note to 1,000 characters\.$/, field: 'note' },
  ),
  checkIn(
    'a numeric note',
    { ...ok, note: 5 },
    { refused: /^The note arrived as the number 5, not text/, field: 'note' },
  ),
  checkIn(
    'a name that is a number',
    { ...ok, name: 5 },
    { refused: /^The name arrived as the number 5, not text/, field: 'form' },
  ),
  checkIn(
    'a note with control characters is stored exactly',
    { ...ok, note: 'a\u0000b\u0007c\u001b[31m\t x \n' },
    {
      saved: /^Saved "Reduce customer churn" \(O1\.1\): 5%\.$/,
      stored: { tab: 'Check-ins', id: 'O1.1', column: 'Note', value: 'a\u0000b\u0007c\u001b[31m\t x \n' },
    },
  ),
  checkIn(
    'a note that looks like a formula is stored as text',
    { ...ok, note: '=HYPERLINK("http://evil")' },
    {
      saved: /^Saved "Reduce customer churn" \(O1\.1\): 5%\.$/,
      stored: { tab: 'Check-ins', id: 'O1.1', column: 'Note', value: '=HYPERLINK("http://evil")' },
    },
  ),
  checkIn(
    'a note "1e999" stays text',
    { ...ok, note: '1e999' },
    {
      saved: /^Saved "Reduce customer churn" \(O1\.1\): 5%\.$/,
      stored: { tab: 'Check-ins', id: 'O1.1', column: 'Note', value: '1e999' },
    },
  ),

  // Owner choice.
  owner('a number', 5, { refused: /^The owner arrived as the number 5, not text/, field: 'owner' }),
  owner('null', null, { refused: /^The owner arrived as nothing/, field: 'owner' }),
  owner('an object', {}, { refused: /^The owner arrived as a set of fields/, field: 'owner' }),
  owner('a list', ['Head of CS'], { refused: /^The owner arrived as a list/, field: 'owner' }),
  owner('a tick box', true, { refused: /^The owner arrived as a tick box/, field: 'owner' }),
  owner('over 50,000 characters', 'x'.repeat(50_001), {
    refused: /^That owner name is longer than a cell holds\.$/,
    field: 'owner',
  }),
  // A name that fits a cell can be chosen (the sidebar may offer it): a very long one is remembered by a fingerprint.
  owner('a 10,000-character name (fits a cell, so the sidebar can offer it)', 'x'.repeat(10_000), {
    saved: /^Showing everyone\.$|^Showing "x{1,40}…"\.$/,
  }),
  owner('a 50,000-character name', HUGE, { saved: /^Showing everyone\.$|^Showing "x{1,40}…"\.$/ }),

  // Drafts (KPI or key result), on the flat layout.
  drafted('null', null, { refused: /^The sidebar sent nothing instead of the form's fields/, field: 'form' }),
  drafted('an empty object', {}, { refused: /^The kind \(KPI or key result\) is missing/, field: 'form' }),
  drafted(
    'kind "OKR"',
    { ...draft, kind: 'OKR' },
    { refused: /^The kind \(KPI or key result\) arrived as text, not KPI or KR/, field: 'form' },
  ),
  drafted('a blank name', { ...draft, name: '  ' }, { refused: /^Give the draft a name\.$/, field: 'name' }),
  drafted(
    'a name over 500 characters',
    { ...draft, name: 'x'.repeat(501) },
    { refused: /^Keep the name under 500 characters\.$/, field: 'name' },
  ),
  drafted(
    'a numeric name',
    { ...draft, name: 5 },
    { refused: /^The name arrived as the number 5, not text/, field: 'name' },
  ),
  drafted('a name only a zero-width space', { ...draft, name: ZWSP }, { refused: /name/i, field: 'name' }),
  drafted('Start "abc"', { ...draft, low: 'abc' }, { refused: /^Start: "abc" is not a number/, field: 'low' }),
  drafted(
    'Target "1e999"',
    { ...draft, high: '1e999' },
    { refused: /^Target: "1e999" is not a number/, field: 'high' },
  ),
  drafted(
    'Start "3/4/2026"',
    { ...draft, low: '3/4/2026' },
    { refused: /^Start: "3\/4\/2026" is not a number/, field: 'low' },
  ),
  drafted(
    'Start equal to Target',
    { ...draft, high: '0' },
    { refused: /^The Target must differ from the Start\.$/, field: 'high' },
  ),
  drafted('no Start', { ...draft, low: '' }, { refused: /^A key result needs a Start/, field: 'low' }),
  drafted(
    'a number over 50 characters',
    { ...draft, low: '1'.repeat(51) },
    { refused: /^That number is too long\.$/, field: 'low' },
  ),
  drafted(
    'a unit over 20 characters',
    { ...draft, unit: 'x'.repeat(21) },
    { refused: /^Keep the unit short/, field: 'unit' },
  ),
  drafted(
    'an objective that is gone',
    { ...draft, objectiveId: 'O9' },
    { refused: /^Choose an objective on the OKRs tab for the key result\.$/, field: 'objectiveId' },
  ),
  drafted(
    'a key result ID as the objective',
    { ...draft, objectiveId: 'O1.1' },
    { refused: /^Choose an objective on the OKRs tab/, field: 'objectiveId' },
  ),
  drafted(
    'no objective for a key result',
    { ...draft, objectiveId: undefined },
    { refused: /^Choose an objective on the OKRs tab/, field: 'objectiveId' },
  ),
  drafted(
    'an owner over 50,000 characters',
    { ...draft, owner: 'y'.repeat(50_001) },
    { refused: /^That owner name is longer than a cell holds\.$/, field: 'owner' },
  ),
  drafted(
    'a KPI with no bound',
    { ...draft, kind: 'KPI', low: '', high: '' },
    { refused: /^A KPI needs a healthy range: give a Min, a Max or both\.$/, field: 'low' },
  ),
  drafted(
    'a KPI with Min above Max',
    { ...draft, kind: 'KPI', low: '10', high: '5' },
    { refused: /^Max must be at least Min\.$/, field: 'high' },
  ),
  drafted(
    'a KPI Min "#N/A"',
    { ...draft, kind: 'KPI', low: '#N/A', high: '' },
    { refused: /^Min: "#N\/A" is not a number/, field: 'low' },
  ),
  drafted(
    'a KPI Max "abc"',
    { ...draft, kind: 'KPI', low: '70%', high: 'abc' },
    { refused: /^Max: "abc" is not a number/, field: 'high' },
  ),
  drafted(
    'a name that looks like a formula is stored as text',
    { ...draft, name: '=IMPORTXML("http://evil","//a")' },
    {
      saved: /^Added key result O1\.4 to the OKRs tab\.$/,
      stored: { tab: 'OKRs', id: 'O1.4', column: 'Key Result', value: '=IMPORTXML("http://evil","//a")' },
    },
  ),
  drafted(
    'a name "1e999" stays text',
    { ...draft, name: '1e999' },
    {
      saved: /^Added key result O1\.4 to the OKRs tab\.$/,
      stored: { tab: 'OKRs', id: 'O1.4', column: 'Key Result', value: '1e999' },
    },
  ),
  drafted(
    'a name "3/4/2026" stays text',
    { ...draft, name: '3/4/2026' },
    {
      saved: /^Added key result O1\.4 to the OKRs tab\.$/,
      stored: { tab: 'OKRs', id: 'O1.4', column: 'Key Result', value: '3/4/2026' },
    },
  ),
  drafted(
    'a KPI Min 70% is stored as the fraction',
    { ...draft, kind: 'KPI', name: 'Share', low: '70%', high: '' },
    { saved: /^Added KPI K12 to the KPIs tab\.$/, stored: { tab: 'KPIs', id: 'K12', column: 'Min', value: 0.7 } },
  ),

  // Health check links and recovery OKRs.
  {
    what: 'selectHealthFinding: null',
    fn: 'selectHealthFinding',
    args: [null],
    book: 'closing',
    outcome: { thrown: /^That link names no tab and row: run the health check again\.$/ },
  },
  {
    what: 'selectHealthFinding: a row given as text',
    fn: 'selectHealthFinding',
    args: [{ tab: 'OKRs', row: '3' }],
    book: 'closing',
    outcome: { thrown: /^That link names no tab and row/ },
  },
  {
    what: 'selectHealthFinding: a negative row',
    fn: 'selectHealthFinding',
    args: [{ tab: 'OKRs', row: -1 }],
    book: 'closing',
    outcome: { thrown: /^That link names no tab and row/ },
  },
  {
    what: 'selectHealthFinding: a fractional row',
    fn: 'selectHealthFinding',
    args: [{ tab: 'OKRs', row: 2.5 }],
    book: 'closing',
    outcome: { thrown: /^That link names no tab and row/ },
  },
  {
    what: 'selectHealthFinding: a numeric tab',
    fn: 'selectHealthFinding',
    args: [{ tab: 5, row: 3 }],
    book: 'closing',
    outcome: { thrown: /^That link names no tab and row/ },
  },
  {
    what: 'selectHealthFinding: a row past the end',
    fn: 'selectHealthFinding',
    args: [{ tab: 'OKRs', row: 99_999 }],
    book: 'closing',
    outcome: { thrown: /^OKRs has no row 99999 any more: run the health check again\.$/ },
  },
  {
    what: 'selectHealthFinding: row 1e308',
    fn: 'selectHealthFinding',
    args: [{ tab: 'OKRs', row: 1e308 }],
    book: 'closing',
    outcome: { thrown: /^OKRs has no row .* any more/ },
  },
  {
    what: 'selectHealthFinding: a tab that is gone',
    fn: 'selectHealthFinding',
    args: [{ tab: 'Gone', row: 2 }],
    book: 'closing',
    outcome: { thrown: /^The tab "Gone" no longer exists/ },
  },
  {
    what: 'selectHealthFinding: a 50,000-character tab name',
    fn: 'selectHealthFinding',
    args: [{ tab: HUGE, row: 2 }],
    book: 'closing',
    outcome: { thrown: /^The tab "x{1,80}…" no longer exists/ },
  },
  {
    what: 'addRecoveryOkr: null',
    fn: 'addRecoveryOkr',
    args: [null],
    book: 'closing',
    outcome: { thrown: /^Nothing was added: the request names no KPI\.$/ },
  },
  {
    what: 'addRecoveryOkr: a bare string',
    fn: 'addRecoveryOkr',
    args: ['K3'],
    book: 'closing',
    outcome: { thrown: /^Nothing was added: the request names no KPI\.$/ },
  },
  {
    what: 'addRecoveryOkr: a numeric KPI ID',
    fn: 'addRecoveryOkr',
    args: [{ kpiId: 5 }],
    book: 'closing',
    outcome: { thrown: /^Nothing was added: the request names no KPI\.$/ },
  },
  {
    what: 'addRecoveryOkr: a blank KPI ID',
    fn: 'addRecoveryOkr',
    args: [{ kpiId: '' }],
    book: 'closing',
    outcome: { thrown: /^Nothing was added: the request names no KPI\.$/ },
  },
  {
    what: 'addRecoveryOkr: an unknown KPI',
    fn: 'addRecoveryOkr',
    args: [{ kpiId: 'K99' }],
    book: 'closing',
    outcome: { thrown: /^Nothing was added: K99 no longer needs a recovery OKR/ },
  },
  {
    what: 'addRecoveryOkr: a KPI in range',
    fn: 'addRecoveryOkr',
    args: [{ kpiId: 'K1' }],
    book: 'closing',
    outcome: { thrown: /^Nothing was added: K1 no longer needs a recovery OKR/ },
  },
  {
    what: 'addRecoveryOkr: a 50,000-character KPI ID',
    fn: 'addRecoveryOkr',
    args: [{ kpiId: HUGE }],
    book: 'closing',
    outcome: { thrown: /^Nothing was added: "?x{1,80}…"? no longer needs a recovery OKR/ },
  },

  // Quarter close.
  close('no payload', null, { thrown: CHOOSE_MODE }),
  close('an empty object', {}, { thrown: CHOOSE_MODE }),
  close('mode "KEEP"', { mode: 'KEEP' }, { thrown: CHOOSE_MODE }),
  close('mode "delete"', { mode: 'delete' }, { thrown: CHOOSE_MODE }),
  close('a numeric mode', { mode: 5 }, { thrown: CHOOSE_MODE }),
  close('a bare string', 'keep', { thrown: CHOOSE_MODE }),
  close('a numeric quarter', { mode: 'keep', quarter: 5 }, { thrown: CHOOSE_MODE }),
  close(
    'a quarter Q5',
    { mode: 'keep', quarter: '2026-Q5' },
    { refused: /^Nothing was changed: the quarter to close is now 2026-Q4, not the 2026-Q5 this dialog showed\./ },
  ),
  close(
    'a quarter not yet started',
    { mode: 'empty', quarter: '2027-Q1' },
    { refused: /^Nothing was changed: the quarter to close is now 2026-Q4, not the 2027-Q1 this dialog showed\./ },
  ),
  close(
    'a quarter long ago',
    { mode: 'keep', quarter: '1999-Q1' },
    { refused: /^Nothing was changed: the quarter to close is now 2026-Q4, not the 1999-Q1/ },
  ),
  close(
    'a blank quarter',
    { mode: 'keep', quarter: '' },
    { refused: /^Nothing was changed: the quarter to close is now 2026-Q4(?!, not the {2}this)/ },
  ),
  close(
    'a 60,000-character quarter',
    { mode: 'keep', quarter: 'x'.repeat(60_000) },
    { refused: /^Nothing was changed: the quarter to close is now 2026-Q4, not the "?x{1,80}…"? this dialog showed/ },
  ),
];
