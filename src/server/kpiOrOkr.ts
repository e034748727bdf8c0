import { answersSchema, draftRowSchema, payloadProblem } from '../core/checkIn/payload';
import type { DraftReply } from '../core/checkIn/draftRow';
import { recommend, type Recommendation } from '../core/checkIn/kpiOrOkr';
import { TAB_TITLES } from '../core/workbook/tabNames';
import { addDraftRow } from '../sheets/addDraftRow';
import { readCheckInState } from '../sheets/checkInView';

/** Sidebar: the KPI-or-OKR recommendation, with its reason, for the four answers. */
export function recommendKpiOrOkr(answers: unknown): Recommendation | { kind: null; reason: string } {
  const parsed = answersSchema.safeParse(answers);
  return parsed.success
    ? recommend(parsed.data)
    : { kind: null, reason: 'Answer all four questions to get a recommendation.' };
}

/** Sidebar: adds the draft as a new KPI row or a new key result under an objective; returns the new list. */
export function addKpiOrKeyResult(payload: unknown): DraftReply {
  const parsed = draftRowSchema.safeParse(payload);
  if (!parsed.success)
    return payloadProblem(parsed.error, ['name', 'owner', 'unit', 'low', 'high', 'objectiveId'] as const, payload);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const added = addDraftRow(spreadsheet, parsed.data, new Date());
  if (!added.ok) return added;
  const what =
    added.tab === 'kpis'
      ? `KPI ${added.id} to the ${TAB_TITLES.kpis} tab`
      : `key result ${added.id} to the ${TAB_TITLES.okrs} tab`;
  return {
    ok: true,
    message: `Added ${what}.`,
    state: readCheckInState(spreadsheet, new Date(), Session.getActiveUser().getEmail()),
  };
}
