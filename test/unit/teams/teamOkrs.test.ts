import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells';
import { readTeamOkrs } from '../../../src/core/teams/teamOkrs';
import { BAND_WIDTH, IMPORTED_COLUMNS } from '../../../src/core/teams/teamOkrsLayout';
import { statusLine, statusRow } from '../../../src/core/teams/teamStatus';
import { buildWorkbook } from '../../../src/core/workbook/workbook';
import { KPI_ROWS, TEAM_OKR_ROWS } from '../../fixtures/examples';

const TODAY = new Date('2026-11-23T00:00:00Z');
const PRODUCT_URL = 'https://docs.google.com/spreadsheets/d/product-file-0000000000000';
const SUPPORT_URL = 'https://docs.google.com/spreadsheets/d/support-file-0000000000000';

interface Band {
  readonly team: string;
  readonly source: string;
  readonly tab?: string;
  /** What the band's IMPORTRANGE shows from row 3 down: the file's rows, or the error in its anchor. */
  readonly shows: readonly (readonly Cell[])[];
}

/** The Team OKRs tab's values as getValues returns them: bands side by side, every row as wide as the widest. */
function tab(bands: readonly Band[]): Cell[][] {
  const height = 2 + Math.max(...bands.map((band) => band.shows.length));
  const rows: Cell[][] = Array.from({ length: height }, () => Array<Cell>(bands.length * BAND_WIDTH).fill(''));
  bands.forEach((band, index) => {
    const first = index * BAND_WIDTH;
    const put = (row: number, column: number, cell: Cell): void => {
      const cells = rows[row];
      if (cells !== undefined) cells[first + column] = cell;
    };
    put(0, 0, band.team);
    put(0, 1, band.source);
    put(0, 2, band.tab ?? 'OKRs');
    put(1, 0, 'Loading: …');
    band.shows.forEach((cells, row) => cells.slice(0, IMPORTED_COLUMNS).forEach((cell, c) => put(row + 2, c, cell)));
  });
  return rows;
}

const HEADER = [...(TEAM_OKR_ROWS[0] ?? []), 'Score', 'Status'];
/** Product's file: T2 with its own Score and Status (the team's Refresh wrote them), no Team cell on T2.1. */
const PRODUCT: Cell[][] = [
  HEADER,
  [...(TEAM_OKR_ROWS[7] ?? []), 0.4, 'AT RISK'],
  [...(TEAM_OKR_ROWS[8] ?? []), 0.56, 'ON TRACK'],
  [...(TEAM_OKR_ROWS[9] ?? []), 0.49, 'AT RISK'],
];

/** Support's file: a title row, its own column names and order, no Team column. */
const SUPPORT: Cell[][] = [
  ['Support team OKRs', '', '', '', '', '', '', ''],
  ['Grade', 'Status', 'Objectives', 'KR', 'Baseline', 'Goal', 'Actual', 'ID', 'Aligns to', 'Weight'],
  ['', '', 'Answer new customers faster', '', '', '', '', 'S1', 'C1.2', ''],
  [0.75, 'ON TRACK', '', 'Cut first response time', 24, 4, 9, 'S1.1', '', 2],
  [0.57, 'AT RISK', '', 'Lift CSAT on first tickets', 4.1, 4.8, 4.5, 'S1.2', '', ''],
];

