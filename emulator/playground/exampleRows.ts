// The example rows of the product design (its classic KPIs and OKRs), as a team would keep
// them in Sheets: percent cells hold fractions, dates are Dates. "Today" for these rows is 2026-11-23, mid
// 2026-Q4: tests pin it, and the playground's demo shifts the rows to the real today.
import type { CellValue } from '../cells';

const d = (iso: string, time = '00:00'): Date => new Date(`${iso}T${time}:00Z`);

export const TODAY = new Date('2026-11-23T09:00:00Z');

export const KPI_ROWS: CellValue[][] = [
  ['ID', 'KPI', 'Owner', 'Unit', 'Min', 'Max', 'Current', 'Cadence', 'Updated', 'Status'],
  ['K1', 'Monthly recurring revenue', 'Finance lead', '$', 250000, '', 262000, 'monthly', d('2026-11-01'), ''],
  ['K2', 'Customer churn rate', 'Head of CS', '%', '', 0.03, 0.041, 'monthly', d('2026-11-01'), ''],
  ['K3', 'Net Promoter Score', 'Head of CS', '', 45, '', 41, 'quarterly', d('2026-10-01'), ''],
  ['K4', 'Gross margin', 'Finance lead', '%', 0.6, '', 0.64, 'monthly', d('2026-11-01'), ''],
  ['K5', 'Website uptime', 'SRE lead', '%', 0.999, '', 0.9994, 'weekly', d('2026-11-20'), ''],
  ['K6', 'Employee attendance rate', 'People lead', '%', 0.95, '', 0.97, 'monthly', d('2026-11-01'), ''],
  ['K7', 'Training completion rate', 'People lead', '%', 0.9, '', 0.82, 'quarterly', d('2026-10-01'), ''],
  ['K8', 'On-time delivery rate', 'Ops lead', '%', 0.95, '', 0.96, 'weekly', d('2026-11-20'), ''],
  ['K9', 'Support first response time', 'Support lead', 'hours', '', 4, 6, 'weekly', d('2026-11-20'), ''],
  ['K10', 'Burn rate', 'Finance lead', '$', '', 180000, 165000, 'monthly', d('2026-11-01'), ''],
];

const OKR_HEADER = ['ID', 'Quarter', 'Objective', 'Key Result', 'Owner', 'Start', 'Target', 'Current', 'Unit', 'Due',
  'Confidence', 'KPI', 'Score', 'Status', 'Last check-in'];
const end = d('2026-12-31');

/** Grouped layout: each objective on its own row above its key results. */
export const GROUPED_OKR_ROWS: CellValue[][] = [
  OKR_HEADER,
  ['O1', '2026-Q4', 'Retain customers and stabilize the base', '', 'Head of CS', '', '', '', '', '', '', '', '', '', ''],
  ['O1.1', '2026-Q4', '', 'Reduce customer churn', 'Head of CS', 0.08, 0.04, 0.055, '%', end, 6, 'K2', '', '', ''],
  ['O1.2', '2026-Q4', '', 'Reduce 30-day drop-off rate', 'Product lead', 0.4, 0.15, 0.31, '%', end, 5, '', '', '', ''],
  ['O1.3', '2026-Q4', '', 'Cut support first response time', 'Support lead', 24, 4, 9, 'hours', end, 7, 'K9', '', '', ''],
  ['O2', '2026-Q4', 'Build a predictable revenue engine in Southeast Asia', '', 'Sales lead', '', '', '', '', '', '', '', '', '', ''],
  ['O2.1', '2026-Q4', '', 'Generate qualified inbound leads from Malaysia and Singapore', 'Marketing lead', 0, 60, 38, '', end, 7, '', '', '', ''],
  ['O2.2', '2026-Q4', '', 'Close enterprise contracts above $15000', 'Sales lead', 0, 8, 2, '', end, 4, '', '', '', ''],
  ['O2.3', '2026-Q4', '', 'Achieve partner-sourced pipeline', 'Partnerships lead', 0, 200000, 90000, '$', end, 5, '', '', '', ''],
  ['O3', '2026-Q4', 'Transform the customer onboarding experience', '', 'Product lead', '', '', '', '', '', '', '', '', '', ''],
  ['O3.1', '2026-Q4', '', 'Reduce time-to-value', 'Product lead', 14, 5, 9, 'days', end, 6, '', '', '', ''],
  ['O3.2', '2026-Q4', '', 'Raise Net Promoter Score', 'Head of CS', 30, 50, 41, '', end, 5, 'K3', '', '', ''],
  ['O3.3', '2026-Q4', '', 'Increase feature adoption', 'Product lead', 0.22, 0.4, 0.33, '%', end, 6, '', '', '', ''],
];

