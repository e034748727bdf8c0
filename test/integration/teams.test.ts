// Teams across spreadsheets: the company file lists team files on its Teams tab, Roll up teams writes one
// IMPORTRANGE per team into the add-on's Team OKRs tab, and Sheets (here the emulator) moves the data. Two and
// more emulated workbooks, the built bundle in the company one.
import { describe, expect, it } from 'vitest';
import { createWorkbook, type CellValue, type Workbook } from '../../emulator/index';
import { KPI_ROWS, TEAM_OKR_ROWS } from '../fixtures/examples';
import { productFile } from '../fixtures/teamFiles';
import { open } from './harness';

const COMPANY_ROWS = TEAM_OKR_ROWS.slice(0, 4);

/**
 * The Support team's file keeps its own column names and order, a title above the header, and its tab is
 * called `OKR`: Grade for Score, KR for Key Result, Goal for Target, Actual for Current, Aligns to for Parent.
 */
function supportFile(): Workbook {
  return createWorkbook({
    name: 'Support',
    sheets: {
      OKR: {
        values: [
          ['Support team OKRs, Q4', '', '', '', '', '', '', '', '', ''],
          ['Grade', 'Status', 'Objectives', 'KR', 'Baseline', 'Goal', 'Actual', 'ID', 'Department', 'Aligns to'],
          ['', '', 'Answer new customers faster', '', '', '', '', 'S1', 'Support', 'C1.2'],
          [0.75, 'ON TRACK', '', 'Cut first response time', 24, 4, 9, 'S1.1', '', ''],
          [0.57, 'AT RISK', '', 'Lift CSAT on first tickets', 4.1, 4.8, 4.5, 'S1.2', '', ''],
        ],
      },
    },
  });
}

const DELETED_FILE = 'https://docs.google.com/spreadsheets/d/deleted-spreadsheet-0000000000/edit';

function company(teams: CellValue[][]) {
  return open({
    KPIs: { values: KPI_ROWS },
    OKRs: { values: COMPANY_ROWS },
    Teams: { values: [['Team', 'Spreadsheet URL', 'OKRs tab'], ...teams] },
  });
}

/** Row 2 of the band a team got on Team OKRs: its status line. */
function statusOf(book: Workbook, team: string): string {
  const values = book.read('Team OKRs').values();
  const band = values[0]?.indexOf(team) ?? -1;
  if (band < 0) throw new Error(`no band for ${team}`);
  return String(values[1]?.[band] ?? '');
}

function lastToast(addon: ReturnType<typeof open>['addon']): string {
  return addon.ui.toasts.at(-1)?.message ?? '';
}

