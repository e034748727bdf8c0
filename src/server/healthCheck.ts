import * as z from 'zod/mini';
import type { Finding } from '../core/health/finding';
import { idText } from '../core/checkIn/plan';
import { runHealthCheck } from '../core/health/index';
import { recoveryRows } from '../core/health/recovery';
import { present } from '../core/present';
import { cellsAsWritten } from '../sheets/writeCells';
import { busy, withDocumentLock } from '../sheets/lock';
import { showSidebarPanel } from '../sheets/panel';
import { readHealth, selectRow } from '../sheets/healthInput';
import { refreshWorkbook } from '../sheets/refreshWorkbook';

/** Menu: Health check opens the findings in the sidebar. */
export function healthCheck(): void {
  showSidebarPanel('healthCheck', 'Health check');
}

type FindingsReply = { ok: true; findings: Finding[] } | { ok: false; message: string };

/** The findings as plain JSON; reads every tab and changes no cell. */
export function getHealthFindings(): FindingsReply {
  const read = readHealth(SpreadsheetApp.getActiveSpreadsheet(), new Date());
  if (!read.ok) return { ok: false, message: read.problems.join('\n\n') };
  return { ok: true, findings: runHealthCheck(read.health) };
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
    const read = readHealth(spreadsheet, new Date());
    if (!read.ok) throw new Error(`Nothing was added. ${read.problems.join(' ')}`);
    const { health, context } = read;
    const kpiId = parsed.data.kpiId.toLowerCase();
    const draft = runHealthCheck(health).find((finding) => finding.recovery?.kpiId.toLowerCase() === kpiId)?.recovery;
    if (draft === undefined)
      throw new Error(
        `Nothing was added: ${idText(parsed.data.kpiId)} no longer needs a recovery OKR (a key result may already work on it).`,
      );
    // The workbook read, so the OKRs tab it read is there.
    const sheet = present(context.tabs.okrs, 'the OKRs tab');
    const header = health.headers.okrs;
    const grouped =
      health.objectives.length === 0 || health.objectives.some((objective) => objective.ownRow !== undefined);
    const width = Math.max(header.width, 1);
    const rows = recoveryRows(draft, header, width, grouped);
    const first = sheet.getLastRow() + 1;
    sheet.getRange(first, 1, rows.length, width).setValues(cellsAsWritten(rows, context.timeZone));
    refreshWorkbook(spreadsheet, new Date());
    reply = {
      message: `Added "${draft.objective}" with the key result "${draft.keyResult}" to ${sheet.getName()} row ${first}.`,
      row: first,
    };
  });
  if (!locked || reply === undefined) throw new Error(busy('added'));
  return reply;
}
