import { describe, it, expect } from 'vitest';
import type { Kpi, KpiRow } from '../../src/core/kpi/kpis';
import type { KeyResult, Objective, OkrRow } from '../../src/core/okr/okrs';
import { refreshSummary } from '../../src/core/workbook/summary';
import { fakeKeyResult, fakeKpi, fakeObjective, fakeWorkbook } from './fakeModel';

function okr(fields: Partial<KeyResult>): KeyResult {
  return fakeKeyResult({ row: 1, id: 'O1.1', score: 0.5, status: 'ON TRACK', lastCheckIn: '', ...fields });
}

/** An objective row (grouped layout): its own score and status, never a KR scored. */
function objective(fields: Partial<Objective>): Objective & { ownRow: number } {
  return { ...fakeObjective('O1', 1, []), ...fields, ownRow: 1 };
}

const blank: OkrRow = { kind: 'blank', row: 1, id: '' };

function kpi(fields: Partial<Kpi>): Kpi {
  return fakeKpi({ row: 1, id: 'K1', name: 'MRR', status: 'OK', colour: null, flag: 'OK', ...fields });
}

describe('refreshSummary', () => {
  it.each<[string, OkrRow[], KpiRow[], string]>([
    ['nothing at all', [], [], '0 KRs scored · 0 KPIs in ALERT · 0 rows need attention'],
    [
      'one of each, in the singular',
      [okr({ newId: 'O1.1' })],
      [kpi({ status: 'ALERT', flag: 'ALERT' }), kpi({ status: 'INVALID: Min is above Max', flag: undefined })],
      '1 KR scored · 1 KPI in ALERT · 1 row needs attention · 1 ID added',
    ],
    [
      'the DESIGN example',
      [
        ...Array.from({ length: 12 }, (_, i) => okr({ row: i + 1 })),
        okr({ row: 13, score: '', status: 'INVALID: Start: missing' }),
      ],
      [
        kpi({ flag: 'ALERT', status: 'ALERT' }),
        kpi({ flag: 'ALERT', status: 'ALERT' }),
        kpi({ flag: 'ALERT', status: 'ALERT' }),
        kpi({ flag: 'WARN', status: 'WARN' }),
      ],
      '12 KRs scored · 3 KPIs in ALERT · 1 row needs attention',
    ],
    [
      'objective scores, KRs without a score and blank rows are not KRs scored',
      [
        objective({ score: 0.7, status: 'ON TRACK' }),
        okr({ score: 0, status: 'OFF TRACK' }), // a zero is a score
        okr({ score: '', status: 'NO DATA' }),
        blank,
      ],
      [],
      '1 KR scored · 0 KPIs in ALERT · 0 rows need attention',
    ],
    [
      'a STALE KPI out of range counts as in ALERT; WARN, OK and NO DATA do not',
      [],
      [
        kpi({ status: 'STALE', flag: 'ALERT' }),
        kpi({ status: 'STALE', flag: 'OK' }),
        kpi({ status: 'WARN', flag: 'WARN' }),
        kpi({ status: 'NO DATA', flag: undefined }),
      ],
      '0 KRs scored · 1 KPI in ALERT · 0 rows need attention',
    ],
    [
      'INVALID rows and new IDs are counted across both tabs',
      [
        objective({ score: '', status: 'INVALID: duplicate ID O1 (also on row 2)', newId: 'O2' }),
        okr({ score: '', status: 'INVALID: target equals start', newId: 'O2.1' }),
      ],
      [kpi({ status: 'INVALID: KPI name is blank', flag: undefined, newId: 'K3' })],
      '0 KRs scored · 0 KPIs in ALERT · 3 rows need attention · 3 IDs added',
    ],
  ])('%s', (_, okrs, kpis, expected) => {
    expect(refreshSummary(fakeWorkbook(okrs, kpis))).toBe(expected);
  });
});
