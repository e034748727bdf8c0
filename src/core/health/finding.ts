// One health check finding: which rule, where (tab and sheet row), what is wrong and how to fix it.
import type { CheckInLookup } from '../checkIns';
import type { KpiRowResult } from '../kpiTable';
import type { Objective } from '../okrBook';
import type { Quarter } from '../quarter';
import type { RecoveryDraft } from './recovery';

export type RuleId =
  | 'too-many-objectives' | 'key-result-count' | 'no-owner' | 'task-like-key-result' | 'no-recent-check-in'
  | 'early-perfect-score' | 'kpi-without-range' | 'kpi-out-of-range' | 'unknown-kpi' | 'objective-without-kpi';

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

export interface KpiInfo {
  readonly result: KpiRowResult;
  readonly owner: string;
  readonly unit: string;
  readonly min?: number;
  readonly max?: number;
  readonly current?: number;
}

export interface Reading {
  readonly date: Date;
  readonly value: number;
}

/** Everything the rules look at, read once. Rows are 0-based indexes into each tab's values. */
export interface HealthBook {
  readonly okrTab: string;
  readonly kpiTab: string;
  readonly objectives: readonly Objective[];
  readonly kpis: readonly KpiInfo[];
  /** KPI ID by lower-cased ID or name. */
  readonly kpiIds: ReadonlyMap<string, string>;
  readonly checkIns: CheckInLookup;
  /** Readings by lower-cased KPI ID, oldest first, from KPI History and Check-ins. */
  readonly readings: ReadonlyMap<string, readonly Reading[]>;
  readonly hasOwnerColumn: boolean;
  readonly today: Date;
  readonly quarter: Quarter;
  readonly fiscalStartMonth: number;
}

export type Rule = (book: HealthBook) => Finding[];

export function okrFinding(book: HealthBook, rule: RuleId, row: number, what: string, fix: string): Finding {
  return { rule, tab: book.okrTab, row: row + 1, what, fix };
}
