// Closing a quarter takes many service calls and Apps Script can stop at any of them. Each step is
// recorded in DocumentProperties once done, with what a re-run needs to redo a step exactly (where the
// rows were appended, which copies existed), so a re-run finishes the job instead of repeating it.

import * as z from 'zod/mini';
import { boundMoveSchema } from './kpiBounds';

export const CLOSE_STEPS = ['scores', 'archive', 'history', 'bounds', 'roll', 'log'] as const;

export type CloseStep = (typeof CLOSE_STEPS)[number];

export const STEP_TITLES: Record<CloseStep, string> = {
  scores: 'Final scores and statuses written',
  archive: 'OKRs archived',
  history: 'KPIs recorded in KPI History',
  bounds: 'KPI bounds moved',
  roll: 'OKRs rolled to the next quarter',
  log: 'Summary added to Quarter log',
};

export const closeModeSchema = z.enum(['keep', 'empty']);
export type CloseMode = z.infer<typeof closeModeSchema>;

const journalSchema = z.object({
  quarter: z.string(),
  next: z.string(),
  archive: z.string(),
  mode: closeModeSchema,
  /** Day of the close, `2026-11-23`: every row the close writes carries it, however late the re-run. */
  date: z.string(),
  done: z.array(z.enum(CLOSE_STEPS)),
  /** Names of `Copy of …` tabs before the archive copy was made: any other is the close's own copy. */
  copiesBefore: z.optional(z.array(z.string())),
  historyRow: z.optional(z.number()),
  logRow: z.optional(z.number()),
  /** The roll's cell updates are in; only its row deletions (found by ID) may remain. */
  rolledValues: z.optional(z.boolean()),
  boundMoves: z.array(boundMoveSchema),
});

export type Journal = z.infer<typeof journalSchema>;

/** DocumentProperties keeps at most 9 KB per value. */
const JOURNAL_LIMIT = 9 * 1024;

export function readJournal(text: string | null): Journal | undefined {
  if (text === null) return undefined;
  try {
    const parsed = journalSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The journal as stored; throws before the close starts if it could not be saved. */
export function writeJournal(journal: Journal): string {
  const text = JSON.stringify(journal);
  // UTF-8 bytes without TextEncoder, which Apps Script lacks.
  if (encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, 'x').length > JOURNAL_LIMIT) {
    throw new Error(
      `This close would move ${journal.boundMoves.length} KPI bounds: too many to record safely. ` +
        'Close fewer key results linked to KPIs at once, or move some bounds by hand first.',
    );
  }
  return text;
}

export function isFinished(journal: Journal): boolean {
  return CLOSE_STEPS.every((step) => journal.done.includes(step));
}
