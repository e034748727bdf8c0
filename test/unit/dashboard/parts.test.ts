import { describe, expect, it } from 'vitest';
import { GREEN, GREY, MUTED, RED, YELLOW } from '../../../src/core/colours';
import { columnLetters, rangeA1 } from '../../../src/core/dashboard/a1';
import { scoreBar } from '../../../src/core/dashboard/scoreBar';
import { isAddonDashboard } from '../../../src/core/dashboard/ownership';
import { OVERWRITE_NOTE } from '../../../src/core/dashboard/layout';
import { NO_TEAM, spread, steeringLines, teamGroups } from '../../../src/core/dashboard/steering';
import { keyResultCountRows, kpiCountRows, quarterDay } from '../../../src/core/dashboard/top';
import {
  NOBODY_ON_IT,
  healthyRange,
  keyResultsText,
  statusText,
  vitalSigns,
} from '../../../src/core/dashboard/vitalSigns';
import { quarterOf } from '../../../src/core/quarter';
import type { ImportedObjective } from '../../../src/core/teams/importedOkrs';
import { fakeKeyResult, fakeKpi, fakeObjective } from '../fakeModel';

const TODAY = new Date(2026, 10, 23);

describe('the top of the dashboard', () => {
  it('says how far into the quarter today is, counting its first day as day 1', () => {
    expect(quarterDay(TODAY, quarterOf(TODAY))).toBe('day 54 of 92');
    expect(quarterDay(new Date(2026, 9, 1), quarterOf(TODAY))).toBe('day 1 of 92');
    expect(quarterDay(new Date(2026, 11, 31), quarterOf(TODAY))).toBe('day 92 of 92');
  });

  it('counts KPIs by status, an INVALID one whatever its reason, each count in its colour', () => {
    const kpis = ['OK', 'OK', 'WARN', 'ALERT', 'STALE', 'NO DATA', 'INVALID: Min above Max'].map((status, index) =>
      fakeKpi({ id: `K${index}`, status }),
    );
    const [titles, counts] = kpiCountRows(kpis);
    expect(titles?.map((cell) => cell.value)).toEqual(['KPIs', 'OK', 'WARN', 'ALERT', 'STALE', 'NO DATA', 'INVALID']);
    expect(counts?.map((cell) => cell.value)).toEqual(['', 2, 1, 1, 1, 1, 1]);
    expect(counts?.map((cell) => cell.background)).toEqual([undefined, GREEN, YELLOW, RED, GREY, GREY, '#e1d5e7']);
  });

  it('counts a stale key result under its status and once more under stale', () => {
    const keyResults = [
      'DONE',
      'ON TRACK',
      'AT RISK (stale)',
      'OFF TRACK',
      'NO DATA',
      'INVALID: target equals start',
    ].map((status, index) => fakeKeyResult({ id: `O1.${index}`, row: index, status }));
    const [titles, counts] = keyResultCountRows(keyResults);
    expect(titles?.map((cell) => cell.value)).toEqual([
      'Key results',
      'DONE',
      'ON TRACK',
      'AT RISK',
      'OFF TRACK',
      'NO DATA',
      'INVALID',
      'stale',
    ]);
    expect(counts?.map((cell) => cell.value)).toEqual(['', 1, 1, 1, 1, 1, 1, 1]);
    expect(counts?.[8 - 1]?.background).toBe(MUTED);
    // A team file's key results count too, under the status their own file gives them: the steering lists them.
    const team = {
      id: 'T1',
      text: 'Win EMEA',
      owner: '',
      team: 'Sales',
      parent: '',
      quarter: '2026-Q4',
      score: 0.5,
      status: 'ON TRACK',
      source: 'https://docs.google.com/spreadsheets/d/abc/edit',
      keyResults: [
        { id: 'T1.1', text: 'a', owner: '', score: 1, status: 'DONE', weight: 1 },
        { id: 'T1.2', text: 'b', owner: '', score: 0.2, status: 'OFF TRACK (stale)', weight: 1 },
      ],
    };
    const [, withTeam] = keyResultCountRows(keyResults, [team]);
    expect(withTeam?.map((cell) => cell.value)).toEqual(['', 2, 1, 1, 2, 1, 1, 2]);
  });
});

