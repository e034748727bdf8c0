// What every job needs to know about the document before it reads a row, read once per execution and
// passed down: the time zone, today as that zone sees it, the document's settings, the tabs found.

import { toScriptLocal } from '../core/timeZone';
import { fiscalStartMonthOf, readDocumentFacts, type DocumentFacts } from './settings';
import { findTabs, type Tabs } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SheetsContext {
  readonly spreadsheet: Spreadsheet;
  readonly timeZone: string;
  /** The real instant the job started. */
  readonly now: Date;
  /** `now` in script-local wall-clock time: the day and hour the spreadsheet's zone shows. */
  readonly today: Date;
  readonly fiscalStartMonth: number;
  readonly facts: DocumentFacts;
  readonly tabs: Tabs;
}

/**
 * `timeZone` when the job already asked the spreadsheet for it, and `tabs` when it knows the tab it works on
 * (an edit): each question is a call, and an edit looks for another tab only if it needs one.
 */
export function readContext(
  spreadsheet: Spreadsheet,
  now: Date = new Date(),
  timeZone = spreadsheet.getSpreadsheetTimeZone(),
  tabs?: Tabs,
): SheetsContext {
  const facts = readDocumentFacts();
  return {
    spreadsheet,
    timeZone,
    now,
    today: toScriptLocal(now, timeZone),
    fiscalStartMonth: fiscalStartMonthOf(facts),
    facts,
    tabs: tabs ?? findTabs(spreadsheet),
  };
}