describe('Roll up teams', () => {
  it('creates an empty Teams tab with its header when there is none, and says what to fill in', () => {
    const { addon, workbook } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: COMPANY_ROWS } });
    addon.run('rollUpTeams');
    expect(workbook.read('Teams').values()[0]).toEqual(['Team', 'Spreadsheet URL', 'OKRs tab']);
    expect(workbook.read('Teams').values()).toHaveLength(1);
    expect(addon.ui.alerts.at(-1)?.message).toMatch(/Created the Teams tab: list one team per row/);
    expect(workbook.toJSON().sheets.map((sheet) => sheet.name)).not.toContain('Team OKRs');
  });

  it('before access: writes one IMPORTRANGE per team and a status line saying where to click Allow access', () => {
    const product = productFile();
    const { addon, workbook } = company([['Product', product.url(), '']]);
    addon.run('rollUpTeams');
    const formulas = workbook.read('Team OKRs').formulas();
    expect(formulas[2]?.[0]).toBe(
      `=IMPORTRANGE("https://docs.google.com/spreadsheets/d/${product.url().split('/')[5]}","'OKRs'!A1:Z500")`,
    );
    expect(workbook.read('Team OKRs').values()[2]?.[0]).toBe('#REF!');
    // The add-on's tab: a person editing it is warned that Roll up teams rewrites it.
    expect(workbook.toJSON().sheets.find((sheet) => sheet.name === 'Team OKRs')?.protection).toMatchObject({
      warningOnly: true,
    });
    expect(statusOf(workbook, 'Product')).toMatch(/^Not connected: select cell A3 and click "Allow access"/);
    expect(statusOf(workbook, 'Product')).toMatch(
      /You don't have permissions to access that sheet", ask the file's owner/,
    );
    expect(lastToast(addon)).toBe(
      'Team OKRs: 0 teams connected (0 objectives) · Allow access needed for Product. Its status lines say what to do.',
    );
  });

  it('before access, the local Refresh scores the company file as usual', () => {
    const { addon, workbook } = company([['Product', productFile().url(), '']]);
    addon.run('rollUpTeams');
    addon.run('refreshScores');
    expect(addon.ui.alerts).toHaveLength(0);
    expect(lastToast(addon)).toMatch(/KRs? scored/);
    const okrs = workbook.read('OKRs').values();
    expect(okrs[0]).toContain('Score');
    expect(okrs[2]?.[okrs[0]?.indexOf('Score') ?? -1]).toBe(0.63);
  });

  it('after Allow access, Refresh reads the team objectives and its status line counts them', () => {
    const product = productFile();
    const { addon, workbook } = company([['Product', product.url(), '']]);
    addon.run('rollUpTeams');
    workbook.allowImportFrom(product);
    expect(workbook.read('Team OKRs').values()[2]?.slice(0, 3)).toEqual(['ID', 'Quarter', 'Team']);
    addon.run('refreshScores');
    expect(statusOf(workbook, 'Product')).toBe('Connected: 1 objective, 2 key results.');
    // A roll-up after access reports the team connected at once.
    addon.run('rollUpTeams');
    expect(lastToast(addon)).toBe('Team OKRs: 1 team connected (1 objective). Its status lines say what to do.');
  });

  it('maps a team file with its own column names, order, title row and tab name by header', () => {
    const support = supportFile();
    const { addon, workbook } = company([['Support', support.url(), 'OKR']]);
    workbook.allowImportFrom(support);
    addon.run('rollUpTeams');
    expect(statusOf(workbook, 'Support')).toBe('Connected: 1 objective, 2 key results.');
    // Later the team renames two columns in its own file: the import follows, and they still map.
    support.setCell('OKR', 'D2', 'Key results').setCell('OKR', 'F2', 'Target value');
    addon.run('refreshScores');
    expect(workbook.read('Team OKRs').values()[3]?.slice(3, 6)).toEqual(['Key results', 'Baseline', 'Target value']);
    expect(statusOf(workbook, 'Support')).toBe('Connected: 1 objective, 2 key results.');
    // A header the add-on cannot map is said so on the status line, and Refresh still succeeds.
    support.setCell('OKR', 'D2', 'Measure');
    addon.run('refreshScores');
    expect(statusOf(workbook, 'Support')).toMatch(
      /^Connected, but the "OKR" tab of this file has no header with Key Result/,
    );
    expect(addon.ui.alerts).toHaveLength(0);
  });

  it('an unreachable team file (a bad URL, a deleted file) never stops the roll-up or the local Refresh', () => {
    const product = productFile();
    const { addon, workbook } = company([
      ['Product', product.url(), ''],
      ['Sales', 'our sales sheet', ''],
      ['Legal', DELETED_FILE, ''],
    ]);
    workbook.allowImportFrom(product);
    addon.run('rollUpTeams');
    expect(statusOf(workbook, 'Product')).toBe('Connected: 1 objective, 2 key results.');
    expect(statusOf(workbook, 'Sales')).toMatch(/^Not imported: "our sales sheet" is not a Google Sheets URL/);
    expect(statusOf(workbook, 'Legal')).toMatch(/^Not connected: select cell BC3/);
    expect(workbook.read('Team OKRs').formulas()[2]?.[27]).toBe('');
    expect(lastToast(addon)).toBe(
      'Team OKRs: 1 team connected (1 objective) · Allow access needed for Legal · to fix on the Teams tab: Sales. ' +
        'Its status lines say what to do.',
    );
    addon.run('refreshScores');
    expect(addon.ui.alerts).toHaveLength(0);
    expect(lastToast(addon)).toMatch(/KRs? scored/);
  });

  it('Refresh rewrites the status lines only when one changed: one more write, or none', () => {
    const product = productFile();
    const support = supportFile();
    const { addon, workbook } = company([
      ['Product', product.url(), ''],
      ['Support', support.url(), 'OKR'],
    ]);
    workbook.allowImportFrom(product);
    addon.run('rollUpTeams');
    const refreshWrites = (): number => {
      addon.counter.reset();
      addon.run('refreshScores');
      return addon.counter.calls.get('Range.setValues') ?? 0;
    };
    refreshWrites(); // the first Refresh fills the company file's IDs and quarters
    const unchanged = refreshWrites();
    workbook.allowImportFrom(support);
    expect(refreshWrites()).toBe(unchanged + 1);
    expect(statusOf(workbook, 'Support')).toBe('Connected: 1 objective, 2 key results.');
    expect(refreshWrites()).toBe(unchanged);
  });

  it('a second roll-up after the Teams tab changed leaves only the teams it lists now', () => {
    const product = productFile();
    const support = supportFile();
    const { addon, workbook } = company([
      ['Product', product.url(), ''],
      ['Support', support.url(), 'OKR'],
    ]);
    addon.run('rollUpTeams');
    workbook.setCell('Teams', 'A2', 'Support').setCell('Teams', 'B2', support.url()).setCell('Teams', 'C2', 'OKR');
    workbook.setCell('Teams', 'A3', '').setCell('Teams', 'B3', '').setCell('Teams', 'C3', '');
    addon.run('rollUpTeams');
    const values = workbook.read('Team OKRs').values();
    expect(values[0]?.filter((text) => text !== '')).toEqual(['Support', support.url(), 'OKR']);
    expect(
      workbook
        .read('Team OKRs')
        .formulas()
        .flat()
        .filter((formula) => formula !== ''),
    ).toHaveLength(1);
  });

  it("a team's IDs are its own: they never push the company file's new IDs past them", () => {
    const sales = createWorkbook({
      sheets: {
        OKRs: {
          values: [
            ['ID', 'Objective', 'Key Result', 'Start', 'Target', 'Current'],
            ['O7', 'Open Southeast Asia', '', '', '', ''],
            ['O7.1', '', 'Close enterprise contracts', 0, 8, 2],
          ],
        },
      },
    });
    const { addon, workbook } = open({
      KPIs: { values: KPI_ROWS },
      OKRs: { values: [...COMPANY_ROWS, ['', '2026-Q4', '', 'Grow the partner channel', '', 'CEO']] },
      Teams: {
        values: [
          ['Team', 'Spreadsheet URL'],
          ['Sales', sales.url()],
        ],
      },
    });
    workbook.allowImportFrom(sales);
    addon.run('rollUpTeams');
    expect(statusOf(workbook, 'Sales')).toBe('Connected: 1 objective, 1 key result.');
    addon.run('refreshScores');
    expect(workbook.read('OKRs').values()[4]?.[0]).toBe('O1');
  });

  it('costs the same service calls whether the team files hold 2 key results or 300', () => {
    const calls = (extra: number): Record<string, number> => {
      const product = productFile(extra);
      const { addon, workbook } = company([['Product', product.url(), '']]);
      workbook.allowImportFrom(product);
      addon.counter.reset();
      addon.run('rollUpTeams');
      expect(statusOf(workbook, 'Product')).toBe(`Connected: 1 objective, ${extra + 2} key results.`);
      return Object.fromEntries(addon.counter.calls);
    };
    expect(calls(298)).toEqual(calls(0));
  });
});

