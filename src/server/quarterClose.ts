import * as z from 'zod/mini';
import { boundMoveText } from '../core/quarterClose/kpiBounds';
import { closeModeSchema } from '../core/quarterClose/journal';
import { confirmText } from '../core/quarterClose/kpiConfirms';
import { toast } from '../sheets/feedback';
import { closeQuarter, previewClose } from '../sheets/closeQuarter';
import { busy, withDocumentLock } from '../sheets/lock';
import { showDialogPanel } from '../sheets/panel';

/** Menu: Start new quarter… opens the preview; nothing changes until the user confirms there. */
export function startNewQuarter(): void {
  showDialogPanel('quarterClose', 'Start new quarter', { width: 560, height: 600 });
}

/** The preview as plain JSON (no Dates), or why there is nothing to close. */
export function getQuarterClosePreview() {
  const result = previewClose(SpreadsheetApp.getActiveSpreadsheet(), new Date());
  if (!result.ok) return result;
  const { plan } = result;
  return {
    ok: true as const,
    quarter: plan.quarter,
    next: plan.next,
    archive: plan.archive,
    objectives: plan.grades.objectives,
    spread: plan.grades.spread,
    keyResults: plan.grades.keyResults,
    done: plan.grades.done,
    kept: plan.kept,
    parentsLeftBehind: { keep: [...plan.parentsLeftBehind.keep], empty: [...plan.parentsLeftBehind.empty] },
    ...(plan.early === undefined ? {} : { early: { ...plan.early } }),
    boundMoves: plan.boundMoves.map((move) => ({ ...move, text: boundMoveText(move) })),
    confirms: plan.confirms.map((confirm) => ({ ...confirm, text: confirmText(confirm) })),
    ...(plan.resume === undefined ? {} : { resume: { mode: plan.resume.mode, done: [...plan.resume.done] } }),
  };
}

const confirmSchema = z.object({ mode: closeModeSchema, quarter: z.optional(z.string()) });

/** Toasts only report: one that fails must neither stop a close nor hide that it finished. */
function tell(text: string): void {
  try {
    toast(text);
  } catch {
    // The dialog shows the summary anyway.
  }
}

/** Closes the quarter under the document lock, a toast per step; the reply's message is the summary. */
export function confirmQuarterClose(payload: unknown): { ok: boolean; message: string } {
  const parsed = confirmSchema.safeParse(payload);
  if (!parsed.success) throw new Error('Nothing was changed: choose "keep unfinished key results" or "start empty".');
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let outcome: { ok: boolean; message: string } | undefined;
  try {
    const locked = withDocumentLock(() => {
      outcome = closeQuarter(spreadsheet, parsed.data.mode, new Date(), tell, parsed.data.quarter);
    });
    if (!locked || outcome === undefined) {
      return { ok: false, message: busy('changed') };
    }
  } catch (error) {
    // The close ran to its end (every step recorded after a flush): a failure after it, releasing the
    // lock, changes nothing the close did, so the person gets the summary, not the error.
    if (outcome !== undefined) {
      if (outcome.ok) tell(outcome.message);
      return outcome;
    }
    const why = error instanceof Error ? error.message : String(error);
    // The dialog shows the message: an alert now would replace the dialog it is answering.
    throw new Error(
      `Closing the quarter stopped part-way: ${why}. Nothing is lost: run Start new quarter… again to finish it.`,
    );
  }
  if (outcome.ok) tell(outcome.message);
  return outcome;
}
