// One health check finding: which rule, where (tab and sheet row), what is wrong and how to fix it.
import type { Workbook } from '../workbook/workbook';
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
  | 'objective-without-kpi';

export interface Finding {
  readonly rule: RuleId;
  readonly tab: string;
  /** 1-based sheet row, for the link that selects it. */
  readonly row: number;
  readonly what: string;
  readonly fix: string;
  /** For a KPI out of range with no key result on it: an OKR one click adds. */
  readonly recovery?: RecoveryDraft;
}

/** The workbook model, and the tab names findings point at. Rows are 0-based indexes into each tab's values. */
export interface HealthContext extends Workbook {
  readonly okrTab: string;
  readonly kpiTab: string;
}

export type Rule = (context: HealthContext) => Finding[];

export function okrFinding(context: HealthContext, rule: RuleId, row: number, what: string, fix: string): Finding {
  return { rule, tab: context.okrTab, row: row + 1, what, fix };
}
