import type { Workbook } from './workbook';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The toast after a refresh: `12 KRs scored · 3 KPIs in ALERT · 1 row needs attention`. */
export function refreshSummary(workbook: Workbook): string {
  const scored = workbook.keyResults.filter((keyResult) => keyResult.score !== '').length;
  const alerts = workbook.kpis.filter((kpi) => kpi.flag === 'ALERT').length;
  const rows = [...workbook.rows.okrs, ...workbook.rows.kpis].flatMap((row) => (row.kind === 'blank' ? [] : [row]));
  const attention = rows.filter((row) => row.status.startsWith('INVALID')).length;
  const ids = rows.filter((row) => row.newId !== undefined).length;
  return [
    count(scored, 'KR scored', 'KRs scored'),
    count(alerts, 'KPI in ALERT', 'KPIs in ALERT'),
    attention === 1 ? '1 row needs attention' : `${attention} rows need attention`,
    ...(ids > 0 ? [count(ids, 'ID added', 'IDs added')] : []),
  ].join(' · ');
}