describe('vital signs', () => {
  const kr = fakeKeyResult({ id: 'O1.1', row: 3, text: 'Cut churn to 3%', kpi: 'K2' });

  it('lists ALERT, WARN, STALE, NO DATA and INVALID, then OK; out of range with nobody on it first within each', () => {
    const kpis = [
      fakeKpi({ id: 'K1', status: 'OK', flag: 'OK' }),
      fakeKpi({ id: 'K2', status: 'ALERT', flag: 'ALERT' }),
      fakeKpi({ id: 'K3', status: 'NO DATA' }),
      fakeKpi({ id: 'K4', status: 'ALERT', flag: 'ALERT' }),
      fakeKpi({ id: 'K5', status: 'STALE', flag: 'OK' }),
      fakeKpi({ id: 'K6', status: 'WARN', flag: 'WARN' }),
      fakeKpi({ id: 'K7', status: 'INVALID: Min above Max' }),
      fakeKpi({ id: 'K8', status: 'STALE', flag: 'ALERT' }),
    ];
    const signs = vitalSigns({ kpis, keyResults: [kr], readings: new Map(), today: TODAY });
    expect(signs.map((sign) => sign.kpi.id)).toEqual(['K4', 'K2', 'K6', 'K8', 'K5', 'K3', 'K7', 'K1']);
    expect(signs.map((sign) => sign.nobodyOnIt)).toEqual([true, false, false, true, false, false, false, false]);
    expect(signs.map(keyResultsText)).toEqual([NOBODY_ON_IT, 'Cut churn to 3%', '', NOBODY_ON_IT, '', '', '', '']);
  });

  it("finds a KPI's key results by its name as well as its ID", () => {
    const kpi = fakeKpi({ id: 'K9', name: 'Churn', status: 'OK', flag: 'OK' });
    const byName = fakeKeyResult({ id: 'O2.1', row: 5, text: 'Hold churn', kpi: ' churn ' });
    expect(vitalSigns({ kpis: [kpi], keyResults: [byName], readings: new Map(), today: TODAY })[0]?.keyResults).toEqual(
      [byName],
    );
  });

  it('trends the readings one a day, oldest first, Current last', () => {
    const kpi = fakeKpi({ id: 'K1', status: 'OK', flag: 'OK', current: 9, updated: new Date(2026, 10, 20) });
    const readings = new Map([
      [
        'k1',
        [
          { at: new Date(2026, 9, 1), value: 5 },
          { at: new Date(2026, 8, 1), value: 4 },
          { at: new Date(2026, 9, 1, 12), value: 6 },
        ],
      ],
    ]);
    expect(vitalSigns({ kpis: [kpi], keyResults: [], readings, today: TODAY })[0]?.trend).toEqual([4, 6, 9]);
  });

  it('writes the range in the unit and the early warning beside the status', () => {
    expect(healthyRange(fakeKpi({ id: 'K1', unit: '%', min: 0.5, max: 0.9 }))).toBe('50% – 90%');
    expect(healthyRange(fakeKpi({ id: 'K1', unit: '$', min: 1200 }))).toBe('≥ $1,200');
    expect(healthyRange(fakeKpi({ id: 'K1', unit: 'days', max: 4 }))).toBe('≤ 4 days');
    expect(statusText(fakeKpi({ id: 'K1', status: 'WARN', earlyWarning: 'heading below Min by about 14 Dec' }))).toBe(
      'WARN — heading below Min by about 14 Dec',
    );
  });
});