/** Flat layout: the objective repeated on every key result row, no objective rows. */
export const FLAT_OKR_ROWS: CellValue[][] = [
  OKR_HEADER,
  ...GROUPED_OKR_ROWS.slice(1).flatMap((row, index, rows) => {
    if (row[2] !== '') return [];
    const objective = rows.slice(0, index).reverse().find((above) => above[2] !== '')?.[2] ?? '';
    return [[...row.slice(0, 2), objective, ...row.slice(3)]];
  }),
];

/** A quarter of weekly check-ins: churn and leads improving, contracts silent for weeks (stale), NPS rising. */
export const CHECK_IN_ROWS: CellValue[][] = [
  ['Timestamp', 'Quarter', 'ID', 'Item', 'Kind', 'Value', 'Confidence', 'Note', 'By'],
  [d('2026-10-06', '16:20'), '2026-Q4', 'O1.1', 'Reduce customer churn', 'KR', 0.075, 6, 'Exit survey live', 'Head of CS'],
  [d('2026-10-13', '10:05'), '2026-Q4', 'O2.1', 'Generate qualified inbound leads from Malaysia and Singapore', 'KR', 14, 7, '', 'Marketing lead'],
  [d('2026-10-15', '09:40'), '2026-Q4', 'O2.2', 'Close enterprise contracts above $15000', 'KR', 1, 5, 'First deal signed', 'Sales lead'],
  [d('2026-10-20', '16:00'), '2026-Q4', 'O1.1', 'Reduce customer churn', 'KR', 0.066, 6, '', 'Head of CS'],
  [d('2026-10-27', '11:30'), '2026-Q4', 'O2.1', 'Generate qualified inbound leads from Malaysia and Singapore', 'KR', 25, 7, 'Webinar with the Singapore partner', 'Marketing lead'],
  [d('2026-10-29', '17:10'), '2026-Q4', 'O2.2', 'Close enterprise contracts above $15000', 'KR', 2, 4, 'Two deals slipped to January', 'Sales lead'],
  [d('2026-11-01', '08:00'), '2026-Q4', 'K2', 'Customer churn rate', 'KPI', 0.041, '', 'October close', 'Head of CS'],
  [d('2026-11-03', '15:45'), '2026-Q4', 'O1.1', 'Reduce customer churn', 'KR', 0.06, 6, '', 'Head of CS'],
  [d('2026-11-05', '12:00'), '2026-Q4', 'O3.2', 'Raise Net Promoter Score', 'KR', 38, 5, '', 'Head of CS'],
  [d('2026-11-10', '10:15'), '2026-Q4', 'O2.1', 'Generate qualified inbound leads from Malaysia and Singapore', 'KR', 31, 7, '', 'Marketing lead'],
  [d('2026-11-17', '16:30'), '2026-Q4', 'O1.1', 'Reduce customer churn', 'KR', 0.055, 6, 'Win-back campaign working', 'Head of CS'],
  [d('2026-11-19', '14:00'), '2026-Q4', 'O3.2', 'Raise Net Promoter Score', 'KR', 41, 5, 'Onboarding survey up', 'Head of CS'],
  [d('2026-11-20', '09:30'), '2026-Q4', 'O2.1', 'Generate qualified inbound leads from Malaysia and Singapore', 'KR', 38, 7, '', 'Marketing lead'],
];
