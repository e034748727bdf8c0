import { describe, expect, it } from 'vitest';
import { readTeamsTab, refuseRepeats, spreadsheetIdOf } from '../../../src/core/teams/teamsTab';
import { columnLetter, importCellA1, importFormula } from '../../../src/core/teams/teamOkrsLayout';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd';

describe('the Teams tab', () => {
  it('finds its header by synonyms below a title, in any order, and skips blank rows', () => {
    const read = readTeamsTab([
      ['Teams that keep their own file'],
      ['Link', 'Tab', 'Department'],
      [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`, '', 'Product'],
      ['', '', ''],
      [ID, 'OKR', 'Support'],
    ]);
    expect(read).toEqual({
      ok: true,
      teams: [
        {
          row: 2,
          team: 'Product',
          source: `https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`,
          tab: 'OKRs',
          url: `https://docs.google.com/spreadsheets/d/${ID}`,
        },
        { row: 4, team: 'Support', source: ID, tab: 'OKR', url: ID },
      ],
    });
  });

  it('turns a bad or missing URL into a problem for that team alone', () => {
    const read = readTeamsTab([
      ['Team', 'Spreadsheet URL'],
      ['Sales', 'our sales sheet'],
      ['Legal', ''],
      ['Ops', `https://docs.google.com/spreadsheets/u/1/d/${ID}/edit`],
    ]);
    if (!read.ok) throw new Error(read.problem);
    expect(read.teams.map((team) => [team.team, team.problem ?? team.url])).toEqual([
      [
        'Sales',
        '"our sales sheet" is not a Google Sheets URL: paste the address of the team\'s spreadsheet (https://docs.google.com/spreadsheets/d/…)',
      ],
      ['Legal', "no Spreadsheet URL for Legal: paste the team file's URL"],
      ['Ops', `https://docs.google.com/spreadsheets/d/${ID}`],
    ]);
  });

  it('says which header it needs when there is none', () => {
    expect(readTeamsTab([['Name', 'Notes']])).toEqual({
      ok: false,
      problem: 'The Teams tab needs a header row with Team and Spreadsheet URL in its top 10 rows.',
    });
  });

  it('accepts a Google Sheets URL or id, nothing else', () => {
    expect(spreadsheetIdOf(`https://docs.google.com/spreadsheets/d/${ID}/edit?usp=sharing`)).toBe(ID);
    expect(spreadsheetIdOf(` ${ID} `)).toBe(ID);
    expect(spreadsheetIdOf(`https://docs.google.com/document/d/${ID}/edit`)).toBeUndefined();
    expect(spreadsheetIdOf('Sales')).toBeUndefined();
  });
});

describe('the Team OKRs layout', () => {
  it('imports A1:Z500 of the named tab, quoting what a formula needs quoted', () => {
    expect(importFormula('https://docs.google.com/spreadsheets/d/x', 'Tom\'s "OKRs"')).toBe(
      `=IMPORTRANGE("https://docs.google.com/spreadsheets/d/x","'Tom''s ""OKRs""'!A1:Z500")`,
    );
  });

  it("names each band's formula cell, 27 columns apart", () => {
    expect([0, 1, 2, 37].map(importCellA1)).toEqual(['A3', 'AB3', 'BC3', 'ALL3']);
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('rows that would import objectives twice', () => {
  const OWN = 'own-file-000000000000000000000';
  const OTHER = '2AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd';
  const teams = (rows: string[][]) => {
    const read = readTeamsTab([['Team', 'Spreadsheet URL'], ...rows]);
    if (!read.ok) throw new Error(read.problem);
    return refuseRepeats(read.teams, OWN).map((team) => team.problem ?? 'ok');
  };

  it('refuses this file itself, a file on an earlier row, a name on an earlier row (ignoring case and spaces)', () => {
    expect(
      teams([
        ['Company', `https://docs.google.com/spreadsheets/d/${OWN}/edit`],
        ['Product', ID],
        ['Product 2', `https://docs.google.com/spreadsheets/u/0/d/${ID}/edit#gid=3`],
        [' PRODUCT', OTHER],
        ['Support', OTHER],
      ]),
    ).toEqual([
      'Company is this spreadsheet itself (its objectives are already here, and would count twice): remove row 2',
      'ok',
      'Product 2 is the same file as Product (row 3): remove one of the two rows',
      'row 3 already has a team named Product: give each row its own team name',
      'ok',
    ]);
  });

  it("takes a link's URL when the cell shows a label, and the shown URL when it shows one", () => {
    const link = `https://docs.google.com/spreadsheets/d/${ID}/edit`;
    const read = readTeamsTab(
      [
        ['Team', 'Spreadsheet URL'],
        ['Product', 'Product OKRs'],
        ['Sales', 'Sales OKRs'],
      ],
      [
        ['', ''],
        ['', `=HYPERLINK("${link}","Product OKRs")`],
        ['', '=CONCAT("Sales"," OKRs")'],
      ],
    );
    if (!read.ok) throw new Error(read.problem);
    expect(read.teams.map((team) => team.url ?? team.problem)).toEqual([
      `https://docs.google.com/spreadsheets/d/${ID}`,
      expect.stringMatching(/^"Sales OKRs" is not a Google Sheets URL/),
    ]);
  });

  it('refuses a URL with no team name, and finds a URL inside other text', () => {
    expect(teams([['', ID]])).toEqual([`no Team name for ${ID}: type the team's name`]);
    expect(spreadsheetIdOf(`see https://docs.google.com/spreadsheets/d/${ID}/edit\n(Product)`)).toBe(ID);
  });
});