/** The Team OKRs tab's IMPORTRANGE formulas, in band order. */
function importFormulas(book: Workbook): string[] {
  return (book.read('Team OKRs').formulas()[2] ?? []).filter((formula) => formula !== '');
}

describe('Roll up teams refuses what would import objectives twice or wrongly', () => {
  it('refuses this spreadsheet itself on the Teams tab, and Refresh keeps saying so', () => {
    const product = productFile();
    const { addon, workbook } = company([['Product', product.url(), '']]);
    workbook.setCell('Teams', 'A3', 'Company').setCell('Teams', 'B3', workbook.url());
    workbook.allowImportFrom(product);
    addon.run('rollUpTeams');
    expect(statusOf(workbook, 'Company')).toBe(
      'Not imported: Company is this spreadsheet itself (its objectives are already here, and would count twice): ' +
        'remove row 3 on the Teams tab, then run Roll up teams.',
    );
    expect(importFormulas(workbook)).toHaveLength(1);
    expect(lastToast(addon)).toMatch(/to fix on the Teams tab: Company/);
    addon.run('refreshScores');
    expect(statusOf(workbook, 'Company')).toMatch(/^Not imported: Company is this spreadsheet itself/);
    expect(statusOf(workbook, 'Product')).toBe('Connected: 1 objective, 2 key results.');
  });

  it('imports a file listed twice, or a team name repeated, once; a row with no team name not at all', () => {
    const product = productFile();
    const support = supportFile();
    const { addon, workbook } = company([
      ['Product', product.url(), ''],
      ['Product again', `${product.url()}#gid=0`, ''],
      ['product ', support.url(), 'OKR'],
      ['', support.url(), 'OKR'],
    ]);
    workbook.allowImportFrom(product).allowImportFrom(support);
    addon.run('rollUpTeams');
    expect(importFormulas(workbook)).toHaveLength(1);
    expect(statusOf(workbook, 'Product again')).toMatch(
      /^Not imported: Product again is the same file as Product \(row 2\): remove one of the two rows/,
    );
    expect(statusOf(workbook, 'product')).toMatch(
      /^Not imported: row 2 already has a team named Product: give each row its own team name/,
    );
    const title = workbook.read('Team OKRs').values()[0] ?? [];
    const nameless = workbook.read('Team OKRs').values()[1]?.[3 * 27];
    expect(title[3 * 27]).toBe('');
    expect(nameless).toMatch(/^Not imported: no Team name for https:\/\/docs.google.com\S+: type the team's name/);
    expect(lastToast(addon)).toMatch(/to fix on the Teams tab: Product again, product, https:/);
    addon.run('refreshScores');
    expect(statusOf(workbook, 'Product')).toBe('Connected: 1 objective, 2 key results.');
    expect(statusOf(workbook, 'Product again')).toMatch(/^Not imported: Product again is the same file/);
  });

  it('takes a URL pasted with text or line breaks around it', () => {
    const product = productFile();
    const { addon, workbook } = company([['Product', `  see ${product.url()}\n`, '']]);
    workbook.allowImportFrom(product);
    addon.run('rollUpTeams');
    expect(statusOf(workbook, 'Product')).toBe('Connected: 1 objective, 2 key results.');
  });

  it('takes the URL of a link that shows a label (=HYPERLINK)', () => {
    const product = productFile();
    const { addon, workbook } = company([['Product', '', '']]);
    workbook.setCell('Teams', 'B2', '', { formula: `=HYPERLINK("${product.url()}","Product OKRs")` });
    expect(workbook.read('Teams').values()[1]?.[1]).toBe('Product OKRs');
    workbook.allowImportFrom(product);
    addon.run('rollUpTeams');
    expect(statusOf(workbook, 'Product')).toBe('Connected: 1 objective, 2 key results.');
  });

  it('a Teams tab emptied after a roll-up removes the Team OKRs tab, so no old team stays in the roll-up', () => {
    const product = productFile();
    const { addon, workbook } = company([['Product', product.url(), '']]);
    addon.run('rollUpTeams');
    workbook.setCell('Teams', 'A2', '').setCell('Teams', 'B2', '');
    addon.run('rollUpTeams');
    expect(workbook.toJSON().sheets.map((sheet) => sheet.name)).not.toContain('Team OKRs');
    expect(addon.ui.alerts.at(-1)?.message).toMatch(
      /^The Teams tab lists no team yet \(the Team OKRs tab of the last roll-up was removed\): list one team/,
    );
  });

  it("never clears a person's own tab called Team OKRs", () => {
    const product = productFile();
    const { addon, workbook } = open({
      KPIs: { values: KPI_ROWS },
      OKRs: { values: COMPANY_ROWS },
      Teams: {
        values: [
          ['Team', 'Spreadsheet URL'],
          ['Product', product.url()],
        ],
      },
      'Team OKRs': { values: [['Our notes on team OKRs'], ['Sales to join in Q1']] },
    });
    const before = JSON.stringify(workbook.toJSON());
    addon.run('rollUpTeams');
    expect(addon.ui.alerts.at(-1)?.message).toMatch(
      /^This spreadsheet already has a tab called Team OKRs that Roll up teams did not write\. Nothing was changed/,
    );
    expect(JSON.stringify(workbook.toJSON())).toBe(before);
  });

  it('a Team OKRs tab typed over by a person: Refresh says so, the next roll-up writes it afresh', () => {
    const product = productFile();
    const { addon, workbook } = company([['Product', product.url(), '']]);
    workbook.allowImportFrom(product);
    addon.run('rollUpTeams');
    workbook.setCell('Team OKRs', 'C9', 'my note');
    expect(workbook.read('Team OKRs').values()[2]?.[0]).toBe('#REF!');
    addon.run('refreshScores');
    expect(statusOf(workbook, 'Product')).toMatch(/^Blocked: something was typed into this team's block \(cell C9\)/);
    addon.run('rollUpTeams');
    expect(statusOf(workbook, 'Product')).toBe('Connected: 1 objective, 2 key results.');
    // Run twice: the same one band and one formula.
    addon.run('rollUpTeams');
    expect(importFormulas(workbook)).toHaveLength(1);
    expect(workbook.read('Team OKRs').values()[8]?.[2] ?? '').toBe('');
  });

  it("a note typed below the imported rows is not read as one of the team's rows", () => {
    const product = productFile();
    const { addon, workbook } = company([['Product', product.url(), '']]);
    workbook.allowImportFrom(product);
    addon.run('rollUpTeams');
    workbook.setCell('Team OKRs', 'E503', 'Extra key result typed here').setCell('Team OKRs', 'A503', 'T2.9');
    addon.run('refreshScores');
    expect(statusOf(workbook, 'Product')).toBe('Connected: 1 objective, 2 key results.');
  });

  it('refuses more than 100 teams before writing anything, saying how many it takes', () => {
    const rows = Array.from({ length: 101 }, (_, n): CellValue[] => [
      `Team ${n + 1}`,
      `https://docs.google.com/spreadsheets/d/team-file-${String(n).padStart(20, '0')}/edit`,
      '',
    ]);
    const { addon, workbook } = company(rows);
    addon.run('rollUpTeams');
    expect(addon.ui.alerts.at(-1)?.message).toMatch(
      /^The Teams tab lists 101 teams; Roll up teams brings in 100 at most .* Nothing was changed/,
    );
    expect(workbook.toJSON().sheets.map((sheet) => sheet.name)).not.toContain('Team OKRs');
  });

  it('waits for another run holding the lock, then says so and writes nothing', () => {
    const { addon, workbook } = company([['Product', productFile().url(), '']]);
    addon.lock.holdDocumentLockElsewhere();
    addon.run('rollUpTeams');
    expect(addon.ui.alerts.at(-1)?.message).toBe(
      'Someone else is saving to this spreadsheet. Nothing was changed: try again in a moment.',
    );
    expect(workbook.toJSON().sheets.map((sheet) => sheet.name)).not.toContain('Team OKRs');
  });
});

describe('what a team file shows, on its status line', () => {
  it('a team file with no tab of the name given: not connected, naming the tab to check', () => {
    const product = productFile();
    const { addon, workbook } = company([['Product', product.url(), 'Goals']]);
    workbook.allowImportFrom(product);
    addon.run('rollUpTeams');
    expect(statusOf(workbook, 'Product')).toMatch(
      /check too that the URL is right and that the file has a tab named "Goals"/,
    );
  });

  it('a team tab that fills every imported row says rows below row 500 are not imported', () => {
    const product = productFile(500);
    const { addon, workbook } = company([['Product', product.url(), '']]);
    workbook.allowImportFrom(product);
    addon.run('rollUpTeams');
    expect(statusOf(workbook, 'Product')).toBe(
      'Connected: 1 objective, 498 key results. Its tab fills all 500 imported rows: any row below row 500 is not ' +
        'imported; move past quarters to another tab of that file.',
    );
  });

  it("other quarters' objectives stay out of the roll-up, and the status line counts them", () => {
    const product = createWorkbook({
      sheets: {
        OKRs: {
          values: [
            ['ID', 'Quarter', 'Objective', 'Key Result', 'Start', 'Target', 'Current'],
            ['P1', '2026-Q3', 'Ship the beta', '', '', '', ''],
            ['P1.1', '', '', 'Beta customers', 0, 10, 10],
            ['P2', '', 'Launch', '', '', '', ''],
            ['P2.1', '', '', 'Paying customers', 0, 10, 4],
          ],
        },
      },
    });
    const { addon, workbook } = company([['Product', product.url(), '']]);
    workbook.allowImportFrom(product);
    addon.run('rollUpTeams');
    expect(statusOf(workbook, 'Product')).toBe(
      "Connected: 1 objective, 1 key result. 1 objective of other quarters left out (only this quarter's roll up).",
    );
  });

  it('team names a formula or a number would swallow read back as typed', () => {
    const files = [productFile(), supportFile(), productFile()];
    const names = ['=Sales', '1/2', '+Ops'];
    const { addon, workbook } = company(names.map((name, n) => [name, files[n]?.url() ?? '', n === 1 ? 'OKR' : '']));
    for (const file of files) workbook.allowImportFrom(file);
    addon.run('rollUpTeams');
    expect(
      workbook
        .read('Team OKRs')
        .values()[0]
        ?.filter((text) => names.includes(String(text))),
    ).toEqual(names);
    expect(statusOf(workbook, '=Sales')).toBe('Connected: 1 objective, 2 key results.');
    expect(lastToast(addon)).toMatch(/^Team OKRs: 3 teams connected/);
  });
});
