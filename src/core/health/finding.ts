// One health check finding: which rule, where (tab and sheet row), what is wrong and how to fix it.
import type { Workbook } from '../workbook/workbook';
import type { ClosedQuarter } from './closedQuarters';
import type { RecoveryDraft } from './recovery';

export type RuleId =
  | 'too-many-objectives'
  | 'key-result-count'
  | 'no-owner'
  | 'task-like-key-result'
  | 'no-recent-check-in'
  | 'early-perfect-score'
  | 'kpi-without-range'
  | 'kpi-out-of-range'
  | 'unknown-kpi'
  | 'objective-without-kpi'
  | 'kpi-without-owner'
  | 'key-result-restates-kpi'
  | 'targets-too-easy'
  | 'kpi-plateau'
  | 'parent-names-nothing'
  | 'parent-loop'
  | 'unaligned-objective';

export interface Finding {
  readonly rule: RuleId;
  readonly tab: string;
  /** 1-based sheet row, for the link that selects it. */
  readonly row: number;
  readonly what: string;
  readonly fix: string;
  /** For a KPI out of range with no key result on it, or one that plateaus: an OKR one click adds. */
  readonly recovery?: RecoveryDraft;
  /** An opportunity offered, not a mistake reported (a plateau). */
  readonly suggestion?: true;
}

/** The workbook model, and the tab names findings point at. Rows are 0-based indexes into each tab's values. */
export interface HealthContext extends Workbook {
  readonly okrTab: string;
  readonly kpiTab: string;
  /** The newest closes in the Quarter log, newest last; absent when there is no log. */
  readonly closedQuarters?: readonly ClosedQuarter[];
}

export type Rule = (context: HealthContext) => Finding[];

export function kpiFinding(
  context: HealthContext,
  kpi: { readonly row: number },
  rule: RuleId,
  what: string,
  fix: string,
): Finding {
  return { rule, tab: context.kpiTab, row: kpi.row + 1, what, fix };
}

export function okrFinding(context: HealthContext, rule: RuleId, row: number, what: string, fix: string): Finding {
  return { rule, tab: context.okrTab, row: row + 1, what, fix };
}
