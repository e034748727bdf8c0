import { findHeader, type OkrColumn, type HeaderMatch } from '../core/workbook/headers';
import type { KpiLookup } from '../core/kpi/kpis';
import type { Objective } from '../core/okr/okrs';
import { boundPatches } from '../core/quarterClose/kpiBounds';
import { closeDay, closeSummary, closedEnd, modeNote, rollNote, startJournal } from '../core/quarterClose/closeRun';
import {
  CLOSE_STEPS,
  STEP_TITLES,
  isFinished,
  type CloseMode,
  type CloseStep,
  type Journal,
} from '../core/quarterClose/journal';
import { onLiveRows } from '../core/quarterClose/liveRoll';
import { CLOSE_HISTORY_DAYS } from '../core/quarterClose/kpiConfirms';
import { KPI_HISTORY, kpiHistoryRows, quarterLogRow, summaryText } from '../core/quarterClose/logRows';
import { ofQuarter, planClose, type CloseResult } from '../core/quarterClose/plan';
import { quarterRows, removedRows, rollPatches } from '../core/quarterClose/roll';
import { applyPatches } from '../core/workbook/columnPatches';
import { planRefresh, type TableInput } from '../core/workbook/refresh';
import { present } from '../core/present';
import { plainOrQuoted } from '../core/quote';
import { buildWorkbook } from '../core/workbook/workbook';
import { archiveTab, copiesOf } from './archiveTab';
import { loadJournal, saveJournal } from './closeJournal';
import { logTab, writeRowsAt } from './logTab';
import { quarterLogTab, writeQuarterLogRow } from './quarterLog';
import { deleteRemovedRows, emptyQuarter, readLiveTable } from './rollOkrs';
import { RECENT_LOG_DAYS, REFRESH_FORMULAS } from '../core/workbook/tableReads';
import { readContext, type SheetsContext } from './context';
import { readTables, workbookInput, type Tables } from './readWorkbook';
import { readTable } from './tabs';
import { writePatches } from './writePatches';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

type Context = SheetsContext;

/** The plan, and the tabs it was made from. */
function planFor(context: Context, journal: Journal | undefined): { result: CloseResult; tables: Tables } {
  const { spreadsheet, tabs } = context;
  // Once archived, the quarter's grades are read from the archive: the live tab may be half rolled.
  const archive = journal === undefined || isFinished(journal) ? null : spreadsheet.getSheetByName(journal.archive);
  const tables: Tables = {
    // Other teams' objectives too: a key result they roll up into is graded as Refresh scores it, and an imported
    // objective aligned to a row the close removes is named in the preview.
    ...readTables(context, {
      formulas: REFRESH_FORMULAS,
      logDays: RECENT_LOG_DAYS,
      historyDays: CLOSE_HISTORY_DAYS,
      teamOkrs: true,
    }),
    ...(archive === null ? {} : { okrs: readTable(archive, context.timeZone) }),
  };
  const result = planClose(
    {
      ...workbookInput(context, tables),
      sheetNames: spreadsheet.getSheets().map((sheet) => sheet.getName()),
      ...(journal === undefined ? {} : { journal }),
    },
    tabs.okrs?.getName() ?? 'OKRs',
  );
  return { result, tables };
}

/** What the close would do, read without changing anything. */
export function previewClose(spreadsheet: Spreadsheet, now: Date): CloseResult {
  return planFor(readContext(spreadsheet, now), loadJournal()).result;
}

/** The archive scored again: it holds the tab exactly as closed, so every re-run reads the same objectives. */
function archivedObjectives(
  context: Context,
  archive: Sheet,
  quarter: string,
): { objectives: Objective[]; header: HeaderMatch<OkrColumn>; table: TableInput; kpiByKey: KpiLookup } {
  const table = readTable(archive, context.timeZone);
  const kpis = readTable(present(context.tabs.kpis, 'the KPIs tab'), context.timeZone);
  const built = buildWorkbook({ okrs: table, kpis, today: context.today, fiscalStartMonth: context.fiscalStartMonth });
  if (!built.ok) throw new Error(`the archive "${archive.getName()}" no longer reads as an OKRs table`);
  const objectives = ofQuarter(built.workbook.objectives, quarter, context.fiscalStartMonth);
  return { objectives, header: built.workbook.headers.okrs, table, kpiByKey: built.workbook.kpiByKey };
}

/**
 * Closes the quarter step by step, journaling each, so a run that stops anywhere can be re-run to finish.
 * Returns the summary, or why nothing was done.
 */