describe('readTeamOkrs', () => {
  it("maps each team's objectives by header, with the team's own scores, Parent and team", () => {
    const read = readTeamOkrs(
      tab([
        { team: 'Product', source: PRODUCT_URL, shows: PRODUCT },
        { team: 'Support', source: SUPPORT_URL, tab: 'OKR', shows: SUPPORT },
      ]),
      TODAY,
      1,
    );
    expect(read.objectives).toEqual([
      {
        id: 'T2',
        text: 'Shorten time-to-value for new customers',
        owner: 'Product lead',
        team: 'Product',
        parent: 'C1.2',
        quarter: '2026-Q4',
        score: 0.4,
        status: 'AT RISK',
        keyResults: [
          {
            id: 'T2.1',
            text: 'Reduce time-to-value',
            owner: 'Product lead',
            score: 0.56,
            status: 'ON TRACK',
            weight: 1,
          },
          {
            id: 'T2.2',
            text: 'Raise onboarding completion',
            owner: 'Product lead',
            score: 0.49,
            status: 'AT RISK',
            weight: 1,
          },
        ],
        source: PRODUCT_URL,
      },
      {
        id: 'S1',
        text: 'Answer new customers faster',
        owner: '',
        // No Team column in Support's file: the team the Teams tab names.
        team: 'Support',
        parent: 'C1.2',
        quarter: '2026-Q4',
        // Its objective row has no Grade: the weighted mean of its key results' grades, (0.75 × 2 + 0.57) / 3.
        score: 0.69,
        status: '',
        keyResults: [
          { id: 'S1.1', text: 'Cut first response time', owner: '', score: 0.75, status: 'ON TRACK', weight: 2 },
          { id: 'S1.2', text: 'Lift CSAT on first tickets', owner: '', score: 0.57, status: 'AT RISK', weight: 1 },
        ],
        source: SUPPORT_URL,
      },
    ]);
    expect(read.teams.map((team) => team.state)).toEqual([
      { kind: 'connected', objectives: 1, keyResults: 2, otherQuarters: 0, full: false },
      { kind: 'connected', objectives: 1, keyResults: 2, otherQuarters: 0, full: false },
    ]);
  });

  it('a flat team file (no objective row) gives its objective the mean of its key results', () => {
    const flat: Cell[][] = [
      ['Objective', 'Key Result', 'Start', 'Target', 'Current', 'Score', 'Status', 'ID'],
      ['Grow', 'Leads', 0, 10, 5, 0.5, 'ON TRACK', 'O1.1'],
      ['Grow', 'Deals', 0, 10, 10, 1, 'DONE', 'O1.2'],
    ];
    const [objective] = readTeamOkrs(tab([{ team: 'Sales', source: PRODUCT_URL, shows: flat }]), TODAY, 1).objectives;
    expect(objective).toMatchObject({ id: 'O1', text: 'Grow', team: 'Sales', score: 0.75 });
    expect(objective?.keyResults.map((keyResult) => keyResult.score)).toEqual([0.5, 1]);
  });

  it("a team file with no Score or Status column is scored by the add-on's rules from its values", () => {
    const unscored: Cell[][] = [
      ['Objective', 'Key Result', 'Start', 'Target', 'Current', 'Quarter'],
      ['Grow', 'Leads', 0, 10, 5, '2026-Q4'],
      ['Grow', 'Deals', 0, 10, 10, '2026-Q4'],
    ];
    const [objective] = readTeamOkrs(
      tab([{ team: 'Sales', source: PRODUCT_URL, shows: unscored }]),
      TODAY,
      1,
    ).objectives;
    expect(objective?.keyResults.map((keyResult) => [keyResult.score, keyResult.status])).toEqual([
      [0.5, 'ON TRACK'],
      [1, 'DONE'],
    ]);
    expect(objective?.score).toBe(0.75);
  });

  it('a band that shows no data yields no objectives and says why, and the other bands still count', () => {
    const read = readTeamOkrs(
      tab([
        { team: 'Legal', source: SUPPORT_URL, shows: [['#REF!']] },
        { team: 'Sales', source: 'our sales sheet', shows: [] },
        { team: 'Ops', source: SUPPORT_URL, shows: [['Loading...']] },
        {
          team: 'Finance',
          source: SUPPORT_URL,
          shows: [
            ['Budget', 'Spent'],
            [10, 4],
          ],
        },
        { team: 'Product', source: PRODUCT_URL, shows: PRODUCT },
      ]),
      TODAY,
      1,
    );
    expect(read.objectives.map((objective) => objective.id)).toEqual(['T2']);
    expect(read.teams.map((team) => team.state)).toEqual([
      { kind: 'notConnected', cell: 'A3', tab: 'OKRs' },
      {
        kind: 'invalid',
        problem:
          '"our sales sheet" is not a Google Sheets URL: paste the address of the team\'s spreadsheet (https://docs.google.com/spreadsheets/d/…)',
      },
      { kind: 'loading' },
      { kind: 'noHeader', tab: 'OKRs', missing: ['Objective', 'Key Result', 'Target', 'Current'] },
      { kind: 'connected', objectives: 1, keyResults: 2, otherQuarters: 0, full: false },
    ]);
  });
});

