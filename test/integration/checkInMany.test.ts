// 200 check-ins in a row through the handler the sidebar calls, with the OKRs tab re-sorted between them
// (the sidebar's row numbers are stale every time): every one logged, every Current where it belongs.
import { describe, expect, it } from 'vitest';
import { runForClient, type CellValue } from '../../emulator/index';
import { FLAT_OKR_ROWS, KPI_ROWS } from '../fixtures/examples';
import { rewriteRows } from '../fixtures/rearrange';
import { column, open } from './harness';

const KEY_RESULTS = FLAT_OKR_ROWS.slice(1).map((row) => String(row[0]));
const IDS = [...KEY_RESULTS, 'K1', 'K4', 'K8'];

/** Sorts the data rows by one column, as Data → Sort range does, alternating direction. */
function sortOkrs(workbook: ReturnType<typeof open>['workbook'], round: number): void {
  const [header, ...rows] = workbook.read('OKRs').values();
  const key = [0, 3, 7, 4][round % 4]!; // ID, Key Result, Current, Owner
  const direction = round % 2 === 0 ? 1 : -1;
  const text = (cell: CellValue): string =>
    typeof cell === 'number' ? cell.toFixed(6).padStart(20, '0') : String(cell);
  rows.sort((a, b) => direction * text(a[key] ?? '').localeCompare(text(b[key] ?? '')));
  rewriteRows(workbook, 'OKRs', [header!, ...rows]);
}

describe('200 check-ins with the rows sorted in between', () => {
  it('logs 200 rows and leaves every item with its own last value', () => {
    const { workbook, addon } = open({ KPIs: { values: KPI_ROWS }, OKRs: { values: FLAT_OKR_ROWS } });
    addon.run('refreshScores');
    const last = new Map<string, number>();
    for (let round = 0; round < 200; round += 1) {
      const id = IDS[round % IDS.length]!;
      const value = round + 1;
      const reply = runForClient(addon, 'submitCheckIn', [
        { id, value: String(value), confidence: String(round % 11), note: `round ${round}` },
      ]);
      expect(reply).toMatchObject({ ok: true, value: { ok: true } });
      last.set(id, value);
      sortOkrs(workbook, round);
    }
    const log = workbook.read('Check-ins').values().slice(1);
    expect(log).toHaveLength(200);
    expect(log.map((row) => row[7])).toEqual(Array.from({ length: 200 }, (_, round) => `round ${round}`));

    const ids = column(workbook, 'OKRs', 'ID');
    const currents = column(workbook, 'OKRs', 'Current');
    const units = column(workbook, 'OKRs', 'Unit');
    for (const id of KEY_RESULTS) {
      const row = ids.indexOf(id);
      // A bare number on a % key result means percent, as typing into a percent cell does.
      const expected = units[row] === '%' ? last.get(id)! / 100 : last.get(id);
      expect([id, currents[row]]).toEqual([id, expected]);
    }
    expect(ids.filter((id) => id !== '').sort()).toEqual([...KEY_RESULTS].sort());
    const kpiIds = column(workbook, 'KPIs', 'ID');
    const kpiCurrents = column(workbook, 'KPIs', 'Current');
    const kpiUnits = column(workbook, 'KPIs', 'Unit');
    for (const id of ['K1', 'K4', 'K8']) {
      const row = kpiIds.indexOf(id);
      expect([id, kpiCurrents[row]]).toEqual([id, kpiUnits[row] === '%' ? last.get(id)! / 100 : last.get(id)]);
    }
  }, 120_000);
});
