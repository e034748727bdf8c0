import { describe, expect, it } from 'vitest';
import { generatedWorkbook } from '../fixtures/generated';
import { withHistoryOf, type CheckInState } from '../../src/core/checkIn/state';
import { open } from './harness';

// A 5,000-row workbook takes seconds on a loaded 2-core machine; the default 5 s made the suite flaky.
const LARGE_WORKBOOK_MS = 30_000;

interface Cost {
  readonly calls: Record<string, number>;
  readonly cellsRead: number;
}

function cost(keyResults: number, act: (addon: ReturnType<typeof open>['addon']) => void): Cost {
  const { addon } = open(generatedWorkbook(keyResults));
  // A document remembers the IDs it has used once a first job has read them all (src/sheets/idMemory.ts):
  // these are the costs of every job after that.
  addon.properties.document.idsUsed = '';
  addon.counter.reset();
  act(addon);
  return { calls: Object.fromEntries(addon.counter.calls), cellsRead: addon.counter.cellsRead };
}

const refresh = (keyResults: number): Cost => cost(keyResults, (addon) => addon.run('refreshScores'));

/**
 * Cells a refresh must read of generatedWorkbook(n): every value of KPIs (10 columns) and OKRs (15), the
 * formulas of the columns it writes (KPIs: ID, Status; OKRs: ID, Quarter, Score, Status, Last check-in), and of the
 * Check-ins log the top rows (for the header) and then Timestamp, ID and Value of its recent rows (all of them
 * here: the generated log is a week old).
 */
function refreshCells(keyResults: number): number {
  const kpiRows = keyResults + 1;
  const okrRows = keyResults + Math.ceil(keyResults / 4) + 1;
  const logRows = keyResults + 1;
  return kpiRows * (10 + 2) + okrRows * (15 + 5) + Math.min(10, logRows) * 9 + (logRows - 1) * 3;
}

describe('Refresh cost', () => {
  it(
    'makes exactly the same service calls for 10 key results as for 5,000',
    () => {
      const small = refresh(10);
      const large = refresh(5000);
      expect(large.calls).toEqual(small.calls);
      // KPIs and OKRs: one read of values each; the log: its top rows, then one read per column used.
      expect(small.calls['Range.getValues']).toBe(2 + 1 + 3);
      // One read per column written: KPIs ID and Status; OKRs ID, Quarter (a blank one is filled), Score, Status and Last check-in.
      expect(small.calls['Range.getFormulas']).toBe(2 + 5);
    },
    LARGE_WORKBOOK_MS,
  );

  it(
    'reads formulas only where it writes, and only the Check-ins columns it uses',
    () => {
      expect(refresh(10).cellsRead).toBe(refreshCells(10));
      expect(refresh(5000).cellsRead).toBe(refreshCells(5000));
    },
    LARGE_WORKBOOK_MS,
  );
});

function editCalls(keyResults: number): Record<string, number> {
  // Current of the second key result of an objective: that row and its objective row are rewritten.
  return cost(keyResults, (addon) => addon.edit('OKRs', 'H4', '7')).calls;
}

describe('onEdit cost', () => {
  it(
    'makes exactly the same service calls for 10 key results as for 5,000',
    () => {
      expect(editCalls(5000)).toEqual(editCalls(10));
    },
    LARGE_WORKBOOK_MS,
  );
});

/**
 * Cells one check-in reads: Refresh's, plus the formulas of Current and Updated (KPIs), Current and Confidence
 * (OKRs), and, under the lock, the saved key result's row up to its last known column (15) to check it has not moved.
 */
function checkInCells(keyResults: number): number {
  const logRows = keyResults + 1;
  // Of the log only its header: the sidebar keeps the trends it has (withHistoryOf), so a save reads no log row.
  return (
    refreshCells(keyResults) -
    (logRows - 1) * 3 +
    (keyResults + 1) * 2 +
    (keyResults + Math.ceil(keyResults / 4) + 1) * 2 +
    15
  );
}

const checkIn =
  (id: string) =>
  (addon: ReturnType<typeof open>['addon']): void => {
    expect(addon.run('submitCheckIn', { args: [{ id, value: '7', confidence: '6', note: 'Bench' }] })).toMatchObject({
      ok: true,
    });
  };

describe('Check-in cost', () => {
  it(
    'reads the tabs once: the same calls for 10 key results as for 5,000, and the cells of a single read',
    () => {
      const small = cost(10, checkIn('O2.2'));
      const large = cost(5000, checkIn('O600.2'));
      expect(large.calls).toEqual(small.calls);
      expect(small.cellsRead).toBe(checkInCells(10));
      expect(large.cellsRead).toBe(checkInCells(5000));
    },
    LARGE_WORKBOOK_MS,
  );

  it(
    'returns the list a fresh read shows, for a key result, a KPI, a formula in Current and a new Check-ins tab',
    () => {
      const { 'Check-ins': _log, ...withoutLog } = generatedWorkbook(40);
      for (const [sheets, id] of [
        [generatedWorkbook(40), 'O3.2'],
        [generatedWorkbook(40), 'K7'],
        [generatedWorkbook(40), 'O5.1'],
        [withoutLog, 'O1.1'],
      ] as const) {
        const { addon } = open(sheets);
        const shown = addon.run('getCheckInState') as CheckInState;
        const reply = addon.run('submitCheckIn', { args: [{ id, value: '7', confidence: '6', note: '' }] }) as {
          ok: boolean;
          state: CheckInState;
        };
        expect(reply.ok).toBe(true);
        // What the sidebar shows after the save (its list completed with the trends it had) is what a fresh read shows.
        const merged = withHistoryOf(
          JSON.parse(JSON.stringify(shown)) as CheckInState,
          JSON.parse(JSON.stringify(reply.state)) as CheckInState,
          id,
        );
        expect(merged).toEqual(JSON.parse(JSON.stringify(addon.run('getCheckInState'))));
      }
    },
    LARGE_WORKBOOK_MS,
  );
});

/**
 * Cells a quarter close of generatedWorkbook(n) reads, when no key result is met (so no row is removed):
 * the plan reads the tabs as Refresh does; KPI History is written from that model; the bounds read the KPIs with the
 * formulas of ID and Status (and re-flag them from that, reading no other tab again); the archive's formulas
 * are read to find the cells to freeze, and its values only when it has a formula (generatedWorkbook puts
 * one in every 17th key result's Current); the roll reads the archive and the KPIs once (the Quarter log
 * reuses them) and the live tab as it is then, its values (to find each row by ID) and its formulas in the 8
 * columns it writes.
 */
function closeCells(keyResults: number): number {
  const kpiRows = keyResults + 1;
  const okrRows = keyResults + Math.ceil(keyResults / 4) + 1;
  const refresh = refreshCells(keyResults);
  const archive = okrRows * 15 * (keyResults >= 17 ? 2 : 1);
  return refresh + kpiRows * (10 + 2) + archive + (okrRows * 15 + kpiRows * 10) + okrRows * (15 + 8);
}

describe('Quarter close cost', () => {
  it(
    'reads the archive and the KPIs once for roll and log, and only the formulas it writes around',
    () => {
      const close = (addon: ReturnType<typeof open>['addon']): void => {
        expect(addon.run('confirmQuarterClose', { args: [{ mode: 'keep' }] })).toMatchObject({ ok: true });
      };
      expect(cost(10, close).cellsRead).toBe(closeCells(10));
      expect(cost(400, close).cellsRead).toBe(closeCells(400));
    },
    LARGE_WORKBOOK_MS,
  );
});
