import * as z from 'zod/mini';
import { healthBook } from '../core/health/book';
import type { Finding } from '../core/health/finding';
import { runHealthCheck } from '../core/health/index';
import { recoveryRows } from '../core/health/recovery';
import { findHeader } from '../core/headers';
import { cellsAsWritten } from '../sheets/writeCells';
import { busy, withDocumentLock } from '../sheets/lock';
import { showSidebarPanel } from '../sheets/panel';
import { readHealthInput, selectRow } from '../sheets/healthInput';
import { refreshBook } from '../sheets/refreshBook';
import { findTabs } from '../sheets/tabs';

/** Menu: Health check opens the findings in the sidebar. */
export function healthCheck(): void {
  showSidebarPanel('healthCheck', 'Health check');
}

type FindingsReply = { ok: true; findings: Finding[] } | { ok: false; message: string };

/** The findings as plain JSON; reads every tab and changes no cell. */
export function getHealthFindings(): FindingsReply {
  const built = healthBook(readHealthInput(SpreadsheetApp.getActiveSpreadsheet(), new Date()));
  if (!built.ok) return { ok: false, message: built.problems.join('\n\n') };
  return { ok: true, findings: runHealthCheck(built.book) };
}

// Shapes only: zod's checks (minLength, int) would add ~3 KB to the bundle for two comparisons done below.
const rowSchema = z.object({ tab: z.string(), row: z.number() });

/** Selects the row a finding names. */
export function selectHealthFinding(payload: unknown): void {
  const parsed = rowSchema.safeParse(payload);
  if (!parsed.success || parsed.data.tab === '' || !Number.isInteger(parsed.data.row) || parsed.data.row < 1) {
    throw new Error('That link names no tab and row: run the health check again.');
  }
  selectRow(SpreadsheetApp.getActiveSpreadsheet(), parsed.data.tab, parsed.data.row);
}

const recoverySchema = z.object({ kpiId: z.string() });

/** Adds the drafted recovery OKR for a KPI to the end of the OKRs tab, then scores it. */
export function addRecoveryOkr(payload: unknown): { message: string; row: number } {
  const parsed = recoverySchema.safeParse(payload);
  if (!parsed.success || parsed.data.kpiId === '') throw new Error('Nothing was added: the request names no KPI.');
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let reply: { message: string; row: number } | undefined;
  const locked = withDocumentLock(() => {
    const input = readHealthInput(spreadsheet, new Date());
    const built = healthBook(input);
    if (!built.ok) throw new Error(`Nothing was added. ${built.problems.join(' ')}`);
    const kpiId = parsed.data.kpiId.toLowerCase();
    const draft = runHealthCheck(built.book).find((finding) => finding.recovery?.kpiId.toLowerCase() === kpiId)?.recovery;
    if (draft === undefined) throw new Error(`Nothing was added: ${parsed.data.kpiId} no longer needs a recovery OKR (a key result may already work on it).`);
    const sheet = findTabs(spreadsheet).okrs!;
    const header = findHeader('okrs', input.okrs!.values);
    if (!header.ok) throw new Error('Nothing was added: the OKRs tab has no header row.');
    const grouped = built.book.objectives.length === 0 || built.book.objectives.some((objective) => objective.row !== undefined);
    const rows = recoveryRows(draft, header.header, Math.max(header.header.width, 1), grouped);
    const first = sheet.getLastRow() + 1;
    sheet.getRange(first, 1, rows.length, rows[0]!.length)
      .setValues(cellsAsWritten(rows, spreadsheet.getSpreadsheetTimeZone()));
    refreshBook(spreadsheet, new Date());
    reply = { message: `Added "${draft.objective}" with the key result "${draft.keyResult}" to ${sheet.getName()} row ${first}.`, row: first };
  });
  if (!locked || reply === undefined) throw new Error(busy('added'));
  return reply;
}