export function closeQuarter(
  spreadsheet: Spreadsheet,
  chosen: CloseMode,
  now: Date,
  onStep: (text: string) => void,
  /** The quarter the dialog showed: a close of any other is refused (the tab changed since it opened). */
  shown?: string,
): { ok: boolean; message: string } {
  const context = readContext(spreadsheet, now);
  const stored = loadJournal();
  const { result, tables } = planFor(context, stored);
  if (!result.ok) return { ok: false, message: result.message };
  const { plan } = result;
  if (shown !== undefined && shown !== plan.quarter) {
    return {
      ok: false,
      message:
        `Nothing was changed: the quarter to close is now ${plan.quarter}, not the ${plainOrQuoted(shown)} this dialog showed. ` +
        'Open Start new quarter… again to see what would close.',
    };
  }
  // A plan was made, so both tabs it read are there.
  const okrs = present(context.tabs.okrs, 'the OKRs tab');
  const kpis = present(context.tabs.kpis, 'the KPIs tab');
  const journal: Journal =
    stored !== undefined && !isFinished(stored) ? stored : startJournal(plan, chosen, context.today);
  saveJournal(journal);
  const date = closeDay(journal);
  const archive = (): Sheet => {
    const sheet = spreadsheet.getSheetByName(journal.archive);
    if (sheet === null) throw new Error(`the archive tab "${journal.archive}" is missing`);
    return sheet;
  };
  // The archive never changes once made, so roll and log read it (and the KPIs) once per run between them.
  let archived: ReturnType<typeof archivedObjectives> | undefined;
  const closed = (): ReturnType<typeof archivedObjectives> =>
    (archived ??= archivedObjectives(context, archive(), journal.quarter));
  let message = '';
  let note = '';
  const steps: Record<CloseStep, () => void> = {
    scores: () => {
      writePatches(kpis, plan.refresh.patches.kpis, context.timeZone);
      writePatches(okrs, plan.refresh.patches.okrs, context.timeZone);
    },
    archive: () => {
      if (journal.copiesBefore === undefined && spreadsheet.getSheetByName(journal.archive) === null) {
        journal.copiesBefore = copiesOf(spreadsheet, okrs);
        saveJournal(journal);
      }
      archiveTab(spreadsheet, okrs, journal.archive, journal.copiesBefore ?? [], context.timeZone);
    },
    history: () => {
      const sheet = logTab(spreadsheet, KPI_HISTORY.title, KPI_HISTORY.header);
      if (journal.historyRow === undefined) {
        journal.historyRow = sheet.getLastRow() + 1;
        saveJournal(journal);
      }
      const rows = kpiHistoryRows(plan.refresh.workbook.kpis, date, journal.quarter);
      writeRowsAt(sheet, journal.historyRow, rows, context.timeZone);
    },
    bounds: () => {
      const table = readTable(kpis, context.timeZone, 'kpis', REFRESH_FORMULAS.kpis);
      const header = findHeader('kpis', table.values);
      if (!header.ok) return;
      const moves = boundPatches(table.values, header.header, journal.boundMoves);
      writePatches(kpis, moves, context.timeZone);
      applyPatches(table.values, moves);
      // A KPI's status follows its new range at once. KPI flags do not depend on the OKRs, so the tabs as
      // read at the start stand in for them rather than being read again.
      const flags = planRefresh(workbookInput(context, { ...tables, kpis: table }));
      if (flags.ok) writePatches(kpis, flags.patches.kpis, context.timeZone);
    },
    roll: () => {
      const { objectives, header, table, kpiByKey } = closed();
      if (journal.mode === 'empty') {
        emptyQuarter(okrs, quarterRows(objectives), context.timeZone);
        return;
      }
      if (journal.rolledValues !== true) {
        const patches = rollPatches({
          values: table.values,
          header,
          objectives,
          // The archive holds no formula; the live tab's are skipped when the patches move onto its rows.
          formulas: [],
          next: journal.next,
          closedEnd: closedEnd(journal, context.fiscalStartMonth),
          kpiCurrent: (kpi) => kpiByKey.get(kpi.toLowerCase())?.current,
        });
        const rolled = onLiveRows({ values: table.values, header }, patches, readLiveTable(okrs, context.timeZone));
        writePatches(okrs, rolled.patches, context.timeZone);
        note = rollNote(rolled);
        journal.rolledValues = true;
        saveJournal(journal);
      }
      deleteRemovedRows(okrs, removedRows(objectives), context.timeZone);
    },
    log: () => {
      const summary = closeSummary(journal, closed().objectives, plan.confirms);
      const log = quarterLogTab(spreadsheet);
      if (journal.logRow === undefined) {
        journal.logRow = log.sheet.getLastRow() + 1;
        saveJournal(journal);
      }
      writeQuarterLogRow(log, journal.logRow, quarterLogRow(summary, date), context.timeZone);
      message = summaryText(summary);
      spreadsheet.setActiveSheet(okrs);
    },
  };
  for (const [index, step] of CLOSE_STEPS.entries()) {
    if (journal.done.includes(step)) continue;
    steps[step]();
    journal.done.push(step);
    saveJournal(journal);
    onStep(`${index + 1}/${CLOSE_STEPS.length} ${STEP_TITLES[step]}`);
  }
  return { ok: true, message: [modeNote(journal, chosen), message, note].filter((part) => part !== '').join('\n') };
}
