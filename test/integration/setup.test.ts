import { describe, expect, it } from 'vitest';
import { DESIGN_KPI_HEADER, DESIGN_OKR_HEADER } from '../fixtures/examples';
import { GREEN, column, open } from './harness';

describe('Set up tabs', () => {
  it('creates KPIs and OKRs with headers, a frozen header row, formats, validation and scored examples', () => {
    const { workbook, addon } = open({ Sheet1: { values: [] } });
    addon.run('setUpTabs');
    expect(workbook.sheetNames()).toEqual(['Sheet1', 'KPIs', 'OKRs', 'Owners']);

    const kpis = workbook.read('KPIs');
    expect(kpis.values()[0]).toEqual(DESIGN_KPI_HEADER);
    expect(kpis.frozenRows).toBe(1);
    expect(kpis.validation('H2')).toMatchObject({
      criteria: 'VALUE_IN_LIST',
      values: [['daily', 'weekly', 'monthly', 'quarterly', 'yearly'], true],
    });
    expect(kpis.validation('L2')).toMatchObject({
      criteria: 'VALUE_IN_LIST',
      values: [['health', 'strategic', 'operational'], true],
    });
    expect(kpis.cell('E2').numberFormat).toBe('$#,##0');
    expect(kpis.cell('F3').numberFormat).toBe('0.0#%');
    expect(kpis.cell('I2').numberFormat).toBe('yyyy-mm-dd');
    // The example watch lines: MRR under 275,000 and uptime under 99.95% are watched.
    expect([kpis.cell('J2').value, kpis.cell('J2').numberFormat]).toEqual([275000, '$#,##0']);
    expect([kpis.cell('J5').value, kpis.cell('J5').numberFormat]).toEqual([0.9995, '0.0#%']);
    expect(kpis.cell('L2').value).toBe('health');
    expect(column(workbook, 'KPIs', 'Status')).toEqual(['WARN', 'ALERT', 'ALERT', 'WARN', 'ALERT', 'ALERT']);

    const okrs = workbook.read('OKRs');
    expect(okrs.values()[0]).toEqual(DESIGN_OKR_HEADER);
    expect(okrs.frozenRows).toBe(1);
    expect(okrs.validation('L2')).toMatchObject({ criteria: 'NUMBER_BETWEEN', values: [0, 10] });
    expect(okrs.validation('H9')).toMatchObject({ criteria: 'CHECKBOX' });
    expect(okrs.cell('H9').value).toBe(false);
    expect(new Set(column(workbook, 'OKRs', 'Quarter'))).toEqual(new Set(['2026-Q4']));
    // The falling churn KR (8% → 4%, now 5.5%) scores 0.63; the response-time KR follows its KPI (6 h): 0.9;
    // O2 weighs its contracts KR twice: (0.63 + 2 × 0.25 + 0) / 4 = 0.28.
    expect(column(workbook, 'OKRs', 'Score')).toEqual([0.69, 0.63, 0.9, 0.55, 0.28, 0.63, 0.25, 0]);
    expect(okrs.cell('Q3').background).toBe(GREEN); // O1.1's status, ON TRACK
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/^Created KPIs and OKRs with example rows\. 6 KRs scored/);

    // Owners lists every owner the examples name, the addresses left to the team, with an e-mail rule on Email.
    const owners = workbook.read('Owners');
    expect(owners.values()).toEqual([
      ['Name', 'Email'],
      ['Finance lead', ''],
      ['Head of CS', ''],
      ['Marketing lead', ''],
      ['People lead', ''],
      ['Sales lead', ''],
      ['Security lead', ''],
      ['SRE lead', ''],
      ['Support lead', ''],
    ]);
    expect(owners.frozenRows).toBe(1);
    expect(owners.validation('B2')).toMatchObject({ criteria: 'TEXT_IS_VALID_EMAIL' });
    expect(addon.ui.toasts.at(-1)?.message).toMatch(
      /Created Owners: add each person's e-mail address there for reminders\.$/,
    );
  });

  it('never touches an existing Owners tab', () => {
    const mine = [
      ['Name', 'Email'],
      ['Ann', 'ann@example.com'],
    ];
    const { workbook, addon } = open({ Owners: { values: mine } });
    addon.run('setUpTabs');
    expect(workbook.read('Owners').values()).toEqual(mine);
    expect(workbook.sheetNames()).toEqual(['Owners', 'KPIs', 'OKRs']);
    expect(addon.ui.toasts.at(-1)?.message).not.toMatch(/Owners/);
  });

  it('never touches an existing tab of that name and says so', () => {
    const mine = [['My own KPI list'], ['Revenue']];
    const { workbook, addon } = open({ kpis: { values: mine } });
    addon.run('setUpTabs');
    expect(workbook.read('kpis').values()).toEqual(mine);
    expect(workbook.sheetNames()).toEqual(['kpis', 'OKRs', 'Owners']);
    expect(addon.ui.alerts.at(-1)?.message).toBe(
      'Created OKRs with example rows. kpis already exists and was left exactly as it is. ' +
        "Created Owners: add each person's e-mail address there for reminders. " +
        'Run Refresh scores & colours to score them.',
    );
  });

  it('run twice, changes nothing the second time', () => {
    const { workbook, addon } = open({});
    addon.run('setUpTabs');
    const first = JSON.stringify(workbook.toJSON());
    addon.run('setUpTabs');
    expect(JSON.stringify(workbook.toJSON())).toBe(first);
    expect(addon.ui.alerts.at(-1)?.message).toBe(
      'KPIs, OKRs and Owners already exist: left exactly as they are. Nothing was created.',
    );
  });
});