describe('the status lines Refresh writes', () => {
  const connected = { kind: 'connected', objectives: 1, keyResults: 2, otherQuarters: 0, full: false } as const;
  const line = 'Connected: 1 objective, 2 key results.';

  it('are left alone when every band already says what its import shows', () => {
    expect(statusRow([{ band: 0, state: connected, shownStatus: line }], BAND_WIDTH)).toBeUndefined();
  });

  it('are rewritten as one row, each at its band, when one changed', () => {
    const row = statusRow(
      [
        { band: 0, state: connected, shownStatus: line },
        { band: 2, state: { kind: 'loading' }, shownStatus: line },
      ],
      BAND_WIDTH,
    );
    expect(row).toHaveLength(3 * BAND_WIDTH);
    expect(row?.[0]).toBe(line);
    expect(row?.[2 * BAND_WIDTH]).toBe(statusLine({ kind: 'loading' }));
    expect(row?.filter((text) => text !== '')).toHaveLength(2);
  });
});

describe('Workbook.imported', () => {
  const input = {
    kpis: { values: KPI_ROWS as Cell[][], formulas: [] },
    okrs: { values: TEAM_OKR_ROWS.slice(0, 4) as Cell[][], formulas: [] },
    today: TODAY,
    fiscalStartMonth: 1,
  };

  it('holds the objectives the Team OKRs tab shows', () => {
    const built = buildWorkbook({
      ...input,
      teamOkrs: { values: tab([{ team: 'Product', source: PRODUCT_URL, shows: PRODUCT }]), formulas: [] },
    });
    if (!built.ok) throw new Error(built.problems.join('; '));
    expect(built.workbook.imported.map((objective) => [objective.id, objective.parent, objective.score])).toEqual([
      ['T2', 'C1.2', 0.4],
    ]);
    // The local objectives are the company file's alone.
    expect(built.workbook.objectives.map((objective) => objective.id)).toEqual(['C1']);
  });

  it('is empty when the tab was not read or its imports are not connected', () => {
    const without = buildWorkbook(input);
    const unconnected = buildWorkbook({
      ...input,
      teamOkrs: { values: tab([{ team: 'Product', source: PRODUCT_URL, shows: [['#REF!']] }]), formulas: [] },
    });
    expect(without.ok && without.workbook.imported).toEqual([]);
    expect(unconnected.ok && unconnected.workbook.imported).toEqual([]);
  });
});

describe("the quarter a team's objectives are read for", () => {
  it("keeps this quarter's objectives however the Quarter cell spells it, and those with none; counts the rest", () => {
    const rows: Cell[][] = [
      ['ID', 'Quarter', 'Objective', 'Key Result', 'Start', 'Target', 'Current'],
      ['A1', 'Q4 2026', 'Spelled another way', '', '', '', ''],
      ['A1.1', '', '', 'One', 0, 10, 5],
      ['A2', '', 'No quarter', '', '', '', ''],
      ['A2.1', '', '', 'Two', 0, 10, 5],
      ['A3', '2027-Q1', 'Next quarter', '', '', '', ''],
      ['A3.1', '', '', 'Three', 0, 10, 5],
      ['A4', 'someday', 'No quarter it names', '', '', '', ''],
      ['A4.1', '', '', 'Four', 0, 10, 5],
    ];
    const read = readTeamOkrs(tab([{ team: 'Ops', source: PRODUCT_URL, shows: rows }]), TODAY, 1);
    expect(read.objectives.map((objective) => objective.id)).toEqual(['A1', 'A2']);
    expect(read.teams[0]?.state).toEqual({
      kind: 'connected',
      objectives: 2,
      keyResults: 2,
      otherQuarters: 2,
      full: false,
    });
  });
});

describe('an error in the anchor cell', () => {
  it("is a blocked import when a person typed into the block, but the team's own A1 when its header shows", () => {
    const typedOver: Cell[][] = [['#REF!'], [], [], ['', '', 'my note']];
    const blocked = readTeamOkrs(tab([{ team: 'Product', source: PRODUCT_URL, shows: typedOver }]), TODAY, 1);
    expect(blocked.teams[0]?.state).toEqual({ kind: 'blocked', cell: 'C6' });
    const ownTitleError: Cell[][] = [['#N/A'], ...PRODUCT];
    const read = readTeamOkrs(tab([{ team: 'Product', source: PRODUCT_URL, shows: ownTitleError }]), TODAY, 1);
    expect(read.teams[0]?.state.kind).toBe('connected');
    expect(read.objectives.map((objective) => objective.id)).toEqual(['T2']);
  });
});