describe('steering', () => {
  const imported: ImportedObjective = {
    id: 'O1',
    text: 'Win EMEA',
    owner: 'Eva',
    team: 'Sales',
    parent: '',
    quarter: '2026-Q4',
    score: 0.55,
    status: 'AT RISK',
    keyResults: [{ id: 'O1.1', text: 'Close 5 deals', owner: 'Eva', score: 0.55, status: 'AT RISK', weight: 1 }],
    source: 'https://docs.google.com/spreadsheets/d/x',
  };

  it('groups by team in the order teams appear, imported objectives under their team, the rest under No team', () => {
    const local = fakeObjective('O1', 1, [], { team: 'Sales' });
    const loner = fakeObjective('O2', 5, []);
    const product = fakeObjective('O3', 9, [], { team: 'Product' });
    const groups = teamGroups([local, loner, product], [imported]);
    expect(
      groups.map((group) => [group.team, group.objectives.map((item) => `${item.kind} ${item.objective.id}`)]),
    ).toEqual([
      ['Sales', ['local O1', 'imported O1']],
      [NO_TEAM, ['local O2']],
      ['Product', ['local O3']],
    ]);
  });

  it('has one untitled group when no objective has a team', () => {
    const groups = teamGroups([fakeObjective('O1', 1, []), fakeObjective('O2', 4, [])], []);
    expect(groups.map((group) => group.team)).toEqual(['']);
    expect(steeringLines(groups).every((line) => !String(line[0]?.value).startsWith('Team'))).toBe(true);
  });

  it('marks an imported objective and shows its own file’s score and status, in their colours', () => {
    const [title, objective, keyResult] = steeringLines(teamGroups([], [imported]));
    expect(title?.map((cell) => cell.value)).toEqual(['Team: Sales']);
    expect(objective?.map((cell) => cell.value)).toEqual([
      '(imported) Win EMEA',
      'Eva',
      'Sales',
      0.55,
      '██████░░░░',
      'AT RISK',
      '0.55',
      '',
      '',
    ]);
    expect(objective?.slice(3, 6).map((cell) => cell.background)).toEqual([YELLOW, YELLOW, YELLOW]);
    expect(keyResult?.[0]?.value).toBe('    Close 5 deals');
  });

  it("shows a key result's confidence, last check-in and stale status in the muted colour", () => {
    const stale = fakeKeyResult({
      id: 'O1.1',
      row: 2,
      text: 'Ship',
      score: 0.3,
      status: 'OFF TRACK (stale)',
      confidence: 4,
      lastCheckIn: new Date(2026, 9, 2),
      ownerOrObjective: 'Ana',
    });
    const fresh = fakeKeyResult({ id: 'O1.2', row: 3, score: 0.8, lastCheckIn: new Date(2026, 10, 20) });
    const lines = steeringLines(teamGroups([fakeObjective('O1', 1, [stale, fresh], { score: 0.55 })], []));
    expect(lines[0]?.[6]?.value).toBe('0.30–0.80');
    expect(lines[0]?.[8]?.value).toEqual(new Date(2026, 10, 20));
    expect(lines[1]?.map((cell) => cell.value)).toEqual([
      '    Ship',
      'Ana',
      '',
      0.3,
      '███░░░░░░░',
      'OFF TRACK (stale)',
      '',
      4,
      new Date(2026, 9, 2),
    ]);
    expect(lines[1]?.[3]?.background).toBe(RED);
    expect(lines[1]?.[5]?.background).toBe(MUTED);
  });

  it('spreads key result scores from lowest to highest', () => {
    expect(spread([0.9, '', 0.2])).toBe('0.20–0.90');
    expect(spread([0.5])).toBe('0.50');
    expect(spread(['', ''])).toBe('');
  });
});

describe('small parts', () => {
  it('draws a score as ten blocks, and nothing without a score', () => {
    expect(scoreBar(0.7)).toBe('███████░░░');
    expect(scoreBar(0)).toBe('░░░░░░░░░░');
    expect(scoreBar(1)).toBe('██████████');
    expect(scoreBar('')).toBe('');
  });

  it('names columns and ranges in A1 notation', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(rangeA1(5, 24, 1, 3)).toBe('X5:Z5');
    expect(rangeA1(1, 1, 1, 1)).toBe('A1');
  });
});

describe('whose Dashboard tab it is', () => {
  it("rebuilds the add-on's own tab or an empty one, never a person's own tab of that name", () => {
    const empty = () => ({ lastRow: 0, charts: 0 });
    const unread = () => {
      throw new Error('the first row decides: the rest of the tab is not read');
    };
    expect(isAddonDashboard(['Dashboard', '2026-Q4', 'day 54 of 92', OVERWRITE_NOTE], unread)).toBe(true);
    expect(isAddonDashboard([], empty)).toBe(true);
    expect(isAddonDashboard(['', '', '', ''], empty)).toBe(true);
    expect(isAddonDashboard(['Dashboard', 'Sales', '', ''], unread)).toBe(false);
    expect(isAddonDashboard(['Revenue', '', '', OVERWRITE_NOTE], unread)).toBe(false);
    // A blank first row over a person's own rows, or under their chart, is their tab.
    expect(isAddonDashboard(['', '', '', ''], () => ({ lastRow: 12, charts: 0 }))).toBe(false);
    expect(isAddonDashboard(['', '', '', ''], () => ({ lastRow: 0, charts: 1 }))).toBe(false);
  });
});
