import type { KpiRowResult } from './kpiTable';
import type { OkrRowResult } from './okrTable';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The toast after a refresh: `12 KRs scored · 3 KPIs in ALERT · 1 row needs attention`. */
export function refreshSummary(okrs: readonly OkrRowResult[], kpis: readonly KpiRowResult[]): string {
  const scored = okrs.filter((row) => row.kind === 'keyResult' && row.score !== '').length;
  const alerts = kpis.filter((row) => row.flag === 'ALERT').length;
  const attention = [...okrs, ...kpis].filter((row) => row.status.startsWith('INVALID')).length;
  const ids = [...okrs, ...kpis].filter((row) => row.newId !== undefined).length;
  return [
    count(scored, 'KR scored', 'KRs scored'),
    count(alerts, 'KPI in ALERT', 'KPIs in ALERT'),
    attention === 1 ? '1 row needs attention' : `${attention} rows need attention`,
    ...(ids > 0 ? [count(ids, 'ID added', 'IDs added')] : []),
  ].join(' · ');
}
